/**
 * Quality gate: the detectors must keep meeting issue 3's targets on the DEV split of the
 * labelled corpora (the test split is reported by `pnpm bench:accuracy`, never tuned on).
 * The figures come from the same code as the bench: every corpus sentence is linted as a
 * small call plan through the real pipeline.
 */
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: plain ESM module of the bench, no type declarations
import {judgeCorpus, judgeQuestions, judgeVault, score, targets} from '../../bench/accuracy-lib.mjs'

interface Judged {
  split: 'dev' | 'test'
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

beforeAll(async () => {
  corpus = (await judgeCorpus()) as Judged[]
  questions = judgeQuestions() as Judged[]
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
