import type {VFile} from 'vfile'
import {
  analyzeCallPlan,
  callPlanRule,
  headingMatches,
  numberOption,
  optionsObject,
  perOptions,
  sectionSentences,
  sentenceVerdict,
  stringList,
  type Section,
  type Sentence
} from 'call-plan-core'
import {analyzeSentence, compileVocabulary, type CompiledVocabulary, type Cue, type CueKind, type Vocabulary} from './detect.js'

export {analyzeSentence, compileVocabulary} from './detect.js'
export type {Analysis, CompiledVocabulary, Cue, CueKind, Vocabulary} from './detect.js'

export interface Options extends Vocabulary {
  /** Headings (or callout titles) of the customer-value section. */
  headings?: string[]
  /** Share of seller sentences above which the whole section gets a warning (0–1, default 0.5). */
  sectionShare?: number
}

export interface Finding {
  sentence: Sentence
  /** The words that make the sentence seller language, as written. */
  cues: string[]
  reason: string
  rewrite: string
  /** The cues with their kind and place in the sentence. */
  details: Cue[]
}

export interface SellerLanguage {
  findings: Finding[]
  sentences: number
  sellerShare: number
}

const ruleId = 'customer-value-language'

/** The headings of a customer-value section (the same list `customer-value-section` looks for). */
export const defaultHeadings: readonly string[] = [
  "What's in it for the customer",
  "What's in it for them",
  'Customer value',
  'Value to the customer',
  'Value for the customer',
  'Why should they take this meeting',
  'WIIFM',
  'Customer outcome',
  'Customer outcomes'
]

export const defaultSectionShare = 0.5

const why: Record<CueKind, [one: string, many: string]> = {
  offering: ['is about what we sell, not what they get', 'are about what we sell, not what they get'],
  presenting: ['is about what we show them, not what they get', 'are about what we show them, not what they get'],
  goal: ['is our sales goal, not theirs', 'are our sales goals, not theirs'],
  claim: ['praises us instead of saying what they get', 'praise us instead of saying what they get'],
  feature: ['sells them a feature, not a result in their terms', 'sell them a feature, not a result in their terms'],
  leading: ['makes this a leading question that steers them to our pitch', 'make this a leading question that steers them to our pitch']
}

const rewrites: Record<CueKind, string> = {
  offering: "Say what they get, without naming what we sell: 'They leave with …' or '<customer> cuts … from … to …'",
  presenting: "Say what they get, not what we show: 'They leave with …'",
  goal: "Say what they want to achieve and why now: '<customer> wants … before …'",
  claim: "Say what changes for them: '<customer> gets … so that …'",
  feature: "Say the result in their terms: 'Your planners home by six', not the feature that does it",
  leading: "Write down what they told you they want, or ask an open question: 'What would … look like for you?'"
}

const compiled = new Map<string, CompiledVocabulary>()

type SharedNames = {sellerNames?: string[]; productNames?: string[]}

/**
 * Options and shared settings are the same objects for every note of a run, so the compiled
 * vocabulary is found by identity first; the key by content below keeps one compiled
 * vocabulary per content, which lets `call-readiness` reuse this rule's verdicts.
 */
const compiledByObjects = new WeakMap<Vocabulary, WeakMap<SharedNames, CompiledVocabulary>>()

function vocabularyFor(file: VFile, options: Vocabulary): CompiledVocabulary {
  const shared: SharedNames = (file.data as {callPlan?: {settings?: SharedNames}}).callPlan?.settings ?? {}
  let byShared = compiledByObjects.get(options)
  if (!byShared) {
    byShared = new WeakMap()
    compiledByObjects.set(options, byShared)
  }
  let vocabulary = byShared.get(shared)
  if (!vocabulary) {
    vocabulary = compiledFor(options, shared)
    byShared.set(shared, vocabulary)
  }
  return vocabulary
}

function compiledFor(options: Vocabulary, shared: SharedNames): CompiledVocabulary {
  const merged: Vocabulary = {
    sellerNames: options.sellerNames ?? shared.sellerNames ?? [],
    productNames: options.productNames ?? shared.productNames ?? [],
    sellerPhrases: options.sellerPhrases ?? [],
    allow: options.allow ?? []
  }
  const key = JSON.stringify(merged)
  let vocabulary = compiled.get(key)
  if (!vocabulary) {
    vocabulary = compileVocabulary(merged)
    // Settings rarely change within a run; the cap keeps a long-lived editor server small.
    if (compiled.size > 64) compiled.clear()
    compiled.set(key, vocabulary)
  }
  return vocabulary
}

