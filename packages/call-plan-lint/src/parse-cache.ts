import type {List, ListItem, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import {AnalysisMemo, rememberAnalysis} from 'call-plan-core'

type Position = NonNullable<Root['position']>
type Point = Position['start']

/**
 * Parsed chunks of notes, for an editor that lints the same note on every keystroke: a note is
 * cut at its top-level ATX headings, and only the chunks whose text changed are parsed again.
 * Inside a chunk, a long top-level list is cut once more, item by item (see “Long lists” below).
 * Whenever a note could parse differently in pieces, the whole note is parsed as usual.
 */
export class ParseCache {
  /** One cache per processor: another processor may have another parser. */
  private readonly byProcessor = new WeakMap<object, Map<string, RootContent[] | false>>()
  private readonly windowsByProcessor = new WeakMap<object, WindowStore>()
  /**
   * Sentences and verdicts of the prose blocks seen so far: an edit changes one block, and the
   * rules need not read the others again. Handed to the rules with each tree this cache builds.
   */
  readonly analysis: AnalysisMemo
  /** @internal How many chunks were built from list-item windows (for tests that must reach them). */
  windowedChunks = 0

  constructor(
    readonly maxChunks = 256,
    readonly maxWindows = 4096,
    maxBlocks = 4096
  ) {
    this.analysis = new AnalysisMemo(maxBlocks)
  }

  /** @internal The chunks remembered for `processor`, least recently used first. */
  chunksFor(processor: object): Map<string, RootContent[] | false> {
    let chunks = this.byProcessor.get(processor)
    if (!chunks) {
      chunks = new Map()
      this.byProcessor.set(processor, chunks)
    }
    return chunks
  }

  /** @internal The list-item windows remembered for `processor`. */
  windowsFor(processor: object): WindowStore {
    let windows = this.windowsByProcessor.get(processor)
    if (!windows) {
      windows = new WindowStore(this.maxWindows)
      this.windowsByProcessor.set(processor, windows)
    }
    return windows
  }
}

/** An empty level-1 heading after a chunk: if it parses as a heading there, the chunk is closed. */
const probeLine = '#\n'

/**
 * The tree `processor.parse(value)` gives, built from cached chunks where that is safe.
 * The tree shares no node with the cache or with another tree.
 */
export function parseWithCache(processor: Processor<Root, Root, Root>, value: string, cache: ParseCache): Root {
  const tree = parseInChunks(processor, value, cache)
  rememberAnalysis(tree, cache.analysis)
  return tree
}

function parseInChunks(processor: Processor<Root, Root, Root>, value: string, cache: ParseCache): Root {
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
      // A list too long for the window cache would only churn it: such a chunk is parsed whole.
      const found = listPieces(text, index === 0)
      const pieces = found && found.starts.length * 2 <= cache.maxWindows ? found : undefined
      const fromWindows = pieces && chunkFromWindows(processor, cache, text, pieces, last, lineBase, start)
      if (fromWindows) {
        cache.windowedChunks++
        // Not kept as a chunk: its items are kept, and the next edit will be in this list again.
        for (const node of fromWindows) children.push(node)
        lineBase += lineCount(text)
        continue
      }
      parsed = parseChunk(processor, text, last)
      if (parsed && pieces) rememberWindows(cache.windowsFor(processor), text, pieces, last, parsed)
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
  return parseClosed(processor, text, last) ?? false
}

/** The children of `text` followed by the probe heading (unless it ends the note), without the probe. */
function parseClosed(processor: Processor<Root, Root, Root>, text: string, last: boolean): RootContent[] | undefined {
  if (last) return processor.parse(text).children
  if (!text.endsWith('\n')) return undefined
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
    return undefined
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
  if (node === null || typeof node !== 'object') return node
  const copyRoot: Record<string, unknown> | unknown[] = Array.isArray(node) ? new Array(node.length) : {}
  const pending: Array<Record<string, unknown> | unknown[]> = [node as Record<string, unknown>, copyRoot]
  // Pairs of (source, target) on one flat stack: a copy per keystroke should leave little garbage.
  while (pending.length > 0) {
    const target = pending.pop()!
    const source = pending.pop()!
    if (Array.isArray(source)) {
      for (let index = 0; index < source.length; index++) (target as unknown[])[index] = copyOne(source[index], pending)
      continue
    }
    for (const key in source) {
      const item = source[key]
      ;(target as Record<string, unknown>)[key] =
        key === 'position' && item ? shift(item as Position, lines, offset) : copyOne(item, pending)
    }
  }
  return copyRoot
}

/** A fresh container for an object or array (filled later from `pending`), or the value itself. */
function copyOne(item: unknown, pending: Array<Record<string, unknown> | unknown[]>): unknown {
  if (item === null || typeof item !== 'object') return item
  const copy: Record<string, unknown> | unknown[] = Array.isArray(item) ? new Array(item.length) : {}
  pending.push(item as Record<string, unknown>, copy)
  return copy
}

function shift(position: Position, lines: number, offset: number): Position {
  const {start, end} = position
  return {
    start: {line: start.line + lines, column: start.column, offset: start.offset === undefined ? undefined : start.offset + offset},
    end: {line: end.line + lines, column: end.column, offset: end.offset === undefined ? undefined : end.offset + offset}
  }
}

/*
 * Long lists. A plan's questions are often one top-level list of hundreds of items: an edit in
 * one item would parse the whole list again. The list is cut at the lines that start an item at
 * the left margin with the list's marker, and each item is parsed in a *window*: with the item
 * before it and the item after it. That is all the context an item's parse depends on: micromark
 * keeps no state from one item to the next except the list's kind and marker (the new item line
 * resets the rest), and the line that starts the next item decides where this one ends and
 * whether a blank line before it makes the list loose (`spread`). Each window is checked by the
 * parser itself: it must come out as one list whose items start exactly at the cut lines, or the
 * whole chunk is parsed as before. The first window also holds what comes before the list, the
 * last one what comes after it, followed by the probe heading that proves the chunk closed.
 */

/** Fewer items than this: the whole chunk is parsed, cutting would not pay. */
const minListItems = 8
/** More windows to parse than this (a paste, the first sight of a note): parse the chunk whole. */
const maxWindowParses = 12

/** Where a chunk's long top-level list is cut: item start lines with one marker. */
interface ListPieces {
  /** `-`, `*` or `+`; `o.` or `o)` for an ordered list. */
  marker: string
  /** Offset in the chunk of each item's first line. */
  starts: number[]
  /** Line index (0-based) in the chunk of each item's first line. */
  lines: number[]
}

/** An item parsed in its window; positions count from the window's start. */
interface ItemWindow {
  item: ListItem
  /** The window's list was loose; `undefined` when not known (learnt from a whole-chunk parse). */
  spread: boolean | undefined
  /** First window: the nodes before the list, and the list's own fields. */
  before?: RootContent[]
  list?: {ordered: boolean; start: number | null; position: Position}
  /** Last window: the nodes after the list, and where the list ends. */
  after?: RootContent[]
  end?: Point
}

/** The item marker a line starts with at the left margin, if any. */
function itemMarker(text: string, offset: number, end: number): string | undefined {
  const char = text[offset]
  let after = offset + 1
  let marker: string
  if (char === '-' || char === '*' || char === '+') {
    marker = char
  } else {
    let digits = 0
    while (digits < 10 && isDigit(text.charCodeAt(offset + digits))) digits++
    const delimiter = text[offset + digits]
    // CommonMark allows up to nine digits.
    if (digits === 0 || digits > 9 || (delimiter !== '.' && delimiter !== ')')) return undefined
    marker = 'o' + delimiter
    after = offset + digits + 1
  }
  return after === end || text[after] === ' ' || text[after] === '\t' ? marker : undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The item start lines of the first top-level list marker in a chunk, when there are enough of
 * them. A guess from the text alone: the windows' parses decide whether it holds.
 */
function listPieces(text: string, firstChunk: boolean): ListPieces | undefined {
  let offset = 0
  let line = 0
  if (firstChunk && (text.startsWith('---') || text.startsWith('+++'))) {
    // Frontmatter is only frontmatter once its closing fence is seen: a window must not end
    // inside it (an unclosed `---` is a thematic break). `chunkStarts` made sure it closes.
    const marker = text.slice(0, 3)
    offset = text.indexOf('\n') + 1
    line = 1
    while (offset > 0 && offset < text.length) {
      const end = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset)
      const closing = text.startsWith(marker, offset) && /^[ \t]*$/.test(text.slice(offset + 3, end))
      offset = end + 1
      line++
      if (closing) break
    }
    if (offset === 0) return undefined
  }
  let marker: string | undefined
  const starts: number[] = []
  const lines: number[] = []
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline
    const found = itemMarker(text, offset, end)
    if (found !== undefined && (marker === undefined || found === marker)) {
      marker = found
      starts.push(offset)
      lines.push(line)
    }
    offset = end + 1
    line++
  }
  return marker !== undefined && starts.length >= minListItems ? {marker, starts, lines} : undefined
}

