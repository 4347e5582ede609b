// Latency of the language server as a seller types: from `didChange` to `publishDiagnostics` on a
// 500-line call plan, over 200 edits, with the debounce set to 0 so only the server's own work
// (and the stdio round trip) is measured. Run with `pnpm bench:lsp` after `pnpm build`.
// A measurement, not a test: it prints the numbers and the target, and never fails on them.
// The machine is shared: the server is measured in several runs (a fresh server each), and the
// median of the runs' figures is what counts; the load average is printed with them.
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os, {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {lintText, loadConfig, ParseCache} from 'call-plan-lint'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const edits = Number(process.env.BENCH_EDITS ?? 200)
// Enough edits before timing for the JIT to settle and every item window to be cached once.
const warmup = Number(process.env.BENCH_WARMUP ?? 40)
const runs = Number(process.env.BENCH_RUNS ?? 5)
const openDelay = Number(process.env.BENCH_OPEN_DELAY_MS ?? 0)
// Node options for the server process, e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/lsp-prof'.
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
// BENCH_ENGINE=0 skips the in-process comparison (the uncached engine takes a while).
const compareEngine = process.env.BENCH_ENGINE !== '0'
const targetP95 = 30
const serverBin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

/** A long but ordinary plan: every rule has something to read, and some of it is flagged. */
function callPlan(lines) {
  const out = [
    '---',
    'type: call-plan',
    'account: Acme Manufacturing',
    'date: 2026-12-08',
    'time: "10:00"',
    'attendees: [Dana Ruiz, Priya Shah]',
    '---',
    '',
    '# Scrap review with Acme Manufacturing',
    '',
    "## What's in it for the customer?",
    ''
  ]
  const value = [
    'They leave with a line-by-line benchmark of their scrap rate against three plants of the same size.',
    'Priya gets a shortlist of the two causes worth fixing before the January audit.',
    'We will present our new analytics platform and its dashboard.',
    'Dana can show the board a plan to cut scrap on line 3 from 6% to under 4%.'
  ]
  for (let index = 0; index < 40; index++) out.push(value[index % value.length])
  out.push('', '## Goal', '', 'Cut scrap on line 3 from 6% to under 4% before the Baxter volume ramps up in Q1.', '')
  out.push('## What stands in their way', '', 'Defects live in three spreadsheets, so nobody sees which shift drives them.', '')
  out.push('## Why now', '', 'The January ISO audit, and Baxter volume doubles in February.', '', '## Questions', '')
  const questions = [
    '- What happens today when a batch fails inspection on line {n}?',
    "- Wouldn't you agree that line {n} needs a better dashboard?",
    '- Who else needs to see the benchmark for line {n} before anything changes?'
  ]
  for (let index = 0; out.length < lines - 40; index++) out.push(questions[index % questions.length].replace('{n}', String(index)))
  out.push('', '## Notes', '')
  for (let index = 0; out.length < lines; index++) {
    out.push(`Shift ${index} reported ${index % 7} rejected batches; the supplier changed resin in week ${index % 52}.`)
  }
  return out.join('\n') + '\n'
}

/** The line edit `index` types at: the value section and the questions, in turns. */
function editedLine(index) {
  return index % 2 === 0 ? 12 + (index % 40) : 70 + (index % 300)
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

function median(values) {
  return percentile([...values].sort((a, b) => a - b), 0.5)
}

const format = (ms) => `${ms.toFixed(1)} ms`
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const result = {median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95)}
  result.text = `median ${format(result.median)}   p95 ${format(result.p95)}   min ${format(sorted[0])}   max ${format(sorted.at(-1))}`
  return result
}

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ')

const work = mkdtempSync(path.join(tmpdir(), 'call-plan-lsp-bench-'))
writeFileSync(path.join(work, '.callplanrc.json'), JSON.stringify({root: true, settings: {now: '2026-12-01T08:00:00Z'}}))
const text = callPlan(500)
const uri = pathToFileURL(path.join(work, 'plan.md')).href

/** One server, one note opened, `warmup + edits` edits; the timings of the last `edits`. */
async function serverRun() {
  const child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio'], {cwd: work, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  let findings = 0
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    findings = params.diagnostics.length
    waiting.get(params.version)?.(performance.now())
    waiting.delete(params.version)
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(work).href,
    // What VS Code declares: settings on request, and config-file changes reported by the editor.
    capabilities: {workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}}},
    initializationOptions: {debounceMs: 0}
  })
  await connection.sendNotification(InitializedNotification.type, {})
  // An editor opens the first note a moment after the server starts (BENCH_OPEN_DELAY_MS, default 0).
  await new Promise((resolve) => setTimeout(resolve, openDelay))

  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let ready = published(1)
  const opened = performance.now()
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  // The first lint also starts the worker and loads the engine.
  const open = (await ready) - opened

  // Each edit types one character at the end of a line in the value section or the questions,
  // the way a seller revises a plan, and waits for that version's diagnostics.
  const lines = text.split('\n')
  const timings = []
  for (let index = 0; index < warmup + edits; index++) {
    const version = index + 2
    const line = editedLine(index)
    const character = lines[line].length
    lines[line] += 'x'
    ready = published(version)
    const start = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: 'x'}]
    })
    const end = await ready
    if (index >= warmup) timings.push(end - start)
  }

  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  connection.dispose()
  return {timings, open, findings, lines: lines.length - 1}
}

console.log(`call-plan-language-server latency, didChange → publishDiagnostics (debounce excluded)`)
console.log(`  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version} ${nodeArgs.join(' ')}`)
const results = []
for (let run = 1; run <= runs; run++) {
  const before = load()
  const result = await serverRun()
  const figures = summary(result.timings)
  results.push(figures)
  if (run === 1) console.log(`  note: ${result.lines} lines, ${result.findings} findings; ${edits} edits after ${warmup} warm-up edits, ${runs} runs`)
  console.log(`  server run ${run}: ${figures.text}   first lint ${format(result.open)}   load ${before} → ${load()}`)
}
const serverP95 = median(results.map((figures) => figures.p95))
console.log(`  server, median of ${runs} runs: median ${format(median(results.map((figures) => figures.median)))}   p95 ${format(serverP95)}`)

if (compareEngine) {
  // The same edits through the engine alone, in this process: what the server adds is the difference.
  const engineLines = text.split('\n')
  const notePath = path.join(work, 'plan.md')
  const config = await loadConfig(notePath, {cwd: work})
  const engineTimings = []
  // The server's way, with the parse cache; timed on the same edits, in turns with the plain engine
  // so that the machine's ups and downs fall on both alike.
  const cachedTimings = []
  const parseCache = new ParseCache()
  for (let index = 0; index < warmup + edits; index++) {
    engineLines[editedLine(index)] += 'x'
    const value = engineLines.join('\n')
    let start = performance.now()
    await lintText(value, notePath, {cwd: work, config})
    if (index >= warmup) engineTimings.push(performance.now() - start)
    start = performance.now()
    await lintText(value, notePath, {cwd: work, config, parseCache})
    if (index >= warmup) cachedTimings.push(performance.now() - start)
  }
  console.log(`  engine alone, no cache (lintText in process, as the CLI runs it): ${summary(engineTimings).text}`)
  console.log(`  engine with parse cache (as the server runs it):                  ${summary(cachedTimings).text}`)
}
rmSync(work, {recursive: true, force: true})
console.log(`  target p95 ≤ ${targetP95} ms (median of runs): ${serverP95 <= targetP95 ? 'met' : 'NOT met'}   load now ${load()}`)
