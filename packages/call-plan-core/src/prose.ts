import type {Nodes, PhrasingContent, RootContent} from 'mdast'
import type {Sentence as NlcstSentence, Word as NlcstWord} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {toString as nlcstToString} from 'nlcst-to-string'
import {location} from 'vfile-location'
import type {Section} from './sections.js'
import {noteText} from './text.js'
import {analysisMemoOf, analysisMemoOfSection, type AnalysisMemo, type BlockSentence} from './memo.js'

/**
 * The readable text of one block (a paragraph, a list item's paragraph…),
 * with the note offset of every character so findings point at the source.
 */
export interface ProseBlock {
  text: string
  /** `offsets[i]` is the offset in the note of `text[i]`. */
  offsets: number[]
  /** `quoted[i]` is 1 when `text[i]` is inside quotation marks. */
  quoted: Uint8Array
}

export interface Word {
  value: string
  /** Lowercased, curly apostrophes straightened. */
  normal: string
  /** Index of the word in `Sentence.text`. */
  index: number
  /** Inside quotation marks: somebody else's words. */
  quoted: boolean
}

export interface Sentence {
  text: string
  words: Word[]
  position: Position
  isQuestion: boolean
}

/**
 * The prose of a section: paragraphs, list items and quotes, without code,
 * HTML, link targets, URLs, wikilink targets behind an alias, or the heading.
 */
export function proseBlocks(section: Section, source: string): ProseBlock[] {
  // Several rules read the same section (its words, its sentences, whether it says anything):
  // build its blocks once. Callers only read them.
  const cached = blockCache.get(section)
  if (cached && cached.source === source) return cached.blocks
  const blocks: ProseBlock[] = []
  const memo = analysisMemoOfSection(section)
  for (const node of section.nodes) collectBlocks(node, section.contentStart, source, blocks, memo)
  blockCache.set(section, {source, blocks})
  return blocks
}

const blockCache = new WeakMap<Section, {source: string; blocks: ProseBlock[]}>()

function collectBlocks(node: RootContent, from: number, source: string, blocks: ProseBlock[], memo: AnalysisMemo | undefined): void {
  switch (node.type) {
    case 'paragraph':
    case 'tableCell': {
      const base = node.position?.start.offset
      const key = memo && base !== undefined ? paragraphKey(node.children, base, from, source) : undefined
      if (key === undefined || base === undefined) {
        const builder = new BlockBuilder(from, source)
        for (const child of node.children) builder.phrasing(child)
        pushBlock(builder, blocks)
        return
      }
      // An editor has seen this paragraph before, maybe elsewhere in the note: same blocks, moved.
      const relative = memo!.blocksOf(key, () => {
        const builder = new BlockBuilder(from, source)
        for (const child of node.children) builder.phrasing(child)
        const built: ProseBlock[] = []
        pushBlock(builder, built)
        return built.map((block) => ({text: block.text, quoted: block.quoted, offsets: block.offsets.map((offset) => offset - base)}))
      })
      for (const block of relative) blocks.push({text: block.text, offsets: block.offsets.map((offset) => offset + base), quoted: block.quoted})
      return
    }
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
    case 'tableRow':
    case 'footnoteDefinition': {
      for (const child of node.children as RootContent[]) collectBlocks(child, from, source, blocks, memo)
      return
    }
    default:
      // Code, HTML, headings inside the section, frontmatter, breaks: not prose.
      return
  }
}

/**
 * Everything the block builder reads of a paragraph, with offsets counted from its start: its
 * phrasing (types, values, places) and, where a value differs from its source, the source. Two
 * paragraphs with the same key give the same blocks, moved. `undefined`: not worth remembering.
 */
