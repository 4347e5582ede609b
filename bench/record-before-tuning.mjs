#!/usr/bin/env node
/**
 * `node bench/record-before-tuning.mjs <round>` records, ONCE, the detector's figures on ALL of a
 * round's corpora as they first meet the detector: `extra` and `round-3` before anyone tuned on
 * them, `blind` at its first (and only honest) measurement. Writes
 * bench/results/<round>-before-tuning.json (`<round>-first-measurement.json` for a blind corpus),
 * which `pnpm bench:accuracy` prints as fixed rows. Aggregates only: no sentence is printed.
 * Refuses to overwrite.
 */
import {existsSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {corporaOf, judgeCorpora, recordName, scores} from './accuracy-lib.mjs'

const round = process.argv[2]
const corpora = corporaOf(round ?? '')
if (corpora.length === 0) {
  console.error('Usage: node bench/record-before-tuning.mjs <extra|round-3|blind|round-4|blind-2|round-5|blind-3>')
  process.exit(2)
}
const name = recordName(round)
const out = fileURLToPath(new URL(`results/${name}.json`, import.meta.url))
if (existsSync(out)) {
  console.error(`${out} exists: this figure is recorded once.`)
  process.exit(1)
}
const {sentences, questions} = await judgeCorpora(corpora)
const record = {
  recorded: new Date().toISOString(),
  note: `All of ${corpora.map((corpus) => corpus.name).join(' + ')}, the first time the detector met them.`,
  language: scores(sentences),
  tricky: scores(sentences.filter((item) => item.tricky)),
  leading: scores(questions)
}
writeFileSync(out, JSON.stringify(record, null, 2) + '\n')
for (const kind of ['language', 'tricky', 'leading']) {
  const {detector} = record[kind]
  console.log(`${kind.padEnd(10)} n=${detector.n} P=${detector.precision.toFixed(3)} R=${detector.recall.toFixed(3)} F1=${detector.f1.toFixed(3)}`)
}
