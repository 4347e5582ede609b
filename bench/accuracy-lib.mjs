/**
 * Accuracy of the language rules, measured through the real pipeline.
 *
 * - `customer-value-language`: every corpus sentence is linted as a tiny call plan whose
 *   "What's in it for the customer?" section holds just that sentence (a `- ` bullet when its
 *   style is `bullet`), with the corpus vocabulary as the shared settings (`sellerNames`,
 *   `productNames`). The sentence counts as flagged when the rule reports any message.
 * - `leading-question`: `detectLeadingQuestion(text)` on each question (the pure function the
 *   rule calls on every sentence of the discovery section).
 * - note level: every note of `examples/vault` with an `expect: [rule ids]` frontmatter field is
 *   linted with the vault's `.callplanrc.json` settings; a rule's verdict is "has messages".
 *
 * The split is `bench/split.mjs`: fixed seed, by item id (a leading/open pair by its pair id).
 * Baseline: the word lexicon of issue 3 (`we|our|us` plus demo/pitch/quota words).
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {remarkCallPlan, readFrontmatter, findSections, sectionSentences} from 'call-plan-core'
import remarkLintCustomerValueLanguage, {defaultHeadings as valueHeadings} from 'remark-lint-customer-value-language'
import remarkLintLeadingQuestion, {detectLeadingQuestion, defaultHeadings as questionHeadings} from 'remark-lint-leading-question'
import {extraSplitOf, splitOf} from './split.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
export const corpusPath = join(root, 'tests/fixtures/customer-value-corpus.yaml')
export const questionsPath = join(root, 'tests/fixtures/leading-questions.yaml')
export const extraCorpusPath = join(root, 'tests/fixtures/customer-value-corpus-extra.yaml')
export const extraQuestionsPath = join(root, 'tests/fixtures/leading-questions-extra.yaml')
export const vaultPath = join(root, 'examples/vault')

export const targets = {
  language: {precision: 0.95, recall: 0.9},
  tricky: {precision: 0.9, recall: 0.85},
  leading: {precision: 0.95, recall: 0.9}
}

/** Precision, recall and F1 of predictions against labels (`true` = the positive class). */
export function score(items) {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const {label, predicted} of items) {
    if (label && predicted) tp++
    else if (!label && predicted) fp++
    else if (label && !predicted) fn++
    else tn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, n: items.length, tp, fp, fn, tn}
}

// --- The lexicon baseline of issue 3 -------------------------------------------------------

const baselineWords = new Set([
  'we', 'our', 'us', 'ours',
  'demo', 'demos', 'demoing', 'pitch', 'pitching', 'present', 'presentation', 'showcase',
  'quota', 'upsell', 'cross-sell', 'close', 'closing', 'deal', 'pipeline', 'forecast', 'commit',
  'product', 'platform', 'solution', 'features', 'roadmap', 'pricing', 'signature'
])

