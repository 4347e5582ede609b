#!/usr/bin/env node
import {readFileSync, statSync} from 'node:fs'

/**
 * The bundle (see scripts/bundle.js) starts twice as fast; use it only while every file it was
 * built from is unchanged, so that a rebuilt package is never shadowed by an old bundle.
 */
function bundleIsFresh(): boolean {
  try {
    const inputs = JSON.parse(readFileSync(new URL('./bundle/inputs.json', import.meta.url), 'utf8')) as Array<{
      file: string
      mtimeMs: number
      size: number
    }>
    return inputs.every((input) => {
      const stats = statSync(input.file, {throwIfNoEntry: false})
      return stats !== undefined && stats.mtimeMs === input.mtimeMs && stats.size === input.size
    })
  } catch {
    return false
  }
}

// `call-plan-lint --report json | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const entry = process.env.CALL_PLAN_LINT_NO_BUNDLE !== '1' && bundleIsFresh() ? './bundle/cli.js' : './cli.js'
const {main} = (await import(entry)) as typeof import('./cli.js')

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): let a large report finish writing to a pipe.
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`call-plan-lint: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  }
)
