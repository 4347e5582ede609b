/**
 * Reading the plan's own fields (the call's date, time, length, time zone) the way a
 * sales person writes them. Shared with `call-readiness`, so both rules agree on
 * what a date is.
 */
import {DateTime} from 'luxon'
import type {Frontmatter} from 'call-plan-core'

/** One top-level frontmatter field, found without regard to case (`Date:` is `date`). */
export interface Field {
  /** The key as written. */
  key: string
  /** The parsed value. */
  value: unknown
  /** A string value, or the text on the field's line (comments and quotes removed); `undefined` for block values. */
  raw: string | undefined
  /** Line of the field in the note (0 when unknown). */
  line: number
}

export function findField(frontmatter: Frontmatter, names: readonly string[]): Field | undefined {
  const wanted = names.map((name) => name.toLowerCase())
  for (const key of Object.keys(frontmatter.data)) {
    if (!wanted.includes(key.toLowerCase())) continue
    const value = frontmatter.data[key]
    // A string is what the reader made of the text; anything else may have been
    // transformed (a date, a base-60 number), so the text on the line is kept too.
    const raw = typeof value === 'string' ? value.trim() : rawValue(frontmatter.looseData[key])
    return {key, value, raw, line: frontmatter.fieldLines[key] ?? 0}
  }
  return undefined
}

/** Whether a field has no value: `account:`, `account: ""`, `attendees: []`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.every(isEmptyValue)
  return false
}

/**
 * The value as written on its line: YAML turns `time: 9:30` into the number 570
 * (base 60) and `date: 2026-02-30` into March 2nd, so types are checked on the text.
 */
function rawValue(loose: string | undefined): string | undefined {
  if (loose === undefined) return undefined
  let value = loose.trim()
  const first = value[0]
  if (first === '"' || first === "'") {
    // A quoted value ends at its closing quote; a `#` inside it is text, not a comment.
    const close = value.indexOf(first, 1)
    return close === -1 ? value : value.slice(1, close).trim()
  }
  const comment = value.indexOf(' #')
  if (comment !== -1) value = value.slice(0, comment).trim()
  if (value === '' || value.startsWith('|') || value.startsWith('>')) return undefined
  return value
}

/** A calendar day, optionally with a time of day and a UTC offset, as written in `date`. */
export interface CalendarDate {
  year: number
  month: number
  day: number
  /** Minutes after midnight, when the date carries a time. */
  minutes?: number
  /** Offset from UTC in minutes, when the date carries one (`Z`, `+01:00`). */
  offset?: number
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/**
 * Read a date as written: `2026-03-02`, `2026-03-02T09:30`, `2026-03-02 09:30:00+01:00`,
 * or an Obsidian link to a daily note (`[[2026-03-02]]`). `undefined` when it is not a
 * real calendar date (`2026-02-30`).
 */
export function readDate(value: unknown, raw?: string): CalendarDate | undefined {
  const text = raw ?? (typeof value === 'string' ? value.trim() : undefined)
  if (text !== undefined) return parseDateText(unlink(text))
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // YAML and TOML dates without a time are midnight UTC: their UTC fields are the day written.
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  }
  return undefined
}

const meetingDates = new WeakMap<Frontmatter, {date: CalendarDate | undefined}>()

/**
 * The plan's `date` field as a calendar day, read once per note: `call-plan-frontmatter`
 * checks it and `call-readiness` times the call by it. The result is shared: do not change it.
 */
export function meetingDate(frontmatter: Frontmatter): CalendarDate | undefined {
  let known = meetingDates.get(frontmatter)
  if (!known) {
    const field = findField(frontmatter, ['date'])
    known = {date: field ? readDate(field.value, field.raw) : undefined}
    meetingDates.set(frontmatter, known)
  }
  return known.date
}

function unlink(text: string): string {
  return text.startsWith('[[') && text.endsWith(']]') ? text.slice(2, -2).trim() : text
}

function parseDateText(text: string): CalendarDate | undefined {
  const match = isoDate.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, zone] = match
  const date: CalendarDate = {year: Number(year), month: Number(month), day: Number(day)}
  if (!DateTime.fromObject({year: date.year, month: date.month, day: date.day}, {zone: 'utc'}).isValid) return undefined
  if (hour !== undefined) {
    const minutes = clockMinutes(Number(hour), Number(minute), second === undefined ? 0 : Number(second))
    if (minutes === undefined) return undefined
    date.minutes = minutes
  }
  if (zone !== undefined) date.offset = offsetMinutes(zone)
  return date
}

const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

/** Read a time of day, `HH:MM` on a 24-hour clock (`9:30` too): minutes after midnight. */
export function readTime(value: unknown, raw?: string): number | undefined {
  const text = raw ?? (typeof value === 'string' ? value.trim() : undefined)
  if (text === undefined) return undefined
  const match = clock.exec(text)
  if (!match) return undefined
  return clockMinutes(Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3]))
}

