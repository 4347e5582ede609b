/**
 * `--fix`: insert the sections a call plan is missing, in the note on disk, without ever losing
 * a byte of what the seller wrote. A fix is applied to the exact text it was computed on; a note
 * that changed on disk meanwhile is left alone; writes are atomic.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {LookupCache, loadConfig} from './config.js'
import {lintText} from './lint.js'
import {encodeNote, readNote} from './read-note.js'
import {toResult, toolMessage, type FileResult, type PlainMessage} from './result.js'

export interface FixOptions {
  cwd: string
  /** `--now`, as given to the lint run. */
  now?: string
  /** `--fix-dry-run`: work out the changes, write nothing. */
  dryRun?: boolean
}

/** One insertion, placed in the note as it was on disk. */
export interface Insertion {
  ruleId: string | undefined
  line: number
  column: number
  text: string
}

export interface NoteFix {
  path: string
  insertions: Insertion[]
  /** Whether the fixed note was written (never in a dry run). */
  written: boolean
}

export interface FixRun {
  /** The results, with fixed notes linted again and failures reported on their notes. */
  results: FileResult[]
  fixes: NoteFix[]
}

/** Like ESLint: each pass fixes what does not overlap, the next pass what the last one skipped. */
const maxPasses = 10

type MessageLike = Pick<PlainMessage, 'expected'> & {place?: PlainMessage['place'] | VFileMessage['place']}

/**
 * A fix that cannot destroy anything: one replacement text, put at a zero-width place (today the
 * missing value section and the missing customer-context sections). Replacements of a range,
 * such as a rewritten leading question, are the seller's to choose in an editor.
 */
export function isSafeFix(message: MessageLike): boolean {
  const place = message.place
  if (!message.expected || message.expected.length !== 1 || !place || !('start' in place)) return false
  return place.start.line === place.end.line && place.start.column === place.end.column
}

/** Fix every note whose result has a safe fix; other results are returned as they are. */
export async function fixResults(results: FileResult[], options: FixOptions): Promise<FixRun> {
  const lookup = new LookupCache()
  const fixes: NoteFix[] = []
  const fixed: FileResult[] = []
  for (const result of results) {
    if (!result.messages.some(isSafeFix)) {
      fixed.push(result)
      continue
    }
    const outcome = await fixNote(result, options, lookup)
    fixed.push(outcome.result)
    if (outcome.fix) fixes.push(outcome.fix)
  }
  return {results: fixed, fixes}
}

async function fixNote(
  result: FileResult,
  options: FixOptions,
  lookup: LookupCache
): Promise<{result: FileResult; fix?: NoteFix}> {
  const absolute = path.resolve(options.cwd, result.path)
  let note
  try {
    note = readNote(absolute)
  } catch (error) {
    return {result: withMessage(result, `Cannot fix this note: it could not be read again (${errorCode(error)})`)}
  }
  const config = await loadConfig(absolute, {cwd: options.cwd, cache: lookup, checkOptions: false})
  if (note.bytes.length > config.maxFileSize) return {result}
  // Text that does not encode back to the bytes it came from (bytes that are not UTF-8, a broken
  // UTF-16 pair) would be written back changed: fix such a note only once those bytes are mended.
  if (!encodeNote(note.text, note.encoding).equals(note.bytes)) {
    return {
      result: withMessage(
        result,
        `Cannot fix this note: it holds bytes that are not valid ${note.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}, which writing it would change; fix those first`
      )
    }
  }

  const lint = (text: string) => lintText(text, result.path, {cwd: options.cwd, config, now: options.now, cache: lookup})
  let text = note.text
  let file = await lint(text)
  const applied: Array<{offset: number; text: string; ruleId: string | undefined}> = []
  // A rule whose fix leaves it offering a fix again would otherwise insert on every pass.
  const fixedRules = new Set<string | undefined>()
  for (let pass = 0; pass < maxPasses; pass++) {
    const planned = plan(text, file.messages, fixedRules)
    if (planned.length === 0) break
    text = apply(text, planned)
    applied.push(...mapToOriginal(planned, applied))
    for (const one of planned) fixedRules.add(one.ruleId)
    file = await lint(text)
  }
  if (applied.length === 0) return {result: toResult(result.path, file, config)}

  const original = location(withoutMark(note.text))
  const mark = note.text.length - withoutMark(note.text).length
  const insertions = applied
    .sort((a, b) => a.offset - b.offset)
    .map(({offset, text: inserted, ruleId}) => {
      const point = original.toPoint(Math.max(0, offset - mark))
      return {ruleId, line: point?.line ?? 1, column: point?.column ?? 1, text: inserted}
    })

  if (options.dryRun) {
    // Nothing changes on disk, so the messages are those of the note as it is there.
    return {result, fix: {path: result.path, insertions, written: false}}
  }

  const failure = writeNote(absolute, note.bytes, encodeNote(text, note.encoding))
  if (failure) return {result: withMessage(result, failure), fix: {path: result.path, insertions, written: false}}
  return {result: toResult(result.path, file, config), fix: {path: result.path, insertions, written: true}}
}

interface Planned {
  offset: number
  text: string
  ruleId: string | undefined
}

