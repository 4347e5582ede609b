/**
 * `--fix` and `--fix-dry-run` through the built CLI: the missing sections are inserted, every
 * other byte of the note is kept (line endings, encoding, permissions), what remains is
 * reported, and nothing is written unless `--fix` was given.
 */
import {chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {fixture, goodPlan, planWithoutValue} from '../../packages/call-plan-lint/test/helpers.js'
import {utf16Bytes} from '../hostile/cases.js'
import {cli} from './helpers.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

const otherRules = ['customer-value-language', 'leading-question', 'call-plan-frontmatter', 'customer-context', 'call-readiness']

/** A config with only the named rules on, so that work on the other rules cannot change what these tests see. */
function rc(on: string[] = ['customer-value-section']): string {
  const rules = Object.fromEntries([...otherRules, 'customer-value-section'].map((id) => [id, on.includes(id) ? 'warn' : 'off']))
  return JSON.stringify({root: true, rules})
}

async function vault(files: Record<string, string>, on?: string[]): Promise<string> {
  const made = await fixture({'.callplanrc.json': rc(on), ...files})
  cleanups.push(made.remove)
  return made.root
}

interface JsonMessage {
  ruleId?: string
  reason: string
  line?: number
  column?: number
  expected?: string[]
  place?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}
interface JsonFile {
  path: string
  messages: JsonMessage[]
}

function json(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

const missingValue = /^Missing `What's in it for the customer\?` section/

/**
 * Whether `after` is `before` with bytes inserted at one place and nothing else changed: cut the
 * extra length out where the two first differ (any pure insertion can be cut out there).
 */
function isOneInsertion(before: Uint8Array, after: Uint8Array): boolean {
  const extra = after.length - before.length
  if (extra <= 0) return false
  let prefix = 0
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++
  return Buffer.concat([after.subarray(0, prefix), after.subarray(prefix + extra)]).equals(Buffer.from(before))
}

/** Bytes and modification time of every file under a folder, to prove nothing was written. */
function snapshot(root: string): Map<string, string> {
  const seen = new Map<string, string>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const absolute = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(absolute)
      else {
        const stats = lstatSync(absolute)
        seen.set(path.relative(root, absolute), `${stats.mtimeMs} ${stats.mode} ${readFileSync(absolute).toString('base64')}`)
      }
    }
  }
  walk(root)
  return seen
}

