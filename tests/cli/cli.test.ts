import {readFileSync} from 'node:fs'
import {readFile, writeFile, mkdir} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {fixture, goodPlan, planWithoutValue, plainNote} from '../../packages/call-plan-lint/test/helpers.js'
import {bin, cli} from './helpers.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

/**
 * Most tests are about the command line, not the rules: they run one rule, so that work on the
 * other rules cannot change what they see. `builtInPreset` tests run them all.
 */
function rc(rules: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): string {
  const others = ['customer-value-language', 'leading-question', 'call-plan-frontmatter', 'customer-context', 'call-readiness']
  return JSON.stringify({root: true, ...rest, rules: {...Object.fromEntries(others.map((id) => [id, 'off'])), ...rules}})
}

async function vault(files: Record<string, string>): Promise<string> {
  const made = await fixture({'.callplanrc.json': rc(), ...files})
  cleanups.push(made.remove)
  return made.root
}

interface JsonFile {
  path: string
  messages: Array<Record<string, unknown>>
}

function json(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

const basicVault = {
  'Calls/good.md': goodPlan,
  'Calls/no-value.md': planWithoutValue,
  'Notes/shopping.md': plainNote,
  '.obsidian/workspace.md': planWithoutValue,
  '.trash/deleted.md': planWithoutValue,
  'node_modules/pkg/readme.md': planWithoutValue
}

describe('--report json', () => {
  it('prints one object per linted note in the vfile-reporter-json shape, on stdout', async () => {
    const root = await vault(basicVault)
    const {code, stdout, stderr} = await cli(['--report', 'json', '.'], root)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const files = json(stdout)
    expect(files.map((file) => file.path)).toEqual(['Calls/good.md', 'Calls/no-value.md'])
    const message = files[1]!.messages.find((one) => one.ruleId === 'customer-value-section')!
    expect(message).toMatchObject({
      ruleId: 'customer-value-section',
      source: 'call-plan-lint',
      line: expect.any(Number),
      column: expect.any(Number),
      reason: expect.any(String),
      fatal: false,
      url: expect.stringContaining('remark-lint-customer-value-section')
    })
  })

  it('never prints the document', async () => {
    const root = await vault({'plan.md': planWithoutValue.replace('Send the proposal.', 'Send the zebra-quokka proposal.')})
    for (const report of ['json', 'human', 'sarif', 'github']) {
      const {stdout, stderr} = await cli(['--report', report, 'plan.md'], root)
      expect(stdout + stderr, report).not.toContain('zebra-quokka')
    }
  })
})

describe('exit codes', () => {
  it('0 with warnings only, 1 with --frail', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    expect((await cli(['plan.md'], root)).code).toBe(0)
    expect((await cli(['--frail', 'plan.md'], root)).code).toBe(1)
  })

  it('1 when a rule configured as an error fires', async () => {
    const root = await vault({
      '.callplanrc.json': rc({'customer-value-section': 'error'}),
      'plan.md': planWithoutValue
    })
    const {code, stdout} = await cli(['--report', 'json', 'plan.md'], root)
    expect(code).toBe(1)
    expect(json(stdout)[0]!.messages.some((message) => message.fatal === true)).toBe(true)
  })

  it('1 for --max-warnings exceeded, 0 within it', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const warnings = json((await cli(['--report', 'json', 'plan.md'], root)).stdout)[0]!.messages.length
    expect(warnings).toBeGreaterThan(0)
    const over = await cli(['--max-warnings', String(warnings - 1), 'plan.md'], root)
    expect(over.code).toBe(1)
    expect(over.stderr).toContain(`more than --max-warnings ${warnings - 1}`)
    expect((await cli(['--max-warnings', String(warnings), 'plan.md'], root)).code).toBe(0)
  })

  it('1 for a named note that cannot be read, and the run goes on', async () => {
    const root = await vault({'plan.md': planWithoutValue})
    const {code, stdout} = await cli(['--report', 'json', 'gone.md', 'plan.md'], root)
    expect(code).toBe(1)
    const files = json(stdout)
    expect(files.map((file) => file.path)).toEqual(['plan.md', 'gone.md'])
    expect(files[1]!.messages).toEqual([
      expect.objectContaining({fatal: true, reason: 'Cannot read this note: there is no such file or folder', source: 'call-plan-lint'})
    ])
  })

  it('2 for a bad flag or value', async () => {
    const root = await vault({'plan.md': goodPlan})
    const bad = await cli(['--colour', 'plan.md'], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("Unknown option '--colour'")
    expect((await cli(['--report', 'xml'], root)).code).toBe(2)
    expect((await cli(['--now', 'someday'], root)).code).toBe(2)
    expect((await cli(['--max-warnings', '-1'], root)).code).toBe(2)
    expect((await cli(['--upcoming', 'soon'], root)).code).toBe(2)
  })

  it('2 for a bad configuration, naming the file, key and what was expected', async () => {
    const root = await vault({
      'team/.callplanrc.yml': 'rules:\n  customer-value-sections: warn\n',
      'team/plan.md': goodPlan
    })
    const {code, stdout, stderr} = await cli(['--report', 'json', '.'], root)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(
      'Cannot use `rules.customer-value-sections` in team/.callplanrc.yml: unknown rule `customer-value-sections`; expected a rule id:'
    )
  })

  it('2 for a wrong rule option, with many notes and workers', async () => {
    const files: Record<string, string> = {'.callplanrc.json': rc({'customer-value-section': ['warn', {minWords: 'ten'}]})}
    for (let index = 0; index < 40; index++) files[`n${index}.md`] = planWithoutValue
    const root = await vault(files)
    for (const workers of ['1', '2']) {
      const {code, stdout, stderr} = await cli(['--report', 'json', '--workers', workers], root)
      expect([code, stdout]).toEqual([2, ''])
      expect(stderr).toContain('Cannot use `rules.customer-value-section` in .callplanrc.json: Unexpected `minWords`')
    }
  })

  it('2 for a YAML error in the rc file', async () => {
    // `.callplanrc` (no extension) is read as YAML, which also reads JSON.
    const root = await vault({'.callplanrc': 'root: true\nsettings: [\n', 'plan.md': goodPlan})
    const {code, stderr} = await cli(['plan.md'], root)
    expect(code).toBe(2)
    expect(stderr).toMatch(/Cannot use \.callplanrc: YAML error at line \d+, column \d+/)
  })
})

