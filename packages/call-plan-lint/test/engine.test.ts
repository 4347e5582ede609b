import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {ConfigError, isIgnored, lintText, loadConfig, ignoreReason} from 'call-plan-lint'
import {fixture, goodPlan, planWithoutValue, plainNote} from './helpers.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

async function folder(files: Record<string, string>): Promise<string> {
  const made = await fixture(files)
  cleanups.push(made.remove)
  return made.root
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('uses the built-in preset when there is no configuration', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true}'})
    const config = await loadConfig('note.md', {cwd: root})
    expect(config.rules).toEqual({})
    expect(config.settings).toEqual({})
    expect(config.maxFileSize).toBe(5 * 1024 * 1024)
    expect(config.files).toEqual([path.join(root, '.callplanrc.json')])
  })

  it('merges nested configs: settings per key, rules per id, nearest wins', async () => {
    const root = await folder({
      '.callplanrc.json': JSON.stringify({
        root: true,
        settings: {sellerNames: ['Acme'], productNames: ['Rocket']},
        rules: {'leading-question': 'off', 'customer-context': 'warn'},
        maxFileSize: 1000
      }),
      'team/.callplanrc.yaml': 'settings:\n  productNames: [Anvil]\nrules:\n  customer-context: error\n'
    })
    const config = await loadConfig('team/deals/note.md', {cwd: root})
    expect(config.settings).toEqual({sellerNames: ['Acme'], productNames: ['Anvil']})
    expect(config.rules).toEqual({'leading-question': 'off', 'customer-context': 'error'})
    expect(config.maxFileSize).toBe(1000)
    expect(config.ruleOrigins).toEqual({'leading-question': '.callplanrc.json', 'customer-context': 'team/.callplanrc.yaml'})
    const outside = await loadConfig('note.md', {cwd: root})
    expect(outside.rules).toEqual({'leading-question': 'off', 'customer-context': 'warn'})
  })

  it('stops at a config with `root: true`', async () => {
    const root = await folder({
      '.callplanrc.json': JSON.stringify({rules: {'leading-question': 'off'}}),
      'vault/.callplanrc.yml': 'root: true\nrules:\n  customer-context: off\n'
    })
    const config = await loadConfig('vault/note.md', {cwd: root})
    expect(config.rules).toEqual({'customer-context': 'off'})
  })

  it('reads `.callplanrc` (JSON or YAML) and the `callPlanLint` field of package.json', async () => {
    const root = await folder({
      'a/.callplanrc': '{"root": true, "rules": {"leading-question": "off"}}',
      'b/.callplanrc': 'root: true\nrules:\n  leading-question: error\n',
      'c/package.json': JSON.stringify({name: 'vault', callPlanLint: {root: true, rules: {'call-readiness': 'warn'}}}),
      'd/package.json': JSON.stringify({name: 'no-config'}),
      'd/.callplanrc.json': '{"root": true, "rules": {"customer-context": "off"}}'
    })
    expect((await loadConfig('a/x.md', {cwd: root})).rules).toEqual({'leading-question': 'off'})
    expect((await loadConfig('b/x.md', {cwd: root})).rules).toEqual({'leading-question': 'error'})
    expect((await loadConfig('c/x.md', {cwd: root})).rules).toEqual({'call-readiness': 'warn'})
    // A package.json without the field is not a config: the rc file in the same folder is.
    expect((await loadConfig('d/x.md', {cwd: root})).rules).toEqual({'customer-context': 'off'})
  })

  it('takes remark-style `plugins` as rule settings, without loading anything', async () => {
    const root = await folder({
      '.callplanrc.json': JSON.stringify({
        root: true,
        plugins: ['remark-frontmatter', 'remark-preset-lint-call-plan', ['remark-lint-leading-question', false], ['customer-context', ['error', {}]]]
      })
    })
    const config = await loadConfig('x.md', {cwd: root})
    expect(config.rules).toEqual({'leading-question': false, 'customer-context': ['error', {}]})
  })

  it('names the file, key and what was expected for an unknown rule', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true, "rules": {"customer-valu-section": "warn"}}'})
    const error = await configError(loadConfig('x.md', {cwd: root}))
    expect(error.file).toBe('.callplanrc.json')
    expect(error.key).toBe('rules.customer-valu-section')
    expect(error.expected).toContain('`customer-value-section`')
    expect(error.message).toBe(
      'Cannot use `rules.customer-valu-section` in .callplanrc.json: unknown rule `customer-valu-section`; expected a rule id: `customer-value-section`, `customer-value-language`, `leading-question`, `call-plan-frontmatter`, `customer-context`, `call-readiness`'
    )
  })

  it('rejects a wrong option type and a bad severity', async () => {
    const root = await folder({
      'a/.callplanrc.json': '{"root": true, "settings": {"sellerNames": "Acme"}}',
      'b/.callplanrc.json': '{"root": true, "rules": {"leading-question": "loud"}}',
      'c/.callplanrc.json': '{"root": true, "rules": {"leading-question": ["error", "strict"]}}',
      'd/.callplanrc.json': '{"root": true, "maxFileSize": "big"}',
      'e/.callplanrc.json': '{"root": true, "settings": {"now": "next tuesday"}}',
      'f/.callplanrc.json': '{"root": true, "plugins": ["remark-lint-no-tabs"]}',
      'g/.callplanrc.json': '{"root": true, "rule": {}}'
    })
    const a = await configError(loadConfig('a/x.md', {cwd: root}))
    expect([a.file, a.key, a.expected]).toEqual(['a/.callplanrc.json', 'settings.sellerNames', 'a list of strings'])
    const b = await configError(loadConfig('b/x.md', {cwd: root}))
    expect([b.key, b.message]).toEqual([
      'rules.leading-question',
      'Cannot use `rules.leading-question` in b/.callplanrc.json: got `"loud"`; expected `off`, `warn`, `error` (or 0, 1, 2, true, false), an options object, or `[severity, {options}]`'
    ])
    const c = await configError(loadConfig('c/x.md', {cwd: root}))
    expect([c.key, c.expected]).toEqual(['rules.leading-question[1]', 'an options object such as `{}` after the severity'])
    const d = await configError(loadConfig('d/x.md', {cwd: root}))
    expect([d.key, d.expected]).toEqual(['maxFileSize', 'a whole number of bytes, at least 1'])
    const e = await configError(loadConfig('e/x.md', {cwd: root}))
    expect(e.key).toBe('settings.now')
    const f = await configError(loadConfig('f/x.md', {cwd: root}))
    expect([f.key, f.message.includes('unknown plugin `remark-lint-no-tabs`')]).toEqual(['plugins[0]', true])
    const g = await configError(loadConfig('g/x.md', {cwd: root}))
    expect([g.key, g.expected]).toEqual(['rule', 'one of `$schema`, `root`, `settings`, `rules`, `plugins`, `maxFileSize`'])
  })

  it('checks rule options by running the rule, and names the file that set them', async () => {
    const root = await folder({
      '.callplanrc.json': '{"root": true}',
      'team/.callplanrc.json': '{"rules": {"customer-value-section": ["warn", {"minWords": "ten"}]}}'
    })
    const error = await configError(loadConfig('team/x.md', {cwd: root}))
    expect([error.file, error.key]).toEqual(['team/.callplanrc.json', 'rules.customer-value-section'])
    expect(error.message).toContain('`minWords`')
    // Without the check (the CLI checks once, when it first lints), the same config loads.
    expect((await loadConfig('team/x.md', {cwd: root, checkOptions: false})).rules).toEqual({
      'customer-value-section': ['warn', {minWords: 'ten'}]
    })
  })

  it('reports a YAML error with its line and column', async () => {
    const root = await folder({'.callplanrc.yaml': 'root: true\nrules:\n  leading-question: [error\n'})
    const error = await configError(loadConfig('x.md', {cwd: root}))
    expect(error.file).toBe('.callplanrc.yaml')
    expect(error.expected).toBe('valid YAML')
    expect(error.message).toMatch(/^Cannot use \.callplanrc\.yaml: YAML error at line \d+, column \d+ \(.+\); expected valid YAML$/)
  })

  it('reports invalid JSON', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true,'})
    const error = await configError(loadConfig('x.md', {cwd: root}))
    expect(error.file).toBe('.callplanrc.json')
    expect(error.expected).toBe('valid JSON')
  })
})

