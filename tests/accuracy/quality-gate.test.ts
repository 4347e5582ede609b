/**
 * Quality gate: the detectors must keep meeting issue 3's targets on the DEV split of the
 * labelled corpora (the test split is reported by `pnpm bench:accuracy`, never tuned on).
 * The figures come from the same code as the bench: every corpus sentence is linted as a
 * small call plan through the real pipeline.
 */
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: plain ESM module of the bench, no type declarations
import {judgeCorpus, judgeQuestions, judgeVault, loadExtraCorpus, loadExtraQuestions, score, targets} from '../../bench/accuracy-lib.mjs'
// @ts-expect-error: plain ESM module of the bench, no type declarations
import {extraSplitOf} from '../../bench/split.mjs'

interface Judged {
  split: 'dev' | 'test' | 'extra-train' | 'extra-test'
  tricky?: string | null
  label: boolean
  predicted: boolean
}

interface Score {
  precision: number
  recall: number
  n: number
}

const scoreOf = score as (items: Array<{label: boolean; predicted: boolean}>) => Score

let corpus: Judged[] = []
let questions: Judged[] = []
let vault: Array<{language: Judged; leading: Judged}> = []
let extraCorpus: Judged[] = []
let extraQuestions: Judged[] = []

beforeAll(async () => {
  corpus = (await judgeCorpus()) as Judged[]
  questions = judgeQuestions() as Judged[]
  const extra = loadExtraCorpus()
  extraCorpus = (await judgeCorpus(extra, extraSplitOf)) as Judged[]
  extraQuestions = judgeQuestions(loadExtraQuestions(), extra.vocabulary ?? {}) as Judged[]
  vault = (await judgeVault()) as typeof vault
})

describe('language accuracy on the dev split', () => {
  it('customer-value-language meets the precision and recall targets', () => {
    const result = scoreOf(corpus.filter((item) => item.split === 'dev'))
    expect(result.n).toBeGreaterThan(300)
    expect(result.precision).toBeGreaterThanOrEqual(targets.language.precision)
    expect(result.recall).toBeGreaterThanOrEqual(targets.language.recall)
  })

  it('customer-value-language meets the tricky-only targets', () => {
    const result = scoreOf(corpus.filter((item) => item.split === 'dev' && item.tricky))
    expect(result.n).toBeGreaterThan(100)
    expect(result.precision).toBeGreaterThanOrEqual(targets.tricky.precision)
    expect(result.recall).toBeGreaterThanOrEqual(targets.tricky.recall)
  })

  it('leading-question meets the precision and recall targets', () => {
    const result = scoreOf(questions.filter((item) => item.split === 'dev'))
    expect(result.n).toBeGreaterThan(60)
    expect(result.precision).toBeGreaterThanOrEqual(targets.leading.precision)
    expect(result.recall).toBeGreaterThanOrEqual(targets.leading.recall)
  })

  it('every labelled note of the example vault gets the expected verdict from both rules', () => {
    expect(vault.length).toBeGreaterThan(0)
    for (const note of vault) {
      expect(note.language.predicted, 'customer-value-language').toBe(note.language.label)
      expect(note.leading.predicted, 'leading-question').toBe(note.leading.label)
    }
  })
})

// The extra corpora were written blind to the detector; only their train part may gate (and be tuned on).
describe('language accuracy on the extra-train split', () => {
  it('customer-value-language meets the targets, overall and on tricky sentences', () => {
    const overall = scoreOf(extraCorpus.filter((item) => item.split === 'extra-train'))
    const tricky = scoreOf(extraCorpus.filter((item) => item.split === 'extra-train' && item.tricky))
    expect(overall.n).toBeGreaterThan(200)
    expect(overall.precision).toBeGreaterThanOrEqual(targets.language.precision)
    expect(overall.recall).toBeGreaterThanOrEqual(targets.language.recall)
    expect(tricky.precision).toBeGreaterThanOrEqual(targets.tricky.precision)
    expect(tricky.recall).toBeGreaterThanOrEqual(targets.tricky.recall)
  })

  it('leading-question meets the targets', () => {
    const result = scoreOf(extraQuestions.filter((item) => item.split === 'extra-train'))
    expect(result.n).toBeGreaterThan(50)
    expect(result.precision).toBeGreaterThanOrEqual(targets.leading.precision)
    expect(result.recall).toBeGreaterThanOrEqual(targets.leading.recall)
  })
})
