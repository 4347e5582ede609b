/**
 * remark-lint rule `customer-context`: the plan says what the customer is trying to
 * achieve, what stands in their way, and why it matters to them now.
 */
import {
  callPlanRule,
  headingMatches,
  inlineFields,
  isRecord,
  knownOptions,
  optionsObject,
  perOptions,
  proseBlocks,
  stringList,
  type RuleContext
} from 'call-plan-core'
import {countWords, insertionAfterTitle, isPlaceholder, visibleText} from 'remark-lint-customer-value-section'

export type ContextElement = 'goal' | 'obstacle' | 'urgency'

export interface Options {
  /** What the plan must say (default: all three, `['goal', 'obstacle', 'urgency']`). */
  require?: ContextElement[]
  /** More headings (and field names) that count for an element, such as `{goal: ['North star']}`. */
  synonyms?: Partial<Record<ContextElement, string[]>>
}

const ruleId = 'customer-context'

export const contextElements: readonly ContextElement[] = ['goal', 'obstacle', 'urgency']

interface ElementDefinition {
  /** How a message names it, from the customer's side. */
  missing: string
  /** The heading the quick fix inserts, and the prompt under it. */
  heading: string
  prompt: string
  /** What the note says to write. */
  hint: string
  headings: string[]
  /** Frontmatter and Dataview field names (compared without case, spaces, `-` or `_`). */
  fields: string[]
}

/** The default headings and fields of each element. */
export const contextDefinitions: Readonly<Record<ContextElement, Readonly<ElementDefinition>>> = {
  goal: {
    missing: 'what they are trying to achieve',
    heading: 'Goals',
    prompt: 'They want to achieve …',
    hint: 'what they want to achieve',
    headings: [
      'Goal',
      'Goals',
      'Objective',
      'Objectives',
      'Customer goals',
      'Their goals',
      'Business goals',
      'What they want to achieve',
      'What they are trying to achieve',
      "What they're trying to achieve",
      'Desired outcome',
      'Desired outcomes',
      'Success criteria',
      'What success looks like'
    ],
    fields: ['goal', 'goals', 'objective', 'objectives', 'desired outcome', 'desired outcomes', 'success criteria']
  },
  obstacle: {
    missing: 'what stands in their way',
    heading: 'Challenges',
    prompt: 'What stands in their way is …',
    hint: 'what stands in their way',
    headings: [
      'Challenge',
      'Challenges',
      'Current challenges',
      'Their challenges',
      'Pain point',
      'Pain points',
      'Pains',
      'Obstacle',
      'Obstacles',
      'Blocker',
      'Blockers',
      'What stands in their way',
      "What's in their way",
      'What is in their way',
      'Risks',
      'Problems'
    ],
    fields: [
      'obstacle',
      'obstacles',
      'pain',
      'pains',
      'pain points',
      'challenge',
      'challenges',
      'blocker',
      'blockers',
      'risks',
      'problem',
      'problems'
    ]
  },
  urgency: {
    missing: 'why it matters to them now',
    heading: 'Why now',
    prompt: 'It matters to them now because …',
    hint: 'the event or date that makes it urgent for them',
    headings: [
      'Why now',
      'Urgency',
      'Compelling event',
      'Why they care',
      'Why it matters now',
      'Why this matters now',
      'Timing',
      'Trigger',
      'Trigger event',
      'Deadline'
    ],
    fields: ['why now', 'urgency', 'compelling event', 'why they care', 'timing', 'trigger', 'deadline']
  }
}

interface Settings {
  require: ContextElement[]
  headings: Record<ContextElement, string[]>
  fields: Record<ContextElement, Set<string>>
}

/** Resolved once per options object: every note of a run shares them. */
const settingsOf = perOptions(resolveSettings)

function resolveSettings(value: unknown): Settings {
  const options = optionsObject(ruleId, value)
  knownOptions(ruleId, options, ['require', 'synonyms'])
  const required = stringList(ruleId, options, 'require') ?? [...contextElements]
  for (const element of required) {
    if (!(contextElements as readonly string[]).includes(element)) {
      throw new TypeError(
        `Unexpected \`require\` for \`${ruleId}\`: expected a list of \`goal\`, \`obstacle\` or \`urgency\`, got \`${JSON.stringify(element)}\``
      )
    }
  }

  const synonyms = options['synonyms'] ?? {}
  if (!isRecord(synonyms)) {
    throw new TypeError(
      `Unexpected \`synonyms\` for \`${ruleId}\`: expected an object such as \`{"goal": ["North star"]}\`, got \`${JSON.stringify(synonyms)}\``
    )
  }
  for (const key of Object.keys(synonyms)) {
    if (!(contextElements as readonly string[]).includes(key)) {
      throw new TypeError(
        `Unexpected \`synonyms\` for \`${ruleId}\`: expected keys \`goal\`, \`obstacle\` or \`urgency\`, got \`${key}\``
      )
    }
  }

  const headings = {} as Settings['headings']
  const fields = {} as Settings['fields']
  for (const element of contextElements) {
    const extra = stringList(ruleId, {[`synonyms.${element}`]: synonyms[element]}, `synonyms.${element}`) ?? []
    const definition = contextDefinitions[element]
    headings[element] = [...definition.headings, ...extra]
    fields[element] = new Set([...definition.fields, ...extra].map(compactName))
  }
  return {require: required as ContextElement[], headings, fields}
}

