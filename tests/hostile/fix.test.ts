/**
 * Nothing lost under `--fix`: a note changed on disk between reading and writing is left as the
 * other program saved it; a write that fails leaves the note whole and no temporary file; a
 * note whose bytes would not survive decoding and encoding again is not written. The races and
 * failures are made to happen on cue by a preloaded fs hook (inject-fix-race.cjs), which only
 * these tests load, or for real as `nobody` in a folder it cannot write.
 */
import {canRunAsNobody, unprivileged} from './privileges.js'
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import * as cases from './cases.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(root, 'packages/call-plan-lint/package.json'), 'utf8')) as {
  bin: Record<string, string>
}
const bin = join(root, 'packages/call-plan-lint', packageJson.bin['call-plan-lint']!)
const injector = fileURLToPath(new URL('inject-fix-race.cjs', import.meta.url))
const canDropPrivileges = canRunAsNobody(bin)

/** A call plan without a value section (its other findings do not matter here). */
const plan = cases.callPlan('## Agenda\n\n- Renewal timeline\n')

interface JsonFile {
  path: string
  messages: Array<{ruleId?: string | null; reason: string; fatal?: boolean | null}>
}

const folders: string[] = []
afterEach(() => {
  while (folders.length > 0) rmSync(folders.pop()!, {recursive: true, force: true})
})

function vault(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'call-plan-fix-'))
  folders.push(folder)
  chmodSync(folder, 0o755)
  for (const [name, value] of Object.entries(files)) writeFileSync(join(folder, name), value)
  return folder
}

function fix(cwd: string, options: {env?: Record<string, string>; preload?: boolean; asUser?: number} = {}) {
  const node = [...(options.preload ? ['--require', injector] : []), bin, '--fix', '--report', 'json', '.']
  const [command, args] =
    options.asUser === undefined
      ? [process.execPath, node]
      : ['setpriv', [`--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath, ...node]]
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, ...options.env}, timeout: 60_000})
  if (result.error) throw result.error
  const files = new Map((JSON.parse(result.stdout) as JsonFile[]).map((file) => [file.path, file]))
  return {status: result.status, files, stderr: result.stderr}
}

const missingValue = /^Missing `What's in it for the customer\?` section/

describe('--fix on hostile ground', () => {
  it('leaves a note that changed on disk while being fixed as the other program saved it, with a message', () => {
    const folder = vault({'plan.md': plan, 'other.md': plan})
    const run = fix(folder, {preload: true, env: {CALL_PLAN_CHANGE_ON_FIX: join(folder, 'plan.md')}})
    expect(readFileSync(join(folder, 'plan.md'), 'utf8')).toBe(plan + 'Edited in another app meanwhile.\n')
    const messages = run.files.get('plan.md')!.messages
    const changed = messages.filter((message) => message.reason.includes('changed on disk'))
    expect(changed).toEqual([
      expect.objectContaining({reason: 'This note changed on disk while being fixed; not written — run again', fatal: true})
    ])
    // The run goes on: the other note is fixed (the hook changes only plan.md).
    expect(readFileSync(join(folder, 'other.md'), 'utf8')).toContain("## What's in it for the customer?")
    expect(readdirSync(folder).sort()).toEqual(['other.md', 'plan.md'])
    expect(run.status).toBe(1)
  })

  it('keeps the note whole and leaves no temporary file when writing fails midway (disk full)', () => {
    const folder = vault({'plan.md': plan})
    const run = fix(folder, {preload: true, env: {CALL_PLAN_FAIL_WRITE: '1'}})
    expect(readFileSync(join(folder, 'plan.md'), 'utf8')).toBe(plan)
    expect(readdirSync(folder)).toEqual(['plan.md'])
    const messages = run.files.get('plan.md')!.messages
    expect(messages.filter((message) => message.fatal)).toEqual([
      expect.objectContaining({reason: 'Cannot write the fixed note (the disk is full): it was left as it was'})
    ])
    // What is reported is the note as it still is.
    expect(messages.some((message) => missingValue.test(message.reason))).toBe(true)
    expect(run.status).toBe(1)
  })

  it('keeps the note whole in a folder it may not write (as nobody, or an injected EACCES)', () => {
    const folder = vault({'plan.md': plan})
    chmodSync(join(folder, 'plan.md'), 0o666)
    chmodSync(folder, 0o555)
    const run = canDropPrivileges
      ? fix(folder, {asUser: unprivileged})
      : fix(folder, {preload: true, env: {CALL_PLAN_DENY_TEMPORARY: '1'}})
    chmodSync(folder, 0o755)
    expect(readFileSync(join(folder, 'plan.md'), 'utf8')).toBe(plan)
    expect(readdirSync(folder)).toEqual(['plan.md'])
    expect(run.files.get('plan.md')!.messages.filter((message) => message.fatal)).toEqual([
      expect.objectContaining({reason: 'Cannot write the fixed note (permission denied): it was left as it was'})
    ])
    expect(run.status).toBe(1)
  })

  it('does not write a note whose bytes are not valid UTF-8, which writing would change', () => {
    const bytes = cases.concat([new TextEncoder().encode(plan), new Uint8Array([0x80, 0xff, 0x0a])])
    const folder = vault({'broken.md': bytes})
    const run = fix(folder)
    expect(Buffer.from(readFileSync(join(folder, 'broken.md'))).equals(Buffer.from(bytes))).toBe(true)
    expect(run.files.get('broken.md')!.messages.filter((message) => message.fatal).map((message) => message.reason)).toEqual([
      'Cannot fix this note: it holds bytes that are not valid UTF-8, which writing it would change; fix those first'
    ])
  })

  it('fixes a note with NUL characters and keeps them', () => {
    const nul = cases.callPlan('## Agenda\n\nWe\u0000 meet.\n')
    const folder = vault({'nul.md': nul})
    fix(folder)
    const after = readFileSync(join(folder, 'nul.md'), 'utf8')
    expect(after).toContain("## What's in it for the customer?")
    expect(after).toContain('We\u0000 meet.')
  })
})