/** Where window `index` (the window of item `index`) starts in the chunk, as offset and line. */
function windowStart(pieces: ListPieces, index: number): {offset: number; line: number} {
  if (index === 0) return {offset: 0, line: 0}
  return {offset: pieces.starts[index - 1]!, line: pieces.lines[index - 1]!}
}

function windowEnd(pieces: ListPieces, index: number, length: number): number {
  return index + 2 < pieces.starts.length ? pieces.starts[index + 2]! : length
}

/** What kind of window `index` is (first, inner, inner up to the chunk's end, last), with the marker. */
function windowKind(pieces: ListPieces, index: number, last: boolean): string {
  const count = pieces.starts.length
  const kind = index === 0 ? 'F' : index === count - 1 ? (last ? 'L' : 'E') : index === count - 2 ? 'T' : 'I'
  return kind + pieces.marker
}

/** The text of window `index`: with its kind, what its parse depends on. */
function windowText(text: string, pieces: ListPieces, index: number): string {
  return text.slice(windowStart(pieces, index).offset, windowEnd(pieces, index, text.length))
}

/**
 * Item windows by kind and text. Looked up hundreds of times per keystroke, so a hit only
 * stamps the entry; when full, the least recently used half is forgotten at once.
 */
export class WindowStore {
  private readonly byKind = new Map<string, Map<string, {window: ItemWindow | false; used: number}>>()
  private clock = 0
  size = 0