function paragraphKey(children: PhrasingContent[], base: number, from: number, source: string): string | undefined {
  const parts: string[] = [from <= base ? '' : String(from - base)]
  let readsSource = false
  let end = base
  const pending: PhrasingContent[] = [...children].reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    switch (node.type) {
      case 'text': {
        const start = node.position?.start.offset
        const stop = node.position?.end.offset
        if (start === undefined || stop === undefined) return undefined
        if (stop - start !== node.value.length) readsSource = true
        if (stop > end) end = stop
        parts.push(`t${start - base},${stop - base},${node.value.length}:${node.value}`)
        break
      }
      case 'break':
      case 'inlineCode': {
        const start = node.position?.start.offset
        if (start === undefined) return undefined
        parts.push(`${node.type === 'break' ? 'b' : 'c'}${start - base}`)
        break
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!)
        break
      default:
        // Not read by the builder.
        break
    }
  }
  // Lengths lead every value, so no text can pass for another key.
  if (readsSource) parts.push(`s${end - base}:${source.slice(base, end)}`)
  return parts.join('\u0000')
}

function pushBlock(builder: BlockBuilder, blocks: ProseBlock[]): void {
  // A list item written as a task (`[ ] call back`) without GFM starts with its checkbox.
  builder.dropLeadingCheckbox()
  let first = true
  for (const block of builder.lines()) {
    // A callout's `[!type] Title` line is its heading, not its prose.
    const isCalloutTitle = first && block.text.startsWith('[!') && block.text.includes(']')
    first = false
    if (!isCalloutTitle && block.text.trim()) blocks.push({...block, quoted: markQuoted(block.text)})
  }
}

const maxSkip = 64

class BlockBuilder {
  private chars: string[] = []
  private offsets: number[] = []

  constructor(
    private readonly from: number,
    private readonly source: string
  ) {}

  phrasing(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
        this.text(node.value, node.position?.start.offset, node.position?.end.offset)
        return
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (const child of node.children) this.phrasing(child)
        return
      case 'break':
        this.push('\n', node.position?.start.offset ?? 0)
        return
      case 'inlineCode':
        // Code is not prose, but it still separates the words around it.
        this.push(' ', node.position?.start.offset ?? 0)
        return
      default:
        return
    }
  }

  private push(char: string, offset: number): void {
    if (offset < this.from) return
    this.chars.push(char)
    this.offsets.push(offset)
  }

  private text(value: string, start: number | undefined, end: number | undefined): void {
    if (start === undefined) return
    const at = this.sourceOffsets(value, start, end ?? start + value.length)
    // Once no `]]` follows some `[[`, none follows a later one: looking again would be quadratic.
    let unclosedWikilink = false
    let index = 0
    while (index < value.length) {
      if (!unclosedWikilink && (value.startsWith('[[', index) || value.startsWith('![[', index))) {
        const open = value.startsWith('!', index) ? index + 3 : index + 2
        const close = value.indexOf(']]', open)
        if (close === -1) unclosedWikilink = true
        else {
          const inner = value.slice(open, close)
          const pipe = inner.lastIndexOf('|')
          // `[[Target|Alias]]` reads as "Alias"; `[[Notes/Target#Part]]` as "Target".
          const shownStart = pipe === -1 ? open + Math.max(inner.lastIndexOf('/', inner.indexOf('#') === -1 ? inner.length : inner.indexOf('#')) + 1, 0) : open + pipe + 1
          const hash = inner.indexOf('#')
          const shownEnd = pipe === -1 && hash !== -1 ? open + hash : close
          for (let i = shownStart; i < shownEnd; i++) this.push(value[i]!, at(i))
          index = close + 2
          continue
        }
      }
      if (startsUrl(value, index)) {
        let end = index
        while (end < value.length && !isWhitespace(value.charCodeAt(end))) end++
        this.push(' ', at(index))
        index = end
        continue
      }
      this.push(value[index]!, at(index))
      index++
    }
  }

  /**
   * The note offset of each character of a text node's value. The value differs from
   * its source inside blockquotes (the `> ` of each line), and with escapes or
   * character references: characters are matched in order, which stays linear.
   */
  private sourceOffsets(value: string, start: number, end: number): (index: number) => number {
    if (end - start === value.length) return (index) => start + index
    const offsets = new Array<number>(value.length)
    let cursor = start
    for (let index = 0; index < value.length; index++) {
      // A character is looked for a short way ahead only (a quote marker, an escape, a
      // character reference): one that is not there must not make the walk quadratic.
      const limit = Math.min(end, cursor + maxSkip)
      let probe = cursor
      while (probe < limit && this.source[probe] !== value[index]) probe++
      const found = probe < limit
      if (found) cursor = probe
      offsets[index] = Math.min(cursor, end - 1)
      if (found) cursor++
    }
    return (index) => offsets[index] ?? end - 1
  }

  dropLeadingCheckbox(): void {
    const head = this.chars.slice(0, 4).join('')
    if (head === '[ ] ' || head === '[x] ' || head === '[X] ') {
      this.chars.splice(0, 4)
      this.offsets.splice(0, 4)
    }
  }

  /**
   * Split soft-wrapped lines when the next line plainly starts something new
   * (a capital, a digit, a bullet-like mark): notes are often one fragment a line.
   */
  *lines(): Generator<{text: string; offsets: number[]}> {
    let start = 0
    for (let index = 0; index < this.chars.length; index++) {
      if (this.chars[index] !== '\n') continue
      const next = this.chars[index + 1] ?? ''
      if (/^[\p{Lu}\p{N}\-*•–—]$/u.test(next)) {
        yield {text: this.chars.slice(start, index).join(''), offsets: this.offsets.slice(start, index)}
        start = index + 1
      }
    }
    yield {text: this.chars.slice(start).join(''), offsets: this.offsets.slice(start)}
  }
}