describe('--fix', () => {
  it('inserts the missing section where the message said, keeps every other byte, and reports what remains', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const before = json((await cli(['--report', 'json', 'plan.md'], root)).stdout)[0]!
    const missing = before.messages.find((message) => missingValue.test(message.reason))!
    expect(missing.expected).toHaveLength(1)
    const offset = missing.place!.start.offset!
    expect(missing.place!.end.offset).toBe(offset)

    const {code, stdout, stderr} = await cli(['--fix', '--report', 'json', 'plan.md'], root)
    expect(code).toBe(0)
    const after = readFileSync(path.join(root, 'plan.md'), 'utf8')
    expect(after).toBe(planWithoutValue.slice(0, offset) + missing.expected![0] + planWithoutValue.slice(offset))
    expect(stderr).toContain('fixed plan.md: customer-value-section')

    // What is reported is the fixed note: the missing section is gone, the inserted prompts remain to be answered.
    const reported = json(stdout)[0]!.messages
    expect(reported.some((message) => missingValue.test(message.reason))).toBe(false)
    expect(reported.map((message) => message.ruleId)).toEqual(['customer-value-section'])
    expect(reported[0]!.reason).toMatch(/holds only a placeholder/)
    expect(reported[0]!.expected).toBeUndefined()

    // And a later run agrees with it, with nothing left to fix.
    const again = await cli(['--fix', '--report', 'json', 'plan.md'], root)
    expect(json(again.stdout)[0]!.messages).toEqual(reported)
    expect(readFileSync(path.join(root, 'plan.md'), 'utf8')).toBe(after)
  })

  it('inserts the value section and the customer-context sections in one run, and a second run changes nothing', async () => {
    const root = await vault({'plan.md': planWithoutValue}, ['customer-value-section', 'customer-context'])
    const {code, stderr} = await cli(['--fix', 'plan.md'], root)
    expect(code).toBe(0)
    expect(stderr).toContain('fixed plan.md: customer-value-section, customer-context')
    const after = readFileSync(path.join(root, 'plan.md'))
    expect(isOneInsertion(Buffer.from(planWithoutValue), after)).toBe(true)
    const text = after.toString('utf8')
    for (const heading of ["## What's in it for the customer?", '## Goals', '## Challenges', '## Why now']) {
      expect(text.split(heading).length - 1, heading).toBe(1)
    }

    const again = await cli(['--fix', '--report', 'json', 'plan.md'], root)
    expect(readFileSync(path.join(root, 'plan.md')).equals(after)).toBe(true)
    for (const message of json(again.stdout)[0]!.messages) {
      expect(message.reason).not.toMatch(missingValue)
      // The prompts are not an answer, so customer context is still missing: but no fix is offered twice.
      expect(message.expected, message.reason).toBeUndefined()
    }
  })

  it('keeps CRLF line endings, the inserted lines included', async () => {
    const crlf = planWithoutValue.replaceAll('\n', '\r\n')
    const root = await vault({'plan.md': crlf})
    expect((await cli(['--fix', 'plan.md'], root)).code).toBe(0)
    const after = readFileSync(path.join(root, 'plan.md'))
    const text = after.toString('utf8')
    expect(text).toContain("## What's in it for the customer?\r\n")
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    expect(isOneInsertion(Buffer.from(crlf), after)).toBe(true)
  })

  it.each(['le', 'be'] as const)('keeps a UTF-16 %s note in UTF-16 with its byte-order mark', async (endian) => {
    const root = await vault({})
    const bytes = utf16Bytes(planWithoutValue, endian)
    writeFileSync(path.join(root, 'plan.md'), bytes)
    const {code, stdout} = await cli(['--fix', '--report', 'json', 'plan.md'], root)
    expect(code).toBe(0)
    const after = readFileSync(path.join(root, 'plan.md'))
    expect([...after.subarray(0, 2)]).toEqual(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
    expect(after.length % 2).toBe(0)
    expect(isOneInsertion(bytes, after)).toBe(true)
    const text = new TextDecoder(`utf-16${endian}`).decode(after)
    expect(text).toContain("## What's in it for the customer?\n\n- They leave with …")
    expect(json(stdout)[0]!.messages.some((message) => missingValue.test(message.reason))).toBe(false)
  })

  it('keeps the note’s permissions', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    chmodSync(path.join(root, 'plan.md'), 0o640)
    expect((await cli(['--fix', 'plan.md'], root)).code).toBe(0)
    expect(readFileSync(path.join(root, 'plan.md'), 'utf8')).toContain("## What's in it for the customer?")
    expect(statSync(path.join(root, 'plan.md')).mode & 0o777).toBe(0o640)
    // No temporary file is left beside it.
    expect(readdirSync(root).sort()).toEqual(['.callplanrc.json', 'plan.md'])
  })

  it('writes through a symlinked note to the file it points at, and the symlink stays', async () => {
    const root = await vault({'Archive/plan.md': planWithoutValue})
    symlinkSync('Archive/plan.md', path.join(root, 'link.md'))
    expect((await cli(['--fix', 'link.md'], root)).code).toBe(0)
    expect(lstatSync(path.join(root, 'link.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(root, 'Archive/plan.md'), 'utf8')).toContain("## What's in it for the customer?")
  })

  it('leaves replacements of the seller’s own words to an editor: a leading question is reported, not rewritten', async () => {
    const leading = goodPlan.replace(
      'How does the close run today, from the first export to the sign-off?',
      "Wouldn't you agree that our platform is the best?"
    )
    const root = await vault({'plan.md': leading}, ['customer-value-section', 'leading-question'])
    const {stdout} = await cli(['--fix', '--report', 'json', 'plan.md'], root)
    expect(json(stdout)[0]!.messages.map((message) => message.ruleId)).toEqual(['leading-question'])
    expect(readFileSync(path.join(root, 'plan.md'), 'utf8')).toBe(leading)
  })

  it('does not serve a fixed note stale from the cache', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const cached = await cli(['--cache', '--report', 'json', 'plan.md'], root)
    expect(json(cached.stdout)[0]!.messages.some((message) => missingValue.test(message.reason))).toBe(true)

    const fixed = await cli(['--fix', '--cache', '--report', 'json', 'plan.md'], root)
    const fixedMessages = json(fixed.stdout)[0]!.messages
    expect(fixedMessages.some((message) => missingValue.test(message.reason))).toBe(false)

    const later = await cli(['--cache', '--report', 'json', 'plan.md'], root)
    expect(json(later.stdout)[0]!.messages).toEqual(fixedMessages)
    const fresh = await cli(['--report', 'json', 'plan.md'], root)
    expect(json(fresh.stdout)[0]!.messages).toEqual(fixedMessages)
  })

  it('refuses --fix with --fix-dry-run (exit 2)', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const {code, stderr} = await cli(['--fix', '--fix-dry-run', 'plan.md'], root)
    expect(code).toBe(2)
    expect(stderr).toMatch(/--fix and --fix-dry-run cannot be used together/)
    expect(readFileSync(path.join(root, 'plan.md'), 'utf8')).toBe(planWithoutValue)
  })
})

