import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {CallPlanSettings} from 'call-plan-core'
import {ruleIds} from 'call-plan-core/rule-ids'
import {validate as validateSchema} from './config-validator.js'

/** The rule ids of DESIGN.md, from core's light module: reading a config does not load the rules. */
export const knownRuleIds = ruleIds

export type RuleSetting =
  | 'off'
  | 'warn'
  | 'error'
  | 0
  | 1
  | 2
  | boolean
  | Record<string, unknown>
  | ['off' | 'warn' | 'error' | 0 | 1 | 2 | boolean, Record<string, unknown>?]

/** Configuration files in the order they are looked for in each folder; the first found wins. */
export const configFileNames = ['.callplanrc', '.callplanrc.json', '.callplanrc.yaml', '.callplanrc.yml', 'package.json']

export const packageField = 'callPlanLint'

/** Notes larger than this are reported as too large and not parsed. */
export const defaultMaxFileSize = 5 * 1024 * 1024

/** The configuration in force for one note: its config files merged, nearest last. */
export interface ResolvedConfig {
  settings: CallPlanSettings
  rules: Record<string, RuleSetting>
  maxFileSize: number
  /** Config files that were merged, farthest first; empty when none was found. */
  files: string[]
  /** Which file set each rule, so a bad option can be traced to its file. */
  ruleOrigins: Record<string, string>
  /** Equal configurations have equal keys (used for caching). */
  key: string
}

/** A configuration that cannot be used: names the file, the key and what was expected. */
export class ConfigError extends Error {
  readonly file: string
  readonly key: string
  readonly expected: string

  constructor(file: string, key: string, expected: string, problem?: string) {
    const where = key ? `\`${key}\` in ${file}` : file
    super(`Cannot use ${where}: ${problem ? problem + '; ' : ''}expected ${expected}`)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
    this.expected = expected
  }
}

interface ConfigFile {
  /** Absolute path. */
  path: string
  /** The path as shown in messages (relative to the working folder when inside it). */
  shown: string
  root: boolean
  settings: CallPlanSettings
  rules: Record<string, RuleSetting>
  maxFileSize?: number
}

/**
 * Remembers config and ignore files per folder for one run. Without one, every call reads the
 * files afresh (what an editor wants: the user may have just edited `.callplanrc.json`).
 */
export class LookupCache {
  readonly configs = new Map<string, Promise<ConfigFile | undefined>>()
  readonly ignores = new Map<string, Promise<unknown>>()
}

export interface LookupOptions {
  cwd?: string
  cache?: LookupCache
}

/**
 * The configuration for a note: every config file from the note's folder up, until one says
 * `"root": true`, merged so that a nearer file overrides a farther one (settings per key, rules per id).
 */
export async function loadConfig(filePath: string, options: LookupOptions & {checkOptions?: boolean} = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd()
  const cache = options.cache ?? new LookupCache()
  const chain: ConfigFile[] = []
  let folder = path.dirname(path.resolve(cwd, filePath))
  for (;;) {
    const found = await configIn(folder, cache, cwd)
    if (found) {
      chain.unshift(found)
      if (found.root) break
    }
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }

  const config = mergeConfigs(chain)
  if (options.checkOptions !== false) {
    const {checkRuleOptions} = await import('./lint.js')
    await checkRuleOptions(config)
  }
  return config
}

function mergeConfigs(chain: ConfigFile[]): ResolvedConfig {
  let settings: CallPlanSettings = {}
  const rules: Record<string, RuleSetting> = {}
  const ruleOrigins: Record<string, string> = {}
  let maxFileSize = defaultMaxFileSize
  for (const file of chain) {
    settings = {...settings, ...file.settings}
    for (const [id, setting] of Object.entries(file.rules)) {
      rules[id] = setting
      ruleOrigins[id] = file.shown
    }
    if (file.maxFileSize !== undefined) maxFileSize = file.maxFileSize
  }
  const files = chain.map((file) => file.path)
  const key = JSON.stringify({settings, rules, maxFileSize})
  return {settings, rules, maxFileSize, files, ruleOrigins, key}
}

function configIn(folder: string, cache: LookupCache, cwd: string): Promise<ConfigFile | undefined> {
  let found = cache.configs.get(folder)
  if (!found) {
    found = findConfigIn(folder, cwd)
    cache.configs.set(folder, found)
  }
  return found
}

