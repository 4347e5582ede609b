// `pnpm bench`: our CLI (cold, warm cache, 5 files) against remark-cli with the recommended
// preset, markdownlint-cli2, and the parse floor, on seeded synthetic vaults of 1,000 and 10,000
// notes. Prints medians, peak memory and ratios, and writes bench/results/latest.{md,json}.
// Then the cost of the two language rules inside the preset (issue 3: within 2× of the preset
// without them) and the editor's keystroke latency (`pnpm bench:lsp`, issue 5: p95 ≤ 30 ms).
//
// BENCH_SIZES=1000 limits the sizes; BENCH_QUICK=1 runs each command once (a smoke test).
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateVault} from './generate-vault.mjs'
import {measureCost} from './accuracy-cost.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
// Inside the repository, so remark-cli finds its plugins in node_modules from the vault.
const work = path.join(repo, 'bench', 'results', 'tmp')
const now = '2026-06-01T09:00:00Z'
const quick = process.env.BENCH_QUICK === '1'
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const ours = path.join(repo, 'packages', 'call-plan-lint', 'dist', 'bin.js')
const remark = path.join(repo, 'node_modules', 'remark-cli', 'cli.js')
const markdownlint = path.join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')
const floor = path.join(repo, 'bench', 'parse-floor.mjs')

/** Repetitions per size: fewer at 10,000 notes, where remark-cli alone takes over a minute. */
function repetitions(size, kind) {
  if (quick) return 1
  const large = size >= 10_000
  if (kind === 'remark' || kind === 'markdownlint' || kind === 'single') return large ? 1 : 3
  if (kind === 'floor') return large ? 2 : 5
  return large ? 3 : 5
}