describe('isIgnored', () => {
  it('skips Obsidian, trash, node_modules and dot-folders', async () => {
    const root = await folder({})
    for (const file of ['.obsidian/x.md', '.trash/x.md', 'node_modules/x/y.md', '.git/x.md', 'a/.hidden/x.md']) {
      expect(await isIgnored(file, {cwd: root}), file).toBe(true)
    }
    expect(await isIgnored('Calls/x.md', {cwd: root})).toBe(false)
    expect(await isIgnored('.dotfile-note.md', {cwd: root})).toBe(false)
  })

  it('honours `.callplanignore` files with gitignore syntax, nearest last', async () => {
    const root = await folder({
      '.callplanignore': '# drafts are not ready\nDrafts/\n*.draft.md\n',
      'Calls/.callplanignore': '!keep.draft.md\narchive/\n'
    })
    expect(await isIgnored('Drafts/x.md', {cwd: root})).toBe(true)
    expect(await isIgnored('Calls/plan.draft.md', {cwd: root})).toBe(true)
    expect(await isIgnored('Calls/keep.draft.md', {cwd: root})).toBe(false)
    expect(await isIgnored('Calls/archive/old.md', {cwd: root})).toBe(true)
    expect(await isIgnored('archive/old.md', {cwd: root})).toBe(false)
    expect(await isIgnored('Calls/plan.md', {cwd: root})).toBe(false)
    expect(await ignoreReason('Drafts/x.md', {cwd: root})).toBe('matches `Drafts/` in .callplanignore')
    expect(await ignoreReason(path.join(root, '.trash/x.md'), {cwd: root})).toBe('inside `.trash/`, which is skipped by default')
  })
})

