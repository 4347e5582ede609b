import type {FileResult} from './result.js'

/** Messages that mean the plan cannot yet say what is in it for the customer. */
const readinessRules = new Set(['call-readiness', 'customer-value-section', 'customer-value-language'])

const units: Record<string, number> = {h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000}

/** `7d`, `36h`, `2w` or a number of days, in milliseconds; undefined when it cannot be read. */
export function parseWindow(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([hdw]?)$/i.exec(value.trim())
  if (!match) return undefined
  const amount = Number(match[1])
  if (!(amount > 0)) return undefined
  return amount * units[(match[2] || 'd').toLowerCase()]!
}

export interface UpcomingCall {
  path: string
  /** ISO date-time of the meeting. */
  date: string
  allDay: boolean
  account: string | undefined
  ready: boolean
  /** Why the plan is not ready, in the rules' words. */
  reasons: string[]
  result: FileResult
}

/** Call plans whose meeting falls between now and now + window, soonest first. */
export function upcomingCalls(results: FileResult[], now: Date, window: number): UpcomingCall[] {
  const from = now.getTime()
  const until = from + window
  const calls: UpcomingCall[] = []
  for (const result of results) {
    const meeting = result.meeting
    if (!result.isCallPlan || !meeting?.start) continue
    const start = Date.parse(meeting.start)
    // An all-day meeting today is still ahead until the day is over.
    const end = meeting.allDay ? start + units.d! : start
    if (end <= from || start > until) continue
    const reasons = result.messages
      .filter((message) => message.fatal || (message.ruleId !== undefined && readinessRules.has(message.ruleId)))
      .map((message) => message.reason)
    calls.push({
      path: result.path,
      date: meeting.start,
      allDay: meeting.allDay === true,
      account: meeting.account,
      ready: reasons.length === 0,
      reasons,
      result
    })
  }
  return calls.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * The seller's week at a glance: date, account, note and readiness. Readiness comes last because
 * its reasons are sentences: the other columns stay aligned.
 */
export function upcomingTable(calls: UpcomingCall[], options: {window: string}): string {
  if (calls.length === 0) return `No call plans with a meeting in the next ${options.window}.\n`
  const header = ['Date', 'Account', 'Note', 'Readiness']
  const rows = calls.map((call) => [
    formatDate(new Date(call.date), call.allDay),
    call.account ?? '(no account)',
    call.path,
    call.ready ? 'ready' : `not ready: ${call.reasons[0]}${call.reasons.length > 1 ? ` (+${call.reasons.length - 1} more)` : ''}`
  ])
  const widths = [0, 1, 2].map((column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)))
  const render = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
  return [render(header), ...rows.map(render)].join('\n') + '\n'
}

export function upcomingJson(calls: UpcomingCall[]): string {
  return JSON.stringify(
    calls.map((call) => ({
      path: call.path,
      date: call.date,
      allDay: call.allDay,
      account: call.account ?? null,
      ready: call.ready,
      reasons: call.reasons,
      messages: call.result.messages
    }))
  )
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

function formatDate(date: Date, allDay: boolean): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const day = `${weekdays[date.getDay()]} ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return allDay ? day : `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
