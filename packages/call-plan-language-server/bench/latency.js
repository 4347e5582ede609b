// Latency of the language server as a seller types: from `didChange` to `publishDiagnostics` on a
// 500-line call plan, over 200 edits, with the debounce set to 0 so only the server's own work
// (and the stdio round trip) is measured. Run with `pnpm bench:lsp` after `pnpm build`.
// A measurement, not a test: it prints the numbers and the target, and never fails on them.
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
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
const warmup = 20
// Node options for the server process, e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/lsp-prof'.
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
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

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

const work = mkdtempSync(path.join(tmpdir(), 'call-plan-lsp-bench-'))
writeFileSync(path.join(work, '.callplanrc.json'), JSON.stringify({root: true, settings: {now: '2026-12-01T08:00:00Z'}}))
const text = callPlan(500)
const uri = pathToFileURL(path.join(work, 'plan.md')).href

const child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio'], {cwd: work, stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
let lastCount = 0
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  lastCount = params.diagnostics.length
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

const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
let ready = published(1)
await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
await ready

// Each edit types one character at the end of a line in the value section or the questions,
// the way a seller revises a plan, and waits for that version's diagnostics.
const lines = text.split('\n')
const timings = []
for (let index = 0; index < warmup + edits; index++) {
  const version = index + 2
  const line = index % 2 === 0 ? 12 + (index % 40) : 70 + (index % 300)
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
  const line = index % 2 === 0 ? 12 + (index % 40) : 70 + (index % 300)
  engineLines[line] += 'x'
  const value = engineLines.join('\n')
  let start = performance.now()
  await lintText(value, notePath, {cwd: work, config})
  if (index >= warmup) engineTimings.push(performance.now() - start)
  start = performance.now()
  await lintText(value, notePath, {cwd: work, config, parseCache})
  if (index >= warmup) cachedTimings.push(performance.now() - start)
}
rmSync(work, {recursive: true, force: true})

const format = (ms) => `${ms.toFixed(1)} ms`
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    text: `median ${format(percentile(sorted, 0.5))}   p95 ${format(percentile(sorted, 0.95))}   min ${format(sorted[0])}   max ${format(sorted.at(-1))}`
  }
}
const server = summary(timings)
const engine = summary(engineTimings)
console.log(`call-plan-language-server latency, didChange → publishDiagnostics (debounce excluded)`)
console.log(`  note: ${lines.length - 1} lines, ${lastCount} findings; ${timings.length} edits after ${warmup} warm-up edits; Node ${process.version} ${nodeArgs.join(' ')}`)
console.log(`  server:               ${server.text}`)
console.log(`  engine alone (lintText in process, same edits): ${engine.text}`)
console.log(`  engine with parse cache (as the server runs it):  ${summary(cachedTimings).text}`)
console.log(`  target p95 ≤ ${targetP95} ms: ${server.p95 <= targetP95 ? 'met' : 'NOT met'}`)
