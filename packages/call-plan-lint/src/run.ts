import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {ConfigError, LookupCache, loadConfig, type ResolvedConfig} from './config.js'
import {expandInputs, type Candidate} from './files.js'
import {ignoreReason} from './ignore.js'
import type {LintTask, LintTaskResult} from './batch.js'
import type {ResultCache} from './cache.js'
import {cacheKey as cacheKeyOf} from './cache-key.js'
import {messageResult, type FileResult} from './result.js'
import {readNote} from './read-note.js'

export interface RunOptions {
  inputs: string[]
  cwd: string
  /** `--now`: ISO date-time; undefined for the clock. */
  now?: string
  cache?: ResultCache
  toolVersion: string
  /**
   * Threads that lint: `1` lints in this thread; `'auto'` (default) uses a worker per core from
   * `workerThreshold` notes to lint on.
   */
  workers?: number | 'auto'
  onProgress?: (done: number, total: number) => void
}

export interface Skipped {
  path: string
  reason: string
  explicit: boolean
}

export interface RunResult {
  /** Call plans and notes with messages, in a stable order. */
  results: FileResult[]
  skipped: Skipped[]
  /** Notes that were read and checked (from the cache or not). */
  linted: number
  callPlans: number
  fromCache: number
}

/** From this many notes to lint, the work is spread over worker threads. */
export const workerThreshold = 200
const batchSize = 64
/** The cap on a worker's old generation (MiB); the main thread has none. */
const workerOldGenerationMb = 64

interface Pending {
  index: number
  path: string
  text: string
  cacheKey: string | undefined
}

/** Lint every note the inputs name: the engine of the CLI. Throws `ConfigError` on bad configuration. */
export async function lintFiles(options: RunOptions): Promise<RunResult> {
  const {cwd} = options
  const lookup = new LookupCache()
  const {candidates, missing} = await expandInputs(options.inputs, cwd)
  const all = [...candidates, ...missing]
  const slots: Array<FileResult | undefined> = new Array(all.length)
  const skipped: Skipped[] = []
  let done = 0
  let fromCache = 0
  const progress = () => options.onProgress?.(done, all.length)

  for (const [offset, candidate] of missing.entries()) {
    slots[candidates.length + offset] = messageResult(candidate.path, {
      reason: 'Cannot read this note: there is no such file or folder'
    })
  }

  const linter = new Linter(options, slots, () => {
    done++
    progress()
  })

  try {
    for (const [index, candidate] of candidates.entries()) {
      const prepared = await prepare(candidate, index)
      if (prepared) await linter.add(prepared)
      else {
        done++
        progress()
      }
    }
  } catch (error) {
    // A bad configuration found mid-run: stop the workers, or they keep the process alive.
    await linter.abort()
    throw error
  }
  await linter.finish()

  async function prepare(candidate: Candidate, index: number): Promise<{pending: Pending; config: ResolvedConfig} | undefined> {
    const ignored = await ignoreReason(candidate.absolute, {cwd, cache: lookup, base: candidate.base})
    if (ignored) {
      skipped.push({path: candidate.path, reason: ignored, explicit: candidate.explicit})
      return undefined
    }
    const config = await loadConfig(candidate.absolute, {cwd, cache: lookup, checkOptions: false})
    let text: string
    try {
      // Synchronous reads: notes are small, and a thread-pool round trip per note costs more than the read.
      const stats = statSync(candidate.absolute)
      if (stats.size > config.maxFileSize) {
        slots[index] = await tooLargeResult(candidate.path, stats.size, config.maxFileSize)
        return undefined
      }
      text = readNote(candidate.absolute).text
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      slots[index] = messageResult(candidate.path, {reason: `Cannot read this note (${readProblem(code)})`})
      return undefined
    }

    let cacheKey: string | undefined
    if (options.cache) {
      cacheKey = cacheKeyOf(options.toolVersion, config.key, text)
      const judged = judgedAt(config, options.now)
      const hit = options.cache.get(candidate.path, cacheKey, judged.now, judged.clock)
      if (hit) {
        slots[index] = hit
        fromCache++
        return undefined
      }
    }
    return {pending: {index, path: candidate.path, text, cacheKey}, config}
  }

  const results: FileResult[] = []
  let linted = 0
  let callPlans = 0
  for (const [index, result] of slots.entries()) {
    if (!result) continue
    const candidate = all[index]!
    linted++
    if (result.isCallPlan) callPlans++
    if (result.isCallPlan || result.messages.length > 0) results.push(result)
    else skipped.push({path: result.path, reason: 'not a call plan (no `type: call-plan`, `call-plan` tag or matching path)', explicit: candidate.explicit})
  }
  return {results, skipped, linted, callPlans, fromCache}

  function readProblem(code: string | undefined): string {
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
    if (code === 'EISDIR') return 'it is a folder'
    if (code === 'ENOENT') return 'there is no such file'
    return code ?? 'unknown error'
  }
}

