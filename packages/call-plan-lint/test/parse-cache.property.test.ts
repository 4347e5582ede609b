/**
 * The language server's parse cache must give exactly the tree (positions included) and the
 * messages of a full parse, for any note and after any edit: it may never serve stale structure.
 * `FC_RUNS`, `FC_SEED`, `FC_PATH` as in tests/property.
 */
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {describe, expect, it} from 'vitest'
import {chunkStarts, lintText, loadConfig, ParseCache, parseWithCache, type ResolvedConfig} from 'call-plan-lint'
import {createPreset} from 'remark-preset-lint-call-plan'
import {note, runParameters} from '../../../tests/property/arbitraries.js'

const now = '2026-11-30T09:00:00Z'
const cwd = '/nonexistent-vault'
const processor = unified().use(remarkParse).use(createPreset({})).freeze() as unknown as Processor<Root, Root, Root>

/** Lines that decide where a chunk may end: headings, fences, HTML, lists, quotes, setext underlines. */
const trickyLine = fc.constantFrom(
  '# Heading',
  '## What’s in it for the customer?',
  '#',
  '####### seven',
  '#tag',
  '```',
  '````md',
  '~~~',
  '  ```',
  '<!--',
  '-->',
  '<!-- note -->',
  '<div>',
  '<pre>',
  '</pre>',
  '<span>',
  '- item',
  '  - nested',
  '1. first',
  '> quote',
  '> # quoted heading',
  '    indented code',
  '===',
  '---',
  '***',
  '',
  '',
  'They cut month-end close from nine days to five.',
  'We will demo our platform.',
  '[label]: https://example.com',
  '| a | b |',
  '|---|---|',
  '%% lint disable customer-value-language %%',
  '+++'
)

/** Notes whose lines meet without blank lines, so chunk boundaries touch every kind of block. */
const tightNote = fc
  .tuple(fc.constantFrom('', '---\ntype: call-plan\n---\n', '---\ntype: call-plan\n'), fc.array(fc.oneof(trickyLine, fc.string({maxLength: 12})), {maxLength: 30}), fc.boolean())
  .map(([head, lines, finalNewline]) => head + lines.join('\n') + (finalNewline ? '\n' : ''))

const anyNote = fc.oneof(note, tightNote)

/** One edit: replace `remove` characters at a relative place with `insert`. */
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.nat({max: 6}),
  insert: fc.oneof(fc.constantFrom('x', '\n', '#', '# ', '\n# New\n', '```', '\n```\n', '<!--', '-->', '<div>\n', '\n\n', '===', '- ', '[a]: b', '>'), fc.string({maxLength: 4}))
})

function applyEdit(text: string, {at, remove, insert}: {at: number; remove: number; insert: string}): string {
  const index = Math.floor(at * text.length)
  return text.slice(0, index) + insert + text.slice(index + remove)
}

let config: ResolvedConfig | undefined

async function messages(text: string, parseCache?: ParseCache): Promise<string[]> {
  config ??= await loadConfig(`${cwd}/plan.md`, {cwd})
  const file = await lintText(text, `${cwd}/plan.md`, {cwd, now, config, parseCache})
  return file.messages.map((message) => `${JSON.stringify(message.place)} ${message.ruleId} ${message.fatal} ${message.reason} ${JSON.stringify(message.expected ?? null)}`)
}

describe('parse cache', () => {
  it('gives the tree of a full parse, positions included, across edits', () => {
    // A small cache, so eviction is exercised too.
    const cache = new ParseCache(16)
    let chunked = 0
    let texts = 0
    fc.assert(
      fc.property(anyNote, fc.array(edit, {maxLength: 8}), (start, edits) => {
        let text = start
        for (const change of [undefined, ...edits]) {
          if (change) text = applyEdit(text, change)
          texts++
          if (chunkStarts(text)) chunked++
          expect(parseWithCache(processor, text, cache)).toStrictEqual(processor.parse(text))
        }
      }),
      runParameters()
    )
    // The property means something only if many notes were really parsed in chunks.
    expect(chunked).toBeGreaterThan(texts / 10)
  }, 600_000)

  it('gives the messages of a full parse, across edits', async () => {
    const cache = new ParseCache()
    await fc.assert(
      fc.asyncProperty(anyNote, fc.array(edit, {maxLength: 4}), async (start, edits) => {
        let text = start
        for (const change of [undefined, ...edits]) {
          if (change) text = applyEdit(text, change)
          expect(await messages(text, cache)).toStrictEqual(await messages(text))
        }
      }),
      runParameters()
    )
  }, 600_000)

  it('never hands out the same node twice', () => {
    const cache = new ParseCache()
    const text = '# One\n\nA paragraph.\n\n# Two\n\n- item\n'
    const first = parseWithCache(processor, text, cache)
    const second = parseWithCache(processor, text, cache)
    expect(second).toStrictEqual(first)
    expect(second.children[0]).not.toBe(first.children[0])
    expect(second.children[0]!.position).not.toBe(first.children[0]!.position)
  })
})

