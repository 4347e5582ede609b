// Compiles schema.json into a standalone validator (src/config-validator.ts), so that the CLI
// and the language server validate configuration without loading ajv at start-up.
// Run after editing schema.json: `pnpm --filter call-plan-lint generate` (a test checks it is current).
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'

export function generateConfigValidator() {
  const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'))
  const ajv = new Ajv.default({code: {source: true, esm: true}, strict: true, strictTuples: false, allErrors: false})
  const code = standaloneCode.default(ajv, ajv.compile(schema))
  return (
    '// @ts-nocheck\n' +
    '// Generated from schema.json by scripts/generate-config-validator.js: do not edit.\n' +
    code +
    '\n'
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../src/config-validator.ts', import.meta.url), generateConfigValidator())
}
