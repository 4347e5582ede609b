import {parentPort, workerData} from 'node:worker_threads'
import {Engine} from './engine.js'
import type {WorkerRequest, WorkerResponse} from './lint-runner.js'

/**
 * Runs the engine away from the server's main thread: a note that makes the engine loop, recurse
 * or allocate without end costs this worker, which the server ends and replaces, never the server.
 */
const engine = new Engine((workerData as {remember: boolean}).remember)
const port = parentPort!

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'forget') {
    engine.forget()
    return
  }
  engine.lint(request.text, request.filePath, request.cwd, request.settings).then(
    (outcome) => port.postMessage({id: request.id, outcome} satisfies WorkerResponse),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error)
      } satisfies WorkerResponse)
  )
})
