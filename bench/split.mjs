/**
 * The train/dev vs test splits of the labelled corpora, fixed once and never re-drawn.
 * An item's place is the first 32 bits of SHA-256(`seed:id`) as a fraction of their range:
 *
 * - corpus 1 (`customer-value-corpus.yaml`, `leading-questions.yaml`): `test` below 30 %, else `dev`;
 * - the extra corpora (`*-extra.yaml`, written blind to the detector): `extra-test` below 40 %,
 *   else `extra-train`;
 * - round 3 (`*-3a.yaml`, `*-3b.yaml`, written blind to the detector by two more writers): all of
 *   it is `train-3`, measured once before tuning (bench/results/round-3-before-tuning.json);
 * - the blind test (`*-blind.yaml`, written blind to the detector and to the other corpora): all of
 *   it is `blind`, never tuned on; its first measurement is recorded in
 *   bench/results/blind-first-measurement.json;
 * - rounds 4 and 5 (`*-4.yaml`, `*-5.yaml`): all `train-4` / `train-5`, recorded before tuning like
 *   round 3;
 * - the second and third blind tests (`*-blind-2.yaml`, `*-blind-3.yaml`), each written after the
 *   previous one had been measured: all `blind-2` / `blind-3`, recorded at their first measurement.
 *
 * Tuning looks at `dev`, `extra-train` and the `train-N` rounds only; `test`, `extra-test` and the
 * blind tests are reported, not studied. A leading/open question pair is split by its pair id, so the two stay together.
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

/** A corpus that is one split as a whole: a round of training data, or a blind test. */
export function wholeSplit(split) {
  return () => split
}

/** Splits whose errors may be studied while tuning. */
export const tuningSplits = new Set(['dev', 'extra-train', 'train-3', 'train-4', 'train-5'])

/** Splits that are reported and never studied. */
export const heldOutSplits = new Set(['test', 'extra-test', 'blind', 'blind-2', 'blind-3'])