describe('skipped notes', () => {
  it('skips named notes that are ignored or not call plans silently; --verbose says why', async () => {
    const root = await vault({
      '.callplanignore': 'Drafts/\n',
      'Drafts/plan.md': planWithoutValue,
      'shopping.md': plainNote,
      '.trash/old.md': planWithoutValue
    })
    const args = ['--report', 'json', 'Drafts/plan.md', 'shopping.md', '.trash/old.md']
    const quiet = await cli(args, root)
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '[]\n', ''])
    const verbose = await cli(['--verbose', ...args], root)
    expect(verbose.stderr.split('\n').filter(Boolean)).toEqual([
      'skipped Drafts/plan.md: matches `Drafts/` in .callplanignore',
      'skipped .trash/old.md: inside `.trash/`, which is skipped by default',
      'skipped shopping.md: not a call plan (no `type: call-plan`, `call-plan` tag or matching path)'
    ])
  })

  it('searches folders and globs for notes, skipping Obsidian, trash, node_modules and dot-folders', async () => {
    const root = await vault({...basicVault, 'Calls/other.markdown': planWithoutValue, 'Calls/data.txt': planWithoutValue})
    const all = json((await cli(['--report', 'json'], root)).stdout).map((file) => file.path)
    expect(all).toEqual(['Calls/good.md', 'Calls/no-value.md', 'Calls/other.markdown'])
    const globbed = json((await cli(['--report', 'json', 'Calls/no-*.md'], root)).stdout).map((file) => file.path)
    expect(globbed).toEqual(['Calls/no-value.md'])
  })

  it('reports a note over maxFileSize as too large, without checking it', async () => {
    const root = await vault({'.callplanrc.json': rc({}, {maxFileSize: 50}), 'plan.md': planWithoutValue})
    const {code, stdout} = await cli(['--report', 'json', 'plan.md'], root)
    expect(code).toBe(0)
    const [file] = json(stdout)
    expect(file!.messages).toHaveLength(1)
    expect(file!.messages[0]).toMatchObject({fatal: false, reason: expect.stringContaining('over the 50 bytes limit, so it was not checked')})
  })
})

