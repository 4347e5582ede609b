/**
 * What counts as "nothing written yet" in a plan: shared with customer-context,
 * so a `TBD` goal and a `TBD` value section are judged alike.
 */

/** Whole-line placeholders, compared after trimming case, markup and trailing punctuation. */
const placeholderLines = new Set([
  'tbd',
  'tbc',
  'tba',
  'todo',
  'to do',
  'to-do',
  'fixme',
  'xxx',
  'wip',
  'n/a',
  'na',
  'none',
  'none yet',
  'nothing',
  'nothing yet',
  'empty',
  'placeholder',
  'fill in',
  'fill me in',
  'to fill in',
  'to be done',
  'to be decided',
  'to be confirmed',
  'to be defined',
  'see above',
  'see below',
  'same as above',
  'as above',
  'see notes',
  '[ ]',
  '[x]'
])

/** Words that mark a whole line as a note-to-self ("TODO: ask Dana"), not an answer. */
const placeholderLeads = ['tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx']

/**
 * The prompts the quick fixes insert: left as they are, they still answer nothing.
 * Compared without their trailing ellipsis.
 */
export const valuePrompts = ['They leave with', 'It helps them', 'It matters to them now because']

const promptLines = new Set(
  [
    ...valuePrompts,
    'They want to achieve',
    'What stands in their way is',
    'It matters to them now because',
    'In their words'
  ].map((prompt) => prompt.toLowerCase())
)

/** Whether one line of prose is only a placeholder (`TBD`, `…`, `n/a`, lorem ipsum, a bare prompt). */
export function isPlaceholder(text: string): boolean {
  const value = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  if (!hasWordCharacter(value)) return true
  if (value.includes('lorem ipsum') || value.includes('dolor sit amet')) return true

  const core = trimMarks(value)
  if (placeholderLines.has(core)) return true
  if (promptLines.has(trimTrailingEllipsis(core))) return true

  for (const lead of placeholderLeads) {
    if (core.startsWith(lead) && !isWordCharacter(core.charCodeAt(lead.length))) return true
  }
  return false
}

/** Prose without Obsidian `%% comments %%`: they never show in the note, so they answer nothing. */
export function visibleText(text: string): string {
  let result = ''
  let from = 0
  while (from < text.length) {
    const open = text.indexOf('%%', from)
    if (open === -1) break
    const close = text.indexOf('%%', open + 2)
    if (close === -1) break
    result += text.slice(from, open)
    from = close + 2
  }
  return result + text.slice(from)
}

/** Number of words (runs with a letter or digit) in some prose. */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  let hasLetter = false
  for (const char of text) {
    const space = char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00A0'
    if (space) {
      if (inWord && hasLetter) count++
      inWord = false
      hasLetter = false
      continue
    }
    inWord = true
    if (!hasLetter && /[\p{L}\p{N}]/u.test(char)) hasLetter = true
  }
  if (inWord && hasLetter) count++
  return count
}

function hasWordCharacter(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value)
}

function isWordCharacter(code: number): boolean {
  if (Number.isNaN(code)) return false
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code))
}

/** Strip emphasis marks, brackets and trailing punctuation around a line: `**TBD.**` → `tbd`. */
function trimMarks(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && '*_~`"\'( '.includes(value[start]!)) start++
  while (end > start && '*_~`"\') .:!;,'.includes(value[end - 1]!)) end--
  return value.slice(start, end)
}

function trimTrailingEllipsis(value: string): string {
  let end = value.length
  while (end > 0 && (value[end - 1] === '.' || value[end - 1] === ' ' || value[end - 1] === ':')) end--
  return value.slice(0, end)
}
