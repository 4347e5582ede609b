import matter from 'gray-matter'
import {parse as parseToml, TomlError} from 'smol-toml'

/** A point in the note, 1-indexed like every unist point. */
export interface NotePoint {
  line: number
  column: number
}

/** Why the frontmatter could not be read; `place` is in the note, not in the block. */
export interface FrontmatterProblem {
  kind: 'syntax' | 'unclosed' | 'executable' | 'unsupported'
  reason: string
  place: NotePoint
}

export interface Frontmatter {
  /** `none` when the note has no frontmatter at all. */
  language: 'yaml' | 'toml' | 'none' | string
  /** Top-level fields; empty when there is no frontmatter or it could not be read. */
  data: Record<string, unknown>
  problem?: FrontmatterProblem
  /** Line of each top-level field, so messages can point at the field. */
  fieldLines: Record<string, number>
  /**
   * Best-effort `field: value` pairs read line by line, without a parser: used only to
   * recognise a call plan whose frontmatter is broken or refused, so that it still gets its message.
   */
  looseData: Record<string, string>
  /** Last line of the frontmatter block (the closing fence); 0 without frontmatter. */
  endLine: number
}

const executableLanguages = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson'])

/**
 * gray-matter runs `eval` for `---js` blocks and ignores its own `eval: false`;
 * these engines take their place so such a block can never run.
 */
function refuse(): never {
  throw new Error('JavaScript frontmatter is never run')
}

const refusingEngines = Object.fromEntries(
  [...executableLanguages].map((name) => [name, {parse: refuse, stringify: refuse}])
)

/** More than this many blank lines in a row make gray-matter's comment stripper quadratic. */
const maxBlankRun = 64

/**
 * Read the frontmatter of a note without ever running it.
 *
 * Only YAML (`---`) and TOML (`+++`) are read; a block in any other language
 * (`---js`, `---coffee`, …) is reported, not parsed.
 */
export function readFrontmatter(document: string): Frontmatter {
  const text = document.charCodeAt(0) === 0xfeff ? document.slice(1) : document
  const firstLineEnd = lineEnd(text, 0)
  const firstLine = text.slice(0, firstLineEnd).trimEnd()
  const none: Frontmatter = {language: 'none', data: {}, fieldLines: {}, looseData: {}, endLine: 0}

  let fence: string
  let language: string
  if (firstLine.startsWith('---') && !firstLine.startsWith('----')) {
    fence = '---'
    language = firstLine.slice(3).trim().toLowerCase() || 'yaml'
  } else if (firstLine === '+++') {
    fence = '+++'
    language = 'toml'
  } else {
    return none
  }

  const lines = splitLines(text)
  let closing = -1
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trimEnd() === fence) {
      closing = index
      break
    }
  }

  const blockLines = lines.slice(1, closing === -1 ? lines.length : closing)
  const {fieldLines, looseData} = scanFields(blockLines)

  if (executableLanguages.has(language)) {
    return {
      language,
      data: {},
      fieldLines,
      looseData,
      endLine: closing === -1 ? 1 : closing + 1,
      problem: {
        kind: 'executable',
        reason: `\`---${language}\` frontmatter contains code; it is never run`,
        place: {line: 1, column: 1}
      }
    }
  }

  if (closing === -1) {
    // Without a closing fence there is no frontmatter block, only a broken first line.
    return {
      ...none,
      language,
      looseData,
      problem: {
        kind: 'unclosed',
        reason: `the frontmatter opened with \`${fence}\` on line 1 is never closed`,
        place: {line: 1, column: 1}
      }
    }
  }

  const result: Frontmatter = {
    language,
    data: {},
    fieldLines,
    looseData,
    endLine: closing + 1
  }

  if (language !== 'yaml' && language !== 'toml') {
    result.problem = {
      kind: 'unsupported',
      reason: `\`---${language}\` frontmatter is not supported (use YAML)`,
      place: {line: 1, column: 1}
    }
    return result
  }

  // YAML refuses NUL characters but reports them at the start of the block: point at the NUL.
  const nulLine = blockLines.findIndex((line) => line.includes('\0'))
  if (nulLine !== -1) {
    result.problem = {
      kind: 'syntax',
      reason: 'the frontmatter contains a NUL character, which is not text',
      place: {line: nulLine + 2, column: blockLines[nulLine]!.indexOf('\0') + 1}
    }
    return result
  }

  try {
    const data =
      language === 'toml'
        ? parseTomlBlock(blockLines.join('\n'))
        : parseYamlBlock(blockLines)
    result.data = isRecord(data) ? data : {}
    if (data !== undefined && data !== null && !isRecord(data)) {
      result.problem = {
        kind: 'syntax',
        reason: 'the frontmatter is not a list of `field: value` lines',
        place: {line: 2, column: 1}
      }
    }
  } catch (error) {
    result.problem = syntaxProblem(error)
  }

  return result
}

