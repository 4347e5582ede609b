/**
 * Hostile notes through the built CLI over a vault: one run holds every case beside a good
 * note. Each case gets normal findings or one clear message (file, line, column), the good
 * note's messages are the same as when it is alone, nothing is executed, and the exit code
 * follows DESIGN.md (1 when a message is an error, such as a note that cannot be read).
 */
import {canRunAsNobody, unprivileged} from './privileges.js'
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as cases from './cases.js'
import {lineLengths} from './support.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(root, 'packages/call-plan-lint/package.json'), 'utf8')) as {
  bin: Record<string, string>
}
const bin = join(root, 'packages/call-plan-lint', packageJson.bin['call-plan-lint']!)
const injector = fileURLToPath(new URL('inject-read-failure.cjs', import.meta.url))
const now = '2026-06-01T09:00:00Z'

interface JsonMessage {
  ruleId?: string | null
  source?: string
  line?: number | null
  column?: number | null
  reason: string
  fatal?: boolean | null
}
interface JsonFile {
  path: string
  messages: JsonMessage[]
}
interface Run {
  status: number | null
  files: Map<string, JsonFile>
  stderr: string
}

function runCli(cwd: string, args: string[], options: {env?: Record<string, string>; asUser?: number; preload?: boolean} = {}): Run {
  const node = [...(options.preload ? ['--require', injector] : []), bin, '--report', 'json', '--now', now, ...args]
  const command = options.asUser === undefined ? process.execPath : 'setpriv'
  const commandArgs =
    options.asUser === undefined
      ? node
      : [`--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath, ...node]
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, ...options.env},
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000
  })
  if (result.error) throw result.error
  let parsed: JsonFile[]
  try {
    parsed = JSON.parse(result.stdout) as JsonFile[]
  } catch {
    throw new Error(`The CLI printed no JSON (exit ${result.status}): ${result.stdout.slice(0, 500)}\n${result.stderr.slice(0, 2000)}`)
  }
  return {status: result.status, files: new Map(parsed.map((file) => [file.path, file])), stderr: result.stderr}
}

/** The exit code DESIGN.md asks for, given the messages. */
function expectedExit(run: Run): number {
  return [...run.files.values()].some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0
}

function brief(messages: JsonMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.source}: ${message.reason}`)
}

const vault = mkdtempSync(join(tmpdir(), 'call-plan-vault-'))
const markers = new Map<string, string>()
const texts = new Map<string, string | Uint8Array>()
const spacedPath = 'Kunden Notizen/Gespräch mit Müller – 東京 🚀.md'

function write(relative: string, value: string | Uint8Array) {
  const absolute = join(vault, relative)
  mkdirSync(dirname(absolute), {recursive: true})
  writeFileSync(absolute, value)
  texts.set(relative, value)
}

let alone: Run
let hostile: Run

beforeAll(() => {
  chmodSync(vault, 0o755)
  write('good.md', cases.goodNote)
  alone = runCli(vault, ['.'])

  cases.javascriptFences.forEach((fence, index) => {
    const marker = join(vault, `executed-${index}.txt`)
    markers.set(`js-${index}.md`, marker)
    write(`js-${index}.md`, cases.javascriptFrontmatter(fence, marker))
  })
  write('billion-laughs.md', cases.billionLaughs())
  for (const tag of Object.keys(cases.customTags) as Array<keyof typeof cases.customTags>) {
    write(`tag-${tag.replace('/', '-')}.md`, cases.customTagNote(tag))
  }
  write('unclosed.md', cases.unclosedFrontmatter)
  write('ten-megabytes.md', cases.largeNote(10 * 1024 * 1024))
  write('one-line.md', cases.singleLine(1024 * 1024, cases.lineUnits.words))
  write('nested-quotes.md', cases.nestedBlockquotes(10_000))
  write('nested-lists.md', cases.nestedLists(3_000))
  write('only-frontmatter.md', cases.onlyFrontmatter)
  write('empty.md', '')
  write('picture.md', cases.binaryBytes())
  write('invalid-utf8.md', cases.invalidUtf8Bytes())
  write('nul.md', cases.nulNote)
  write('crlf.md', cases.withLineEndings(cases.positionedNote, '\r\n'))
  write('cr.md', cases.withLineEndings(cases.positionedNote, '\r'))
  write('utf16le.md', cases.utf16Bytes(cases.positionedNote, 'le'))
  write('utf16be.md', cases.utf16Bytes(cases.withLineEndings(cases.positionedNote, '\r\n'), 'be'))
  write(spacedPath, cases.positionedNote)
  write('vanishing.md', cases.positionedNote)
  // A folder that contains itself, and two notes that point at each other.
  symlinkSync('.', join(vault, 'loop'))
  symlinkSync('ping.md', join(vault, 'pong.md'))
  symlinkSync('pong.md', join(vault, 'ping.md'))

  hostile = runCli(vault, ['.'], {preload: true, env: {CALL_PLAN_VANISH: '/vanishing.md'}})
}, 300_000)

