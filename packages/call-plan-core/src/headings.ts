/**
 * Heading text reduced to what a person means by it, so that
 * "## 💡 WIIFM: What’s in it for the Customer?" matches "What's in it for the customer".
 */
export function normalizeHeading(text: string): string {
  let value = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/\p{Extended_Pictographic}|[\uFE0E\uFE0F\u200D\u20E3]|\p{Emoji_Modifier}/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
  value = trimEdgePunctuation(value)
  return value
}

/**
 * The heading without a leading "WIIFM"-style abbreviation ("WIIFM: …", "WIIFT – …"),
 * or `undefined` when it has none (or is nothing but the abbreviation).
 */
function withoutAbbreviation(original: string): string | undefined {
  const trimmed = original.replace(/\p{Extended_Pictographic}|[\uFE0E\uFE0F\u200D]/gu, ' ').trim()
  let end = 0
  while (end < trimmed.length && isUpperAscii(trimmed.charCodeAt(end))) end++
  if (end < 3 || end > 7) return undefined
  const rest = trimmed.slice(end)
  const separator = rest.match(/^\s*(?:[:\-\u2013\u2014|/]|\))\s*|^\s+/)
  if (!separator) return undefined
  const remainder = rest.slice(separator[0].length)
  return remainder.trim() ? remainder : undefined
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90
}

function trimEdgePunctuation(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isEdgePunctuation(value[start]!)) start++
  while (end > start && isEdgePunctuation(value[end - 1]!)) end--
  return value.slice(start, end).trim()
}

function isEdgePunctuation(char: string): boolean {
  return '?:!.¿¡*_~#-–—()[]"\' \t'.includes(char)
}

/** Split off a trailing qualifier: "Customer value (Acme)" → "Customer value". */
function beforeQualifier(value: string): string | undefined {
  for (const separator of [' (', ' - ', ' – ', ' — ', ': ', ' | ']) {
    const index = value.indexOf(separator)
    if (index > 0) return value.slice(0, index)
  }
  return undefined
}

const wantedSets = new Map<string, Set<string>>()
const verdicts = new Map<string, boolean>()
/** Bounds both memos, so a long-lived editor server does not grow with every heading it sees. */
const maxRemembered = 5000

/**
 * Whether a heading (as written) is one of the given phrasings. Every rule asks this about
 * every section of every note, so answers are remembered.
 */
export function headingMatches(heading: string, phrasings: readonly string[]): boolean {
  const phrasingsKey = phrasings.join('\u0000')
  const key = `${phrasingsKey}\u0001${heading}`
  const known = verdicts.get(key)
  if (known !== undefined) return known

  let wanted = wantedSets.get(phrasingsKey)
  if (!wanted) {
    wanted = new Set(phrasings.map(normalizeHeading))
    if (wantedSets.size > maxRemembered) wantedSets.clear()
    wantedSets.set(phrasingsKey, wanted)
  }

  const verdict = candidatesOf(heading).some((candidate) => wanted.has(candidate))
  if (verdicts.size > maxRemembered) verdicts.clear()
  verdicts.set(key, verdict)
  return verdict
}

/** The forms of a heading worth comparing: as written, without abbreviation, without qualifier. */
function candidatesOf(heading: string): string[] {
  const candidates = new Set<string>()
  for (const text of [heading, withoutAbbreviation(heading)]) {
    if (!text) continue
    const normalized = normalizeHeading(text)
    candidates.add(normalized)
    const head = beforeQualifier(normalized)
    if (head) candidates.add(trimEdgePunctuation(head))
  }
  return [...candidates]
}
