// `pnpm bench:hostile`: how the preset's time grows on hostile notes, and the language server's
// memory over 10,000 edits of one note. A measurement, not a test: it prints numbers and never
// fails on them (timers do not belong in tests).
//
// Time is CPU time of this process (user + system, the median of several runs), so a busy machine
// disturbs it less than wall-clock time. Each case runs at 1×, 2×, 4× and 8× its base size; a
// linear case takes about 2× per doubling, a quadratic one about 4×.
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import preset from 'remark-preset-lint-call-plan'
import {VFile} from 'vfile'
import * as cases from '../tests/hostile/cases.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const only = process.env.BENCH_ONLY // a substring of case names, to run fewer
const runs = Number(process.env.BENCH_RUNS ?? 3)

const kilobyte = 1024
const hostileCases = [
  {name: 'large note (bytes)', base: 512 * kilobyte, make: (size) => cases.largeNote(size)},
  ...Object.entries(cases.lineUnits).map(([unit, text]) => ({
    name: `one line of ${unit} (bytes)`,
    base: 128 * kilobyte,
    make: (size) => cases.singleLine(size, text)
  })),
  {name: 'separate blockquotes (count)', base: 4000, make: (count) => cases.callPlan('> a\n\n'.repeat(count))},
  {name: 'callouts (count)', base: 2000, make: (count) => cases.callPlan("> [!note] What's in it for the customer?\n> We demo our platform.\n\n".repeat(count))},
  {name: 'nested blockquotes (depth)', base: 1250, make: (depth) => cases.nestedBlockquotes(depth)},
  {name: 'nested lists on one line (depth)', base: 625, make: (depth) => cases.nestedLists(depth)},
  {name: 'frontmatter fields (count)', base: 2000, make: (count) => `---\ntype: call-plan\n${Array.from({length: count}, (_, index) => `field${index}: value ${index}`).join('\n')}\n---\n\n# Plan\n`},
  {name: 'JavaScript frontmatter lines (count)', base: 5000, make: (count) => `---js\n({type: 'call-plan',\n${"x: require('fs'),\n".repeat(count)}})\n---\n`},
  {name: 'CRLF lines (count)', base: 5000, make: (count) => cases.withLineEndings(cases.callPlan("## What's in it for the customer?\n\n" + 'We demo our platform to them.\n'.repeat(count)), '\r\n')},
  {name: 'lone CR lines (count)', base: 5000, make: (count) => cases.withLineEndings(cases.callPlan("## What's in it for the customer?\n\n" + 'goal:: cut scrap #call-plan\n'.repeat(count)), '\r')},
  // Known upstream limit (micromark's emphasis resolver): kept small, shown so it stays visible.
  {name: 'alternating * and _ on one line (bytes, upstream limit)', base: 2500, make: (size) => cases.singleLine(size, '*_')}
]

async function cpuTimeOf(text) {
  const times = []
  for (let run = 0; run < runs; run++) {
    const file = new VFile({value: text, path: 'note.md'})
    const processor = unified().use(remarkParse).use(preset)
    const before = process.cpuUsage()
    await processor.run(processor.parse(file), file)
    const used = process.cpuUsage(before)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

function pad(value, width) {
  return String(value).padStart(width)
}

async function timeCases() {
  console.log('Preset CPU time on hostile notes (ms, median of %d); ratio = time / time at half the size', runs)
  console.log(`${'case'.padEnd(56)} ${pad('1×', 8)} ${pad('2×', 8)} ${pad('4×', 8)} ${pad('8×', 8)}   ratios (≈2 = linear)`)
  const rows = []
  for (const hostile of hostileCases) {
    if (only && !hostile.name.includes(only)) continue
    const times = []
    for (const factor of [1, 2, 4, 8]) times.push(await cpuTimeOf(hostile.make(hostile.base * factor)))
    const ratios = times.slice(1).map((time, index) => (time / Math.max(times[index], 0.01)).toFixed(1))
    const label = `${hostile.name} from ${hostile.base.toLocaleString('en')}`
    console.log(`${label.padEnd(56)} ${times.map((time) => pad(time.toFixed(0), 8)).join(' ')}   ${ratios.join(' ')}`)
    rows.push({case: label, ms: times.map((time) => Math.round(time)), ratios: ratios.map(Number)})
  }
  return rows
}

/** Resident memory of a process in MiB, from /proc (Linux). */
function residentMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /VmRSS:\s+(\d+) kB/.exec(status)
    return match ? Number(match[1]) / 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

async function languageServerMemory() {
  const edits = Number(process.env.BENCH_EDITS ?? 10_000)
  const serverPackage = path.join(root, 'packages/call-plan-language-server/')
  const require = createRequire(serverPackage)
  const protocol = require('vscode-languageserver-protocol/node')
  const folder = mkdtempSync(path.join(tmpdir(), 'call-plan-lsp-memory-'))
  const child = spawn(process.execPath, [path.join(serverPackage, 'dist/bin.js'), '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.version)
    if (resolve) {
      waiting.delete(params.version)
      resolve(params)
    }
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const rootUri = pathToFileURL(folder).href
  await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{uri: rootUri, name: 'vault'}],
    capabilities: {workspace: {configuration: true}},
    initializationOptions: {debounceMs: 0}
  })
  await connection.sendNotification(protocol.InitializedNotification.type, {})

  const uri = pathToFileURL(path.join(folder, 'plan.md')).href
  const base = cases.goodNote + "\n## Questions\n\n- Wouldn't you agree that our platform is the best?\n"
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let wait = published(1)
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text: base}})
  await wait
  const samples = [[0, residentMiB(child.pid)]]
  const started = process.hrtime.bigint()
  for (let edit = 1; edit <= edits; edit++) {
    const version = edit + 1
    // Each edit rewrites a line with new words, as typing does, so no cache can answer it.
    const text = base + `\nWe demo our platform, take ${edit}.\n`
    wait = published(version)
    await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    await wait
    if (edit % Math.max(1, Math.floor(edits / 10)) === 0) samples.push([edit, residentMiB(child.pid)])
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  await connection.sendRequest(protocol.ShutdownRequest.type)
  await connection.sendNotification(protocol.ExitNotification.type)
  connection.dispose()
  rmSync(folder, {recursive: true, force: true})

  console.log(`\nLanguage server resident memory over ${edits.toLocaleString('en')} edits of one note (${seconds.toFixed(1)} s):`)
  console.log(samples.map(([edit, mib]) => `  after ${pad(edit.toLocaleString('en'), 6)} edits: ${mib.toFixed(1)} MiB`).join('\n'))
  const settled = samples.slice(2).map(([, mib]) => mib)
  console.log(`  growth from 2,000 edits to the end: ${(settled.at(-1) - settled[0]).toFixed(1)} MiB`)
  return samples
}

console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`)
await timeCases()
if (!process.env.BENCH_SKIP_LSP) await languageServerMemory()
