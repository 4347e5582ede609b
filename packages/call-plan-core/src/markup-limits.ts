/**
 * Markdown that the parser under remark (micromark) takes quadratic time on: emphasis marks
 * alternating by the thousand in one paragraph, and lists nested by the thousand on one line.
 * No real note comes near these limits; a hostile one would hang the linter for hours.
 */
export const maxEmphasisRuns = 5000
export const maxListNestingOnOneLine = 1000

export interface MarkupProblem {
  reason: string
  line: number
  column: number
}

/** The first place where a note goes past those limits, found in one pass over its text. */
export function findPathologicalMarkup(text: string): MarkupProblem | undefined {
  let line = 1
  let blockLine = 1
  let runs = 0
  let blank = true
  const nested = deepListAt(text, 0, 1)
  if (nested) return nested
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    if (code === 10 || code === 13) {
      // A blank line ends the paragraph: emphasis cannot pair across it.
      if (blank) {
        runs = 0
        blockLine = line + 1
      }
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      line++
      blank = true
      const nested = deepListAt(text, index + 1, line)
      if (nested) return nested
      continue
    }
    if (code !== 32 && code !== 9) blank = false
    if ((code === 42 || code === 95) && text.charCodeAt(index - 1) !== code) {
      runs++
      if (runs > maxEmphasisRuns) {
        return {
          reason: `This paragraph has more than ${maxEmphasisRuns} runs of \`*\` or \`_\`, more than can be checked, so this note was not checked`,
          line: blockLine,
          column: 1
        }
      }
    }
  }
  return undefined
}

function deepListAt(text: string, start: number, line: number): MarkupProblem | undefined {
  const depth = listDepthAt(text, start)
  if (depth <= maxListNestingOnOneLine) return undefined
  return {
    reason: `Lists are nested ${depth} levels deep on one line, more than the ${maxListNestingOnOneLine} that can be checked, so this note was not checked`,
    line,
    column: 1
  }
}

/** How many list items open at the start of the line beginning at `start` (`- - - 1. * …`). */
function listDepthAt(text: string, start: number): number {
  let depth = 0
  let index = start
  while (index < text.length) {
    while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9 || text.charCodeAt(index) === 62) index++
    const code = text.charCodeAt(index)
    let after = index
    if (code === 45 || code === 42 || code === 43) {
      after = index + 1
    } else {
      while (text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57 && after - index < 9) after++
      if (after === index || (text.charCodeAt(after) !== 46 && text.charCodeAt(after) !== 41)) return depth
      after++
    }
    const next = text.charCodeAt(after)
    if (next !== 32 && next !== 9) return depth
    depth++
    index = after
  }
  return depth
}
