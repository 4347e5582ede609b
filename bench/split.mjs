/**
 * The one train/dev vs test split of the labelled corpora, fixed once and never re-drawn:
 * an item belongs to the test split when the first 32 bits of SHA-256(`seed:id`) fall in
 * the lowest 30 % of their range. Tuning looks at `dev` only; `test` is reported, not studied.
 */
import {createHash} from 'node:crypto'

export const seed = 'call-plan-lint/issue-3/2026-11-27'
export const testShare = 0.3

/** `'test'` or `'dev'` for a corpus item id. */
export function splitOf(id) {
  const digest = createHash('sha256').update(`${seed}:${id}`).digest()
  return digest.readUInt32BE(0) / 0x100000000 < testShare ? 'test' : 'dev'
}