describe('reporters', () => {
  it('human: the report on stdout without colour off a terminal, the summary on stderr', async () => {
    const root = await vault(basicVault)
    const {code, stdout, stderr} = await cli([], root)
    expect(code).toBe(0)
    expect(stdout).toContain('Calls/no-value.md')
    expect(stdout).toMatch(/warning .+ customer-value-section/)
    expect(stdout).not.toContain('\u001B[')
    expect(stderr).toMatch(/^call-plan-lint: 3 notes linted, 2 call plans, 0 errors, 1 warning, 1 skipped\n$/)
  })

  it('--quiet shows only notes with messages, --silent only errors', async () => {
    const root = await vault(basicVault)
    const quiet = json((await cli(['--report', 'json', '--quiet'], root)).stdout)
    expect(quiet.map((file) => file.path)).toEqual(['Calls/no-value.md'])
    const silent = json((await cli(['--report', 'json', '--silent'], root)).stdout)
    expect(silent).toEqual([])
  })

  it('sarif: valid SARIF 2.1.0, with rules carrying help URIs', async () => {
    const root = await vault({...basicVault, 'gone-dir/x.md': ''})
    const {code, stdout} = await cli(['--report', 'sarif', '.', 'missing.md'], root)
    expect(code).toBe(1)
    const log = JSON.parse(stdout)
    // The validator and the official schema are dev dependencies of the CLI package.
    const require = createRequire(bin)
    const {default: Ajv} = (await import(require.resolve('ajv-draft-04'))) as typeof import('ajv-draft-04')
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(await readFile(schemaPath, 'utf8'))
    // The official schema has a pattern that is not valid with the `u` flag.
    const ajv = new Ajv({allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false})
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors, undefined, 2)).toBe(true)
    const run = log.runs[0]
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('customer-value-language')
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//)
    const uris = run.results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri)
    expect(uris).toContain('Calls/no-value.md')
    expect(uris).toContain('missing.md')
    expect(run.results.find((result: any) => result.ruleId === 'customer-value-section').level).toBe('warning')
  })

  it('github: one workflow-command annotation per message', async () => {
    const root = await vault({'Calls/no, value.md': planWithoutValue})
    const {stdout} = await cli(['--report', 'github'], root)
    const lines = stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toMatch(/^::(warning|error|notice) file=Calls\/no%2C value\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=call-plan-lint\([a-z-]+\)::\S/)
    }
  })

  it('--output-file writes the report to a file, not stdout', async () => {
    const root = await vault(basicVault)
    const {code, stdout} = await cli(['--report', 'json', '--output-file', 'reports/lint.json'], root)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const files = JSON.parse(await readFile(path.join(root, 'reports/lint.json'), 'utf8')) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual(['Calls/good.md', 'Calls/no-value.md'])
  })
})

