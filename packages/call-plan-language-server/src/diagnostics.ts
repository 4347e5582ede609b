import type {VFileMessage} from 'vfile-message'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {isRuleCrash} from 'call-plan-core'

/** Diagnostic `source` of everything this server reports. */
export const diagnosticSource = 'call-plan-lint'

/** A message of the engine, placed in the document, with what editors need beyond the diagnostic. */
export interface Finding {
  diagnostic: Diagnostic
  ruleId: string | undefined
  reason: string
  /** What to write instead (shown on hover). */
  note: string | undefined
  /** Quick-fix replacements for the finding's range. */
  expected: string[]
  url: string | undefined
  /** True when a rule threw on this note instead of judging it. */
  crashed: boolean
}

/** What travels in `Diagnostic.data`, so clients that keep it need no server state. */
export interface FindingData {
  ruleId?: string
  expected?: string[]
}

interface Point {
  line?: number
  column?: number
}

/** A vfile message reduced to plain data, so it can cross from the lint worker to the server. */
export interface NoteMessage {
  reason: string
  ruleId?: string
  url?: string
  note?: string
  expected: string[]
  fatal?: boolean | null
  place?: Point | {start: Point; end?: Point}
  /** Set when a rule threw instead of judging the note. */
  crashed?: boolean
}

export function plainMessage(message: VFileMessage): NoteMessage {
  const plain: NoteMessage = {
    reason: message.reason,
    expected: (message.expected ?? []).filter((item): item is string => typeof item === 'string'),
    fatal: message.fatal
  }
  if (message.ruleId) plain.ruleId = message.ruleId
  if (message.url) plain.url = message.url
  if (message.note) plain.note = message.note
  if (message.place) {
    plain.place =
      'start' in message.place
        ? {start: pointOf(message.place.start), end: pointOf(message.place.end)}
        : pointOf(message.place)
  }
  if (isRuleCrash(message)) plain.crashed = true
  return plain
}

function pointOf(point: Point): Point {
  return {line: point.line, column: point.column}
}

/** Turn every message of a linted note into a finding; order as the engine reported them. */
export function findingsOf(messages: NoteMessage[], document: TextDocument): Finding[] {
  return messages.map((message) => findingOf(message, document))
}

export function findingOf(message: NoteMessage, document: TextDocument): Finding {
  const ruleId = message.ruleId
  const crashed = message.crashed === true
  // The preset has already worded a crash for people (call-plan-core's `crashReason`).
  const reason = message.reason
  const expected = crashed ? [] : message.expected
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    severity: crashed ? DiagnosticSeverity.Error : severityOf(message.fatal),
    source: diagnosticSource,
    message: reason
  }
  if (ruleId) diagnostic.code = ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const data: FindingData = {}
  if (ruleId) data.ruleId = ruleId
  if (expected.length > 0) data.expected = expected
  diagnostic.data = data
  return {diagnostic, ruleId, reason, note: message.note, expected, url: message.url, crashed}
}

/** The vfile convention: `true` an error, `false` a warning, anything else information. */
export function severityOf(fatal: boolean | null | undefined): DiagnosticSeverity {
  if (fatal === true) return DiagnosticSeverity.Error
  if (fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

/** Exact range of the message; a bare point covers the rest of its line so it can be seen. */
export function rangeOf(message: Pick<NoteMessage, 'place'>, document: TextDocument): Range {
  const place = message.place
  if (place && 'start' in place) {
    const start = clamp(place.start.line, place.start.column, document)
    const end = place.end ? clamp(place.end.line, place.end.column, document) : start
    return {start, end: before(end, start) ? start : end}
  }
  if (place && typeof place.line === 'number') {
    const start = clamp(place.line, place.column, document)
    const end = endOfLine(document, start.line)
    return {start, end: before(end, start) ? start : end}
  }
  return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
}

function clamp(line: number | undefined, column: number | undefined, document: TextDocument) {
  const zeroLine = Math.min(Math.max((line ?? 1) - 1, 0), Math.max(document.lineCount - 1, 0))
  const character = Math.max((column ?? 1) - 1, 0)
  // A column past the end of its line (the line break itself) lands on that line's end.
  const lineLength = endOfLine(document, zeroLine).character
  return {line: zeroLine, character: Math.min(character, lineLength)}
}

function endOfLine(document: TextDocument, line: number) {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  let length = text.length
  while (length > 0 && (text[length - 1] === '\n' || text[length - 1] === '\r')) length--
  return {line, character: length}
}

function before(a: {line: number; character: number}, b: {line: number; character: number}): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
