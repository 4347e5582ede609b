import type {VFile} from 'vfile'
import type {CallPlanAnalysis, Frontmatter} from 'call-plan-core'
import {readMeetingTime, readZone} from 'remark-lint-call-plan-frontmatter'
import {ruleOptionsOf, type ResolvedConfig} from './config.js'

/** A message as plain data: survives a worker boundary and the cache, and is what reporters read. */
export interface PlainMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  place: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}} | {line: number; column: number; offset?: number} | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  url: string | undefined
  note: string | undefined
  expected: string[] | undefined
  actual: string | undefined
}

/** The meeting a call plan is for, for the upcoming view. */
export interface Meeting {
  /** ISO date-time of the meeting, when the frontmatter gives a date that can be read. */
  start?: string
  /** Whether only a date was given (no time of day). */
  allDay?: boolean
  account?: string
}

/** What a run keeps of one note: never the note itself. */
export interface FileResult {
  /** Path relative to the working folder, with `/`. */
  path: string
  messages: PlainMessage[]
  isCallPlan: boolean
  /** Why the note is a call plan. */
  because?: string
  meeting?: Meeting
}

export function toPlainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    line: message.line,
    column: message.column,
    place: message.place ? JSON.parse(JSON.stringify(message.place)) : undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    url: message.url,
    note: message.note,
    expected: message.expected,
    actual: message.actual
  }))
}

/** The plain result of a linted note; `config` gives the time zone of plans that name none. */
export function toResult(path: string, file: VFile, config?: ResolvedConfig): FileResult {
  const analysis = (file.data as {callPlan?: CallPlanAnalysis}).callPlan
  const result: FileResult = {path, messages: toPlainMessages(file), isCallPlan: analysis?.isCallPlan ?? false}
  if (analysis?.because) result.because = analysis.because
  if (analysis?.isCallPlan) result.meeting = meetingOf(analysis.frontmatter, config && readinessZone(config))
  return result
}

/** A message of the tool itself (not of a rule) about a whole note: an error unless said otherwise. */
export function toolMessage(message: Partial<PlainMessage> & {reason: string}): PlainMessage {
  return {
    line: undefined,
    column: undefined,
    place: undefined,
    ruleId: undefined,
    source: 'call-plan-lint',
    fatal: true,
    url: undefined,
    note: undefined,
    expected: undefined,
    actual: undefined,
    ...message
  }
}

/** A note that could not be read, or was too large: a result holding only that message. */
export function messageResult(path: string, message: Partial<PlainMessage> & {reason: string}): FileResult {
  return {path, isCallPlan: false, messages: [toolMessage(message)]}
}

/**
 * When the meeting is, read exactly as `call-readiness` reads it (`date`, `time`,
 * `timezone`/`tz`, an offset in the date, else `defaultZone`), so the upcoming view and the
 * readiness verdict never disagree about a call's time.
 */
export function meetingOf(frontmatter: Frontmatter, defaultZone?: string): Meeting {
  const meeting: Meeting = {}
  const account = frontmatter.data.account
  if (typeof account === 'string' && account.trim()) meeting.account = account.trim()
  else if (Array.isArray(account) && typeof account[0] === 'string') meeting.account = account[0]

  const time = frontmatter.problem ? undefined : readMeetingTime(frontmatter, defaultZone)
  if (time) {
    meeting.start = new Date(time.start).toISOString()
    if (!time.hasTime) meeting.allDay = true
  }
  return meeting
}

/** The time zone `call-readiness` reads plans in when they name none: its `timezone` option. */
function readinessZone(config: ResolvedConfig): string | undefined {
  const timezone = ruleOptionsOf(config.rules['call-readiness'])?.timezone
  return typeof timezone === 'string' ? readZone(timezone) : undefined
}

export function countMessages(results: FileResult[]): {errors: number; warnings: number; infos: number} {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
      else infos++
    }
  }
  return {errors, warnings, infos}
}
