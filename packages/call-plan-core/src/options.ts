/**
 * Option checks shared by the rules, so a wrong option fails with one clear sentence
 * that names the rule, the option and what was expected.
 */
export function optionsObject(ruleId: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      `Unexpected options for \`${ruleId}\`: expected an object such as \`{}\`, got \`${JSON.stringify(value)}\``
    )
  }
  return value as Record<string, unknown>
}

export function stringList(ruleId: string, options: Record<string, unknown>, key: string): string[] | undefined {
  const value = options[key]
  if (value === undefined) return undefined
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(
      `Unexpected \`${key}\` for \`${ruleId}\`: expected a list of strings, got \`${JSON.stringify(value)}\``
    )
  }
  return value as string[]
}

export function numberOption(
  ruleId: string,
  options: Record<string, unknown>,
  key: string,
  minimum = 0
): number | undefined {
  const value = options[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum) {
    throw new TypeError(
      `Unexpected \`${key}\` for \`${ruleId}\`: expected a number of at least ${minimum}, got \`${JSON.stringify(value)}\``
    )
  }
  return value
}

export function stringOption(ruleId: string, options: Record<string, unknown>, key: string): string | undefined {
  const value = options[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new TypeError(
      `Unexpected \`${key}\` for \`${ruleId}\`: expected a string, got \`${JSON.stringify(value)}\``
    )
  }
  return value
}

export function booleanOption(ruleId: string, options: Record<string, unknown>, key: string): boolean | undefined {
  const value = options[key]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') {
    throw new TypeError(
      `Unexpected \`${key}\` for \`${ruleId}\`: expected \`true\` or \`false\`, got \`${JSON.stringify(value)}\``
    )
  }
  return value
}

/**
 * Refuse options a rule does not know, so a typo (`minword`) fails loudly
 * instead of silently keeping the default.
 */
export function knownOptions(ruleId: string, options: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue
    throw new TypeError(
      `Unexpected option \`${key}\` for \`${ruleId}\`: expected ${known.length === 0 ? 'no options' : `one of ${known.map((one) => `\`${one}\``).join(', ')}`}`
    )
  }
}

/** Stands for "no options" (`undefined` or `null`, which every rule reads as `{}`). */
const noOptions = {}

/**
 * Resolve a rule's options once per options object rather than once per note: a processor
 * hands every note the same object. Invalid options are not remembered, so they throw each
 * time as before. The options object is treated as read-only once it has been used.
 */
export function perOptions<T>(resolve: (value: unknown) => T): (value: unknown) => T {
  const resolved = new WeakMap<object, T>()
  return (value) => {
    if (value !== undefined && value !== null && typeof value !== 'object') return resolve(value)
    const key = value ?? noOptions
    if (resolved.has(key)) return resolved.get(key)!
    const result = resolve(value)
    resolved.set(key, result)
    return result
  }
}