afterAll(() => rmSync(vault, {recursive: true, force: true}))

describe('a vault of hostile notes, one CLI run', () => {
  it('finishes with the exit code of DESIGN.md and JSON for the notes', () => {
    expect(hostile.status).toBe(expectedExit(hostile))
    expect(hostile.status).toBe(1)
    expect(alone.status).toBe(0)
  })

  it("leaves the good note's messages as they are when it is alone", () => {
    expect(brief(hostile.files.get('good.md')!.messages)).toEqual(brief(alone.files.get('good.md')?.messages ?? []))
  })

  it('never prints a stack or a crash', () => {
    expect(hostile.stderr).not.toMatch(/\n\s+at |Maximum call stack|Cannot read propert/)
    for (const file of hostile.files.values()) {
      for (const message of file.messages) {
        expect(message.reason, file.path).not.toMatch(/could not check this note|Maximum call stack|Cannot read propert|\n\s+at /)
      }
    }
  })

  it('puts every message with a line inside its note', () => {
    for (const file of hostile.files.values()) {
      const value = texts.get(file.path)
      if (value === undefined || typeof value !== 'string') continue
      const lengths = lineLengths(value)
      for (const message of file.messages) {
        if (message.line === null || message.line === undefined) continue
        expect(message.line, `${file.path}: ${message.reason}`).toBeLessThanOrEqual(lengths.length)
        expect(message.column!, `${file.path}: ${message.reason}`).toBeLessThanOrEqual(lengths[message.line - 1]! + 1)
      }
    }
  })

  it('refuses JavaScript frontmatter in every spelling and runs none of it', () => {
    for (const [name, marker] of markers) {
      expect(existsSync(marker), name).toBe(false)
      const refused = hostile.files.get(name)!.messages.filter((message) => message.ruleId === 'call-plan-frontmatter')
      expect(refused.map((message) => [message.line, message.column]), name).toEqual([[1, 1]])
      expect(refused[0]!.reason).toMatch(/never run/)
    }
  })

  it('reads the alias bomb without expanding it, and refuses custom tags at their line', () => {
    const laughs = hostile.files.get('billion-laughs.md')!
    expect(laughs.messages.filter((message) => message.ruleId === 'call-plan-frontmatter')).toEqual([])
    expect(laughs.messages.some((message) => message.ruleId === 'customer-value-section')).toBe(true)
    for (const tag of Object.keys(cases.customTags)) {
      const file = hostile.files.get(`tag-${tag.replace('/', '-')}.md`)!
      expect(file.messages.filter((message) => message.ruleId === 'call-plan-frontmatter').map((message) => message.line)).toEqual([5])
    }
  })

  it('reports an unclosed fence on line 1 and a NUL where it is', () => {
    const unclosed = hostile.files.get('unclosed.md')!.messages.filter((message) => message.ruleId === 'call-plan-frontmatter')
    expect(unclosed.map((message) => [message.line, message.column])).toEqual([[1, 1]])
    const nul = hostile.files.get('nul.md')!.messages.filter((message) => message.ruleId === 'call-plan-frontmatter')
    expect(nul.map((message) => [message.line, message.column])).toEqual([[3, 13]])
  })

  it('skips a note over maxFileSize (default 5 MB) with one message', () => {
    const large = hostile.files.get('ten-megabytes.md')!
    expect(large.messages).toHaveLength(1)
    expect(large.messages[0]!.reason).toMatch(/over the 5\.0 MB limit, so it was not checked/)
  })

  it('checks a 1 MB line, deep nesting and a note of only frontmatter', () => {
    expect(hostile.files.get('one-line.md')!.messages.some((message) => message.ruleId === 'customer-value-language')).toBe(true)
    const cut = hostile.files.get('nested-quotes.md')!.messages.filter((message) => message.reason.includes('nested more than'))
    expect(cut.map((message) => message.line)).toEqual([11])
    // Thousands of list levels on one line take the parser quadratic time: refused before parsing.
    const refused = hostile.files.get('nested-lists.md')!.messages
    expect(refused.map((message) => [message.line, message.reason])).toEqual([
      [11, 'Lists are nested 3000 levels deep on one line, more than the 1000 that can be checked, so this note was not checked']
    ])
    expect(hostile.files.get('only-frontmatter.md')!.messages.some((message) => message.ruleId === 'customer-value-section')).toBe(true)
  })

  it('gives an empty note and a binary one nothing, and reads invalid UTF-8 with exact lines', () => {
    expect(hostile.files.get('empty.md')?.messages ?? []).toEqual([])
    expect(hostile.files.get('picture.md')?.messages ?? []).toEqual([])
    const invalid = hostile.files.get('invalid-utf8.md')!.messages.filter((message) => message.ruleId === 'leading-question')
    expect(invalid.map((message) => [message.line, message.column])).toEqual([[15, 1]])
  })

  it('keeps lines and columns exact with CRLF, lone CR, and in a path with spaces and non-ASCII', () => {
    for (const name of ['crlf.md', 'cr.md', spacedPath]) {
      const file = hostile.files.get(name)
      expect(file, name).toBeDefined()
      const at = (ruleId: string) => placesOf(file!.messages, ruleId)
      expect(at('call-plan-frontmatter'), name).toEqual([[6, 1]])
      expect(at('leading-question'), name).toEqual([[17, 3]])
    }
  })

  it('lints each note once through a folder symlinked into itself, and reports notes that point at each other', () => {
    const paths = [...hostile.files.keys()]
    expect(paths.filter((path) => path.endsWith('good.md'))).toEqual(['good.md'])
    for (const name of ['ping.md', 'pong.md']) {
      const file = hostile.files.get(name)
      // A symlink cycle is either not followed or one error on the note, never a hang.
      if (file) {
        expect(file.messages).toHaveLength(1)
        expect(file.messages[0]!.fatal).toBe(true)
        expect(file.messages[0]!.reason).toMatch(/Cannot read this note/)
      }
    }
  })

  it('reports a note deleted between listing and reading, and goes on', () => {
    const vanished = hostile.files.get('vanishing.md')!
    expect(vanished.messages).toHaveLength(1)
    expect(vanished.messages[0]!.fatal).toBe(true)
    expect(vanished.messages[0]!.reason).toMatch(/Cannot read this note \(there is no such file\)/)
    expect(existsSync(join(vault, 'vanishing.md'))).toBe(false)
  })

  it('decodes UTF-16 with a byte-order mark (little and big endian) and finds what it finds in UTF-8, at the same places', () => {
    const utf8 = brief(hostile.files.get(spacedPath)!.messages)
    for (const name of ['utf16le.md', 'utf16be.md']) {
      const file = hostile.files.get(name)
      expect(file, name).toBeDefined()
      const at = (ruleId: string) => placesOf(file!.messages, ruleId)
      expect(at('call-plan-frontmatter'), name).toEqual([[6, 1]])
      expect(at('leading-question'), name).toEqual([[17, 3]])
      expect(brief(file!.messages), name).toEqual(utf8)
    }
  })
})

