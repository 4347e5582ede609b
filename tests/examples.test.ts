/**
 * End to end over the bundled example vault: each note gets exactly the rule ids it says it
 * expects, the good notes get nothing, ignored and non-call-plan notes get nothing, and the
 * preset gives the same findings inside the ecosystem's own CLI (remark-cli).
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {expectedRuleIds} from '../scripts/expectations.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const vault = 'examples/vault'
const now = '2026-12-01T08:00'

interface JsonMessage {
  ruleId: string
  source: string
  line: number | null
  column: number | null
  reason: string
  fatal: boolean | null
  url?: string
}
interface JsonResult {
  path: string
  messages: JsonMessage[]
}

function ourCli(...args: string[]) {
  const {bin} = JSON.parse(readFileSync(join(root, 'packages/call-plan-lint/package.json'), 'utf8')) as {
    bin: string | Record<string, string>
  }
  const entry = join(root, 'packages/call-plan-lint', typeof bin === 'string' ? bin : bin['call-plan-lint']!)
  return spawnSync(process.execPath, [entry, ...args], {cwd: root, encoding: 'utf8'})
}

const run = ourCli('--now', now, '--report', 'json', vault)
const results = JSON.parse(run.stdout || '[]') as JsonResult[]
const byPath = new Map(results.map((result) => [result.path, result]))

describe('call-plan-lint on examples/vault', () => {
  it('exits 1: the vault has an unready call by design', () => {
    expect(run.status).toBe(1)
  })

  const notes = readdirNotes()
  it.each(notes)('%s gets exactly the rule ids it expects', (path) => {
    const expected = expectedRuleIds(readFileSync(join(root, path), 'utf8'))
    const messages = byPath.get(path)?.messages ?? []
    expect([...new Set(messages.map((message) => message.ruleId))].sort()).toEqual(expected ?? [])
  })

  it('keeps to the JSON contract of DESIGN.md', () => {
    const messages = results.flatMap((result) => result.messages)
    expect(messages.length).toBeGreaterThan(5)
    for (const message of messages) {
      expect(message).toMatchObject({source: 'call-plan-lint'})
      expect(typeof message.reason).toBe('string')
      expect(message.url).toMatch(/^https:\/\/.+remark-lint-/)
      expect(message.line).toBeGreaterThanOrEqual(1)
      expect(message.column).toBeGreaterThanOrEqual(1)
    }
    const readiness = messages.find((message) => message.ruleId === 'call-readiness')
    expect(readiness?.fatal).toBe(true)
  })

  it('skips ignored templates and says nothing about notes that are not call plans', () => {
    expect(byPath.get(`${vault}/Templates/Call plan.md`)?.messages ?? []).toEqual([])
    expect(byPath.get(`${vault}/Meetings/2026-11-20 Team sync.md`)?.messages ?? []).toEqual([])
  })

  it('never runs the JavaScript frontmatter of a note', () => {
    expect(() => readFileSync(join(root, 'pwned-by-a-note.txt'))).toThrow()
  })
})

describe('the preset inside remark-cli', () => {
  it('gives the same findings as call-plan-lint', () => {
    const remark = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/remark-cli/cli.js'),
        vault,
        '--use',
        'remark-frontmatter',
        '--use',
        'remark-preset-lint-call-plan',
        '--setting',
        // unified-args wraps the value in `{}` itself.
        JSON.stringify({callPlan: {sellerNames: ['Northwind', 'Northwind Analytics'], productNames: ['FlowPilot', 'Northwind Flow'], now}}).slice(1, -1),
        '--ignore-path',
        `${vault}/.callplanignore`,
        '--report',
        'json',
        '--no-stdout'
      ],
      {cwd: root, encoding: 'utf8'}
    )
    const remarkResults = JSON.parse(remark.stderr) as JsonResult[]
    const summary = (list: JsonResult[]) =>
      list
        .flatMap((result) =>
          result.messages.map((message) => `${result.path}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
        )
        .sort()
    expect(summary(remarkResults)).toEqual(summary(results))
    expect(summary(results).length).toBeGreaterThan(5)
  })
})

function readdirNotes(): string[] {
  const found: string[] = []
  for (const folder of ['Calls', 'Meetings']) {
    for (const name of readdirSync(join(root, vault, folder))) {
      if (name.endsWith('.md')) found.push(`${vault}/${folder}/${name}`)
    }
  }
  return found.sort()
}
