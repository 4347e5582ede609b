import {Worker} from 'node:worker_threads'
import type {LintOutcome} from './engine.js'
import type {ServerSettings} from './settings.js'

export type WorkerRequest =
  | {kind: 'lint'; id: number; text: string; filePath: string; cwd: string; settings: ServerSettings}
  | {kind: 'forget'}

export type WorkerResponse = {id: number; outcome: LintOutcome} | {id: number; error: string}

/** The lint took longer than its budget, or the worker died (out of memory, …) on this note. */
export class LintAborted extends Error {
  constructor(readonly why: 'timeout' | 'worker-exit', detail: string) {
    super(detail)
    this.name = 'LintAborted'
  }
}

export interface LintRunnerOptions {
  /** Reuse config and ignore lookups until `forget()` (the client reports config file changes). */
  remember: boolean
  /** Longest time one note may take before its worker is ended (default 10 s). */
  timeoutMs?: number
  /** Heap limit of the worker; past it only the worker dies (default 1024 MB). */
  maxMemoryMb?: number
}

interface Pending {
  resolve: (outcome: LintOutcome) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

/**
 * One lint worker, started on first use and replaced whenever it has to be ended. Requests are
 * answered in order; a request that runs out of time ends the worker (there is no other way to
 * stop a loop) and fails, and so do the requests queued behind it, which the server re-sends.
 */
export class LintRunner {
  private worker: Worker | undefined
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private readonly timeoutMs: number

  constructor(private readonly options: LintRunnerOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000
  }

  lint(text: string, filePath: string, cwd: string, settings: ServerSettings): Promise<LintOutcome> {
    const worker = this.ensureWorker()
    const id = this.nextId++
    return new Promise<LintOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = Math.max(1, Math.round(this.timeoutMs / 1000))
        this.abort(new LintAborted('timeout', `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`))
      }, this.timeoutMs)
      this.pending.set(id, {resolve, reject, timer})
      worker.postMessage({kind: 'lint', id, text, filePath, cwd, settings} satisfies WorkerRequest)
    })
  }

  /**
   * Start the worker before the first note arrives: loading the parser and the rules takes a few
   * hundred milliseconds, which the first note opened would otherwise wait for.
   */
  warmUp(): void {
    this.ensureWorker()
  }

  /** Forget every config and ignore file read so far (one of them changed on disk). */
  forget(): void {
    this.worker?.postMessage({kind: 'forget'} satisfies WorkerRequest)
  }

  async dispose(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      workerData: {remember: this.options.remember},
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxMemoryMb ?? 1024,
        // Parsing and linting make many short-lived objects: a roomy young generation halves the
        // time from keystroke to findings (bench/latency.js).
        maxYoungGenerationSizeMb: 96
      },
      stdout: false,
      stderr: false
    })
    worker.on('message', (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id)
      if (!waiting) return
      this.pending.delete(response.id)
      clearTimeout(waiting.timer)
      if ('outcome' in response) waiting.resolve(response.outcome)
      else waiting.reject(new Error(response.error))
    })
    worker.on('error', (error) => {
      if (this.worker === worker) this.abort(new LintAborted('worker-exit', error.message))
    })
    worker.on('exit', (code) => {
      if (this.worker === worker) this.abort(new LintAborted('worker-exit', `the checker stopped (exit code ${code})`))
    })
    // An idle worker must not keep the server alive after the client has gone.
    worker.unref()
    this.worker = worker
    return worker
  }

  private abort(error: LintAborted): void {
    const worker = this.worker
    this.worker = undefined
    void worker?.terminate()
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer)
      this.pending.delete(id)
      waiting.reject(error)
    }
  }
}
