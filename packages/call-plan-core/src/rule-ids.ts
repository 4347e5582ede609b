/**
 * The rule ids of DESIGN.md: a contract other tools rely on. A module of its own so that
 * reading a config can check rule names without loading the rules and their parsers.
 */
export const ruleIds = [
  'customer-value-section',
  'customer-value-language',
  'leading-question',
  'call-plan-frontmatter',
  'customer-context',
  'call-readiness'
] as const

export type RuleId = (typeof ruleIds)[number]
