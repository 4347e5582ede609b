/**
 * The train/dev vs test splits of the labelled corpora, fixed once and never re-drawn.
 * An item's place is the first 32 bits of SHA-256(`seed:id`) as a fraction of their range:
 *
 * - corpus 1 (`customer-value-corpus.yaml`, `leading-questions.yaml`): `test` below 30 %, else `dev`;
 * - the extra corpora (`*-extra.yaml`, written blind to the detector): `extra-test` below 40 %,
 *   else `extra-train`.
 *
 * Tuning looks at `dev` and `extra-train` only; `test` and `extra-test` are reported, not studied.
 * A leading/open question pair is split by its pair id, so the two stay together.
 */
import {createHash} from 'node:crypto'

export const seed = 'call-plan-lint/issue-3/2026-11-27'
export const testShare = 0.3
export const extraTestShare = 0.4

function fraction(id) {
  return createHash('sha256').update(`${seed}:${id}`).digest().readUInt32BE(0) / 0x100000000
}

/** `'test'` or `'dev'` for an item id of corpus 1. */
export function splitOf(id) {
  return fraction(id) < testShare ? 'test' : 'dev'
}

/** `'extra-test'` or `'extra-train'` for an item id of the extra corpora. */
export function extraSplitOf(id) {
  return fraction(id) < extraTestShare ? 'extra-test' : 'extra-train'
}

/** Splits whose errors may be studied while tuning. */
export const tuningSplits = new Set(['dev', 'extra-train'])