describe('a note that cannot be read', () => {
  const canDropPrivileges = canRunAsNobody(bin)

  it('is one error on that note, and the good note is still checked', () => {
    const folder = mkdtempSync(join(tmpdir(), 'call-plan-denied-'))
    try {
      chmodSync(folder, 0o755)
      writeFileSync(join(folder, 'good.md'), cases.goodNote)
      writeFileSync(join(folder, 'secret.md'), cases.positionedNote)
      chmodSync(join(folder, 'secret.md'), 0o000)
      // Root reads a mode-000 file anyway: drop to `nobody` so the permission check is real,
      // or, where that is impossible, make the read fail the way the kernel would.
      const run = canDropPrivileges
        ? runCli(folder, ['.'], {asUser: unprivileged})
        : process.getuid?.() === 0
          ? runCli(folder, ['.'], {preload: true, env: {CALL_PLAN_DENY: '/secret.md'}})
          : runCli(folder, ['.'])
      const secret = run.files.get('secret.md')!
      expect(secret.messages).toHaveLength(1)
      expect(secret.messages[0]!.fatal).toBe(true)
      expect(secret.messages[0]!.reason).toMatch(/Cannot read this note \(permission denied\)/)
      expect(brief(run.files.get('good.md')?.messages ?? [])).toEqual(brief(alone.files.get('good.md')?.messages ?? []))
      expect(run.status).toBe(1)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})

/** Line and column of each message of one rule. */
function placesOf(messages: Array<{ruleId?: string | null; line?: number | null; column?: number | null}>, ruleId: string) {
  return messages.filter((message) => message.ruleId === ruleId).map((message) => [message.line, message.column])
}