describe('--fix-dry-run', () => {
  it('prints what would be inserted, and writes nothing', async () => {
    const root = await vault({'Calls/plan.md': planWithoutValue, 'Calls/good.md': goodPlan})
    const before = snapshot(root)
    const {code, stdout} = await cli(['--fix-dry-run', '.'], root)
    expect(code).toBe(0)
    expect(stdout).toContain(
      [
        '--- Calls/plan.md',
        '+++ Calls/plan.md (fixed)',
        '@@ insert at 6:1 (customer-value-section) @@',
        "+## What's in it for the customer?",
        '+',
        '+- They leave with …',
        '+- It helps them …',
        '+- It matters to them now because …',
        '+',
        ''
      ].join('\n')
    )
    expect(stdout).not.toContain('Calls/good.md (fixed)')
    // Messages are those of the note as it is on disk.
    expect(stdout).toMatch(/Missing `What's in it for the customer\?` section/)
    expect(snapshot(root)).toEqual(before)
  })

  it('keeps stdout to the report with --report json: the changes go to stderr', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const before = snapshot(root)
    const {stdout, stderr} = await cli(['--fix-dry-run', '--report', 'json', 'plan.md'], root)
    expect(json(stdout)[0]!.messages.some((message) => missingValue.test(message.reason))).toBe(true)
    expect(stderr).toContain("+## What's in it for the customer?")
    expect(snapshot(root)).toEqual(before)
  })
})

describe('without --fix', () => {
  it('writes no note, whatever the report', async () => {
    const root = await vault({
      'Calls/plan.md': planWithoutValue,
      'Calls/crlf.md': planWithoutValue.replaceAll('\n', '\r\n'),
      'Calls/good.md': goodPlan
    })
    writeFileSync(path.join(root, 'Calls/utf16.md'), utf16Bytes(planWithoutValue, 'le'))
    const before = snapshot(root)
    for (const report of ['human', 'json', 'sarif', 'github']) {
      const {code} = await cli(['--report', report, '.'], root)
      expect(code, report).toBe(0)
    }
    expect(snapshot(root)).toEqual(before)
  })
})
