#!/usr/bin/env node
/**
 * `pnpm bench:accuracy`: precision, recall and F1 of the language rules, next to the word
 * lexicon baseline, on the dev and test splits of the corpus and on the example vault.
 *
 * `--errors` lists the DEV sentences the detector gets wrong (for tuning). Test-split errors
 * are never printed: the test split is for reporting only. `--dev-only` hides the test rows
 * (use it while tuning); `--strict` exits 1 when a test-split target is missed.
 */
import {measure} from './accuracy-lib.mjs'
import {seed, testShare} from './split.mjs'

const {rows, corpus, questions} = await measure()
const pct = (value) => value.toFixed(3)
const pad = (text, width) => String(text).padEnd(width)
const padLeft = (text, width) => String(text).padStart(width)

console.log(`Split: test = SHA-256("${seed}:<id>") in the lowest ${testShare * 100}% (fixed; tune on dev only)\n`)
const header = `${pad('', 50)} ${padLeft('n', 4)}  ${pad('detector  P      R      F1', 27)}  ${pad('lexicon   P      R      F1', 27)}  target`
console.log(header)
console.log('-'.repeat(header.length + 8))
let failed = false
// `--dev-only` hides the test rows while tuning, so tuning never reads test figures.
const devOnly = process.argv.includes('--dev-only')
for (const {name, detector, baseline, target} of rows) {
  if (devOnly && name.includes('test')) continue
  let mark = ''
  if (target) {
    const ok = detector.precision >= target.precision && detector.recall >= target.recall
    if (!ok) failed = true
    mark = `P≥${target.precision} R≥${target.recall} ${ok ? 'met' : 'MISSED'}`
  }
  console.log(
    `${pad(name, 50)} ${padLeft(detector.n, 4)}  ${pad(`          ${pct(detector.precision)}  ${pct(detector.recall)}  ${pct(detector.f1)}`, 27)}  ${pad(`          ${pct(baseline.precision)}  ${pct(baseline.recall)}  ${pct(baseline.f1)}`, 27)}  ${mark}`
  )
}

if (process.argv.includes('--errors')) {
  console.log('\nDev-split errors (FP = flagged but customer, FN = missed seller):')
  for (const item of corpus.filter((one) => one.split === 'dev' && one.label !== one.predicted)) {
    console.log(`${item.predicted ? 'FP' : 'FN'} ${item.id} [${item.tricky ?? '-'}] ${item.text}${item.predicted ? `\n     ${item.reasons.join(' | ')}` : ''}`)
  }
  for (const item of questions.filter((one) => one.split === 'dev' && one.label !== one.predicted)) {
    console.log(`${item.predicted ? 'FP' : 'FN'} ${item.id} ${item.text}${item.cue ? ` (cue: ${item.cue})` : ''}`)
  }
}

// A report, not a gate (the gate is tests/accuracy on the dev split): `--strict` makes missed
// test-split targets fail the command.
if (failed) {
  console.log('\nSome test-split targets are missed (see the last column).')
  if (process.argv.includes('--strict')) process.exitCode = 1
}