/** The safe fixes of one pass, by offset in `text`; a second fix at the same place waits for the next pass. */
function plan(text: string, messages: VFileMessage[], fixedRules: Set<string | undefined>): Planned[] {
  const body = withoutMark(text)
  const mark = text.length - body.length
  const points = location(body)
  const eol = lineEnding(text)
  const planned: Planned[] = []
  const taken = new Set<number>()
  for (const message of messages) {
    if (!isSafeFix(message) || fixedRules.has(message.ruleId)) continue
    const start = (message.place as {start: {line: number; column: number}}).start
    const at = points.toOffset({line: start.line, column: start.column})
    if (at === undefined) continue
    const offset = at + mark
    if (taken.has(offset)) continue
    taken.add(offset)
    planned.push({offset, text: withLineEnding(message.expected![0]!, eol), ruleId: message.ruleId})
  }
  return planned.sort((a, b) => a.offset - b.offset)
}

/** Insert from the end backwards, so that each offset still points where it was computed. */
function apply(text: string, planned: Planned[]): string {
  let result = text
  for (let index = planned.length - 1; index >= 0; index--) {
    const {offset, text: inserted} = planned[index]!
    result = result.slice(0, offset) + inserted + result.slice(offset)
  }
  return result
}

/**
 * Offsets of a later pass count the text earlier passes inserted: take those out, so that every
 * insertion is placed in the note as it is on disk (one inside an earlier insertion goes where
 * that one went).
 */
function mapToOriginal(planned: Planned[], earlier: Planned[]): Planned[] {
  // Earlier insertions in the coordinates of the text this pass saw, in order.
  const inText: Array<{start: number; end: number; original: number}> = []
  let shift = 0
  for (const one of [...earlier].sort((a, b) => a.offset - b.offset)) {
    inText.push({start: one.offset + shift, end: one.offset + shift + one.text.length, original: one.offset})
    shift += one.text.length
  }
  return planned.map((one) => {
    let removed = 0
    for (const span of inText) {
      if (span.end <= one.offset) removed += span.end - span.start
      else if (span.start < one.offset) return {...one, offset: span.original}
    }
    return {...one, offset: one.offset - removed}
  })
}

/** The note's line ending, for inserted text: CRLF stays CRLF, a lone CR stays a lone CR. */
function lineEnding(text: string): string {
  if (text.includes('\r\n')) return '\r\n'
  if (text.includes('\r') && !text.includes('\n')) return '\r'
  return '\n'
}

function withLineEnding(text: string, eol: string): string {
  return text.replace(/\r\n|\r|\n/g, eol)
}

function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Write the fixed bytes over the note atomically: a new file in the same folder, with the note's
 * permissions, synced, then renamed over it. The note is compared with the bytes the fix was
 * computed on as late as possible; a note that changed is left alone. Returns the reason of a
 * failure, or undefined.
 */
function writeNote(notePath: string, before: Buffer, after: Buffer): string | undefined {
  let target: string
  try {
    // Rename over the file a symlink points at, not over the symlink.
    target = realpathSync(notePath)
  } catch {
    return changedMessage
  }
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.call-plan-lint.tmp`)
  let descriptor: number | undefined
  let created = false
  try {
    const stats = fstatOf(target)
    descriptor = openSync(temporary, 'wx', 0o600)
    created = true
    // Set after creating, as the umask narrows the mode given to open.
    fchmodSync(descriptor, stats.mode & 0o7777)
    try {
      fchownSync(descriptor, stats.uid, stats.gid)
    } catch {
      // Only root may give a file away; everyone else writes a note they own anyway.
    }
    let written = 0
    while (written < after.length) written += writeSync(descriptor, after, written, after.length - written)
    fsyncSync(descriptor)
    closeSync(descriptor)
    descriptor = undefined
    if (!sameBytes(target, before)) {
      unlinkSync(temporary)
      created = false
      return changedMessage
    }
    renameSync(temporary, target)
    created = false
    syncFolder(folder)
    return undefined
  } catch (error) {
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor)
      } catch {
        // Already closed or never usable: the file is removed below either way.
      }
    }
    if (created) {
      try {
        unlinkSync(temporary)
      } catch {
        // Nothing more can be done; the note itself was not touched.
      }
    }
    return `Cannot write the fixed note (${errorCode(error)}): it was left as it was`
  }
}

const changedMessage = 'This note changed on disk while being fixed; not written — run again'

function fstatOf(file: string) {
  const descriptor = openSync(file, 'r')
  try {
    return fstatSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes)
  } catch {
    return false
  }
}

/** Make the rename itself durable; a folder that cannot be synced (some file systems) is no failure. */
function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r')
    try {
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
  } catch {
    // The rename is done; only its durability after a power cut is less certain.
  }
}

function withMessage(result: FileResult, reason: string): FileResult {
  return {...result, messages: [...result.messages, toolMessage({reason})]}
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EROFS') return 'the file system is read-only'
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'ENOENT') return 'there is no such file'
  return code ?? (error as Error).message
}

/** What `--fix-dry-run` prints: each note and the lines each fix would insert, never the note's own text. */
export function describeFixes(fixes: NoteFix[], dryRun: boolean): string {
  const lines: string[] = []
  for (const fix of fixes) {
    if (dryRun) {
      lines.push(`--- ${fix.path}`, `+++ ${fix.path} (fixed)`)
      for (const insertion of fix.insertions) {
        lines.push(`@@ insert at ${insertion.line}:${insertion.column} (${insertion.ruleId ?? 'call-plan-lint'}) @@`)
        for (const line of insertion.text.split(/\r\n|\r|\n/)) lines.push(`+${line}`)
      }
    } else if (fix.written) {
      const rules = [...new Set(fix.insertions.map((insertion) => insertion.ruleId ?? 'call-plan-lint'))]
      lines.push(`fixed ${fix.path}: ${rules.join(', ')}`)
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}