describe('lintText', () => {
  it('lints a note in memory with the configuration of its folder', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true, "rules": {"customer-value-section": "error"}}'})
    const file = await lintText(planWithoutValue, path.join(root, 'plan.md'), {cwd: root})
    const ids = file.messages.map((message) => message.ruleId)
    expect(ids).toContain('customer-value-section')
    const message = file.messages.find((one) => one.ruleId === 'customer-value-section')!
    expect(message.fatal).toBe(true)
    expect(message.source).toBe('call-plan-lint')
    expect(message.url).toMatch(/remark-lint-customer-value-section/)
    expect((file.data as {callPlan?: {isCallPlan: boolean}}).callPlan?.isCallPlan).toBe(true)
  })

  it('lets overrides win over the configuration', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true, "rules": {"customer-value-section": "error"}}'})
    const file = await lintText(planWithoutValue, 'plan.md', {cwd: root, overrides: {rules: {'customer-value-section': 'off'}}})
    expect(file.messages.filter((message) => message.ruleId === 'customer-value-section')).toEqual([])
  })

  it('gives no messages on a note that is not a call plan, and says so', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true}'})
    const file = await lintText(plainNote, 'list.md', {cwd: root})
    expect(file.messages).toEqual([])
    expect((file.data as {callPlan?: {isCallPlan: boolean}}).callPlan?.isCallPlan).toBe(false)
  })

  it('reports a note over `maxFileSize` as too large without parsing it', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true, "maxFileSize": 100}'})
    const file = await lintText(goodPlan, 'big.md', {cwd: root})
    expect(file.messages.map((message) => message.reason)).toEqual([
      `This note is ${Buffer.byteLength(goodPlan)} bytes, over the 100 bytes limit, so it was not checked: split it or raise \`maxFileSize\` in the configuration`
    ])
    expect(file.data).toEqual({})
  })

  it('throws ConfigError for a configuration it cannot use', async () => {
    const root = await folder({'.callplanrc.json': '{"root": true, "rules": {"nope": "warn"}}'})
    await configError(lintText(goodPlan, 'plan.md', {cwd: root}))
  })
})

describe('schema', () => {
  it('ships a validator generated from the current schema.json', async () => {
    // @ts-expect-error: a plain JavaScript build script.
    const {generateConfigValidator} = await import('../scripts/generate-config-validator.js')
    const current = await readFile(new URL('../src/config-validator.ts', import.meta.url), 'utf8')
    expect(current).toBe(generateConfigValidator())
  })
})