describe('parse cache fallbacks', () => {
  const plain = '# One\n\nSome text.\n\n## Two\n\n- item\n'
  /** Chunk starts: the note's start and the offsets of the given heading lines. */
  const at = (text: string, ...headings: string[]) => [0, ...headings.map((heading) => text.indexOf('\n' + heading + '\n') + 1)]

  it('splits at top-level ATX headings, keeping the frontmatter in the first chunk', () => {
    expect(chunkStarts(plain)).toStrictEqual(at(plain, '## Two'))
    for (const [text, ...headings] of [
      ['---\ntype: call-plan\n# not a split\n---\n# One\ntext\n#\n', '# One', '#'],
      ['intro\n#tag\n####### seven\n # indented\n# Real\n', '# Real']
    ]) {
      expect(chunkStarts(text), JSON.stringify(text)).toStrictEqual(at(text, ...headings))
    }
  })

  it('does not split inside fences, HTML comments or raw HTML blocks', () => {
    for (const [text, ...headings] of [
      ['# A\n````\n# in code\n```\n# still code\n````\n# B\n', '# B'],
      ['# A\n~~~\n# in code\n~~~\n# B\n', '# B'],
      ['# A\n<!--\n# hidden\n-->\n# B\n', '# B'],
      ['# A\n<pre>\n# raw\n</pre>\n# B\n', '# B'],
      ['# A\n<div>\n# in the block\n\n# B\n', '# B']
    ]) {
      expect(chunkStarts(text), JSON.stringify(text)).toStrictEqual(at(text, ...headings))
    }
  })

  it('parses the whole note when it could parse differently in pieces', () => {
    for (const text of [
      // Definitions are global to the note.
      '# A\n[label][]\n\n# B\n[label]: https://example.com\n',
      '# A\n\n# B\n   [^1]: a footnote\n',
      // Byte order mark and carriage returns.
      '\uFEFF# A\n\n# B\n',
      '# A\r\n\r\n# B\r\n',
      '# A\r\r# B\r',
      // Unclosed fence, HTML block or frontmatter.
      '# A\n```\n# B\n',
      '# A\n<!--\n# B\n',
      '---\ntype: call-plan\n# A\n\n# B\n',
      // Nothing to split.
      'No heading at all.\n',
      '# Only one\n\ntext\n'
    ]) {
      expect(chunkStarts(text), JSON.stringify(text)).toBeUndefined()
      expect(parseWithCache(processor, text, new ParseCache())).toStrictEqual(processor.parse(text))
    }
  })

  it('checks each split with the parser itself when the line scan is wrong', () => {
    // The scan closes the block at the blank line; the parser sees `<pre>` open a block to the end.
    const text = 'x\n</pre>\n<pre>\n\n# Heading\n'
    expect(chunkStarts(text)).toStrictEqual(at(text, '# Heading'))
    expect(parseWithCache(processor, text, new ParseCache())).toStrictEqual(processor.parse(text))
    // A fence in a list item ends where the item ends, not where the scan thinks.
    const listed = '- a\n\n  ```\n```\n# Heading\n'
    expect(parseWithCache(processor, listed, new ParseCache())).toStrictEqual(processor.parse(listed))
  })

  it('gives setext underlines and thematic breaks after a heading their full-parse meaning', () => {
    for (const text of ['para\n# H\n===\n', 'para\n# H\n---\n', 'a\n---\n# H\n---\nb\n===\n']) {
      expect(parseWithCache(processor, text, new ParseCache())).toStrictEqual(processor.parse(text))
    }
  })
})
