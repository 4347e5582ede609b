import type {Blockquote, Root, Text} from 'mdast'
import {visit} from 'unist-util-visit'

export interface InlineTag {
  /** Tag without `#`, as written. */
  name: string
  line: number
  column: number
}

const tagPattern = /(^|[\s(,;])#([\p{L}\p{N}_/-]+)/gu

/** Obsidian `#tags` written in the text of the note (not in code, links or frontmatter). */
export function inlineTags(tree: Root): InlineTag[] {
  const tags: InlineTag[] = []
  visit(tree, 'text', (node: Text) => {
    if (!node.value.includes('#') || !node.position) return
    const locate = pointer(node)
    for (const match of node.value.matchAll(tagPattern)) {
      const name = match[2]!
      // Obsidian ignores all-digit tags such as `#1`.
      if (/^[\d/_-]+$/.test(name)) continue
      const at = match.index + match[1]!.length
      tags.push({name, ...locate(at)})
    }
  })
  return tags
}

export interface InlineField {
  /** Field name, lowercased, spaces and dashes folded to `-`. */
  key: string
  value: string
  line: number
  column: number
}

/**
 * Dataview inline fields: `goal:: cut scrap` at the start of a line, or
 * `[goal:: cut scrap]` / `(goal:: cut scrap)` inside a line.
 */
export function inlineFields(tree: Root): InlineField[] {
  const fields: InlineField[] = []
  visit(tree, 'text', (node: Text) => {
    const value = node.value
    if (!value.includes('::') || !node.position) return
    // Fields are found in order, so their points are found walking forward once.
    const locate = pointer(node)
    let lineStart = 0
    while (lineStart <= value.length) {
      const lineEnd = lineEndAfter(value, lineStart, value.length)
      collectFields(locate, value.slice(lineStart, lineEnd), lineStart, fields)
      lineStart = lineEnd + (value.charCodeAt(lineEnd) === 13 && value.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
    }
  })
  return fields
}

/** Longest field name looked for, so a long line of `::` is scanned a bounded way back from each. */
const maxFieldName = 60

function collectFields(
  locate: (index: number) => {line: number; column: number},
  line: string,
  lineOffset: number,
  fields: InlineField[]
): void {
  // Past the last closing bracket no bracketed field can end: known once, not searched per marker.
  const lastClose = {'[': line.lastIndexOf(']'), '(': line.lastIndexOf(')')}
  let search = 0
  while (true) {
    const marker = line.indexOf('::', search)
    if (marker === -1) return
    search = marker + 2
    const open = openingBracket(line, marker)
    const bracketed = open !== -1
    const keyStart = bracketed ? open + 1 : 0
    if (marker - keyStart > maxFieldName + 2) continue
    const key = line.slice(keyStart, marker).trim()
    if (!isFieldName(key)) continue
    let valueEnd = line.length
    if (bracketed) {
      const bracket = line[open] as '[' | '('
      if (lastClose[bracket] < marker) continue
      valueEnd = line.indexOf(bracket === '[' ? ']' : ')', marker)
    }
    let keyAt = keyStart
    while (line[keyAt] === ' ' || line[keyAt] === '\t') keyAt++
    fields.push({
      key: normalizeFieldName(key),
      value: line.slice(marker + 2, valueEnd).trim(),
      ...locate(lineOffset + keyAt)
    })
    search = Math.max(search, valueEnd)
  }
}

/** The nearest `[` or `(` before `marker`, looked for no further back than a field name can be long. */
function openingBracket(line: string, marker: number): number {
  const stop = Math.max(0, marker - maxFieldName - 2)
  for (let index = marker - 1; index >= stop; index--) {
    if (line[index] === '[' || line[index] === '(') return index
  }
  return -1
}

function isFieldName(key: string): boolean {
  return key.length > 0 && key.length <= 60 && /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(key)
}

export function normalizeFieldName(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_-]+/g, '-')
}

/**
 * Points of characters of a text node asked for in increasing order: each call walks
 * on from the last one, so many points in one long node cost one walk.
 */
function pointer(node: Text): (index: number) => {line: number; column: number} {
  let line = node.position!.start.line
  let column = node.position!.start.column
  let position = 0
  return (index) => {
    for (; position < index && position < node.value.length; position++) {
      const code = node.value.charCodeAt(position)
      // `\r\n`, `\n` and a lone `\r` (old Mac notes) each end a line.
      if (code === 10 || (code === 13 && node.value.charCodeAt(position + 1) !== 10)) {
        line++
        column = 1
      } else {
        column++
      }
    }
    return {line, column}
  }
}


export interface Callout {
  node: Blockquote
  /** `note`, `tip`, … lowercased. */
  type: string
  /** Title as written, or the type when the callout has none. */
  title: string
  /** Offset just after the title line: the callout's content starts here. */
  contentStart: number
}

/** Obsidian callouts: `> [!note] Title`. `source` is the whole note. */
export function calloutOf(node: Blockquote, source: string): Callout | undefined {
  const first = node.children[0]
  if (!first || first.type !== 'paragraph') return undefined
  const head = first.children[0]
  if (!head || head.type !== 'text' || !head.value.startsWith('[!')) return undefined
  const close = head.value.indexOf(']')
  if (close < 3) return undefined
  const type = head.value.slice(2, close).trim().toLowerCase()
  if (!/^[\w-]+$/.test(type)) return undefined
  const start = head.position?.start.offset
  const end = first.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const titleEnd = lineEndAfter(source, start, end)
  const openBracket = source.indexOf(']', start)
  let title = source.slice(openBracket + 1, titleEnd).replace(/\r$/, '')
  if (title.startsWith('+') || title.startsWith('-')) title = title.slice(1)
  title = title.trim()
  return {node, type, title: title || type, contentStart: titleEnd}
}

/** Offset of the first line ending (`\n` or `\r`) in `text` from `start`, or `end` when there is none before it. */
function lineEndAfter(text: string, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return end
}
