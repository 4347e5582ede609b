import type {Root, RootContent} from 'mdast'
import type {Processor} from 'unified'

type Position = NonNullable<Root['position']>

/**
 * Parsed chunks of notes, for an editor that lints the same note on every keystroke: a note is
 * cut at its top-level ATX headings, and only the chunks whose text changed are parsed again.
 * Whenever a note could parse differently in pieces, the whole note is parsed as usual.
 */
export class ParseCache {
  /** One cache per processor: another processor may have another parser. */
  private readonly byProcessor = new WeakMap<object, Map<string, RootContent[] | false>>()

  constructor(readonly maxChunks = 256) {}

  /** @internal The chunks remembered for `processor`, least recently used first. */
  chunksFor(processor: object): Map<string, RootContent[] | false> {
    let chunks = this.byProcessor.get(processor)
    if (!chunks) {
      chunks = new Map()
      this.byProcessor.set(processor, chunks)
    }
    return chunks
  }
}

/** An empty level-1 heading after a chunk: if it parses as a heading there, the chunk is closed. */
const probeLine = '#\n'

/**
 * The tree `processor.parse(value)` gives, built from cached chunks where that is safe.
 * The tree shares no node with the cache or with another tree.
 */
export function parseWithCache(processor: Processor<Root, Root, Root>, value: string, cache: ParseCache): Root {
  const starts = chunkStarts(value)
  if (!starts) return processor.parse(value)
  const chunks = cache.chunksFor(processor)
  const children: RootContent[] = []
  let lineBase = 0
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    const last = index === starts.length - 1
    const text = value.slice(start, last ? value.length : starts[index + 1]!)
    const key = (last ? 'L' : 'M') + text
    let parsed = chunks.get(key)
    if (parsed === undefined) {
      parsed = parseChunk(processor, text, last)
      if (chunks.size >= cache.maxChunks) chunks.delete(chunks.keys().next().value!)
    } else {
      chunks.delete(key)
    }
    chunks.set(key, parsed)
    // A chunk that does not end cleanly before the next heading (an open fence, HTML block…).
    if (parsed === false) return processor.parse(value)
    for (const child of parsed) children.push(copyShifted(child, lineBase, start) as RootContent)
    lineBase += lineCount(text)
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: endOf(value)}}
}

/**
 * Where chunks start (offsets of top-level ATX heading lines, and 0), or `undefined` when the
 * note must be parsed whole: one chunk only, link reference definitions (they are global to the
 * note), a BOM, or carriage returns.
 */
export function chunkStarts(value: string): number[] | undefined {
  if (value.includes(']:') || value.includes('\r') || value.includes('\uFEFF')) return undefined
  const starts = [0]
  let offset = 0
  let fence: string | undefined
  let html: string | undefined
  let lineIndex = 0
  while (offset < value.length) {
    const newline = value.indexOf('\n', offset)
    const end = newline === -1 ? value.length : newline
    const line = value.slice(offset, end)
    if (lineIndex === 0 && (line.startsWith('---') || line.startsWith('+++'))) {
      // Frontmatter stays in the first chunk: find its closing fence, or give up on splitting.
      const marker = line.slice(0, 3)
      let next = newline === -1 ? value.length : newline + 1
      let closed = false
      while (next < value.length) {
        const lineEnd = value.indexOf('\n', next) === -1 ? value.length : value.indexOf('\n', next)
        const candidate = value.slice(next, lineEnd)
        next = lineEnd + 1
        if (candidate.startsWith(marker) && /^[ \t]*$/.test(candidate.slice(3))) {
          closed = true
          break
        }
      }
      if (!closed) return undefined
      offset = next
      lineIndex = 1
      continue
    }
    if (fence !== undefined) {
      const trimmed = line.trimStart()
      let run = 0
      while (trimmed[run] === fence[0]) run++
      if (line.length - trimmed.length <= 3 && run >= fence.length && trimmed.slice(run).trim() === '') fence = undefined
    } else if (html !== undefined) {
      if (html === '' ? line.trim() === '' : line.toLowerCase().includes(html)) html = undefined
    } else {
      const trimmed = line.trimStart()
      const indent = line.length - trimmed.length
      if (indent <= 3 && (trimmed.startsWith('```') || trimmed.startsWith('~~~'))) {
        let length = 3
        while (trimmed[length] === trimmed[0]) length++
        fence = trimmed.slice(0, length)
      } else if (indent <= 3 && trimmed.startsWith('<')) {
        html = htmlEnd(trimmed.toLowerCase())
        if (html !== '' && trimmed.toLowerCase().includes(html, 1)) html = undefined
      } else if (offset > 0 && isAtxHeading(line)) {
        starts.push(offset)
      }
    }
    offset = end + 1
    lineIndex++
  }
  // Conservative on purpose: an unclosed fence or HTML block, or nothing to split, is a full parse.
  if (fence !== undefined || html !== undefined || starts.length < 2) return undefined
  return starts
}

