#!/usr/bin/env node
/**
 * The quick-start demo: lint the example vault as a user would, show the findings,
 * then check they are the ones each note says it expects (`expect:` in its frontmatter).
 * The example vault has findings by design, so the CLI exits 1 on it; this script
 * exits 0 when the findings are the expected ones, and 1 when they are not.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expectedRuleIds} from './expectations.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const vault = join(root, 'examples', 'vault')
// The imminent call in the vault is on 2026-12-01 at 10:00: the demo asks "am I ready?" two hours before.
const now = '2026-12-01T08:00'
const cliPackage = join(root, 'packages', 'call-plan-lint')
const {bin} = JSON.parse(readFileSync(join(cliPackage, 'package.json'), 'utf8'))
const cli = join(cliPackage, typeof bin === 'string' ? bin : bin['call-plan-lint'])

// `--verbose` shows each message's note (what to write instead) and why skipped notes were skipped.
console.log(`$ call-plan-lint --verbose --now ${now} examples/vault\n`)
const human = spawnSync(process.execPath, [cli, '--verbose', '--now', now, relative(root, vault)], {
  cwd: root,
  stdio: 'inherit'
})
if (human.status === 2 || human.status === null) {
  console.error('\nDemo failed: the CLI itself failed (exit code 2).')
  process.exit(1)
}

const json = spawnSync(process.execPath, [cli, '--now', now, '--report', 'json', relative(root, vault)], {
  cwd: root,
  encoding: 'utf8'
})
const results = JSON.parse(json.stdout)
const problems = []
let checked = 0
for (const result of results) {
  const text = readFileSync(join(root, result.path), 'utf8')
  const expected = expectedRuleIds(text)
  if (!expected) continue
  checked++
  const actual = [...new Set(result.messages.map((message) => message.ruleId))].sort()
  if (actual.join() !== expected.join()) {
    problems.push(`${result.path}: expected [${expected.join(', ')}], got [${actual.join(', ')}]`)
  }
}

if (problems.length > 0 || checked === 0) {
  console.error(`\nDemo: the findings are not the expected ones:\n  ${problems.join('\n  ') || 'no example note was linted'}`)
  process.exit(1)
}
console.log(`\nDemo: all ${checked} example notes got exactly the findings they expect (the CLI exit code was ${human.status}, as designed for a vault with an unready call).`)
