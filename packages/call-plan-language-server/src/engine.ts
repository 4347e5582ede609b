import {isIgnored, lintText, loadConfig, LookupCache, ParseCache, ruleOptionsOf, type ResolvedConfig, type RuleSetting} from 'call-plan-lint'
import type {PresetConfig} from 'remark-preset-lint-call-plan'
import {plainMessage, type NoteMessage} from './diagnostics.js'
import type {ServerSettings} from './settings.js'

/** Option of `remark-lint-call-readiness`: how many hours ahead a call must be ready. */
export const readinessWindowOption = 'window'

/** What one lint of a note comes to, as plain data (it crosses from the lint worker). */
export type LintOutcome =
  | {kind: 'ignored'}
  | {kind: 'linted'; callPlan: boolean; messages: NoteMessage[]}
  | {kind: 'config-error'; message: string; file?: string}

/**
 * The CLI's engine, used as is: same preset, same config discovery (JSON/YAML only: the engine
 * never loads JavaScript config or plugins), same ignore files. The editor's settings are layered
 * on top as `overrides`, which the engine applies over the configuration.
 */
export class Engine {
  /** Config and ignore lookups are remembered until a watched file changes. */
  private cache: LookupCache | undefined
  /** As the user types, only the part of the note around the edit is parsed again. */
  private readonly parseCache = new ParseCache()

  constructor(private readonly remember: boolean) {
    this.cache = remember ? new LookupCache() : undefined
  }

  /** Forget every config and ignore file read so far (one of them changed on disk). */
  forget(): void {
    if (this.remember) this.cache = new LookupCache()
  }

  async lint(text: string, filePath: string, cwd: string, settings: ServerSettings): Promise<LintOutcome> {
    // Without a watcher to tell us about edits, every lint reads the config files afresh.
    const cache = this.cache
    if (await isIgnored(filePath, {cwd, cache})) return {kind: 'ignored'}
    let config: ResolvedConfig
    try {
      config = await loadConfig(filePath, {cwd, cache})
    } catch (error) {
      if (isConfigError(error)) return {kind: 'config-error', message: error.message, file: error.file}
      throw error
    }
    const file = await lintText(text, filePath, {
      cwd,
      cache,
      config,
      overrides: overridesFor(settings, config),
      parseCache: this.parseCache
    })
    const callPlan = (file.data as {callPlan?: {isCallPlan?: boolean}}).callPlan?.isCallPlan === true
    return {kind: 'linted', callPlan, messages: file.messages.map(plainMessage)}
  }
}

function isConfigError(error: unknown): error is Error & {file: string} {
  return error instanceof Error && error.name === 'ConfigError'
}

/**
 * Editor settings over the note's configuration: names are added to the configured ones, and a
 * severity override keeps the options the configuration gives that rule.
 */
export function overridesFor(settings: ServerSettings, config: Pick<ResolvedConfig, 'settings' | 'rules'>): PresetConfig {
  const overrides: PresetConfig = {}
  const extra: NonNullable<PresetConfig['settings']> = {}
  if (settings.sellerNames.length > 0) {
    extra.sellerNames = unique([...(config.settings.sellerNames ?? []), ...settings.sellerNames])
  }
  if (settings.productNames.length > 0) {
    extra.productNames = unique([...(config.settings.productNames ?? []), ...settings.productNames])
  }
  if (Object.keys(extra).length > 0) overrides.settings = extra

  const rules: Record<string, RuleSetting> = {}
  for (const [id, severity] of Object.entries(settings.rules)) {
    if (severity === undefined || severity === 'default') continue
    const options = ruleOptionsOf(config.rules[id])
    rules[id] = options ? [severity, options] : severity
  }
  if (settings.readinessWindow !== null) {
    const id = 'call-readiness'
    const current = rules[id] ?? config.rules[id]
    const severity = severityOf(current) ?? 'error'
    if (severity !== 'off' && severity !== 0 && severity !== false) {
      rules[id] = [severity, {...ruleOptionsOf(config.rules[id]), [readinessWindowOption]: settings.readinessWindow}]
    }
  }
  if (Object.keys(rules).length > 0) overrides.rules = rules as PresetConfig['rules']
  return overrides
}

type Severity = Extract<RuleSetting, string | number | boolean>

function severityOf(setting: RuleSetting | undefined): Severity | undefined {
  if (Array.isArray(setting)) return setting[0]
  if (setting === undefined || (typeof setting === 'object' && setting !== null)) return undefined
  return setting
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}