/** Run a command once: wall time (ms) and peak resident memory (MiB) of the whole process. */
function measure(args, cwd) {
  const command = timeBin ? [timeBin, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args]
  const start = process.hrtime.bigint()
  const child = spawnSync(command[0], command.slice(1), {cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 512, env: {...process.env, CI: '1'}})
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6
  if (child.error) throw child.error
  const lastLine = child.stderr.trim().split('\n').at(-1) ?? ''
  const kilobytes = timeBin ? Number(lastLine) : Number.NaN
  // Linters exit 1 when they find something; 2 or more is a failed run.
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${child.status}:\n${child.stderr.slice(-2000)}`)
  }
  return {milliseconds, mebibytes: kilobytes / 1024}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * How many cores this run really had: two parse-floor processes at once against one alone.
 * On a shared or busy machine this is well under the core count, and worker threads cannot help.
 */
function effectiveCores(cwd) {
  const alone = Math.min(measure([floor, '.'], cwd).milliseconds, measure([floor, '.'], cwd).milliseconds)
  const start = process.hrtime.bigint()
  const children = [0, 1].map(() => spawn(process.execPath, [floor, '.'], {cwd, stdio: 'ignore'}))
  return Promise.all(children.map((child) => new Promise((resolve) => child.on('close', resolve)))).then(() => {
    const together = Number(process.hrtime.bigint() - start) / 1e6
    return (2 * alone) / together
  })
}

function series(label, runs, args, cwd, before) {
  const times = []
  const memories = []
  for (let run = 0; run < runs; run++) {
    before?.()
    const {milliseconds, mebibytes} = measure(args, cwd)
    times.push(milliseconds)
    memories.push(mebibytes)
  }
  const result = {label, runs, median: median(times), min: Math.min(...times), peak: Math.max(...memories)}
  process.stderr.write(`  ${label.padEnd(44)} ${(result.median / 1000).toFixed(2).padStart(7)} s  ${Number.isNaN(result.peak) ? '' : result.peak.toFixed(0) + ' MiB'} (${runs} runs)\n`)
  return result
}

async function benchSize(size) {
  const vault = path.join(work, `vault-${size}`)
  process.stderr.write(`\n${size} notes: generating ${vault}\n`)
  const notes = await generateVault(vault, size)
  await writeFile(path.join(vault, '.callplanrc.json'), JSON.stringify({root: true, settings: {sellerNames: ['Initrode']}}) + '\n')
  const out = path.join(work, `out-${size}`)
  await mkdir(out, {recursive: true})
  const cache = path.join(out, 'cache') + '/'
  const oursArgs = [ours, '--now', now, '--report', 'json', '--output-file', path.join(out, 'ours.json'), '.']
  const fiveFiles = notes.filter((note) => note.startsWith('Calls')).slice(0, 5)

  const rows = {}
  const cores = await effectiveCores(vault)
  process.stderr.write(`  effective cores for two processes: ${cores.toFixed(2)} of ${os.availableParallelism()}\n`)
  rows.floor = series('parse floor (remark-parse + frontmatter, 1 thread)', repetitions(size, 'floor'), [floor, '.'], vault)
  rows.cold = series('call-plan-lint, cold', repetitions(size, 'cold'), oursArgs, vault)
  rows.single = series('call-plan-lint, cold, --workers 1', repetitions(size, 'single'), [...oursArgs, '--workers', '1'], vault)
  await rm(cache, {recursive: true, force: true})
  measure([...oursArgs, '--cache', '--cache-location', cache], vault)
  rows.warm = series('call-plan-lint, warm cache', repetitions(size, 'warm'), [...oursArgs, '--cache', '--cache-location', cache], vault)
  rows.markdownlint = series('markdownlint-cli2', repetitions(size, 'markdownlint'), [markdownlint, '**/*.{md,markdown}', '#node_modules'], vault)
  const remarkArgs = [remark, '--use', 'remark-frontmatter', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout']
  rows.remark = series('remark-cli + recommended preset', repetitions(size, 'remark'), [...remarkArgs, '.'], vault)
  if (size === sizes[0]) {
    rows.fiveOurs = series('call-plan-lint, 5 files', quick ? 1 : 10, [ours, '--now', now, ...fiveFiles], vault)
    rows.fiveRemark = series('remark-cli + recommended, 5 files', quick ? 1 : 10, [...remarkArgs, ...fiveFiles], vault)
  }
  return {size, notes: notes.length, cores, rows}
}

function seconds(row) {
  return row ? `${(row.median / 1000).toFixed(2)} s` : '–'
}

function memory(row) {
  return row && !Number.isNaN(row.peak) ? `${row.peak.toFixed(0)} MiB` : '–'
}

function ratio(a, b) {
  return a && b ? `${(a.median / b.median).toFixed(2)}×` : '–'
}

/**
 * The launcher uses the bundle only while every file it was built from is unchanged: a build
 * during the run (another terminal) silently sends later runs to the slower unbundled files.
 */
function bundleState() {
  const inputsFile = path.join(repo, 'packages', 'call-plan-lint', 'dist', 'bundle', 'inputs.json')
  if (!existsSync(inputsFile)) return 'no'
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
  const changed = inputs.filter((input) => {
    const stats = statSync(input.file, {throwIfNoEntry: false})
    return stats === undefined || stats.mtimeMs !== input.mtimeMs || stats.size !== input.size
  })
  return changed.length === 0 ? 'yes' : `no: ${changed.length} of its files were rebuilt during the run, so at least the last runs used the unbundled files`
}

function report(results) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const lines = []
  lines.push(`Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. Load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}.`)
  lines.push(`call-plan-lint ran from its bundle (dist/bundle/, built by \`pnpm bench\`): ${bundleState()}.`)
  lines.push(`Effective cores (two parse-floor processes at once against one alone): ${results.map(({size, cores}) => `${cores.toFixed(2)} at ${size.toLocaleString('en')} notes`).join(', ')}.`)
  lines.push('')
  lines.push('| notes | command | median | peak memory | runs | vs parse floor |')
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: |')
  for (const {size, rows} of results) {
    for (const row of Object.values(rows)) {
      const isFive = row.label.includes('5 files')
      lines.push(`| ${isFive ? 5 : size.toLocaleString('en')} | ${row.label} | ${seconds(row)} | ${memory(row)} | ${row.runs} | ${isFive ? '–' : ratio(row, rows.floor)} |`)
    }
  }
  lines.push('')
  lines.push('| notes | target | measured | met |')
  lines.push('| ---: | --- | ---: | :---: |')
  for (const {size, rows} of results) {
    const check = (target, value, limit) => lines.push(`| ${size.toLocaleString('en')} | ${target} | ${value.toFixed(2)} | ${value <= limit ? 'yes' : 'no'} |`)
    check('cold ÷ parse floor ≤ 1.2', rows.cold.median / rows.floor.median, 1.2)
    check('cold ÷ remark-cli (≈ 8× faster: ≤ 0.125)', rows.cold.median / rows.remark.median, 0.125)
    check('cold ÷ markdownlint-cli2 < 1', rows.cold.median / rows.markdownlint.median, 0.999)
    check('warm ÷ cold ≤ 0.1', rows.warm.median / rows.cold.median, 0.1)
    if (!Number.isNaN(rows.cold.peak)) check('cold peak memory (MiB) < 250', rows.cold.peak, 249.99)
    if (rows.fiveOurs) {
      lines.push(`| 5 | 5 files ÷ remark-cli on the same 5 ≤ 0.5 | ${(rows.fiveOurs.median / rows.fiveRemark.median).toFixed(2)} | ${rows.fiveOurs.median / rows.fiveRemark.median <= 0.5 ? 'yes' : 'no'} |`)
    }
  }
  return lines.join('\n') + '\n'
}

const started = Date.now()
if (!existsSync(ours)) {
  process.stderr.write('Build first: pnpm build\n')
  process.exit(2)
}
const results = []
for (const size of sizes) results.push(await benchSize(size))
const cost = await measureCost()
const table =
  report(results) +
  `\nLanguage rules: the ${cost.notes} notes of examples/vault linted in-process (median of ${cost.runs} runs): ` +
  `${cost.without.toFixed(1)} ms without \`customer-value-language\` and \`leading-question\`, ${cost.with.toFixed(1)} ms with them, ` +
  `${(cost.with / cost.without).toFixed(2)}× (target ≤ 2×: ${cost.with / cost.without <= 2 ? 'met' : 'missed'}).\n`
await mkdir(path.join(repo, 'bench', 'results'), {recursive: true})
await writeFile(path.join(repo, 'bench', 'results', 'latest.md'), table)
await writeFile(path.join(repo, 'bench', 'results', 'latest.json'), JSON.stringify({date: new Date().toISOString(), results}, undefined, 2) + '\n')
process.stdout.write('\n' + table)
// The editor's latency runs in its own processes (a language server over stdio), as an editor sees it.
process.stdout.write('\n')
spawnSync(process.execPath, [path.join(repo, 'packages', 'call-plan-language-server', 'bench', 'latency.js')], {stdio: 'inherit', env: {...process.env, BENCH_ENGINE: process.env.BENCH_ENGINE ?? '0'}})
process.stderr.write(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s; table in bench/results/latest.md\n`)