function startsUrl(value: string, index: number): boolean {
  if (index > 0 && !isWhitespace(value.charCodeAt(index - 1)) && value[index - 1] !== '(' && value[index - 1] !== '<') return false
  return value.startsWith('http://', index) || value.startsWith('https://', index) || value.startsWith('www.', index)
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

const pairs: Record<string, string> = {'"': '"', '\u201C': '\u201D', '\u2018': '\u2019', "'": "'", '\u00AB': '\u00BB', '\u201E': '\u201C'}

/** Which characters are inside quotation marks: words the customer said are theirs. */
export function markQuoted(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length)
  // Once a closer is known to be missing after some point, later openers need not look again:
  // without this, a line of unmatched quotes would take quadratic time.
  const unclosed = new Set<string>()
  let index = 0
  while (index < text.length) {
    const char = text[index]!
    const closer = pairs[char]
    if (closer && !unclosed.has(closer) && opensQuote(text, index)) {
      let close = index + 1
      while (close < text.length && !(text[close] === closer && closesQuote(text, close))) close++
      if (close === text.length) unclosed.add(closer)
      else {
        quoted.fill(1, index, close + 1)
        index = close + 1
        continue
      }
    }
    index++
  }
  return quoted
}

function opensQuote(text: string, index: number): boolean {
  const before = index === 0 ? ' ' : text[index - 1]!
  const after = text[index + 1] ?? ' '
  if (after === ' ') return false
  // Straight and right single quotes double as apostrophes: they open only after a space or mark.
  return !/[\p{L}\p{N}]/u.test(before)
}

function closesQuote(text: string, index: number): boolean {
  const after = text[index + 1] ?? ' '
  const before = text[index - 1] ?? ' '
  return before !== ' ' && !/[\p{L}\p{N}]/u.test(after)
}

const parser = new ParseEnglish()

const locations = new WeakMap<VFile, {text: string; place: ReturnType<typeof location>}>()

/**
 * One line index per note, however many sections ask: a new index per section would walk the
 * note again each time, quadratic in a note of thousands of callouts.
 */
function locationOf(file: VFile): ReturnType<typeof location> {
  const text = noteText(file)
  const cached = locations.get(file)
  if (cached && cached.text === text) return cached.place
  const place = location(text)
  locations.set(file, {text, place})
  return place
}

