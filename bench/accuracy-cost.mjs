/**
 * The cost of the two language rules inside the preset: the notes of examples/vault linted
 * in-process with the full preset and with `customer-value-language` and `leading-question`
 * off. Each run lints every note once (parse included); the figure is the median run, after
 * warm-up runs, so start-up and JIT are not counted against either side.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {createPreset} from 'remark-preset-lint-call-plan'
import {notesIn} from './accuracy-lib.mjs'

const vault = fileURLToPath(new URL('../examples/vault', import.meta.url))

async function lintAll(preset, notes) {
  const start = performance.now()
  for (const {path, text} of notes) {
    const file = new VFile({value: text, path})
    const processor = unified().use(remarkParse).use(preset)
    await processor.run(processor.parse(file), file)
  }
  return performance.now() - start
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export async function measureCost({runs = 31, warmup = 5} = {}) {
  const config = JSON.parse(readFileSync(join(vault, '.callplanrc.json'), 'utf8'))
  const notes = notesIn(vault).map((path) => ({path, text: readFileSync(path, 'utf8')}))
  const settings = {...config.settings, now: '2026-06-01T09:00:00Z'}
  const full = createPreset({settings, rules: config.rules})
  const without = createPreset({settings, rules: {...config.rules, 'customer-value-language': 'off', 'leading-question': 'off'}})
  const times = {with: [], without: []}
  for (let run = 0; run < warmup + runs; run++) {
    // Alternate the order so neither side always runs on a warmer heap.
    const pair = run % 2 ? [['with', full], ['without', without]] : [['without', without], ['with', full]]
    for (const [name, preset] of pair) {
      const time = await lintAll(preset, notes)
      if (run >= warmup) times[name].push(time)
    }
  }
  return {notes: notes.length, runs, with: median(times.with), without: median(times.without)}
}