async function findConfigIn(folder: string, cwd: string): Promise<ConfigFile | undefined> {
  for (const name of configFileNames) {
    const filePath = path.join(folder, name)
    const shown = displayPath(filePath, cwd)
    const text = await readIfFile(filePath, shown)
    if (text === undefined) continue
    const data = parseConfigText(text, name, shown)
    if (name === 'package.json') {
      if (!isObject(data) || !(packageField in data)) continue
      return {...readConfigData(data[packageField], shown, `${packageField}.`), path: filePath}
    }
    return {...readConfigData(data ?? {}, shown, ''), path: filePath}
  }
  return undefined
}

async function readIfFile(filePath: string, shown: string): Promise<string | undefined> {
  try {
    return await readFile(filePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined
    throw new ConfigError(shown, '', 'a readable file', `it cannot be read (${code ?? String(error)})`)
  }
}

function parseConfigText(text: string, name: string, shown: string): unknown {
  if (name.endsWith('.json')) {
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new ConfigError(shown, '', 'valid JSON', `it is not valid JSON (${(error as Error).message})`)
    }
  }
  // `.callplanrc` may hold JSON or YAML: YAML reads both. YAML here is data only, never code.
  return parseYaml(text, shown)
}

let yamlModule: typeof import('yaml') | undefined

function parseYaml(text: string, shown: string): unknown {
  yamlModule ??= loadYaml()
  const document = yamlModule.parseDocument(text, {prettyErrors: true, uniqueKeys: true})
  const error = document.errors[0]
  if (error) {
    const at = error.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    // With prettyErrors the message also holds the position and a code excerpt: keep the sentence.
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(shown, '', 'valid YAML', `YAML error${where} (${reason})`)
  }
  return document.toJS({maxAliasCount: 100})
}

// YAML is only needed when a YAML config exists; a synchronous require keeps parsing simple.
const require = createRequire(import.meta.url)
function loadYaml(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml')
}

const topLevelKeys = ['$schema', 'root', 'settings', 'rules', 'plugins', 'maxFileSize']
const settingKeys = ['detection', 'sellerNames', 'productNames', 'now']
const detectionKeys = ['typeField', 'typeValues', 'tags', 'paths']
const severityText = '`off`, `warn`, `error` (or 0, 1, 2, true, false), an options object, or `[severity, {options}]`'
/** Names a remark config lists for the same preset; built in here, so accepted and skipped. */
const builtInPlugins = new Set(['remark-preset-lint-call-plan', 'remark-frontmatter', 'remark-call-plan', 'call-plan-core'])

/** Check one config file's data against the schema and turn it into settings and rules. */
export function readConfigData(data: unknown, file: string, prefix = ''): ConfigFile {
  if (!isObject(data)) {
    throw new ConfigError(file, prefix.replace(/\.$/, ''), 'an object such as `{"rules": {}}`', `got ${describe(data)}`)
  }
  if (!validateSchema(data)) {
    throw schemaError(data, file, prefix, (validateSchema as unknown as {errors: SchemaError[]}).errors)
  }
  const config = data as {
    root?: boolean
    settings?: CallPlanSettings
    rules?: Record<string, RuleSetting>
    plugins?: unknown
    maxFileSize?: number
  }
  if (config.settings?.now !== undefined && Number.isNaN(Date.parse(String(config.settings.now)))) {
    throw new ConfigError(file, `${prefix}settings.now`, 'a date-time such as `2026-11-30T09:00`', `got ${describe(config.settings.now)}`)
  }
  const rules: Record<string, RuleSetting> = {
    ...pluginRules(config.plugins, file, prefix),
    ...config.rules
  }
  const result: ConfigFile = {path: file, shown: file, root: config.root === true, settings: config.settings ?? {}, rules}
  if (config.maxFileSize !== undefined) result.maxFileSize = config.maxFileSize
  return result
}