/** Longest text given to the sentence parser at once; no real sentence comes near it. */
const maxParsedLength = 4000

/**
 * A block cut at whitespace into pieces of at most `maxParsedLength` characters: parse-latin
 * merges hyphenated words by splicing the sentence's token list, which is quadratic in the
 * length of a sentence that never ends (a megabyte of `follow-up follow-up …`).
 */
function boundedPieces(block: ProseBlock): ProseBlock[] {
  if (block.text.length <= maxParsedLength) return [block]
  const pieces: ProseBlock[] = []
  let start = 0
  while (start < block.text.length) {
    let end = Math.min(start + maxParsedLength, block.text.length)
    if (end < block.text.length) {
      const space = block.text.lastIndexOf(' ', end)
      if (space > start) end = space + 1
    }
    pieces.push({
      text: block.text.slice(start, end),
      offsets: block.offsets.slice(start, end),
      quoted: block.quoted.subarray(start, end)
    })
    start = end
  }
  return pieces
}

/** Sentences of some prose blocks, with positions in the note and quoted words marked. */
export function sentencesOf(blocks: ProseBlock[], file: VFile): Sentence[] {
  const place = locationOf(file)
  // An editor remembers each block's sentences by its text: only their place in the note is new.
  const memo = analysisMemoOf(file)
  const sentences: Sentence[] = []
  for (const block of blocks) {
    const found = memo ? memo.sentencesOf(block.text, block.quoted, () => blockSentences(block)) : blockSentences(block)
    for (const sentence of found) {
      const start = place.toPoint(block.offsets[sentence.start]!)
      const end = place.toPoint(block.offsets[sentence.end - 1]! + 1)
      if (!start || !end) continue
      sentences.push({text: sentence.text, words: sentence.words, position: {start, end}, isQuestion: sentence.isQuestion})
    }
  }
  return sentences
}

/** The sentences of one block, placed in the block's text: they depend on its text and quotes only. */
function blockSentences(block: ProseBlock): BlockSentence[] {
  const sentences: BlockSentence[] = []
  let pieceStart = 0
  for (const piece of boundedPieces(block)) {
    const tree = parser.parse(piece.text)
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') continue
        const sentence = toBlockSentence(node, piece, pieceStart)
        if (sentence) sentences.push(sentence)
      }
    }
    pieceStart += piece.text.length
  }
  return sentences
}

function toBlockSentence(node: NlcstSentence, piece: ProseBlock, pieceStart: number): BlockSentence | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return undefined
  const text = piece.text.slice(start, end)
  const words: Word[] = []
  for (const child of node.children) {
    if (child.type !== 'WordNode') continue
    const wordStart = child.position?.start.offset
    if (wordStart === undefined) continue
    const value = nlcstToString(child as NlcstWord)
    words.push({
      value,
      normal: value.toLowerCase().replace(/[\u2018\u2019]/g, "'"),
      index: wordStart - start,
      quoted: piece.quoted[wordStart] === 1
    })
  }
  if (words.length === 0) return undefined
  return {text, words, isQuestion: text.trimEnd().endsWith('?'), start: pieceStart + start, end: pieceStart + end}
}

/** The sentences of a section's prose. */
export function sectionSentences(section: Section, file: VFile): Sentence[] {
  // Split once per section and note, however many rules ask; callers only read the sentences.
  const text = noteText(file)
  const cached = sentenceCache.get(section)
  if (cached && cached.file === file && cached.text === text) return cached.sentences
  const sentences = sentencesOf(proseBlocks(section, text), file)
  sentenceCache.set(section, {file, text, sentences})
  return sentences
}

const sentenceCache = new WeakMap<Section, {file: VFile; text: string; sentences: Sentence[]}>()

/** Readable text of a section, for checks that only need its words. */
export function sectionText(section: Section, source: string): string {
  return proseBlocks(section, source)
    .map((block) => block.text)
    .join('\n')
}

export type {Nodes}