/** `why_now`, `whyNow`, `why-now`, `Why now` are the same field. */
function compactName(name: string): string {
  let compact = ''
  for (const char of name.toLowerCase()) {
    if (char !== ' ' && char !== '-' && char !== '_' && char !== '\t') compact += char
  }
  return compact
}

/** Which elements the note states, each with something more than a placeholder. */
export function statedContext(context: RuleContext, options?: Options): Set<ContextElement> {
  const settings = settingsOf(options)
  const stated = new Set<ContextElement>()

  for (const section of context.sections) {
    for (const element of contextElements) {
      if (stated.has(element) || !headingMatches(section.title, settings.headings[element])) continue
      const blocks = proseBlocks(section, context.source)
      if (blocks.some((block) => !isInlineField(block.text) && says(block.text))) stated.add(element)
    }
  }

  const {frontmatter} = context.analysis
  const data: Record<string, unknown> = frontmatter.problem ? frontmatter.looseData : frontmatter.data
  for (const [key, value] of Object.entries(data)) addField(stated, settings, key, value)
  for (const field of inlineFields(context.tree)) addField(stated, settings, field.key, field.value)
  return stated
}

function addField(stated: Set<ContextElement>, settings: Settings, key: string, value: unknown): void {
  const name = compactName(key)
  for (const element of contextElements) {
    if (settings.fields[element].has(name) && valueSays(value)) stated.add(element)
  }
}

/** A `key:: value` line is a field of its own, counted as a field, not as the section's prose. */
function isInlineField(text: string): boolean {
  const marker = text.indexOf('::')
  if (marker <= 0 || marker > 60) return false
  return /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(text.slice(0, marker).trim())
}

function says(text: string): boolean {
  const visible = visibleText(text).trim()
  return visible !== '' && !isPlaceholder(visible) && countWords(visible) > 0
}

function valueSays(value: unknown): boolean {
  if (typeof value === 'string') return says(value)
  if (typeof value === 'number' || value instanceof Date) return true
  if (Array.isArray(value)) return value.some(valueSays)
  if (isRecord(value)) return Object.values(value).some(valueSays)
  return false
}

const remarkLintCustomerContext = callPlanRule<Options>(ruleId, (context, options) => {
  const settings = settingsOf(options)
  const stated = statedContext(context, options)
  const missing = contextElements.filter((element) => settings.require.includes(element) && !stated.has(element))
  if (missing.length === 0) return

  // A heading already there, holding only a placeholder or the prompt a fix wrote, is the
  // seller's to fill in: it gets its own message at that heading, and no second heading is
  // offered (a fix applied twice must not keep adding them).
  const headingOf = (element: ContextElement) =>
    context.sections.find((section) => headingMatches(section.title, settings.headings[element]))
  const absent = missing.filter((element) => !headingOf(element))
  const unfilled = missing.filter((element) => headingOf(element))

  if (absent.length > 0) {
    const definitions = absent.map((element) => contextDefinitions[element])
    const insertion = insertionAfterTitle(context)
    const message = context.file.message(
      `Missing customer context (${listOf(definitions.map((one) => one.missing))}): without it, what's in it for them is a guess`,
      {place: insertion.place}
    )
    message.note = `Add, in their words, ${listOf(
      definitions.map((one) => `\`## ${one.heading}\` (${one.hint})`)
    )}, or fields such as \`${fieldExample(absent[0]!)}:: …\``
    message.expected = [insertion.wrap(definitions.map((one) => `## ${one.heading}\n\n- ${one.prompt}`).join('\n\n'))]
  }

  if (unfilled.length > 0) {
    const sections = unfilled.map((element) => headingOf(element)!)
    const definitions = unfilled.map((element) => contextDefinitions[element])
    const message = context.file.message(
      `Customer context not filled in yet (${listOf(definitions.map((one) => one.missing))}): without it, what's in it for them is a guess`,
      {place: sections[0]!.titlePosition}
    )
    message.note = `Write, in their words, ${listOf(
      sections.map((section, index) => `under \`${section.title}\` ${definitions[index]!.hint}`)
    )}`
  }
})

function fieldExample(element: ContextElement): string {
  return element === 'urgency' ? 'why-now' : element
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export default remarkLintCustomerContext
