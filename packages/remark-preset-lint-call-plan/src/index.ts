import type {Preset, PluggableList} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import {remarkCallPlan, remarkCallPlanRuleCrashes, ruleIds, type CallPlanSettings, type RuleId} from 'call-plan-core'
import remarkLintCallPlanFrontmatter from 'remark-lint-call-plan-frontmatter'
import remarkLintCallReadiness from 'remark-lint-call-readiness'
import remarkLintCustomerContext from 'remark-lint-customer-context'
import remarkLintCustomerValueLanguage from 'remark-lint-customer-value-language'
import remarkLintCustomerValueSection from 'remark-lint-customer-value-section'
import remarkLintLeadingQuestion from 'remark-lint-leading-question'
import remarkCallPlanMessageControl from './message-control.js'

export {remarkCallPlanMessageControl}

/** Every rule of the preset by its rule id. */
export const rules = {
  'customer-value-section': remarkLintCustomerValueSection,
  'customer-value-language': remarkLintCustomerValueLanguage,
  'leading-question': remarkLintLeadingQuestion,
  'call-plan-frontmatter': remarkLintCallPlanFrontmatter,
  'customer-context': remarkLintCustomerContext,
  'call-readiness': remarkLintCallReadiness
} as const satisfies Record<RuleId, unknown>

export type Severity = 'off' | 'warn' | 'error' | 0 | 1 | 2 | boolean

/** A rule's setting: a severity, options, or `[severity, options]` as in remark-lint. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>?] | Record<string, unknown>

/** Severities when nothing is configured: a plan that is not ready for a call that is soon is an error. */
export const defaultSeverities: Record<RuleId, 'warn' | 'error'> = {
  'customer-value-section': 'warn',
  'customer-value-language': 'warn',
  'leading-question': 'warn',
  'call-plan-frontmatter': 'warn',
  'customer-context': 'warn',
  'call-readiness': 'error'
}

export interface PresetConfig {
  /** Shared settings: which notes are call plans, the seller's names, "now". */
  settings?: CallPlanSettings
  /** Per-rule severity and options, by rule id. Rules not named keep their defaults. */
  rules?: Partial<Record<string, RuleSetting>>
}

/** The preset with settings and per-rule overrides applied. */
export function createPreset(config: PresetConfig = {}): Preset {
  const overrides = config.rules ?? {}
  for (const id of Object.keys(overrides)) {
    if (!(ruleIds as readonly string[]).includes(id)) {
      throw new Error(`Unknown rule \`${id}\`: expected one of ${ruleIds.map((one) => `\`${one}\``).join(', ')}`)
    }
  }

  const plugins: PluggableList = [
    [remarkFrontmatter, ['yaml', 'toml']],
    [remarkCallPlan, config.settings ?? {}]
  ]
  for (const id of ruleIds) {
    plugins.push([rules[id], ruleSetting(id, overrides[id])])
  }
  // Message control filters what the rules said, so it comes after them; a crashed rule is
  // an error whatever its severity, and a disable comment can still silence it.
  plugins.push(remarkCallPlanRuleCrashes, remarkCallPlanMessageControl)
  return {plugins}
}

function ruleSetting(id: RuleId, setting: RuleSetting | undefined): unknown {
  const severity = defaultSeverities[id]
  if (setting === undefined) return [severity]
  if (Array.isArray(setting)) return setting
  if (typeof setting === 'object' && setting !== null) return [severity, setting]
  if (setting === true) return [severity]
  return [setting]
}

/** All six rules with their default severities. */
const remarkPresetLintCallPlan: Preset = createPreset()

export default remarkPresetLintCallPlan
