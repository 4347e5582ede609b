// The command line: kept light at start-up (a pre-commit run on a few notes), so reporters,
// globbing, the cache and the worker pool are loaded only when used.
import {mkdir, writeFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {FileResult} from './result.js'

const reports = ['human', 'json', 'sarif', 'github'] as const
type Report = (typeof reports)[number]

const usage = `Usage: call-plan-lint [options] [paths, folders or globs…]

Check that each call plan answers "What's in it for the customer?".
Folders are searched for .md and .markdown notes (default: the current folder);
.obsidian/, .trash/, node_modules/, dot-folders and .callplanignore entries are skipped.

Options:
  --report <name>         human (default), json, sarif or github
  --output-file <file>    write the report to a file instead of standard output
  --frail                 exit 1 on warnings too
  --max-warnings <n>      exit 1 when there are more than n warnings
  --quiet                 report only notes with messages
  --silent                report only errors
  --now <date-time>       judge readiness as if it were this time ("2026-11-30T09:00")
  --upcoming <window>     only call plans with a meeting in the next window (7d, 36h, 2w):
                          a table of date, account and readiness (JSON with --report json)
  --fix                   insert the sections a call plan is missing into the note
                          (written in place, atomically), then report what remains
  --fix-dry-run           print what --fix would insert; write nothing
  --cache                 reuse results for notes unchanged since the last run
  --cache-location <path> where the cache lives (default: .callplancache)
  --workers <n|auto>      threads that lint (default auto: one per core for large runs)
  --verbose               say why each skipped note was skipped; show notes and links
  --init                  write a starter .callplanrc.json and a call-plan template note
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors (or warnings with --frail / over --max-warnings),
2 the run failed (bad option or configuration).
`

/** The package's version, from its package.json (found from dist/ and from dist/bundle/ alike). */
export function toolVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const data = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {name?: string; version?: string}
      if (data.name === 'call-plan-lint' && data.version) return data.version
    } catch {
      // Not this one: try the next folder up.
    }
  }
  return '0.0.0'
}

