import {ConfigError, type ResolvedConfig} from './config.js'
import {lintText} from './lint.js'
import {toResult, type FileResult} from './result.js'

/** Notes to lint with one configuration; the same work in the main thread or in a worker. */
export interface LintTask {
  cwd: string
  config: ResolvedConfig
  /** ISO date-time, or undefined for the clock. */
  now: string | undefined
  items: Array<{path: string; text: string}>
}

export type LintTaskResult =
  | {results: FileResult[]}
  | {configError: {file: string; key: string; expected: string; message: string}}

export async function lintBatch(task: LintTask): Promise<LintTaskResult> {
  const results: FileResult[] = []
  try {
    for (const item of task.items) {
      const file = await lintText(item.text, item.path, {cwd: task.cwd, config: task.config, now: task.now})
      results.push(toResult(item.path, file, task.config))
    }
  } catch (error) {
    // Errors lose their class across a worker boundary: send what the main thread needs.
    if (error instanceof ConfigError) {
      return {configError: {file: error.file, key: error.key, expected: error.expected, message: error.message}}
    }
    throw error
  }
  return {results}
}
