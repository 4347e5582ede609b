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
    for (const match of node.value.matchAll(tagPattern)) {
      const name = match[2]!
      // Obsidian ignores all-digit tags such as `#1`.
      if (/^[\d/_-]+$/.test(name)) continue
      const at = match.index + match[1]!.length
      tags.push({name, ...pointIn(node, at)})
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
    let lineStart = 0
    while (lineStart <= value.length) {
      let lineEnd = value.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = value.length
      collectFields(node, value.slice(lineStart, lineEnd), lineStart, fields)
      lineStart = lineEnd + 1
    }
  })
  return fields
}

function collectFields(node: Text, line: string, lineOffset: number, fields: InlineField[]): void {
  let search = 0
  while (true) {
    const marker = line.indexOf('::', search)
    if (marker === -1) return
    search = marker + 2
    const open = Math.max(line.lastIndexOf('[', marker), line.lastIndexOf('(', marker))
    const bracketed = open !== -1
    const keyStart = bracketed ? open + 1 : 0
    const key = line.slice(keyStart, marker).trim()
    if (!isFieldName(key)) continue
    let valueEnd = line.length
    if (bracketed) {
      const close = line.indexOf(line[open] === '[' ? ']' : ')', marker)
      if (close === -1) continue
      valueEnd = close
    }
    fields.push({
      key: normalizeFieldName(key),
      value: line.slice(marker + 2, valueEnd).trim(),
      ...pointIn(node, lineOffset + keyStart + (line.slice(keyStart).length - line.slice(keyStart).trimStart().length))
    })
    search = valueEnd
  }
}

function isFieldName(key: string): boolean {
  return key.length > 0 && key.length <= 60 && /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(key)
}

export function normalizeFieldName(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_-]+/g, '-')
}

/** The point of character `index` of a text node, assuming the value is its source text. */
function pointIn(node: Text, index: number): {line: number; column: number} {
  const start = node.position!.start
  let line = start.line
  let column = start.column
  for (let position = 0; position < index && position < node.value.length; position++) {
    if (node.value.charCodeAt(position) === 10) {
      line++
      column = 1
    } else {
      column++
    }
  }
  return {line, column}
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
  const newline = source.indexOf('\n', start)
  const titleEnd = newline === -1 || newline > end ? end : newline
  const openBracket = source.indexOf(']', start)
  let title = source.slice(openBracket + 1, titleEnd).replace(/\r$/, '')
  if (title.startsWith('+') || title.startsWith('-')) title = title.slice(1)
  title = title.trim()
  return {node, type, title: title || type, contentStart: titleEnd}
}