type Pool = {
  run(task: LintTask): Promise<LintTaskResult>
  destroy(): Promise<void>
  on(event: 'error', listener: (error: unknown) => void): void
}

/**
 * Lints notes in this thread, or, once enough are waiting, in a pool of worker threads while
 * this one reads notes and collects results. Holds at most a few batches of note text at a
 * time, never the whole vault.
 */
class Linter {
  private waiting: Array<{pending: Pending; config: ResolvedConfig}> = []
  private pool: Pool | undefined
  private poolWanted: boolean
  private threads = 1
  private inFlight = new Set<Promise<void>>()
  private failure: unknown
  private readonly started = new Date()
  private readonly strings = new Map<string, string>()

  constructor(
    private readonly options: RunOptions,
    private readonly slots: Array<FileResult | undefined>,
    private readonly onDone: () => void
  ) {
    const workers = options.workers ?? 'auto'
    this.threads = workers === 'auto' ? availableParallelism() : Math.max(1, workers)
    this.poolWanted = this.threads > 1
  }

  async add(item: {pending: Pending; config: ResolvedConfig}): Promise<void> {
    this.waiting.push(item)
    if (!this.poolWanted) {
      if (this.waiting.length >= batchSize) await this.lintHere()
      return
    }
    const forced = typeof this.options.workers === 'number' && this.options.workers > 1
    if (!this.pool && this.poolWanted && (forced || this.waiting.length >= workerThreshold)) {
      await this.startPool()
    }
    if (this.pool) {
      while (this.waiting.length >= batchSize) await this.dispatch(this.waiting.splice(0, batchSize))
    }
  }

  async finish(): Promise<void> {
    try {
      if (this.pool) {
        while (this.waiting.length > 0) await this.dispatch(this.waiting.splice(0, batchSize))
        await Promise.all(this.inFlight)
      } else {
        await this.lintHere()
      }
    } finally {
      await this.pool?.destroy()
    }
    if (this.failure) throw this.failure
  }

  async abort(): Promise<void> {
    this.waiting = []
    await this.pool?.destroy()
    this.pool = undefined
  }

  private async lintHere(): Promise<void> {
    const items = this.waiting
    this.waiting = []
    if (items.length === 0) return
    const {lintBatch} = await import('./batch.js')
    for (const group of groupByConfig(items)) this.record(group, await lintBatch(this.task(group)))
    if (this.failure) throw this.failure
  }

