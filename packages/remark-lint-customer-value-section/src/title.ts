import type {Heading, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import type {RuleContext} from 'call-plan-core'

/** The note's title: its first level-1 heading (ATX or setext), if it has one. */
export function noteTitle(context: RuleContext): Heading | undefined {
  for (const node of context.tree.children) {
    if (node.type === 'heading' && node.depth === 1 && node.position) return node
  }
  return undefined
}

/**
 * A zero-width place to insert new sections, with the text to put around them
 * so the insertion reads as its own blocks.
 */
export interface Insertion {
  place: Position
  /** Line ending of the note (`\n` or `\r\n`), for inserted text. */
  eol: string
  /** Turn blocks of Markdown (joined by blank lines) into the text to insert here. */
  wrap: (markdown: string) => string
}

/**
 * Where a new section goes: after the title and the lines that open the note, just
 * before its first section. Inserted any earlier, the new heading would swallow those
 * opening lines; without a title or opening lines, right after the frontmatter.
 */
export function insertionAfterTitle(context: RuleContext): Insertion {
  const {source} = context
  const eol = source.includes('\r\n') ? '\r\n' : '\n'
  const title = noteTitle(context)
  let anchor: RootContent | undefined
  for (const node of context.tree.children) {
    if (node.type === 'yaml' || (node.type as string) === 'toml') continue
    if (node.type === 'heading' && node !== title) break
    anchor = node
  }

  if (anchor?.position) {
    const point = anchor.position.end
    // A blank line before, and one after unless the note already has it, so whatever
    // follows stays a block of its own.
    const after = source.slice(point.offset ?? source.length, (point.offset ?? source.length) + eol.length * 2)
    const tail = after === eol + eol ? '' : eol
    return {
      place: {start: point, end: point},
      eol,
      wrap: (markdown) => eol + eol + withEol(markdown, eol) + tail
    }
  }

  const endLine = context.analysis.frontmatter.endLine
  if (endLine === 0) {
    const point = {line: 1, column: 1, offset: 0}
    return {place: {start: point, end: point}, eol, wrap: (markdown) => withEol(markdown, eol) + eol + eol}
  }

  const starts = lineStarts(source)
  const next = starts[endLine]
  if (next !== undefined) {
    const point = {line: endLine + 1, column: 1, offset: next}
    const blankNext = source.startsWith(eol, next) || next === source.length
    return {place: {start: point, end: point}, eol, wrap: (markdown) => withEol(markdown, eol) + eol + (blankNext ? '' : eol)}
  }

  // The note ends on the closing fence, without a line break.
  const fenceStart = starts[endLine - 1] ?? 0
  const point = {line: endLine, column: source.length - fenceStart + 1, offset: source.length}
  return {place: {start: point, end: point}, eol, wrap: (markdown) => eol + withEol(markdown, eol) + eol}
}

/** The range of one line's text (without its line ending); zero-width when the line is empty or absent. */
export function lineRange(source: string, line: number): Position {
  const starts = lineStarts(source)
  const start = starts[line - 1]
  if (start === undefined) {
    const point: Point = {line: 1, column: 1, offset: 0}
    return {start: point, end: point}
  }
  let end = start
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++
  // Trailing spaces are not part of what the reader sees as the line.
  while (end > start && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--
  return {
    start: {line, column: 1, offset: start},
    end: {line, column: end - start + 1, offset: end}
  }
}

/** Offset where each line starts (`\n`, `\r\n` and `\r` end a line, as in micromark). */
export function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 13 && source.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

function withEol(markdown: string, eol: string): string {
  return eol === '\n' ? markdown : markdown.replaceAll('\n', eol)
}
