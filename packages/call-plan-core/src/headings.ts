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

/** What is remembered about one list of phrasings: its normalized forms and the verdicts so far. */
interface PhrasingMemo {
  wanted: Set<string>
  verdicts: Map<string, boolean>
}

/**
 * Rules pass the same list object for every note (they resolve their options once per
 * options object), so the memo is found by identity, without building a key per call.
 * The list is treated as read-only: changing it after a call is not noticed.
 */
const byList = new WeakMap<readonly string[], PhrasingMemo>()
/** Lists built afresh per call (by callers outside the rules) still share one memo per content. */
const byContent = new Map<string, PhrasingMemo>()
/** Bounds the memos, so a long-lived editor server does not grow with every heading it sees. */
const maxRemembered = 5000
const maxLists = 64

function memoOf(phrasings: readonly string[]): PhrasingMemo {
  let memo = byList.get(phrasings)
  if (memo) return memo
  const key = phrasings.join('\u0000')
  memo = byContent.get(key)
  if (!memo) {
    memo = {wanted: new Set(phrasings.map(normalizeHeading)), verdicts: new Map()}
    if (byContent.size >= maxLists) byContent.clear()
    byContent.set(key, memo)
  }
  byList.set(phrasings, memo)
  return memo
}

/**
 * Whether a heading (as written) is one of the given phrasings. Every rule asks this about
 * every section of every note, so answers are remembered.
 */
export function headingMatches(heading: string, phrasings: readonly string[]): boolean {
  const {wanted, verdicts} = memoOf(phrasings)
  const known = verdicts.get(heading)
  if (known !== undefined) return known

  const verdict = candidatesOf(heading).some((candidate) => wanted.has(candidate))
  if (verdicts.size >= maxRemembered) verdicts.clear()
  verdicts.set(heading, verdict)
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
