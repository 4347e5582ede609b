/**
 * The measurement protocol of issue 3, as far as code can hold it: a tuning run
 * (`node bench/accuracy.mjs --tuning`) never judges a held-out sentence or question, and
 * never even opens a blind corpus, so nobody tuning can read one by accident.
 */
import {describe, expect, it, vi} from 'vitest'

const opened: string[] = []
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    readFileSync: ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
      opened.push(String(path))
      return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest)
    }) as typeof fs.readFileSync
  }
})

describe('a tuning run of bench:accuracy', () => {
  it('judges no held-out item and opens no blind corpus', async () => {
    // @ts-expect-error: plain ESM module of the bench, no type declarations
    const {measure, corpora} = await import('../../bench/accuracy-lib.mjs')
    // @ts-expect-error: plain ESM module of the bench, no type declarations
    const {heldOutSplits} = await import('../../bench/split.mjs')
    const {rows, corpus, questions} = await measure({tuning: true})

    expect(corpus.length).toBeGreaterThan(2000)
    for (const item of [...corpus, ...questions]) expect(heldOutSplits.has(item.split), item.id).toBe(false)
    for (const row of rows) expect(row.heldOut, row.name).toBeFalsy()

    const blind = (corpora as Array<{heldOut?: boolean; sentences: string; questions: string}>).filter((one) => one.heldOut)
    expect(blind.length).toBeGreaterThanOrEqual(3)
    for (const one of blind) {
      expect(opened).not.toContain(one.sentences)
      expect(opened).not.toContain(one.questions)
    }
    // The spy really sees the bench's reads: the tuning corpora were opened through it.
    expect(opened.some((path) => path.endsWith('customer-value-corpus-5.yaml'))).toBe(true)
  })
})
