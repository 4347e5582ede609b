#!/usr/bin/env node
/**
 * `pnpm bench:accuracy`: precision, recall and F1 of the language rules, next to the word
 * lexicon baseline, on every split of every corpus and on the example vault, then the cost
 * of the two language rules inside the preset.
 *
 * Rows marked `(recorded)` are figures measured once, the first time the detector met a
 * corpus (bench/record-before-tuning.mjs, bench/results/*.json); they are printed, not recomputed.
 *
 * `--tuning` hides (and does not compute into the table) the held-out rows (corpus-1 test,
 * extra-test, blind tests) and does not read the blind corpora at all. `--errors` (only with
 * `--tuning`) lists the mistakes on the TUNING splits (corpus-1 dev, extra-train, rounds 3-5);
 * held-out errors are never printed. `--strict` exits 1 when a target is missed on the whole
 * held-out set. `--markdown` also prints the table as Markdown. `--no-cost` skips the timing.
 */
import {measure} from './accuracy-lib.mjs'
import {extraTestShare, seed, testShare, tuningSplits} from './split.mjs'
import {measureCost} from './accuracy-cost.mjs'

const tuning = process.argv.includes('--tuning') || process.argv.includes('--dev-only')
const {rows, corpus, questions} = await measure({tuning})
const pct = (value) => value.toFixed(3)
const pad = (text, width) => String(text).padEnd(width)
const padLeft = (text, width) => String(text).padStart(width)

console.log(`Splits: SHA-256("${seed}:<id>"): corpus 1 test = lowest ${testShare * 100}%, extra-test = lowest ${extraTestShare * 100}%; rounds 3-5 all train; blind, blind-2 and blind-3 all test (fixed; tune on ${[...tuningSplits].join(', ')} only)\n`)
const header = `${pad('', 56)} ${padLeft('n', 4)}  ${pad('detector  P      R      F1', 27)}  ${pad('lexicon   P      R      F1', 27)}  target`
console.log(header)
console.log('-'.repeat(header.length + 14))
let failed = false
const markdown = ['| | n | precision | recall | F1 | lexicon baseline P / R / F1 | target |', '| --- | ---: | ---: | ---: | ---: | --- | --- |']
for (const {name, detector, baseline, target, headline, recorded} of rows) {
  let mark = ''
  if (target) {
    const ok = detector.precision >= target.precision && detector.recall >= target.recall
    if (!ok && headline) failed = true
    mark = `P≥${target.precision} R≥${target.recall} ${ok ? 'met' : 'MISSED'}${recorded ? ' (recorded)' : ''}`
  }
  console.log(
    `${pad(name, 56)} ${padLeft(detector.n, 4)}  ${pad(`          ${pct(detector.precision)}  ${pct(detector.recall)}  ${pct(detector.f1)}`, 27)}  ${pad(`          ${pct(baseline.precision)}  ${pct(baseline.recall)}  ${pct(baseline.f1)}`, 27)}  ${mark}`
  )
  const bold = (text) => (headline ? `**${text}**` : text)
  markdown.push(`| ${bold(name.trim())} | ${detector.n} | ${bold(pct(detector.precision))} | ${bold(pct(detector.recall))} | ${pct(detector.f1)} | ${pct(baseline.precision)} / ${pct(baseline.recall)} / ${pct(baseline.f1)} | ${mark} |`)
}
if (process.argv.includes('--markdown')) console.log(`\n${markdown.join('\n')}`)

if (process.argv.includes('--errors')) {
  if (!tuning) {
    console.log('\n`--errors` needs `--tuning`: errors are shown for the tuning splits only.')
  } else {
    console.log('\nTuning-split errors (FP = flagged but customer, FN = missed seller):')
    for (const item of corpus.filter((one) => tuningSplits.has(one.split) && one.label !== one.predicted)) {
      console.log(`${item.predicted ? 'FP' : 'FN'} ${item.id} [${item.tricky ?? '-'}] ${item.text}${item.predicted ? `\n     ${item.reasons.join(' | ')}` : ''}`)
    }
    for (const item of questions.filter((one) => tuningSplits.has(one.split) && one.label !== one.predicted)) {
      console.log(`${item.predicted ? 'FP' : 'FN'} ${item.id} ${item.text}${item.cue ? ` (cue: ${item.cue})` : ''}`)
    }
  }
}

if (!process.argv.includes('--no-cost')) {
  const cost = await measureCost()
  console.log(`\nCost on the ${cost.notes} notes of examples/vault (median of ${cost.runs} runs, in-process):`)
  console.log(`  preset without the two language rules  ${cost.without.toFixed(1)} ms`)
  console.log(`  full preset                            ${cost.with.toFixed(1)} ms`)
  console.log(`  ratio                                  ${(cost.with / cost.without).toFixed(2)}× (budget 2×)`)
}

// A report, not a gate (the gate is tests/accuracy on the tuning splits): `--strict` makes a
// missed target on the whole held-out set (issue 3's test split) fail the command. The rows of
// single held-out corpora are smaller samples and are reported, not judged.
if (!tuning) {
  console.log(
    failed
      ? '\nTargets MISSED on the whole held-out set (the ALL held-out rows).'
      : '\nTargets met on the whole held-out set (the ALL held-out rows); rows of single held-out corpora are smaller samples, shown for what they are.'
  )
  if (failed && process.argv.includes('--strict')) process.exitCode = 1
}
