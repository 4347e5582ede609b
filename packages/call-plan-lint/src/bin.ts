#!/usr/bin/env node
import {main} from './cli.js'

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
