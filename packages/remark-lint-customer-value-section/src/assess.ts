import type {RootContent} from 'mdast'
import {headingMatches, optionsObject, proseBlocks, stringList, numberOption, type RuleContext, type Section} from 'call-plan-core'
import {countWords, isPlaceholder, visibleText} from './placeholder.js'

/** Options of the customer-value section, shared by `call-readiness`. */
export interface Options {
  /** Headings that make a customer-value section; replaces the defaults. */
  headings?: string[]
  /** Headings that also make a customer-value section, on top of `headings`. */
  extraHeadings?: string[]
  /** Fewest words the section needs to answer the question (default: 8; 0 turns this check off). */
  minWords?: number
}

/** Headings (and callout titles) that make a customer-value section by default. */
export const defaultHeadings: readonly string[] = [
  "What's in it for the customer?",
  "What's in it for them",
  'Customer value',
  'Value to the customer',
  'Value for the customer',
  'Why should they take this meeting?',
  'WIIFM',
  'Customer outcome',
  'Customer outcomes'
]

export const defaultMinWords = 8

export type ValueStatus = 'missing' | 'empty' | 'placeholder' | 'short' | 'ok'

/** How one customer-value section answers the question. */
export interface SectionAssessment {
  section: Section
  status: Exclude<ValueStatus, 'missing'>
  /** Words that say something (placeholders not counted). */
  words: number
  /** The first placeholder written there (`TBD`), or `empty bullets`, when `status` is `placeholder`. */
  placeholder?: string
}

export interface ValueAssessment {
  /** Every customer-value section of the note, in order. */
  sections: Section[]
  /** The best answer the note gives: `ok` when any section answers the question. */
  status: ValueStatus
  /** Words of the best section. */
  words: number
  /** Each section judged on its own (two sections: both are judged). */
  assessments: SectionAssessment[]
}

/** Validated options with defaults filled in. */
export interface ValueSectionSettings {
  headings: string[]
  minWords: number
}

/**
 * Check the customer-value options; `ruleId` names the rule in the error, since
 * `call-readiness` takes the same options.
 */
export function valueSectionSettings(ruleId: string, value: unknown): ValueSectionSettings {
  // Asked for every note (and again by `call-readiness`), so settings are resolved once per
  // options object; the settings handed out resolve to themselves, keeping `headings` the
  // same list object for the heading memo of call-plan-core.
  const key = value ?? noOptions
  const known = typeof key === 'object' ? resolvedSettings.get(key) : undefined
  if (known) return known
  const settings = resolveValueSectionSettings(ruleId, value)
  if (typeof key === 'object') resolvedSettings.set(key, settings)
  resolvedSettings.set(settings, settings)
  return settings
}

const noOptions = {}
const resolvedSettings = new WeakMap<object, ValueSectionSettings>()

function resolveValueSectionSettings(ruleId: string, value: unknown): ValueSectionSettings {
  const options = optionsObject(ruleId, value)
  const headings = stringList(ruleId, options, 'headings')
  if (headings && headings.length === 0) {
    throw new TypeError(
      `Unexpected \`headings\` for \`${ruleId}\`: expected at least one heading, such as \`["What's in it for the customer?"]\``
    )
  }
  const extraHeadings = stringList(ruleId, options, 'extraHeadings') ?? []
  const minWords = numberOption(ruleId, options, 'minWords') ?? defaultMinWords
  return {headings: [...(headings ?? defaultHeadings), ...extraHeadings], minWords}
}

const rank: Record<ValueStatus, number> = {missing: 0, empty: 1, placeholder: 2, short: 3, ok: 4}

/**
 * Find the note's customer-value sections and judge whether they answer
 * "What's in it for the customer?": missing, empty, placeholder-only, too short, or ok.
 */
export function assessValueSection(context: RuleContext, options?: Options): ValueAssessment {
  const settings = valueSectionSettings('customer-value-section', options)
  const sections = context.sections.filter((section) => headingMatches(section.title, settings.headings))
  const assessments = sections.map((section) => assessSection(section, context.source, settings.minWords))

  let best: SectionAssessment | undefined
  for (const assessment of assessments) {
    if (!best || rank[assessment.status] > rank[best.status]) best = assessment
  }
  return {
    sections,
    status: best ? best.status : 'missing',
    words: best ? best.words : 0,
    assessments
  }
}

function assessSection(section: Section, source: string, minWords: number): SectionAssessment {
  const blocks = proseBlocks(section, source)
  let words = 0
  let placeholder: string | undefined
  for (const block of blocks) {
    const text = visibleText(block.text).trim()
    if (text === '') continue
    if (isPlaceholder(text)) placeholder ??= text
    else words += countWords(text)
  }

  if (words === 0) {
    if (placeholder !== undefined) return {section, status: 'placeholder', words, placeholder}
    if (section.nodes.some(hasListItem)) return {section, status: 'placeholder', words, placeholder: 'empty bullets'}
    return {section, status: 'empty', words}
  }
  if (words < minWords) return {section, status: 'short', words}
  return {section, status: 'ok', words}
}

function hasListItem(node: RootContent): boolean {
  if (node.type === 'list') return node.children.length > 0
  if (node.type === 'blockquote') return node.children.some(hasListItem)
  return false
}