interface Streams {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], streams: Streams = defaultStreams()): Promise<number> {
  const {stdout, stderr} = streams
  const fail = (reason: string) => {
    stderr.write(`call-plan-lint: ${reason}\n`)
    return 2
  }

  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        report: {type: 'string'},
        'output-file': {type: 'string'},
        frail: {type: 'boolean'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean'},
        silent: {type: 'boolean'},
        now: {type: 'string'},
        upcoming: {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        workers: {type: 'string'},
        verbose: {type: 'boolean'},
        init: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    return fail(`${(error as Error).message}. See \`call-plan-lint --help\`.`)
  }
  const {values, positionals} = parsed
  const cwd = streams.cwd

  if (values.help) {
    stdout.write(usage)
    return 0
  }
  if (values.version) {
    stdout.write(toolVersion() + '\n')
    return 0
  }
  if (values.init) {
    const {init, InitRefused} = await import('./init.js')
    try {
      const {written, notes} = await init(cwd)
      for (const file of written) stdout.write(`wrote ${file}\n`)
      for (const note of notes) stdout.write(`${note}\n`)
      return 0
    } catch (error) {
      if (error instanceof InitRefused) return fail(error.message)
      throw error
    }
  }

  const report = (values.report ?? 'human') as Report
  if (!reports.includes(report)) return fail(`Unknown report \`${values.report}\`: expected one of ${reports.join(', ')}`)

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return fail(`Unexpected --max-warnings \`${values['max-warnings']}\`: expected a whole number, 0 or more`)
    }
  }

  let now: string | undefined
  if (values.now !== undefined) {
    const time = Date.parse(values.now)
    if (Number.isNaN(time)) return fail(`Unexpected --now \`${values.now}\`: expected a date-time such as 2026-11-30T09:00`)
    now = new Date(time).toISOString()
  }

  let window: number | undefined
  if (values.upcoming !== undefined) {
    const {parseWindow} = await import('./upcoming.js')
    window = parseWindow(values.upcoming)
    if (window === undefined) return fail(`Unexpected --upcoming \`${values.upcoming}\`: expected a window such as 7d, 36h or 2w`)
  }

  if (values.fix && values['fix-dry-run']) return fail('--fix and --fix-dry-run cannot be used together: pick one')

  let workers: number | 'auto' = 'auto'
  if (values.workers !== undefined && values.workers !== 'auto') {
    workers = Number(values.workers)
    if (!Number.isInteger(workers) || workers < 1) return fail(`Unexpected --workers \`${values.workers}\`: expected auto or a whole number, 1 or more`)
  }

  const version = toolVersion()
  const ci = Boolean(streams.env.CI) && streams.env.CI !== 'false'
  const showProgress = Boolean(stderr.isTTY) && !ci && report !== 'json' && !values.silent
  const progress = showProgress ? progressLine(stderr) : undefined

  const {lintFiles} = await import('./run.js')
  const {ConfigError} = await import('./config.js')
  let run
  let cache
  let fixes: import('./fix.js').NoteFix[] = []
  try {
    if (values.cache || values['cache-location'] !== undefined) {
      const {ResultCache} = await import('./cache.js')
      cache = await ResultCache.at(values['cache-location'], cwd)
    }
    run = await lintFiles({inputs: positionals, cwd, now, cache, toolVersion: version, workers, onProgress: progress?.update})
    if (values.fix || values['fix-dry-run']) {
      const {fixResults} = await import('./fix.js')
      const fixed = await fixResults(run.results, {cwd, now, dryRun: values['fix-dry-run'] === true})
      run.results = fixed.results
      fixes = fixed.fixes
      // A written note has new content: never let a later run trust what was cached for it.
      for (const fix of fixes) if (fix.written) cache?.forget(fix.path)
    }
  } catch (error) {
    progress?.clear()
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
  progress?.clear()
  if (cache) {
    try {
      await cache.save()
    } catch (error) {
      stderr.write(`call-plan-lint: could not write the cache (${(error as Error).message}); results are not affected\n`)
    }
  }

  if (fixes.length > 0) {
    const {describeFixes} = await import('./fix.js')
    const dryRun = values['fix-dry-run'] === true
    const described = describeFixes(fixes, dryRun)
    // stdout carries the report; a machine-readable one must stay parseable.
    if (dryRun && report === 'human' && !values['output-file']) stdout.write(described)
    else if (!values.silent) stderr.write(described)
  }

  if (values.verbose) {
    for (const skipped of run.skipped) stderr.write(`skipped ${skipped.path}: ${skipped.reason}\n`)
  }

  let results = run.results
  let upcoming: import("./upcoming.js").UpcomingCall[] | undefined
  if (window !== undefined) {
    const {upcomingCalls} = await import('./upcoming.js')
    upcoming = upcomingCalls(results, now ? new Date(now) : new Date(), window)
    results = upcoming.map((call) => call.result)
  }

  const {countMessages} = await import('./result.js')
  const counts = countMessages(results)
  const shown = filterResults(results, {quiet: values.quiet === true, silent: values.silent === true})
  const toFile = values['output-file']

  let output: string
  if (upcoming && report === 'human') {
    const {upcomingTable} = await import('./upcoming.js')
    const shownPaths = new Set(shown.map((result) => result.path))
    output = upcomingTable(
      upcoming.filter((call) => shownPaths.has(call.path)),
      {window: values.upcoming!}
    )
  } else if (upcoming && report === 'json') {
    const {upcomingJson} = await import('./upcoming.js')
    const shownPaths = new Set(shown.map((result) => result.path))
    output = upcomingJson(upcoming.filter((call) => shownPaths.has(call.path))) + '\n'
  } else if (report === 'json') {
    const {reportJson} = await import('./reporters/json.js')
    output = reportJson(shown, {cwd}) + '\n'
  } else if (report === 'sarif') {
    const {reportSarif} = await import('./reporters/sarif.js')
    output = reportSarif(shown, {cwd, version})
  } else if (report === 'github') {
    const {reportGithub} = await import('./reporters/github.js')
    output = reportGithub(shown)
  } else {
    const {reportHuman} = await import('./reporters/human.js')
    const color = !toFile && Boolean(stdout.isTTY) && streams.env.NO_COLOR === undefined
    output = reportHuman(shown, {cwd, color, verbose: values.verbose === true})
    if (output && !output.endsWith('\n')) output += '\n'
  }

  if (toFile) {
    const target = path.resolve(cwd, toFile)
    try {
      await mkdir(path.dirname(target), {recursive: true})
      await writeFile(target, output)
    } catch (error) {
      return fail(`Cannot write the report to \`${toFile}\` (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  } else if (output) {
    stdout.write(output)
  }

  if (report === 'human') {
    const fixed = values.fix ? fixes.filter((fix) => fix.written).length : undefined
    stderr.write(summary(run, counts, upcoming?.length, fixed) + '\n')
  }

  let code = 0
  if (counts.errors > 0) code = 1
  if (values.frail && counts.warnings > 0) code = 1
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    stderr.write(`call-plan-lint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    code = 1
  }
  return code
}

function filterResults(results: FileResult[], options: {quiet: boolean; silent: boolean}): FileResult[] {
  if (!options.quiet && !options.silent) return results
  const filtered: FileResult[] = []
  for (const result of results) {
    const messages = options.silent ? result.messages.filter((message) => message.fatal) : result.messages
    if (messages.length > 0) filtered.push({...result, messages})
  }
  return filtered
}

function summary(
  run: {linted: number; callPlans: number; skipped: unknown[]; fromCache: number},
  counts: {errors: number; warnings: number},
  upcoming: number | undefined,
  fixed?: number
): string {
  const plural = (count: number, one: string, many = one + 's') => `${count} ${count === 1 ? one : many}`
  const parts = [
    `${plural(run.linted, 'note')} linted`,
    plural(run.callPlans, 'call plan'),
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    `${run.skipped.length} skipped`
  ]
  if (upcoming !== undefined) parts.push(`${upcoming} upcoming`)
  if (run.fromCache > 0) parts.push(`${run.fromCache} from cache`)
  if (fixed !== undefined) parts.push(`${plural(fixed, 'note')} fixed`)
  return `call-plan-lint: ${parts.join(', ')}`
}

/** A one-line counter on a terminal, redrawn at most ten times a second. */
function progressLine(stream: NodeJS.WritableStream) {
  let last = 0
  let drawn = false
  return {
    update(done: number, total: number) {
      const time = Date.now()
      if (time - last < 100 || total < 50) return
      last = time
      drawn = true
      stream.write(`\r\u001B[2Kcall-plan-lint: ${done}/${total} notes`)
    },
    clear() {
      if (drawn) stream.write('\r\u001B[2K')
      drawn = false
    }
  }
}

function defaultStreams(): Streams {
  return {stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()}
}