export function lexiconSays(text) {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .some((word) => baselineWords.has(word.replace(/'s$/, '')))
}

const leadingBaselineStarts = ["wouldn't", "don't", "isn't", "aren't", "doesn't", 'would you agree', 'if i could', 'if we could']

export function leadingLexiconSays(text) {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim()
  return (
    leadingBaselineStarts.some((start) => lower.startsWith(start)) ||
    lower.endsWith(', right?') ||
    lower.includes(' our ') ||
    lower.includes('agree')
  )
}

// --- customer-value-language ---------------------------------------------------------------

export function loadCorpus(path = corpusPath) {
  return parseYaml(readFileSync(path, 'utf8'))
}

export function loadExtraCorpus() {
  return loadCorpus(extraCorpusPath)
}

export function noteFor(item) {
  const line = item.style === 'bullet' ? `- ${item.text}` : item.text
  return `---\ntype: call-plan\naccount: Corpus\n---\n\n# Call plan\n\n## What's in it for the customer?\n\n${line}\n`
}

async function lintNote(document, plugins, settings) {
  const file = new VFile({value: document, path: 'note.md'})
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkCallPlan, settings).use(plugins)
  await processor.run(processor.parse(file), file)
  return file
}

/** Every corpus sentence with its split, label and the rule's verdict. */
export async function judgeCorpus(corpus = loadCorpus(), split = splitOf) {
  const settings = {sellerNames: corpus.vocabulary?.sellerNames ?? [], productNames: corpus.vocabulary?.productNames ?? []}
  const judged = []
  for (const item of corpus.sentences) {
    const file = await lintNote(noteFor(item), [[remarkLintCustomerValueLanguage, ['warn']]], settings)
    judged.push({
      id: item.id,
      split: split(item.id),
      tricky: item.tricky ?? null,
      text: item.text,
      label: item.label === 'seller',
      predicted: file.messages.length > 0,
      baseline: lexiconSays(item.text),
      reasons: file.messages.map((message) => message.reason)
    })
  }
  return judged
}

// --- leading-question ----------------------------------------------------------------------

export function loadQuestions(path = questionsPath, splitFor = splitOf) {
  const data = parseYaml(readFileSync(path, 'utf8'))
  const items = []
  for (const pair of data.pairs ?? []) {
    const split = splitFor(pair.id)
    items.push({id: `${pair.id}/leading`, split, text: pair.leading, label: true})
    items.push({id: `${pair.id}/open`, split, text: pair.open, label: false})
  }
  for (const item of data.extra_open ?? []) items.push({id: item.id, split: splitFor(item.id), text: item.question, label: false})
  for (const item of data.extra_leading ?? []) items.push({id: item.id, split: splitFor(item.id), text: item.question, label: true})
  return items
}

/** The extra questions, with the vocabulary of the extra corpus (their products are named in them). */
export function loadExtraQuestions() {
  return loadQuestions(extraQuestionsPath, extraSplitOf)
}

export function judgeQuestions(items = loadQuestions(), vocabulary = {}) {
  return items.map((item) => {
    const result = detectLeadingQuestion(item.text, vocabulary)
    return {...item, predicted: result.leading, baseline: leadingLexiconSays(item.text), cue: result.cue}
  })
}

// --- note level on the example vault -------------------------------------------------------

/** Every `.md` note below `folder` (dot-folders left out), sorted. */
export function notesIn(folder) {
  const found = []
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.')) continue
    const path = join(folder, name)
    if (statSync(path).isDirectory()) found.push(...notesIn(path))
    else if (name.endsWith('.md')) found.push(path)
  }
  return found.sort()
}

export async function judgeVault(folder = vaultPath) {
  let config = {}
  try {
    config = JSON.parse(readFileSync(join(folder, '.callplanrc.json'), 'utf8'))
  } catch {}
  const settings = config.settings ?? {}
  const optionsOf = (id) => {
    const setting = config.rules?.[id]
    return Array.isArray(setting) ? setting[1] ?? {} : typeof setting === 'object' && setting ? setting : {}
  }
  const notes = []
  for (const path of notesIn(folder)) {
    const text = readFileSync(path, 'utf8')
    const expect = readFrontmatter(text).data?.expect
    if (!Array.isArray(expect)) continue
    const language = await lintNote(text, [[remarkLintCustomerValueLanguage, ['warn', optionsOf('customer-value-language')]]], settings)
    const leading = await lintNote(text, [[remarkLintLeadingQuestion, ['warn', optionsOf('leading-question')]]], settings)
    const sections = baselineSections(text, settings)
    notes.push({
      path: relative(folder, path),
      language: {label: expect.includes('customer-value-language'), predicted: language.messages.length > 0, baseline: sections.value},
      leading: {label: expect.includes('leading-question'), predicted: leading.messages.length > 0, baseline: sections.questions}
    })
  }
  return notes
}

function baselineSections(text, settings) {
  const file = new VFile({value: text, path: 'note.md'})
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(file)
  const isCallPlan = (() => {
    const data = readFrontmatter(text).data ?? {}
    const tags = Array.isArray(data.tags) ? data.tags : typeof data.tags === 'string' ? [data.tags] : []
    return data.type === 'call-plan' || tags.includes('call-plan') || text.includes('#call-plan')
  })()
  void settings
  if (!isCallPlan) return {value: false, questions: false}
  const sentencesOf = (headings) => findSections(tree, text, headings).flatMap((section) => sectionSentences(section, file))
  return {
    value: sentencesOf(valueHeadings).some((sentence) => lexiconSays(sentence.text)),
    questions: sentencesOf(questionHeadings).some((sentence) => leadingLexiconSays(sentence.text))
  }
}

// --- the table -----------------------------------------------------------------------------

/** The figures recorded once, before tuning, on ALL of the extra corpora (bench/record-extra-baseline.mjs). */
export function recordedBeforeTuning() {
  try {
    return JSON.parse(readFileSync(join(root, 'bench/results/extra-before-tuning.json'), 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * Every row of the table. With `{tuning: true}` the held-out rows (corpus-1 test, extra-test)
 * are not even computed into the table, so a tuning run cannot read them.
 */
export async function measure({tuning = false} = {}) {
  const corpus = await judgeCorpus()
  const questions = judgeQuestions()
  const extra = loadExtraCorpus()
  const extraCorpus = await judgeCorpus(extra, extraSplitOf)
  const extraQuestions = judgeQuestions(loadExtraQuestions(), extra.vocabulary ?? {})
  const vault = await judgeVault()
  const recorded = recordedBeforeTuning()
  const rows = []
  const row = (name, items, target, heldOut = false) => {
    if (tuning && heldOut) return
    rows.push({
      name,
      detector: score(items.map(({label, predicted}) => ({label, predicted}))),
      baseline: score(items.map(({label, baseline}) => ({label, predicted: baseline}))),
      target,
      heldOut
    })
  }
  const fixed = (name, figures, target) => {
    if (figures) rows.push({name, detector: figures.detector, baseline: figures.baseline, target, recorded: true})
  }
  const of = (items, split, tricky = false) => items.filter((item) => item.split === split && (!tricky || item.tricky))
  row('customer-value-language, corpus-1 dev', of(corpus, 'dev'))
  row('customer-value-language, corpus-1 test', of(corpus, 'test'), targets.language, true)
  fixed('customer-value-language, extra ALL before tuning', recorded?.language, targets.language)
  row('customer-value-language, extra-train', of(extraCorpus, 'extra-train'))
  row('customer-value-language, extra-test', of(extraCorpus, 'extra-test'), targets.language, true)
  row('customer-value-language, held-out (c1 test+x-test)', [...of(corpus, 'test'), ...of(extraCorpus, 'extra-test')], targets.language, true)
  row('  tricky only, corpus-1 dev', of(corpus, 'dev', true))
  row('  tricky only, corpus-1 test', of(corpus, 'test', true), targets.tricky, true)
  fixed('  tricky only, extra ALL before tuning', recorded?.tricky, targets.tricky)
  row('  tricky only, extra-train', of(extraCorpus, 'extra-train', true))
  row('  tricky only, extra-test', of(extraCorpus, 'extra-test', true), targets.tricky, true)
  row('  tricky only, held-out (c1 test+x-test)', [...of(corpus, 'test', true), ...of(extraCorpus, 'extra-test', true)], targets.tricky, true)
  row('leading-question, corpus-1 dev', of(questions, 'dev'))
  row('leading-question, corpus-1 test', of(questions, 'test'), targets.leading, true)
  fixed('leading-question, extra ALL before tuning', recorded?.leading, targets.leading)
  row('leading-question, extra-train', of(extraQuestions, 'extra-train'))
  row('leading-question, extra-test', of(extraQuestions, 'extra-test'), targets.leading, true)
  row('leading-question, held-out (c1 test+x-test)', [...of(questions, 'test'), ...of(extraQuestions, 'extra-test')], targets.leading, true)
  row('notes in examples/vault: customer-value-language', vault.map((note) => note.language))
  row('notes in examples/vault: leading-question', vault.map((note) => note.leading))
  return {rows, corpus: [...corpus, ...extraCorpus], questions: [...questions, ...extraQuestions], vault}
}