/** remark-style `plugins` (`[[name, setting]]` or `{name: setting}`) as rules; nothing is loaded. */
function pluginRules(plugins: unknown, file: string, prefix: string): Record<string, RuleSetting> {
  if (plugins === undefined) return {}
  const entries: Array<[string, unknown, string]> = Array.isArray(plugins)
    ? plugins.map((entry: unknown, index) => {
        const key = `${prefix}plugins[${index}]`
        return Array.isArray(entry) ? [String(entry[0]), entry[1], key] : [String(entry), undefined, key]
      })
    : Object.entries(plugins as Record<string, unknown>).map(([name, setting]) => [name, setting, `${prefix}plugins.${name}`])

  const rules: Record<string, unknown> = {}
  for (const [name, setting, key] of entries) {
    if (builtInPlugins.has(name)) continue
    const id = name.startsWith('remark-lint-') ? name.slice('remark-lint-'.length) : name
    if (!(knownRuleIds as readonly string[]).includes(id)) {
      throw new ConfigError(
        file,
        key,
        `a rule id (${ruleList()}) or \`remark-lint-<rule id>\`; call-plan-lint never loads plugins`,
        `unknown plugin \`${name}\``
      )
    }
    rules[id] = setting === undefined ? true : setting
  }
  if (!validateSchema({rules})) {
    throw schemaError({rules}, file, prefix, (validateSchema as unknown as {errors: SchemaError[]}).errors, true)
  }
  return rules as Record<string, RuleSetting>
}

interface SchemaError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

function schemaError(data: unknown, file: string, prefix: string, errors: SchemaError[], fromPlugins = false): ConfigError {
  // With `anyOf`, the deepest error is the one that says what is wrong (`[severity, options]` → options).
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!
  const segments = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
  if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty))
  const key = prefix + (fromPlugins ? segments.join('.').replace(/^rules\./, 'plugins: ') : dotted(segments))
  const value = valueAt(data, segments)
  const [first, second, third] = segments

  if (error.keyword === 'additionalProperties') {
    if (segments.length === 1) return new ConfigError(file, key, `one of ${list(topLevelKeys)}`, 'unknown field')
    if (first === 'rules') return new ConfigError(file, key, `a rule id: ${ruleList()}`, `unknown rule \`${second}\``)
    if (first === 'settings' && segments.length === 2) return new ConfigError(file, key, `one of ${list(settingKeys)}`, 'unknown setting')
    if (second === 'detection') return new ConfigError(file, key, `one of ${list(detectionKeys)}`, 'unknown setting')
  }
  const got = `got ${describe(value)}`
  if (first === 'rules') {
    if (third === '1') return new ConfigError(file, key, 'an options object such as `{}` after the severity', got)
    return new ConfigError(file, key, severityText, got)
  }
  if (first === 'root') return new ConfigError(file, key, '`true` or `false`', got)
  if (first === 'maxFileSize') return new ConfigError(file, key, 'a whole number of bytes, at least 1', got)
  if (first === 'plugins') return new ConfigError(file, key, 'a list of rule names or `[name, setting]` pairs', got)
  if (first === 'settings') {
    if (segments.length === 1) return new ConfigError(file, key, 'an object', got)
    if (second === 'now') return new ConfigError(file, key, 'a date-time such as `2026-11-30T09:00`', got)
    if (second === 'detection' && segments.length === 2) return new ConfigError(file, key, 'an object', got)
    if (third === 'typeField') return new ConfigError(file, key, 'a string', got)
    return new ConfigError(file, key.replace(/\[\d+\]$/, ''), 'a list of strings', got)
  }
  return new ConfigError(file, key, error.message ?? 'a value matching the schema', got)
}

function dotted(segments: string[]): string {
  let key = ''
  for (const segment of segments) {
    key += /^\d+$/.test(segment) ? `[${segment}]` : (key ? '.' : '') + segment
  }
  return key
}

function valueAt(data: unknown, segments: string[]): unknown {
  let value = data
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return `\`${text.length > 60 ? text.slice(0, 57) + '…' : text}\``
}

function list(items: readonly string[]): string {
  return items.map((item) => `\`${item}\``).join(', ')
}

function ruleList(): string {
  return list(knownRuleIds)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : filePath
}

/** The options object of a rule setting (`{…}` or `[severity, {…}]`), if it has one. */
export function ruleOptionsOf(setting: RuleSetting | undefined): Record<string, unknown> | undefined {
  if (Array.isArray(setting)) return setting[1]
  if (setting !== null && typeof setting === 'object') return setting
  return undefined
}
