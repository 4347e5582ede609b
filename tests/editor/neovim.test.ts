import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintText} from 'call-plan-lint'
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain JS helper shared with the demo script
import {expectedRuleIds} from '../../scripts/expectations.js'

// Neovim's own LSP client, which nobody here wrote, against the same server and example vault.
const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const exampleVault = path.join(repo, 'examples/vault')
/** The time the example vault is written for (its imminent call is imminent then), as in the demo. */
export const exampleNow = '2026-12-01T08:00'
const server = path.join(repo, 'packages/call-plan-language-server/dist/bin.js')
const script = path.join(here, 'neovim-lsp.lua')

const nvim = process.env.CALL_PLAN_NVIM ?? 'nvim'
const nvimVersion = spawnSync(nvim, ['--version'], {encoding: 'utf8'})
const missing = nvimVersion.status === 0 ? undefined : `${nvim} is not installed (run \`bash scripts/setup-editor-tests.sh\` as root)`
// CI runs scripts/setup-editor-tests.sh first: there, a missing tool is a failure, not a skip.
const required = process.env.CI === 'true'
if (missing && !required) console.warn(`[tests/editor/neovim] SKIPPED: ${missing}`)

interface Shown {
  code: string
  line: number
  column: number
  end_line: number
  end_column: number
  severity: number
  message: string
  source: string
}

interface NoteResult {
  note: string
  published: boolean
  diagnostics: Shown[]
  actions: string[]
}

function notesOf(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((note) => !path.relative(folder, note).split(path.sep).some((part) => part.startsWith('.')))
    .sort()
}

/**
 * A copy of the example vault whose config pins "now" to the time the vault is written for: an
 * editor has no `--now`, and the readiness findings must not depend on the day the test runs.
 */
function vaultCopy(work: string): string {
  const copy = path.join(work, 'vault')
  cpSync(exampleVault, copy, {recursive: true})
  const configFile = path.join(copy, '.callplanrc.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as {settings?: Record<string, unknown>}
  config.settings = {...config.settings, now: exampleNow}
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  return copy
}

describe.skipIf(missing && !required)(`Neovim ${nvimVersion.stdout?.split('\n')[0] ?? ''} with call-plan-language-server`, () => {
  it('shows the findings of the engine on every example note, at the same lines', async () => {
    if (missing) throw new Error(missing)
    const work = mkdtempSync(path.join(tmpdir(), 'call-plan-nvim-'))
    const out = path.join(work, 'diagnostics.json')
    try {
      const vault = vaultCopy(work)
      const notes = notesOf(vault)
      expect(notes.length).toBeGreaterThan(5)
      const run = spawnSync(nvim, ['--headless', '-n', '-i', 'NONE', notes[0]!, '-c', `luafile ${script}`], {
        cwd: vault,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          // No user config or plugins of whoever runs the test.
          XDG_CONFIG_HOME: work,
          XDG_DATA_HOME: work,
          XDG_STATE_HOME: work,
          CALL_PLAN_NODE: process.execPath,
          CALL_PLAN_SERVER: server,
          CALL_PLAN_ROOT: vault,
          CALL_PLAN_NOTES: JSON.stringify(notes),
          CALL_PLAN_OUT: out
        }
      })
      expect(run.status, `nvim failed: ${run.stderr}${run.stdout}`).toBe(0)
      const {results} = JSON.parse(readFileSync(out, 'utf8')) as {results: NoteResult[]}
      expect(results.map((result) => result.note)).toEqual(notes)

      let flagged = 0
      let withActions = 0
      for (const result of results) {
        const name = path.relative(vault, result.note)
        expect(result.published, `${name}: no diagnostics were published`).toBe(true)
        const text = readFileSync(result.note, 'utf8')
        const engine = await lintText(text, result.note, {cwd: vault})
        const ignored = name.startsWith('Templates')
        const fromEngine = ignored ? [] : engine.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)
        const inNeovim = result.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.line}:${diagnostic.column}`)
        expect(inNeovim.sort(), name).toEqual(fromEngine.sort())

        const expected = expectedRuleIds(text) as string[] | undefined
        if (expected && !ignored) {
          expect([...new Set(result.diagnostics.map((diagnostic) => diagnostic.code))].sort(), name).toEqual(expected)
        }
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.source).toBe('call-plan-lint')
          expect(diagnostic.message.length).toBeGreaterThan(10)
        }
        if (result.diagnostics.length > 0) flagged++
        for (const title of result.actions) expect(title, name).toMatch(/^(Disable [a-z-]+ for this note|Insert “.+”|Replace with “.+”|Fix all call-plan problems that have a safe fix)$/)
        if (result.actions.length > 0) withActions++
      }
      // The vault has bad notes by design: Neovim must have shown findings on several of them, and
      // its code-action menu must offer fixes (findings inside frontmatter have none).
      expect(flagged).toBeGreaterThan(3)
      expect(withActions).toBeGreaterThan(3)
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })
})
