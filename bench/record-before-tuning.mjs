#!/usr/bin/env node
/**
 * Records, ONCE and before any tuning on the extra corpora, the detector's figures on ALL of
 * `customer-value-corpus-extra.yaml` and `leading-questions-extra.yaml` (the "never seen"
 * measurement). Writes bench/results/extra-before-tuning.json, which `pnpm bench:accuracy`
 * prints as a fixed row. Aggregates only: no sentence is printed. Refuses to overwrite.
 */
import {existsSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {judgeCorpus, judgeQuestions, loadExtraCorpus, loadExtraQuestions, score} from './accuracy-lib.mjs'
import {extraSplitOf} from './split.mjs'

const out = fileURLToPath(new URL('results/extra-before-tuning.json', import.meta.url))
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${out} exists: the before-tuning figure is recorded once.`)
  process.exit(1)
}
const extra = loadExtraCorpus()
const corpus = await judgeCorpus(extra, extraSplitOf)
const questions = judgeQuestions(loadExtraQuestions(), extra.vocabulary ?? {})
const both = (items) => ({
  detector: score(items.map(({label, predicted}) => ({label, predicted}))),
  baseline: score(items.map(({label, baseline}) => ({label, predicted: baseline})))
})
const record = {
  recorded: new Date().toISOString(),
  note: 'Detector as written for corpus 1, before anyone looked at the extra corpora. All of the extra corpora.',
  language: both(corpus),
  tricky: both(corpus.filter((item) => item.tricky)),
  leading: both(questions)
}
writeFileSync(out, JSON.stringify(record, null, 2) + '\n')
for (const [name, {detector}] of Object.entries({language: record.language, tricky: record.tricky, leading: record.leading})) {
  console.log(`${name.padEnd(10)} n=${detector.n} P=${detector.precision.toFixed(3)} R=${detector.recall.toFixed(3)} F1=${detector.f1.toFixed(3)}`)
}
