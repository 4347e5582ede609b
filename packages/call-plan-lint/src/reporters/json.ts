import {reporterJson} from 'vfile-reporter-json'
import type {FileResult} from '../result.js'

/** One object per linted note, in the shape of vfile-reporter-json: `{path, cwd, history, messages}`. */
export function reportJson(results: FileResult[], options: {cwd: string}): string {
  const files = results.map((result) => ({
    path: result.path,
    cwd: options.cwd,
    history: [result.path],
    messages: result.messages
  }))
  return reporterJson(files as unknown as Parameters<typeof reporterJson>[0])
}