function clockMinutes(hour: number, minute: number, second: number): number | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined
  return hour * 60 + minute
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'))
}

const durationUnits: Record<string, number> = {
  d: 1440,
  day: 1440,
  days: 1440,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1
}

/**
 * Read a length of time in minutes: a number (minutes) or `45m`, `1h`, `1h30m`, `1.5h`,
 * `90 min`, `1 hour 30 minutes`, `2d`. `undefined` when it is not a positive length.
 */
export function readDuration(value: unknown, unitOfNumbers = 1): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value * unitOfNumbers : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  if (/^\d+(?:\.\d+)?$/.test(text)) return readDuration(Number(text), unitOfNumbers)

  // Pairs of a number and a unit, scanned left to right: linear whatever the input.
  let total = 0
  let index = 0
  let pairs = 0
  while (index < text.length) {
    while (text[index] === ' ' || text[index] === ',') index++
    if (index >= text.length) break
    const numberStart = index
    while (index < text.length && ((text[index]! >= '0' && text[index]! <= '9') || text[index] === '.')) index++
    const amount = Number(text.slice(numberStart, index))
    if (index === numberStart || !Number.isFinite(amount)) return undefined
    while (text[index] === ' ') index++
    const unitStart = index
    while (index < text.length && text[index]! >= 'a' && text[index]! <= 'z') index++
    const unit = durationUnits[text.slice(unitStart, index)]
    if (unit === undefined) return undefined
    total += amount * unit
    pairs++
  }
  return pairs > 0 && total > 0 ? total : undefined
}

/**
 * A time zone as written: an IANA name (`Europe/Berlin`), `UTC`, or an offset
 * (`+01:00`, `UTC+1`). Returns the name Luxon understands, or `undefined`.
 */
export function readZone(text: string): string | undefined {
  // Plans of one vault name few zones; asking Luxon about each one per note is the cost.
  if (zones.has(text)) return zones.get(text)
  const zone = resolveZone(text)
  if (zones.size >= maxZones) zones.clear()
  zones.set(text, zone)
  return zone
}

const zones = new Map<string, string | undefined>()
const maxZones = 256

function resolveZone(text: string): string | undefined {
  const value = text.trim()
  if (value === '') return undefined
  let zone = value
  const offset = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(value)
  if (offset) zone = `UTC${offset[1]}${Number(offset[2])}:${offset[3] ?? '00'}`
  else if (/^(?:utc|gmt|z)$/i.test(value)) zone = 'UTC'
  return DateTime.fromObject({}, {zone}).isValid ? zone : undefined
}

/** When the call starts, as the plan says it. */
export interface MeetingTime {
  /** Start in milliseconds since the epoch; a date without a time starts at midnight. */
  start: number
  /** End of the call's day: a call without a time counts as upcoming until then. */
  dayEnd: number
  /** Whether the plan gives a time of day. */
  hasTime: boolean
  /** The day as written, `YYYY-MM-DD`. */
  day: string
  /** The time zone the start was read in. */
  zone: string
}

/**
 * When the call starts, from `date` (maybe with a time), `time` and `timezone`/`tz`.
 * An offset written in the date wins, then the plan's time zone, then `defaultZone`
 * (the machine's own zone when not given). `undefined` when any of them cannot be read.
 */
export function readMeetingTime(frontmatter: Frontmatter, defaultZone?: string): MeetingTime | undefined {
  const date = meetingDate(frontmatter)
  if (!date) return undefined

  let minutes = date.minutes
  const timeField = findField(frontmatter, ['time'])
  if (timeField && !isEmptyValue(timeField.value)) {
    const time = readTime(timeField.value, timeField.raw)
    if (time === undefined) return undefined
    minutes ??= time
  }

  let zone = defaultZone ?? 'system'
  const zoneField = findField(frontmatter, ['timezone', 'tz'])
  if (zoneField && !isEmptyValue(zoneField.value)) {
    const named = typeof zoneField.value === 'string' ? readZone(zoneField.value) : undefined
    if (named === undefined) return undefined
    zone = named
  }
  if (date.offset !== undefined) zone = date.offset === 0 ? 'UTC' : `UTC${formatOffset(date.offset)}`

  const day = {year: date.year, month: date.month, day: date.day}
  const dayStart = DateTime.fromObject(day, {zone})
  if (!dayStart.isValid) return undefined
  // Wall-clock time of that day, so a call on the day clocks change still starts when written.
  const start =
    minutes === undefined
      ? dayStart
      : DateTime.fromObject({...day, hour: Math.floor(minutes / 60), minute: minutes % 60}, {zone})
  return {
    start: start.toMillis(),
    dayEnd: dayStart.plus({days: 1}).toMillis(),
    hasTime: minutes !== undefined,
    day: dayStart.toISODate() ?? '',
    zone
  }
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${Math.floor(absolute / 60)}:${String(absolute % 60).padStart(2, '0')}`
}