/** One sentence's verdict: a finding when it is seller language. */
export function judgeSentence(sentence: Sentence, vocabulary: CompiledVocabulary): Finding | undefined {
  // An editor remembers the verdict while the sentence is unchanged (it reads no position).
  const {cues} = sentenceVerdict(sentence, analyzeSentence, vocabulary)
  if (cues.length === 0) return undefined
  // The message speaks about the most telling kind; it names the first two cues as written.
  const kind = kindPriority.find((one) => cues.some((cue) => cue.kind === one)) ?? cues[0]!.kind
  const named = cues.slice(0, 2)
  const listed = named.map((cue) => `\`${cue.text}\``).join(' and ')
  return {
    sentence,
    cues: cues.map((cue) => cue.text),
    reason: `${listed} ${why[kind][named.length > 1 ? 1 : 0]}`,
    rewrite: rewrites[kind],
    details: cues
  }
}

const kindPriority: readonly CueKind[] = ['leading', 'goal', 'offering', 'feature', 'claim', 'presenting']

/**
 * The seller-centric sentences of one section. Vocabulary falls back to the shared
 * settings (`sellerNames`, `productNames`) of the note's call-plan analysis.
 */
export function sellerLanguage(section: Section, file: VFile, options: Vocabulary = {}): SellerLanguage {
  const vocabulary = vocabularyFor(file, options)
  // Sections are computed once per note and shared by all rules: `call-readiness` asks about
  // the same section this rule has judged, so the verdict is kept with the section.
  let byVocabulary = judged.get(section)
  if (!byVocabulary) {
    byVocabulary = new Map()
    judged.set(section, byVocabulary)
  }
  const known = byVocabulary.get(vocabulary)
  if (known && known.file === file) return known.result
  const result = judgeSection(section, file, vocabulary)
  byVocabulary.set(vocabulary, {file, result})
  return result
}

const judged = new WeakMap<Section, Map<CompiledVocabulary, {file: VFile; result: SellerLanguage}>>()

function judgeSection(section: Section, file: VFile, vocabulary: CompiledVocabulary): SellerLanguage {
  const sentences = sectionSentences(section, file)
  const findings: Finding[] = []
  for (const sentence of sentences) {
    const finding = judgeSentence(sentence, vocabulary)
    if (finding) findings.push(finding)
  }
  return {findings, sentences: sentences.length, sellerShare: sentences.length === 0 ? 0 : findings.length / sentences.length}
}

/** Resolved once per options object, so `headings` and the vocabulary are the same objects for every note. */
const readOptions = perOptions(resolveOptions)

function resolveOptions(raw: unknown): Required<Pick<Options, 'headings' | 'sectionShare'>> & Vocabulary {
  const options = optionsObject(ruleId, raw)
  const sectionShare = numberOption(ruleId, options, 'sectionShare') ?? defaultSectionShare
  if (sectionShare > 1) {
    throw new TypeError(`Unexpected \`sectionShare\` for \`${ruleId}\`: expected a share between 0 and 1, got \`${sectionShare}\``)
  }
  const read: Required<Pick<Options, 'headings' | 'sectionShare'>> & Vocabulary = {
    headings: stringList(ruleId, options, 'headings') ?? [...defaultHeadings],
    sectionShare
  }
  for (const key of ['sellerNames', 'productNames', 'sellerPhrases', 'allow'] as const) {
    const list = stringList(ruleId, options, key)
    if (list) read[key] = list
  }
  return read
}

/**
 * Sentences of the customer-value section that talk about the seller (our product, our
 * demo, our quota) instead of what the customer gets.
 */
const remarkLintCustomerValueLanguage = callPlanRule<Options>(ruleId, (context, raw) => {
  const options = readOptions(raw)
  analyzeCallPlan(context.tree, context.file)
  for (const section of context.sections) {
    if (!headingMatches(section.title, options.headings)) continue
    const result = sellerLanguage(section, context.file, options)
    if (result.sentences >= 2 && result.sellerShare > options.sectionShare) {
      const message = context.file.message(
        `Most of this section (${result.findings.length} of ${result.sentences} sentences) is about us, not what the customer gets`,
        {place: section.titlePosition}
      )
      message.note =
        'Rewrite it from their side: what they value, what they want to achieve, what stands in their way, and why now'
    }
    for (const finding of result.findings) {
      const message = context.file.message(finding.reason, {place: finding.sentence.position})
      message.note = finding.rewrite
    }
  }
})

export default remarkLintCustomerValueLanguage
