/**
 * remark-lint rule `call-readiness`: a call that is soon, whose plan cannot say what is
 * in it for the customer, is not ready: answer the question or reschedule.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {DateTime} from 'luxon'
import {
  callPlanRule,
  knownOptions,
  numberOption,
  optionsObject,
  perOptions,
  stringOption,
  type CallPlanSettings,
  type RuleContext,
  type Section
} from 'call-plan-core'
import {
  assessValueSection,
  lineRange,
  noteTitle,
  valueSectionSettings,
  type Options as ValueSectionOptions,
  type SectionAssessment,
  type ValueAssessment
} from 'remark-lint-customer-value-section'
import {readDuration, readMeetingTime, readZone, type MeetingTime} from 'remark-lint-call-plan-frontmatter'
import {sellerLanguage} from 'remark-lint-customer-value-language'

/** What a seller-language detector tells about one section (the shape of `sellerLanguage`). */
export interface SellerLanguageResult {
  findings: unknown[]
  sentences: number
  sellerShare: number
}

export type SellerLanguageDetector = (
  section: Section,
  file: VFile,
  options?: {sellerNames?: string[]; productNames?: string[]}
) => SellerLanguageResult

export interface Options extends ValueSectionOptions {
  /** How far ahead a call counts as soon: hours as a number, or a length such as `'24h'` or `'2d'` (default: 24 hours). */
  window?: number | string
  /** The time to judge against (ISO date-time); default: the shared setting `now`, else the clock. */
  now?: string | Date
  /** Time zone of plans that name none (default: the machine's own). */
  timezone?: string
  /** Share of seller-language sentences above which the value section does not count (default: 0.5). */
  maxSellerShare?: number
  /**
   * @internal Replaces the seller-language detector of `remark-lint-customer-value-language`;
   * for tests only.
   */
  detectSellerLanguage?: SellerLanguageDetector
}

const ruleId = 'call-readiness'

export const defaultWindowHours = 24
export const defaultMaxSellerShare = 0.5

interface Settings {
  windowMinutes: number
  now: string | Date | undefined
  zone: string | undefined
  maxSellerShare: number
  detect: SellerLanguageDetector
  valueSection: ValueSectionOptions
}

/** Resolved once per options object: every note of a run shares them. */
const settingsOf = perOptions(resolveSettings)

function resolveSettings(value: unknown): Settings {
  const options = optionsObject(ruleId, value)
  knownOptions(ruleId, options, [
    'window',
    'now',
    'timezone',
    'maxSellerShare',
    'headings',
    'extraHeadings',
    'minWords',
    'detectSellerLanguage'
  ])
  const valueSection = valueSectionSettings(ruleId, options)

  const window = options['window']
  const windowMinutes = window === undefined ? defaultWindowHours * 60 : readDuration(window, 60)
  if (windowMinutes === undefined || (window !== undefined && typeof window !== 'number' && typeof window !== 'string')) {
    throw new TypeError(
      `Unexpected \`window\` for \`${ruleId}\`: expected hours as a number, or a length such as \`24h\` or \`2d\`, got \`${JSON.stringify(window)}\``
    )
  }

  const maxSellerShare = numberOption(ruleId, options, 'maxSellerShare') ?? defaultMaxSellerShare
  if (maxSellerShare > 1) {
    throw new TypeError(
      `Unexpected \`maxSellerShare\` for \`${ruleId}\`: expected a share between 0 and 1, got \`${maxSellerShare}\``
    )
  }

  const timezone = stringOption(ruleId, options, 'timezone')
  const zone = timezone === undefined ? undefined : readZone(timezone)
  if (timezone !== undefined && zone === undefined) {
    throw new TypeError(
      `Unexpected \`timezone\` for \`${ruleId}\`: expected a time zone such as \`Europe/Berlin\` or \`+01:00\`, got \`${JSON.stringify(timezone)}\``
    )
  }

  const now = options['now']
  if (now !== undefined && typeof now !== 'string' && !(now instanceof Date)) {
    throw new TypeError(
      `Unexpected \`now\` for \`${ruleId}\`: expected a date and time such as \`2026-03-02T09:00\`, got \`${JSON.stringify(now)}\``
    )
  }

  const detect = options['detectSellerLanguage']
  if (detect !== undefined && typeof detect !== 'function') {
    throw new TypeError(`Unexpected \`detectSellerLanguage\` for \`${ruleId}\`: expected a function`)
  }

  return {
    windowMinutes,
    now,
    zone,
    maxSellerShare,
    detect: (detect as SellerLanguageDetector | undefined) ?? sellerLanguage,
    valueSection
  }
}

const instants = new Map<string, number>()
const maxInstants = 64

/**
 * "Now" as an instant; a date-time without an offset is read in `zone`. The same `now`
 * comes with every note of a run, so what Luxon makes of a text is remembered.
 */
function instantOf(value: string | Date, zone: string | undefined, what: string): number {
  if (value instanceof Date) return readInstant(value, zone, what)
  const key = `${zone ?? ''}\u0000${value}`
  let instant = instants.get(key)
  if (instant === undefined) {
    instant = readInstant(value, zone, what)
    if (instants.size >= maxInstants) instants.clear()
    instants.set(key, instant)
  }
  return instant
}