/** What ends an HTML block that starts with `line` (CommonMark kinds 1–5), or '' for a blank line. */
function htmlEnd(line: string): string {
  if (line.startsWith('<!--')) return '-->'
  if (line.startsWith('<?')) return '?>'
  if (line.startsWith('<![cdata[')) return ']]>'
  if (line.startsWith('<!')) return '>'
  for (const name of ['script', 'pre', 'style', 'textarea']) {
    if (line.startsWith('<' + name)) return '</' + name + '>'
  }
  return ''
}

function isAtxHeading(line: string): boolean {
  let hashes = 0
  while (line[hashes] === '#') hashes++
  return hashes >= 1 && hashes <= 6 && (hashes === line.length || line[hashes] === ' ' || line[hashes] === '\t')
}

/**
 * Children of one chunk, or `false` when the chunk does not end cleanly: the chunk is parsed
 * followed by an empty heading, which must come out as a top-level heading on its own line.
 */
function parseChunk(processor: Processor<Root, Root, Root>, text: string, last: boolean): RootContent[] | false {
  if (last) return processor.parse(text).children
  if (!text.endsWith('\n')) return false
  const tree = processor.parse(text + probeLine)
  const probe = tree.children.at(-1)
  const line = lineCount(text) + 1
  if (
    probe?.type !== 'heading' ||
    probe.depth !== 1 ||
    probe.children.length > 0 ||
    probe.position?.start.line !== line ||
    probe.position.start.column !== 1
  ) {
    return false
  }
  return tree.children.slice(0, -1)
}

function lineCount(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

function endOf(value: string): {line: number; column: number; offset: number} {
  const lastNewline = value.lastIndexOf('\n')
  return {line: lineCount(value) + 1, column: value.length - lastNewline, offset: value.length}
}

/**
 * A deep copy of a node with its positions moved down by `lines` lines and `offset` characters.
 * Without recursion: hostile notes nest thousands of levels deep.
 */
function copyShifted(node: unknown, lines: number, offset: number): unknown {
  const root = {value: node}
  const copyRoot: Record<string, unknown> = {}
  const pending: Array<[source: Record<string, unknown> | unknown[], target: Record<string, unknown> | unknown[]]> = [[root, copyRoot]]
  while (pending.length > 0) {
    const [source, target] = pending.pop()!
    for (const [key, item] of Object.entries(source)) {
      let copy: unknown = item
      if (key === 'position' && item && !Array.isArray(source)) {
        copy = shift(item as Position, lines, offset)
      } else if (Array.isArray(item)) {
        copy = new Array(item.length)
        pending.push([item, copy as unknown[]])
      } else if (item !== null && typeof item === 'object') {
        copy = {}
        pending.push([item as Record<string, unknown>, copy as Record<string, unknown>])
      }
      ;(target as Record<string, unknown>)[key] = copy
    }
  }
  return copyRoot.value
}

function shift(position: Position, lines: number, offset: number): Position {
  const {start, end} = position
  return {
    start: {line: start.line + lines, column: start.column, offset: start.offset === undefined ? undefined : start.offset + offset},
    end: {line: end.line + lines, column: end.column, offset: end.offset === undefined ? undefined : end.offset + offset}
  }
}
