/**
 * remark-lint rule `call-plan-frontmatter`: the plan's frontmatter can be read, and holds
 * the fields a plan needs (the account, the call's date) with values of the right kind.
 */
import type {Position} from 'unist'
import {callPlanRule, knownOptions, optionsObject, stringList, type Frontmatter, type FrontmatterProblem, type RuleContext} from 'call-plan-core'
import {findField, isEmptyValue, meetingDate, readDuration, readTime, readZone, type Field} from './fields.js'

export {findField, isEmptyValue, meetingDate, readDate, readTime, readDuration, readZone, readMeetingTime} from './fields.js'
export type {Field, CalendarDate, MeetingTime} from './fields.js'

export interface Options {
  /** Fields every plan must have (default: `['account', 'date']`). */
  required?: string[]
}

const ruleId = 'call-plan-frontmatter'

export const defaultRequired: readonly string[] = ['account', 'date']

/** How each known field is written, for the notes that say what to add. */
const fieldExamples: Record<string, string> = {
  account: 'account: Acme Manufacturing',
  date: 'date: 2026-03-02',
  time: 'time: 09:30',
  timezone: 'timezone: Europe/Berlin',
  tz: 'tz: Europe/Berlin',
  attendees: 'attendees: [Dana Lee, Sam Ortiz]',
  duration: 'duration: 45m'
}

const readiness = 'so the plan cannot be checked before the call'

const remarkLintCallPlanFrontmatter = callPlanRule<Options>(ruleId, (context, options) => {
  const settings = optionsObject(ruleId, options)
  knownOptions(ruleId, settings, ['required'])
  const required = stringList(ruleId, settings, 'required') ?? defaultRequired
  const {frontmatter} = context.analysis

  if (frontmatter.problem) {
    reportProblem(context, frontmatter, frontmatter.problem)
    return
  }

  checkRequired(context, frontmatter, required)
  checkTypes(context, frontmatter)
})

function reportProblem(context: RuleContext, frontmatter: Frontmatter, problem: FrontmatterProblem): void {
  const language = frontmatter.language
  const yamlNote = 'Write the fields as YAML between `---` lines, such as `account: Acme Manufacturing`'
  let reason: string
  let note: string
  switch (problem.kind) {
    case 'syntax': {
      const toml = language === 'toml'
      reason = 'The frontmatter is broken here, so none of its fields can be read'
      note = toml
        ? `Each field is one \`name = value\` line, with text in quotes, such as \`account = "Acme Manufacturing"\` (the TOML reader says: ${problem.reason})`
        : `Each field is one \`name: value\` line; put quotes around a value that holds \`: \` or starts with \`[\`, \`{\`, \`*\`, \`&\`, \`!\`, \`|\`, \`>\`, \`%\`, \`@\` or a backtick (the YAML reader says: ${problem.reason})`
      break
    }
    case 'unclosed': {
      const fence = language === 'toml' ? '+++' : '---'
      reason = `The frontmatter opened on line 1 is never closed with \`${fence}\`, so none of its fields can be read`
      note = `Add a \`${fence}\` line after the last field`
      break
    }
    case 'executable':
      reason = `\`---${language}\` frontmatter is code, which is never run, so none of its fields can be read`
      note = yamlNote
      break
    case 'unsupported':
      reason = `\`---${language}\` frontmatter is not supported, so none of its fields can be read`
      note = yamlNote
      break
  }
  const message = context.file.message(reason, {place: pointToLineEnd(context.source, problem.place)})
  message.note = note
}

function checkRequired(context: RuleContext, frontmatter: Frontmatter, required: readonly string[]): void {
  const missing: string[] = []
  for (const name of required) {
    const field = findField(frontmatter, [name])
    if (!field) {
      missing.push(name)
      continue
    }
    if (isEmptyValue(field.value)) {
      const message = context.file.message(
        `\`${field.key}\` is empty, and the plan needs it to be found and checked before the call`,
        {place: fieldPlace(context, field)}
      )
      message.note = `Fill it in, such as \`${example(name)}\``
    }
  }
  if (missing.length === 0) return

  const names = listOf(missing.map((name) => `\`${name}\``))
  const message = context.file.message(
    `Missing ${names} in the frontmatter, which the plan needs to be found and checked before the call`,
    {place: lineRange(context.source, 1)}
  )
  const lines = missing.map((name) => `\`${example(name)}\``)
  message.note =
    frontmatter.language === 'none'
      ? `Start the note with frontmatter: a \`---\` line, ${listOf(lines)}, and a closing \`---\` line`
      : `Add ${listOf(lines)} between the \`---\` lines at the top`
}