describe('cache', () => {
  function fromCache(stderr: string): number {
    return Number(/(\d+) from cache/.exec(stderr)?.[1] ?? 0)
  }

  it('reuses unchanged notes, re-lints changed ones, and gives the same results', async () => {
    const root = await vault({'a.md': planWithoutValue, 'b.md': goodPlan, 'c.md': plainNote})
    const first = await cli(['--cache', '--report', 'json'], root)
    const firstHuman = await cli(['--cache'], root)
    expect(fromCache(firstHuman.stderr)).toBe(3)
    const warm = await cli(['--cache', '--report', 'json'], root)
    expect(warm.stdout).toBe(first.stdout)

    await writeFile(path.join(root, 'a.md'), planWithoutValue.replace('Send the proposal.', 'Send the revised proposal.'))
    const changed = await cli(['--cache'], root)
    expect(fromCache(changed.stderr)).toBe(2)
    expect(fromCache((await cli(['--cache'], root)).stderr)).toBe(3)
  })

  it('misses everything after a configuration change', async () => {
    const root = await vault({'a.md': planWithoutValue, 'b.md': goodPlan})
    await cli(['--cache'], root)
    await writeFile(path.join(root, '.callplanrc.json'), rc({'customer-value-section': 'error'}))
    const after = await cli(['--cache', '--report', 'json'], root)
    expect(after.code).toBe(1)
    const human = await cli(['--cache'], root)
    expect(fromCache(human.stderr)).toBe(2)
  })

  it('ignores and rebuilds a corrupt cache', async () => {
    const root = await vault({'a.md': planWithoutValue})
    const location = path.join(root, 'cache-folder') + '/'
    const expected = (await cli(['--report', 'json'], root)).stdout
    await cli(['--cache-location', location], root)
    const file = path.join(location, '.callplancache')
    await writeFile(file, '{"format": 1, "entries": {"a.md": {"key": ')
    const again = await cli(['--cache-location', location, '--report', 'json'], root)
    expect(again.stdout).toBe(expected)
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow()
    await writeFile(file, 'null')
    expect((await cli(['--cache-location', location, '--report', 'json'], root)).stdout).toBe(expected)
  })

  it('judges a call plan with a meeting ahead again, unless --now is the same', async () => {
    const upcoming = planWithoutValue.replace('date: 2020-03-02', 'date: 2026-12-02')
    const root = await vault({'a.md': upcoming, 'b.md': planWithoutValue})
    await cli(['--cache'], root)
    expect(fromCache((await cli(['--cache'], root)).stderr)).toBe(1)
    await cli(['--cache', '--now', '2026-12-01T09:00'], root)
    expect(fromCache((await cli(['--cache', '--now', '2026-12-01T09:00'], root)).stderr)).toBe(2)
  })
})

describe('workers', () => {
  it('gives identical results with 1 and several workers, in a stable order', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 60; index++) {
      const name = `Calls/${String(index).padStart(2, '0')}.md`
      files[name] = index % 3 === 0 ? planWithoutValue : index % 3 === 1 ? goodPlan : plainNote
    }
    files['Calls/zz-large.md'] = planWithoutValue
    const root = await vault(files)
    const one = await cli(['--report', 'json', '--workers', '1'], root)
    const three = await cli(['--report', 'json', '--workers', '3'], root)
    expect(one.code).toBe(0)
    expect(three.stdout).toBe(one.stdout)
    expect(json(one.stdout)).toHaveLength(41)
  })
})

