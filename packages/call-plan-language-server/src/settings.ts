import {ruleIds} from 'call-plan-core'

export type SeverityOverride = 'off' | 'warn' | 'error' | 'default'
export type CommentStyle = 'auto' | 'obsidian' | 'html'

/** The editor settings (section `callPlanLint`), after validation. */
export interface ServerSettings {
  enable: boolean
  /** Severity per rule id, over what the note's configuration says. */
  rules: Partial<Record<string, SeverityOverride>>
  /** Seller company names added to the configured ones. */
  sellerNames: string[]
  /** Product names added to the configured ones. */
  productNames: string[]
  /** Hours ahead of now in which a call must be ready; `null` keeps the configured window. */
  readinessWindow: number | null
  /** Comment form written by "disable this rule for this note". */
  commentStyle: CommentStyle
}

export const defaultSettings: ServerSettings = {
  enable: true,
  rules: {},
  sellerNames: [],
  productNames: [],
  readinessWindow: null,
  commentStyle: 'auto'
}

const severities = new Set<string>(['off', 'warn', 'error', 'default'])

/**
 * Settings come from the user's editor as loose JSON; anything unusable falls back to its
 * default (and is reported through `problems`) instead of stopping the server.
 */
export function normalizeSettings(raw: unknown, problems: string[] = []): ServerSettings {
  if (!isRecord(raw)) return {...defaultSettings}
  const settings: ServerSettings = {...defaultSettings, rules: {}}

  if (typeof raw.enable === 'boolean') settings.enable = raw.enable
  else if (raw.enable !== undefined) problems.push('`callPlanLint.enable` should be `true` or `false`')

  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!(ruleIds as readonly string[]).includes(id)) {
        problems.push(`\`callPlanLint.rules\` names \`${id}\`, which is not a rule of call-plan-lint`)
      } else if (typeof value === 'string' && severities.has(value)) {
        settings.rules[id] = value as SeverityOverride
      } else {
        problems.push(`\`callPlanLint.rules.${id}\` should be \`off\`, \`warn\`, \`error\` or \`default\``)
      }
    }
  }

  settings.sellerNames = names(raw.sellerNames, 'sellerNames', problems)
  settings.productNames = names(raw.productNames, 'productNames', problems)

  if (typeof raw.readinessWindow === 'number' && Number.isFinite(raw.readinessWindow) && raw.readinessWindow > 0) {
    settings.readinessWindow = raw.readinessWindow
  } else if (raw.readinessWindow !== undefined && raw.readinessWindow !== null && raw.readinessWindow !== 0) {
    problems.push('`callPlanLint.readinessWindow` should be a number of hours greater than 0')
  }

  if (raw.commentStyle === 'obsidian' || raw.commentStyle === 'html' || raw.commentStyle === 'auto') {
    settings.commentStyle = raw.commentStyle
  } else if (raw.commentStyle !== undefined) {
    problems.push('`callPlanLint.commentStyle` should be `auto`, `obsidian` or `html`')
  }

  return settings
}

function names(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return []
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map((item) => item.trim()).filter((item) => item.length > 0)
  }
  problems.push(`\`callPlanLint.${key}\` should be a list of names`)
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