function checkTypes(context: RuleContext, frontmatter: Frontmatter): void {
  const date = present(frontmatter, ['date'])
  if (date && !meetingDate(frontmatter)) {
    report(context, date, 'not a real date', readiness, 'Write the day of the call as `YYYY-MM-DD`, such as `date: 2026-03-02`, and its start as `time: 09:30`')
  }

  const time = present(frontmatter, ['time'])
  if (time && readTime(time.value, time.raw) === undefined) {
    report(context, time, 'not a time of day', readiness, 'Write when the call starts on a 24-hour clock as `HH:MM`, such as `time: 14:30`')
  }

  for (const zone of [present(frontmatter, ['timezone']), present(frontmatter, ['tz'])]) {
    if (zone && (typeof zone.value !== 'string' || readZone(zone.value) === undefined)) {
      report(context, zone, 'not a time zone', readiness, 'Use a zone name such as `Europe/Berlin`, or an offset such as `+01:00`')
    }
  }

  const attendees = present(frontmatter, ['attendees'])
  if (attendees && typeof attendees.value !== 'string' && !Array.isArray(attendees.value)) {
    report(
      context,
      attendees,
      'not a list of names',
      'so you cannot see who you are preparing for',
      'List who attends, such as `attendees: [Dana Lee, Sam Ortiz]`, or name one person'
    )
  }

  const duration = present(frontmatter, ['duration'])
  if (duration && readDuration(duration.value) === undefined) {
    report(
      context,
      duration,
      'not a length of time',
      'so you cannot see how much of their time you ask for',
      'Write minutes or a length, such as `45`, `45m`, `1h` or `1h30m`'
    )
  }
}

/** A field that is there and has a value: empty optional fields are fine. */
function present(frontmatter: Frontmatter, names: string[]): Field | undefined {
  const field = findField(frontmatter, names)
  return field && !isEmptyValue(field.value) ? field : undefined
}

function report(context: RuleContext, field: Field, what: string, consequence: string, note: string): void {
  const message = context.file.message(
    `\`${field.key}\` is \`${shown(field)}\`, which is ${what}, ${consequence}`,
    {place: fieldPlace(context, field)}
  )
  message.note = note
}

function shown(field: Field): string {
  const text =
    field.raw ?? (field.value instanceof Date ? field.value.toISOString() : JSON.stringify(field.value) ?? String(field.value))
  const clean = text.replaceAll('`', "'")
  return clean.length > 40 ? clean.slice(0, 39) + '…' : clean
}

function example(name: string): string {
  return fieldExamples[name.toLowerCase()] ?? `${name}: …`
}

function fieldPlace(context: RuleContext, field: Field): Position {
  return lineRange(context.source, field.line || 1)
}

/** From a point to the end of its line: where the reader has to look. */
function pointToLineEnd(source: string, point: {line: number; column: number}): Position {
  const line = lineRange(source, point.line)
  const column = Math.min(point.column, line.end.column)
  return {start: {line: point.line, column}, end: line.end}
}

/** The range of one line's text, without its line ending and trailing spaces. */
function lineRange(source: string, line: number): Position {
  let start = 0
  for (let current = 1; current < line; current++) {
    const next = nextLineStart(source, start)
    if (next === -1) return {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
    start = next
  }
  let end = start
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++
  while (end > start && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--
  return {start: {line, column: 1}, end: {line, column: end - start + 1}}
}

function nextLineStart(source: string, from: number): number {
  for (let index = from; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 13) return source.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
    if (code === 10) return index + 1
  }
  return -1
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export default remarkLintCallPlanFrontmatter