  constructor(private readonly max: number) {}

  get(kind: string, text: string): ItemWindow | false | undefined {
    const entry = this.byKind.get(kind)?.get(text)
    if (!entry) return undefined
    entry.used = ++this.clock
    return entry.window
  }

  set(kind: string, text: string, window: ItemWindow | false): void {
    let texts = this.byKind.get(kind)
    if (!texts) {
      texts = new Map()
      this.byKind.set(kind, texts)
    }
    const known = texts.get(text)
    if (known) {
      known.window = window
      known.used = ++this.clock
      return
    }
    if (this.size >= this.max) this.forgetOldest()
    texts.set(text, {window, used: ++this.clock})
    this.size++
  }

  private forgetOldest(): void {
    const stamps: number[] = []
    for (const texts of this.byKind.values()) for (const entry of texts.values()) stamps.push(entry.used)
    stamps.sort((a, b) => a - b)
    const keepFrom = stamps[Math.floor(stamps.length / 2)]!
    for (const [kind, texts] of this.byKind) {
      for (const [text, entry] of texts) {
        if (entry.used >= keepFrom) continue
        texts.delete(text)
        this.size--
      }
      if (texts.size === 0) this.byKind.delete(kind)
    }
  }
}

/**
 * The chunk's nodes, in note coordinates, built from its list items' windows; `undefined` when
 * too many windows are new (parsing the chunk whole is cheaper) or one does not hold.
 */
function chunkFromWindows(
  processor: Processor<Root, Root, Root>,
  cache: ParseCache,
  text: string,
  pieces: ListPieces,
  last: boolean,
  lineBase: number,
  offsetBase: number
): RootContent[] | undefined {
  const windows = cache.windowsFor(processor)
  const count = pieces.starts.length
  const found = new Array<ItemWindow | false | undefined>(count)
  const texts = new Array<string>(count)
  let missing = 0
  let missingLength = 0
  for (let index = 0; index < count; index++) {
    const windowed = windowText(text, pieces, index)
    texts[index] = windowed
    const window = windows.get(windowKind(pieces, index, last), windowed)
    if (window === false) return undefined
    found[index] = window
    if (window === undefined) {
      missing++
      missingLength += windowed.length
    }
  }
  // Each item is parsed in three windows: when the windows to parse hold much of the chunk (one
  // huge item, a list seen for the first time), parsing the chunk once costs less.
  if (missing > maxWindowParses || missingLength > 2 * text.length) return undefined
  let spread: boolean | undefined = false
  for (let index = 0; index < count; index++) {
    let window = found[index]
    if (window === undefined) {
      window = parseWindow(processor, text, pieces, index, last)
      windows.set(windowKind(pieces, index, last), texts[index]!, window)
    }
    if (window === false) return undefined
    found[index] = window
    // The list is loose when any window's list is: each window sees the blank lines around
    // its item exactly as the whole list does, and a list's end never makes it loose.
    if (window.spread === true) spread = true
    else if (window.spread === undefined && spread === false) spread = undefined
  }
  // Some windows were learnt from a loose list whose blank lines may be gone: ask the parser.
  if (spread === undefined) return undefined

  const first = found[0] as ItemWindow
  const end = found[count - 1] as ItemWindow
  const out: RootContent[] = []
  for (const node of first.before!) out.push(copyShifted(node, lineBase, offsetBase) as RootContent)
  const items = new Array<ListItem>(count)
  for (let index = 0; index < count; index++) {
    const at = windowStart(pieces, index)
    items[index] = copyShifted((found[index] as ItemWindow).item, lineBase + at.line, offsetBase + at.offset) as ListItem
  }
  const endAt = windowStart(pieces, count - 1)
  const list: List = {
    type: 'list',
    ordered: first.list!.ordered,
    start: first.list!.start,
    spread,
    children: items,
    position: {start: shiftPoint(first.list!.position.start, lineBase, offsetBase), end: shiftPoint(end.end!, lineBase + endAt.line, offsetBase + endAt.offset)}
  }
  out.push(list)
  for (const node of end.after!) out.push(copyShifted(node, lineBase + endAt.line, offsetBase + endAt.offset) as RootContent)
  return out
}