  private async startPool(): Promise<void> {
    const {default: Tinypool} = await import('tinypool')
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      // A smaller young generation, and an old generation capped well above what a batch of
      // notes keeps alive, stop each worker's heap from growing with the vault (some 90 MiB less
      // at 10,000 notes). A batch that runs out of it is linted in this thread instead (dispatch).
      resourceLimits: {maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: workerOldGenerationMb}
    }) as unknown as Pool
    // A worker that dies between tasks must end the run with an error, not crash the process.
    this.pool.on('error', (error: unknown) => {
      this.failure ??= error
    })
  }

  private async dispatch(items: Array<{pending: Pending; config: ResolvedConfig}>): Promise<void> {
    // Two batches queued per worker keep the pool busy without reading notes far ahead of linting.
    while (this.inFlight.size >= this.threads * 2) await Promise.race(this.inFlight)
    if (this.failure) throw this.failure
    for (const group of groupByConfig(items)) {
      const running: Promise<void> = this.pool!.run(this.task(group))
        .then((outcome) => this.record(group, outcome))
        .catch(async (error: unknown) => {
          if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error
          const {lintBatch} = await import('./batch.js')
          this.record(group, await lintBatch(this.task(group)))
        })
        .catch((error: unknown) => {
          this.failure ??= error
        })
        .finally(() => this.inFlight.delete(running))
      this.inFlight.add(running)
    }
  }

  private task(group: Array<{pending: Pending; config: ResolvedConfig}>): LintTask {
    return {
      cwd: this.options.cwd,
      config: group[0]!.config,
      now: this.options.now,
      items: group.map(({pending}) => ({path: pending.path, text: pending.text}))
    }
  }

  private record(group: Array<{pending: Pending; config: ResolvedConfig}>, outcome: LintTaskResult): void {
    if ('configError' in outcome) {
      const {file, key, expected, message} = outcome.configError
      this.failure ??= Object.assign(new ConfigError(file, key, expected), {message})
      return
    }
    for (const [position, result] of outcome.results.entries()) {
      if (this.pool) shareStrings(result, this.strings)
      const {pending} = group[position]!
      this.slots[pending.index] = result
      if (this.options.cache && pending.cacheKey) {
        const judged = judgedAt(group[position]!.config, this.options.now, this.started)
        this.options.cache.set(pending.path, pending.cacheKey, judged.now, judged.clock, result)
      }
      this.onDone()
    }
  }
}

/**
 * Results from a worker arrive as copies, every rule's url, note and common reason a new string
 * per message: keep one copy of each, so that the results of a large vault stay small.
 */
function shareStrings(result: FileResult, strings: Map<string, string>): void {
  const shared = (value: string): string => {
    const known = strings.get(value)
    if (known !== undefined) return known
    // Reasons quoting a note's words are mostly unique: do not let those grow the table.
    if (strings.size < maxSharedStrings) strings.set(value, value)
    return value
  }
  for (const message of result.messages) {
    message.reason = shared(message.reason)
    if (message.ruleId !== undefined) message.ruleId = shared(message.ruleId)
    if (message.source !== undefined) message.source = shared(message.source)
    if (message.url !== undefined) message.url = shared(message.url)
    if (message.note !== undefined) message.note = shared(message.note)
    if (message.expected !== undefined) message.expected = message.expected.map(shared)
  }
}

const maxSharedStrings = 4096

async function tooLargeResult(notePath: string, size: number, maxFileSize: number): Promise<FileResult> {
  const [{tooLarge}, {VFile}, {toResult}] = await Promise.all([import('./lint.js'), import('vfile'), import('./result.js')])
  const file = new VFile({path: notePath})
  tooLarge(file, size, maxFileSize)
  return toResult(notePath, file)
}

/** The time a note is judged against: `--now`, the config's `settings.now`, or the clock. */
function judgedAt(config: ResolvedConfig, now: string | undefined, clock = new Date()): {now: Date; clock: boolean} {
  const fixed = now ?? (config.settings.now === undefined ? undefined : String(config.settings.now))
  return fixed === undefined ? {now: clock, clock: true} : {now: new Date(fixed), clock: false}
}

function groupByConfig<Item extends {config: ResolvedConfig}>(items: Item[]): Item[][] {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const group = groups.get(item.config.key)
    if (group) group.push(item)
    else groups.set(item.config.key, [item])
  }
  return [...groups.values()]
}