function readInstant(value: string | Date, zone: string | undefined, what: string): number {
  const time =
    value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(value.trim(), {zone: zone ?? 'system', setZone: false})
  if (!time.isValid) {
    throw new TypeError(`Unexpected ${what}: expected a date and time such as \`2026-03-02T09:00\`, got \`${JSON.stringify(value)}\``)
  }
  return time.toMillis()
}

const remarkLintCallReadiness = callPlanRule<Options>(ruleId, (context, options) => {
  const settings = settingsOf(options)
  const shared = context.analysis.settings.now
  const now =
    settings.now !== undefined
      ? instantOf(settings.now, settings.zone, `\`now\` for \`${ruleId}\``)
      : shared !== undefined
        ? instantOf(shared, settings.zone, '`now` setting')
        : Date.now()

  // A date that cannot be read is reported by `call-plan-frontmatter`, not here.
  if (context.analysis.frontmatter.problem) return
  const meeting = readMeetingTime(context.analysis.frontmatter, settings.zone)
  if (!meeting) return

  // A call without a time of day starts at midnight, and counts as upcoming all that day.
  const over = meeting.hasTime ? meeting.start <= now : meeting.dayEnd <= now
  if (over || meeting.start - now > settings.windowMinutes * 60_000) return

  const why = unready(context, settings)
  if (!why) return

  const message = context.file.message(
    `Not ready for the call ${when(meeting, now)} because ${why.reason}: answer what's in it for the customer or reschedule`,
    {place: placeOf(context)}
  )
  message.note = why.sellerCentric
    ? "Rewrite it from their side, what they leave with and why it matters to them now, or move the call to when you can answer it"
    : "Write what they leave with, in their words ('They leave with …'), or move the call to when you can answer it"
})

interface Unready {
  reason: string
  sellerCentric: boolean
}

/** Why the plan cannot answer what is in it for the customer, or `undefined` when it can. */
function unready(context: RuleContext, settings: Settings): Unready | undefined {
  const assessment = assessValueSection(context, settings.valueSection)
  const best = bestSection(assessment)
  const heading = (settings.valueSection.headings ?? [])[0]
  switch (assessment.status) {
    case 'missing':
      return {reason: `there is no \`${heading}\` section`, sellerCentric: false}
    case 'empty':
      return {reason: `the \`${best!.section.title}\` section is empty`, sellerCentric: false}
    case 'placeholder':
      return {reason: `the \`${best!.section.title}\` section holds only a placeholder`, sellerCentric: false}
    case 'short':
      return {reason: `the \`${best!.section.title}\` section has only ${plural(assessment.words, 'word')}`, sellerCentric: false}
    case 'ok':
      break
  }

  const vocabulary = vocabularyOf(context.analysis.settings)
  let sentences = 0
  let seller = 0
  for (const section of assessment.sections) {
    const result = settings.detect(section, context.file, vocabulary)
    sentences += result.sentences
    seller += Math.round(result.sellerShare * result.sentences)
  }
  if (sentences === 0 || seller / sentences <= settings.maxSellerShare) return undefined
  return {
    reason: `the \`${best!.section.title}\` section is about you, not them (${sellerCount(seller, sentences)})`,
    sellerCentric: true
  }
}

/** One vocabulary object per shared settings object, so the detector finds its compiled form by identity. */
const vocabularies = new WeakMap<CallPlanSettings, {sellerNames?: string[]; productNames?: string[]}>()

function vocabularyOf(settings: CallPlanSettings): {sellerNames?: string[]; productNames?: string[]} {
  let vocabulary = vocabularies.get(settings)
  if (!vocabulary) {
    const {sellerNames, productNames} = settings
    vocabulary = {...(sellerNames ? {sellerNames} : {}), ...(productNames ? {productNames} : {})}
    vocabularies.set(settings, vocabulary)
  }
  return vocabulary
}

function sellerCount(seller: number, sentences: number): string {
  if (sentences === 1) return 'its one sentence is seller language'
  return `${seller} of ${sentences} sentences are seller language`
}

function bestSection(assessment: ValueAssessment): SectionAssessment | undefined {
  return assessment.assessments.find((one) => one.status === assessment.status)
}

/** The title of the note; without one, the `date` line that makes the call soon. */
function placeOf(context: RuleContext): Position {
  const title = noteTitle(context)
  if (title?.position) return title.position
  const {fieldLines} = context.analysis.frontmatter
  const dateKey = Object.keys(fieldLines).find((key) => key.toLowerCase() === 'date')
  return lineRange(context.source, dateKey ? fieldLines[dateKey]! : 1)
}

/** When the call is, as a sales person says it: "in 3 hours", "today (2026-03-02)". */
function when(meeting: MeetingTime, now: number): string {
  if (!meeting.hasTime) {
    if (meeting.start <= now) return `today (${meeting.day})`
    return `on ${meeting.day} (in ${span(meeting.start - now)})`
  }
  return `in ${span(meeting.start - now)}`
}

function span(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000)
  if (minutes < 1) return 'less than a minute'
  if (minutes < 60) return plural(minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`
  }
  const days = Math.floor(hours / 24)
  const restHours = hours % 24
  return restHours === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(restHours, 'hour')}`
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

export default remarkLintCallReadiness