/** Whether a node starts at the left margin of line `line` (0-based) of what was parsed. */
function startsAt(node: RootContent | undefined, line: number): boolean {
  return node?.position?.start.line === line + 1 && node.position.start.column === 1
}

/** The list of a window's parse whose items start exactly at the window's cut lines. */
function itemsAt(node: RootContent | undefined, lines: number[]): List | undefined {
  if (node?.type !== 'list' || !startsAt(node, lines[0]!) || node.children.length !== lines.length) return undefined
  return lines.every((line, index) => startsAt(node.children[index], line)) ? node : undefined
}

/** Parse window `index` on its own, or `false` when it does not come out as the list it should. */
function parseWindow(processor: Processor<Root, Root, Root>, chunk: string, pieces: ListPieces, index: number, last: boolean): ItemWindow | false {
  const count = pieces.starts.length
  const at = windowStart(pieces, index)
  const text = chunk.slice(at.offset, windowEnd(pieces, index, chunk.length))
  const relative = (item: number) => pieces.lines[item]! - at.line
  if (index === 0) {
    // What comes before the list, its first item, and the second item's first line to end it.
    const children = processor.parse(text).children
    const list = itemsAt(children.at(-1), [relative(0), relative(1)])
    if (!list) return false
    return {
      item: list.children[0]!,
      spread: list.spread ?? false,
      before: children.slice(0, -1),
      list: {ordered: list.ordered ?? false, start: list.start ?? null, position: list.position!}
    }
  }
  if (index < count - 1) {
    const children = processor.parse(text).children
    const list = itemsAt(children[0], [0, relative(index), relative(index + 1)])
    // Past the next item only the chunk's tail may follow (that window runs to the chunk's end).
    if (!list || (index < count - 2 && children.length !== 1)) return false
    return {item: list.children[1]!, spread: list.spread ?? false}
  }
  // The last item, what follows the list, and the probe heading when another chunk follows.
  const children = parseClosed(processor, text, last)
  if (!children) return false
  const list = itemsAt(children[0], [0, relative(index)])
  if (!list) return false
  return {item: list.children[1]!, spread: list.spread ?? false, after: children.slice(1), end: list.position!.end}
}

/**
 * Learn the windows of a chunk parsed whole: its list must have exactly the items the cut
 * expects. Whether each window alone is loose is not known when the list is loose.
 */
function rememberWindows(
  windows: WindowStore,
  text: string,
  pieces: ListPieces,
  last: boolean,
  children: RootContent[]
): void {
  const count = pieces.starts.length
  const index = children.findIndex((node) => node.type === 'list' && startsAt(node, pieces.lines[0]!))
  const list = itemsAt(children[index], pieces.lines)
  if (!list) return
  const spread = list.spread ? undefined : false
  for (let item = 0; item < count; item++) {
    const kind = windowKind(pieces, item, last)
    const windowed = windowText(text, pieces, item)
    const known = windows.get(kind, windowed)
    if (known !== undefined) {
      // A tight list has no loose window: what was not known is known now.
      if (known && known.spread === undefined) known.spread = spread
      continue
    }
    const at = windowStart(pieces, item)
    const window: ItemWindow = {item: copyShifted(list.children[item], -at.line, -at.offset) as ListItem, spread}
    if (item === 0) {
      window.before = children.slice(0, index)
      window.list = {ordered: list.ordered ?? false, start: list.start ?? null, position: list.position!}
    }
    if (item === count - 1) {
      window.after = children.slice(index + 1).map((node) => copyShifted(node, -at.line, -at.offset) as RootContent)
      window.end = shiftPoint(list.position!.end, -at.line, -at.offset)
    }
    windows.set(kind, windowed, window)
  }
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return {line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset}
}
