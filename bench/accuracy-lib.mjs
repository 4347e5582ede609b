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
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
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
import {extraSplitOf, heldOutSplits, splitOf, wholeSplit} from './split.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixture = (name) => join(root, 'tests/fixtures', name)
export const vaultPath = join(root, 'examples/vault')

/**
 * Every labelled corpus, in the order the table reports them. `questionVocabulary: false` keeps
 * corpus 1's questions judged without vocabulary, as they were when its figures were first taken.
 */
export const corpora = [
  {name: 'corpus-1', sentences: fixture('customer-value-corpus.yaml'), questions: fixture('leading-questions.yaml'), splitOf, questionVocabulary: false},
  {name: 'extra', sentences: fixture('customer-value-corpus-extra.yaml'), questions: fixture('leading-questions-extra.yaml'), splitOf: extraSplitOf},
  {name: 'round-3a', round: 'round-3', sentences: fixture('customer-value-corpus-3a.yaml'), questions: fixture('leading-questions-3a.yaml'), splitOf: wholeSplit('train-3')},
  {name: 'round-3b', round: 'round-3', sentences: fixture('customer-value-corpus-3b.yaml'), questions: fixture('leading-questions-3b.yaml'), splitOf: wholeSplit('train-3')},
  {name: 'blind', round: 'blind', heldOut: true, sentences: fixture('customer-value-corpus-blind.yaml'), questions: fixture('leading-questions-blind.yaml'), splitOf: wholeSplit('blind')},
  {name: 'round-4', sentences: fixture('customer-value-corpus-4.yaml'), questions: fixture('leading-questions-4.yaml'), splitOf: wholeSplit('train-4')},
  {name: 'blind-2', heldOut: true, sentences: fixture('customer-value-corpus-blind-2.yaml'), questions: fixture('leading-questions-blind-2.yaml'), splitOf: wholeSplit('blind-2')},
  {name: 'round-5', sentences: fixture('customer-value-corpus-5.yaml'), questions: fixture('leading-questions-5.yaml'), splitOf: wholeSplit('train-5')},
  {name: 'blind-3', heldOut: true, sentences: fixture('customer-value-corpus-blind-3.yaml'), questions: fixture('leading-questions-blind-3.yaml'), splitOf: wholeSplit('blind-3')}
]

/** The file a round's first measurement is recorded in (bench/results/<name>.json). */
export function recordName(round) {
  return corporaOf(round).some((corpus) => corpus.heldOut) ? `${round}-first-measurement` : `${round}-before-tuning`
}

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

/** The detector's and the lexicon baseline's scores on the same judged items. */
export function scores(items) {
  return {
    detector: score(items.map(({label, predicted}) => ({label, predicted}))),
    baseline: score(items.map(({label, baseline}) => ({label, predicted: baseline})))
  }
}

// --- customer-value-language ---------------------------------------------------------------

export function loadCorpus(path = corpora[0].sentences) {
  return parseYaml(readFileSync(path, 'utf8'))
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

export function loadQuestions(path = corpora[0].questions, splitFor = splitOf) {
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

/** Figures recorded once (bench/record-before-tuning.mjs), e.g. `extra-before-tuning.json`. */
export function recorded(name) {
  try {
    return JSON.parse(readFileSync(join(root, `bench/results/${name}.json`), 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * Every sentence and question of the given corpora (default: all), judged, each item tagged
 * with its corpus and split. Corpora whose files are absent are skipped.
 */
export async function judgeCorpora(which = corpora) {
  const sentences = []
  const questions = []
  for (const corpus of which) {
    if (!existsSync(corpus.sentences)) continue
    const data = loadCorpus(corpus.sentences)
    for (const item of await judgeCorpus(data, corpus.splitOf)) sentences.push({...item, corpus: corpus.name})
    if (!existsSync(corpus.questions)) continue
    const vocabulary = corpus.questionVocabulary === false ? {} : data.vocabulary ?? {}
    for (const item of judgeQuestions(loadQuestions(corpus.questions, corpus.splitOf), vocabulary)) questions.push({...item, corpus: corpus.name})
  }
  return {sentences, questions}
}

/** The corpora of one recording round (`extra`, `round-3`, `blind`). */
export function corporaOf(round) {
  return corpora.filter((corpus) => (corpus.round ?? corpus.name) === round)
}

/**
 * Every row of the table. With `{tuning: true}` the held-out rows are not computed into the
 * table and the blind corpora are not even read, so a tuning run cannot see them.
 */
export async function measure({tuning = false} = {}) {
  const judged = await judgeCorpora(tuning ? corpora.filter((corpus) => !corpus.heldOut) : corpora)
  // A tuning run keeps nothing of the held-out splits of the other corpora either.
  const visible = (items) => (tuning ? items.filter((item) => !heldOutSplits.has(item.split)) : items)
  const sentences = visible(judged.sentences)
  const questions = visible(judged.questions)
  const vault = await judgeVault()
  const rows = []
  const row = (name, items, target, heldOut = false, headline = false) => {
    if ((tuning && heldOut) || items.length === 0) return
    rows.push({
      name,
      ...scores(items),
      target,
      heldOut,
      headline
    })
  }
  const fixed = (name, figures, target, heldOut = false) => {
    if (figures && !(tuning && heldOut)) rows.push({name, detector: figures.detector, baseline: figures.baseline, target, recorded: true})
  }
  const inSplits = (items, splits, tricky = false) => items.filter((item) => splits.includes(item.split) && (!tricky || item.tricky))
  const heldOut = [...heldOutSplits]
  for (const [kind, label, items, target, tricky] of [
    ['language', 'customer-value-language', sentences, targets.language, false],
    ['tricky', '  tricky only', sentences, targets.tricky, true],
    ['leading', 'leading-question', questions, targets.leading, false]
  ]) {
    row(`${label}, corpus-1 dev`, inSplits(items, ['dev'], tricky))
    row(`${label}, extra-train`, inSplits(items, ['extra-train'], tricky))
    row(`${label}, round-3 (train)`, inSplits(items, ['train-3'], tricky))
    row(`${label}, round-4 (train)`, inSplits(items, ['train-4'], tricky))
    row(`${label}, round-5 (train)`, inSplits(items, ['train-5'], tricky))
    for (const round of ['extra', 'round-3', 'blind', 'round-4', 'blind-2', 'round-5', 'blind-3']) {
      const name = recordName(round)
      const heldOut = name.endsWith('first-measurement')
      fixed(`${label}, ${round} ALL, ${heldOut ? 'first measurement' : 'before tuning'}`, recorded(name)?.[kind], target, heldOut)
    }
    row(`${label}, corpus-1 test`, inSplits(items, ['test'], tricky), target, true)
    row(`${label}, extra-test`, inSplits(items, ['extra-test'], tricky), target, true)
    row(`${label}, blind`, inSplits(items, ['blind'], tricky), target, true)
    row(`${label}, blind-2`, inSplits(items, ['blind-2'], tricky), target, true)
    row(`${label}, blind-3`, inSplits(items, ['blind-3'], tricky), target, true)
    // Issue 3's test split: every sentence nobody tuned on, together.
    row(`${label}, ALL held-out`, inSplits(items, heldOut, tricky), target, true, true)
  }
  row('notes in examples/vault: customer-value-language', vault.map((note) => note.language))
  row('notes in examples/vault: leading-question', vault.map((note) => note.leading))
  return {rows, corpus: sentences, questions, vault}
}