function parseYamlBlock(blockLines: string[]): unknown {
  let blankRun = 0
  const safeLines = blockLines.map((line) => {
    blankRun = line.trim() === '' ? blankRun + 1 : 0
    return blankRun > maxBlankRun ? '#' : line
  })
  // gray-matter is given the block alone, always with an options object:
  // without one it caches by content and returns `{}` for broken YAML the second time.
  const file = matter(`---\n${safeLines.join('\n')}\n---\n`, {
    language: 'yaml',
    engines: refusingEngines
  })
  return file.data
}

function parseTomlBlock(source: string): unknown {
  const file = matter(`+++\n${source}\n+++\n`, {
    language: 'toml',
    delimiters: '+++',
    engines: {...refusingEngines, toml: (input: string) => parseToml(input) as object}
  })
  return file.data
}

interface YamlMark {
  line: number
  column: number
}

function syntaxProblem(error: unknown): FrontmatterProblem {
  if (error instanceof TomlError) {
    const firstLine = String(error.message).split('\n')[0] ?? ''
    return {
      kind: 'syntax',
      reason: firstLine.replace(/^Invalid TOML document: /, ''),
      // gray-matter hands the block over with the fence line's line break still in front,
      // so TOML's own line number is already the line in the note.
      place: {line: error.line, column: error.column}
    }
  }

  const yamlError = error as {reason?: string; mark?: YamlMark; message?: string}
  if (yamlError && yamlError.mark && typeof yamlError.mark.line === 'number') {
    // The string given to gray-matter starts with the fence line, like the note.
    return {
      kind: 'syntax',
      reason: yamlError.reason || 'the frontmatter is not valid YAML',
      place: {line: yamlError.mark.line + 1, column: yamlError.mark.column + 1}
    }
  }

  return {
    kind: 'syntax',
    reason: yamlError && yamlError.message ? yamlError.message : 'the frontmatter cannot be read',
    place: {line: 1, column: 1}
  }
}

function scanFields(blockLines: string[]): {fieldLines: Record<string, number>; looseData: Record<string, string>} {
  const fieldLines: Record<string, number> = {}
  const looseData: Record<string, string> = {}
  blockLines.forEach((line, index) => {
    const first = line.charCodeAt(0)
    // Top-level fields start at column 1 with a name character.
    if (Number.isNaN(first) || first === 32 || first === 9 || line.startsWith('#') || line.startsWith('-')) return
    const colon = line.indexOf(':')
    const equals = line.indexOf('=')
    const separator = colon > 0 && (equals === -1 || colon < equals) ? colon : equals
    if (separator <= 0) return
    const key = unquote(line.slice(0, separator).trim())
    if (!key || key in fieldLines) return
    fieldLines[key] = index + 2
    looseData[key] = unquote(line.slice(separator + 1).trim().replace(/,$/, '').trim())
  })
  return {fieldLines, looseData}
}

function unquote(value: string): string {
  const first = value[0]
  if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2) return value.slice(1, -1)
  return value
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

function lineEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return text.length
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