describe('--upcoming', () => {
  const plan = (date: string, account: string, body = goodPlan) =>
    body.replace(/date: .+/, `date: ${date}`).replace(/account: .+/, `account: ${account}`)

  async function week() {
    return vault({
      'a.md': plan('2026-12-03', 'Globex'),
      'b.md': plan('2026-12-01\ntime: "15:30"', 'Initech', planWithoutValue),
      'c.md': plan('2026-12-20', 'Far Away'),
      'd.md': plan('2026-11-20', 'Past'),
      'e.md': plainNote
    })
  }

  it('prints date, account and readiness of the next meetings, soonest first', async () => {
    const root = await week()
    const {code, stdout, stderr} = await cli(['--upcoming', '7d', '--now', '2026-12-01T09:00'], root, {TZ: 'UTC'})
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^Date\s+Account\s+Note\s+Readiness$/)
    expect(lines[1]).toMatch(/^Tue 2026-12-01 15:30\s+Initech\s+b\.md\s+not ready: Missing/)
    expect(lines[2]).toMatch(/^Thu 2026-12-03\s+Globex\s+a\.md\s+ready$/)
    expect(lines).toHaveLength(3)
    expect(stderr).toContain('2 upcoming')
  })

  it('gives the same view in JSON', async () => {
    const root = await week()
    const {stdout} = await cli(['--upcoming', '7d', '--now', '2026-12-01T09:00', '--report', 'json'], root, {TZ: 'UTC'})
    const calls = JSON.parse(stdout)
    expect(calls.map((call: any) => [call.path, call.date, call.account, call.ready])).toEqual([
      ['b.md', '2026-12-01T15:30:00.000Z', 'Initech', false],
      ['a.md', '2026-12-03T00:00:00.000Z', 'Globex', true]
    ])
    expect(calls[0].reasons[0]).toMatch(/^Missing/)
  })

  it('reads the time of the call as call-readiness does: time zone and offset included', async () => {
    const root = await vault({
      'berlin.md': plan('2026-12-02\ntime: "15:30"\ntimezone: Europe/Berlin', 'Berlin GmbH'),
      'offset.md': plan('2026-12-02T09:00:00-05:00', 'Toronto Inc'),
      'bad-time.md': plan('2026-12-02\ntime: "half past"', 'Unreadable')
    })
    const {stdout} = await cli(['--upcoming', '7d', '--now', '2026-12-01T09:00', '--report', 'json'], root, {TZ: 'UTC'})
    expect(JSON.parse(stdout).map((call: any) => [call.path, call.date])).toEqual([
      ['offset.md', '2026-12-02T14:00:00.000Z'],
      ['berlin.md', '2026-12-02T14:30:00.000Z']
    ])
  })

  it('reads plans that name no time zone in call-readiness\'s `timezone`, like the readiness verdict', async () => {
    const root = await vault({
      '.callplanrc.json': rc({'call-readiness': ['error', {timezone: 'America/New_York'}]}),
      'east.md': plan('2026-12-02\ntime: "09:00"', 'East Coast Inc'),
      'berlin.md': plan('2026-12-02\ntime: "15:30"\ntimezone: Europe/Berlin', 'Berlin GmbH')
    })
    const {stdout} = await cli(['--upcoming', '7d', '--now', '2026-12-01T09:00', '--report', 'json'], root, {TZ: 'UTC'})
    expect(JSON.parse(stdout).map((call: any) => [call.path, call.date])).toEqual([
      ['east.md', '2026-12-02T14:00:00.000Z'],
      ['berlin.md', '2026-12-02T14:30:00.000Z']
    ])
  })
})

describe('--init', () => {
  it('writes a starter config and a template note in the Templates folder, and refuses to overwrite', async () => {
    const root = await vault({'Templates/Meeting.md': '# Meeting\n'})
    await import('node:fs/promises').then(({rm}) => rm(path.join(root, '.callplanrc.json')))
    const first = await cli(['--init'], root)
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('wrote .callplanrc.json\nwrote Templates/Call plan.md\nwrote .callplanignore\n')
    const config = JSON.parse(await readFile(path.join(root, '.callplanrc.json'), 'utf8'))
    expect(config.rules['call-readiness']).toBe('error')
    const template = await readFile(path.join(root, 'Templates/Call plan.md'), 'utf8')
    expect(template).toContain("# What's in it for the customer?")
    expect(parseYaml(template.split('---')[1]!)).toMatchObject({type: 'call-plan'})

    // The starter config is valid, and the template is not linted as a plan.
    const lint = await cli(['--report', 'json'], root)
    expect([lint.code, lint.stdout]).toEqual([0, '[]\n'])

    await writeFile(path.join(root, '.callplanrc.json'), '{"root": true}\n')
    const again = await cli(['--init'], root)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('Not overwriting `.callplanrc.json` and `Templates/Call plan.md`')
    expect(await readFile(path.join(root, '.callplanrc.json'), 'utf8')).toBe('{"root": true}\n')
  })

  it('puts the template at the root of a vault without a templates folder', async () => {
    const root = await vault({})
    await import('node:fs/promises').then(({rm}) => rm(path.join(root, '.callplanrc.json')))
    const {code, stdout} = await cli(['--init'], root)
    expect(code).toBe(0)
    expect(stdout).toContain('wrote Call plan template.md')
  })
})

describe('pre-commit hook', () => {
  it('runs the hook entry with staged file names, as pre-commit does', async () => {
    const hooks = parseYaml(await readFile(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Array<Record<string, unknown>>
    const hook = hooks.find((one) => one.id === 'call-plan-lint')!
    expect(hook).toMatchObject({language: 'node', types: ['markdown'], entry: 'call-plan-lint'})
    const root = await vault({
      '.callplanrc.json': rc({'customer-value-section': 'error'}),
      '.callplanignore': 'Drafts/\n',
      'Calls/good.md': goodPlan,
      'Drafts/wip.md': planWithoutValue,
      'README.md': plainNote
    })
    // pre-commit runs `<entry> <args…> <files…>`; the entry is the package's bin.
    const passing = await cli(['Calls/good.md', 'Drafts/wip.md', 'README.md'], root)
    expect(passing.code).toBe(0)
    await mkdir(path.join(root, 'Calls'), {recursive: true})
    await writeFile(path.join(root, 'Calls/bad.md'), planWithoutValue)
    const failing = await cli(['Calls/good.md', 'Calls/bad.md', 'README.md'], root)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('Calls/bad.md')
  })
})

describe('built-in preset', () => {
  it('lints with every rule when the config has no rules', async () => {
    const root = await vault({'.callplanrc.json': '{"root": true}', 'Calls/no-value.md': planWithoutValue, 'Calls/good.md': goodPlan})
    const {code, stdout, stderr} = await cli(['--report', 'json'], root)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const files = json(stdout)
    expect(files.map((file) => file.path)).toEqual(['Calls/good.md', 'Calls/no-value.md'])
    const ids = new Set(files[1]!.messages.map((message) => message.ruleId))
    expect(ids).toContain('customer-value-section')
    expect(ids).toContain('customer-context')
    for (const file of files) {
      for (const message of file.messages) {
        expect(['customer-value-section', 'customer-value-language', 'leading-question', 'call-plan-frontmatter', 'customer-context', 'call-readiness']).toContain(message.ruleId)
        expect(message.fatal, String(message.reason)).toBe(false)
      }
    }
  })
})

describe('--help and --version', () => {
  it('prints usage and the version, bundled or not', async () => {
    const root = await vault({})
    const pkg = JSON.parse(await readFile(new URL('../../packages/call-plan-lint/package.json', import.meta.url), 'utf8'))
    for (const noBundle of ['0', '1']) {
      const env = {CALL_PLAN_LINT_NO_BUNDLE: noBundle}
      const help = await cli(['--help'], root, env)
      expect([help.code, help.stdout.startsWith('Usage: call-plan-lint')]).toEqual([0, true])
      const version = await cli(['--version'], root, env)
      expect(version.stdout).toBe(`${pkg.version}\n`)
    }
  })

  it('gives the same results from the bundle and from the compiled modules', async () => {
    const root = await vault({...basicVault, '.callplanrc.json': '{"root": true}'})
    const bundled = await cli(['--report', 'json', '--now', '2026-06-01T09:00'], root)
    const plain = await cli(['--report', 'json', '--now', '2026-06-01T09:00'], root, {CALL_PLAN_LINT_NO_BUNDLE: '1'})
    expect(bundled.stdout).toBe(plain.stdout)
    expect(bundled.code).toBe(plain.code)
  })
})
