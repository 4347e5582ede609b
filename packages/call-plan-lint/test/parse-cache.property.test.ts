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

/**
 * Lines of long lists: items of every marker, empty items, thematic breaks that look like items,
 * continuations (indented, lazy, blank), nested lists, fences and HTML inside items, and the
 * lines that end a list. A list is cut into item windows only from eight items on.
 */
const listLine = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.constantFrom(
      '- What happens today when a batch fails inspection?',
      "- Wouldn't you agree that line 3 needs a better dashboard?",
      '- Who else needs to see the benchmark, right?',
      '- If I could show you our platform, would you buy it?',
      '- item',
      '- "We lose a week," said Dana.',
      '- [ ] task',
      '- x',
      '-',
      '- ',
      '-\tTab',
      '- ```',
      '- <div>',
      '- <!--',
      '- # heading in item',
      '- > quote'
    )
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom('  continued', '', '', '  ', '  - nested', '   - three spaces', '    indented', '  > quote', '  ```', '  <div>', '  ---')
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom(
        'lazy line',
        '-x',
        '-->',
        '* star',
        '+ plus',
        '1. one',
        '2. two',
        '1) paren',
        '10. ten',
        '- - -',
        '- ---',
        '* * *',
        ' - one space',
        '\t- tab',
        '```',
        '~~~',
        '<div>',
        '> quote',
        '---',
        '***',
        '===',
        'A paragraph after the list.',
        '%% lint disable leading-question %%',
        '<!--lint enable leading-question-->',
        '#tag',
        '# Heading',
        '## Questions'
      ),
      fc.string({maxLength: 8})
    )
  }
)

/** The same, for ordered lists. */
const orderedLine = fc.oneof(
  {weight: 20, arbitrary: fc.constantFrom('1. What changes for you?', '2. Who decides?', '10. Why now?', '3.', '4. ```', '7) paren')},
  {weight: 4, arbitrary: fc.constantFrom('   continued', '', 'lazy', '   1. nested', '- bullet')}
)

/** Notes with one or two long lists, among the sections the rules read. */
const listNote = fc
  .tuple(
    fc.constantFrom('', '---\ntype: call-plan\ndate: 2026-12-08\n---\n', '---\ntags:\n- call-plan\n- prep\n- x\n---\n'),
    fc.constantFrom('', "# Plan\n\n## What's in it for the customer?\n\nThey cut scrap from 6% to 4%.\nWe will demo our platform.\n\n", 'Intro.\n'),
    fc.constantFrom('## Questions\n\n', '## Questions\n', '## Discovery questions\n\n', '# Questions\n\nWhat we ask.\n'),
    fc.oneof({weight: 4, arbitrary: fc.array(listLine, {minLength: 8, maxLength: 60})}, {weight: 1, arbitrary: fc.array(orderedLine, {minLength: 8, maxLength: 30})}),
    fc.constantFrom('', '\n', '\n## Notes\n\nShift 1 reported 3 rejected batches.\n', '\n# Next\n', 'tail'),
    fc.option(fc.array(listLine, {minLength: 8, maxLength: 20}), {nil: undefined})
  )
  .map(([head, before, heading, lines, after, more]) => head + before + heading + lines.join('\n') + '\n' + after + (more ? '\n## More questions\n' + more.join('\n') + '\n' : ''))

const anyNote = fc.oneof(note, tightNote)

/** One edit: replace `remove` characters at a relative place with `insert`. */
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.nat({max: 6}),
  insert: fc.oneof(fc.constantFrom('x', '\n', '#', '# ', '\n# New\n', '```', '\n```\n', '<!--', '-->', '<div>\n', '\n\n', '===', '- ', '[a]: b', '>'), fc.string({maxLength: 4}))
})

/** Edits a seller makes in a list: typing in an item, new items, blank lines, indents, markers. */
const listEdit = fc.record({
  // Evenly spread: fast-check's numbers favour the ends of a range (the frontmatter, the tail).
  at: fc.constantFrom(...Array.from({length: 500}, (_, index) => (index + 0.5) / 500)),
  remove: fc.nat({max: 4}),
  insert: fc.oneof(
    {weight: 8, arbitrary: fc.constantFrom('x', '?', ' our platform', ', right')},
    {weight: 6, arbitrary: fc.constantFrom('\n- New question?', '\n', '\n\n', '- ', '\n  ', '  ', '"', '\n\n- ', '\n-', '\n  - nested')},
    {weight: 1, arbitrary: fc.constantFrom('\n1. ', '* ', '\n```', '\n<div>', '\n---', '\n# H\n', '[a]: b', '\nlazy')},
    {weight: 1, arbitrary: fc.string({maxLength: 3})}
  )
})

/**
 * Most edits land at the end of a line, as typing does, so one item changes while its
 * neighbours stay: the case the item windows are for.
 */
function applyListEdit(text: string, change: {at: number; remove: number; insert: string}): string {
  const lineEnd = text.indexOf('\n', Math.floor(change.at * text.length))
  const at = change.remove === 0 && lineEnd !== -1 ? lineEnd / text.length : change.at
  return applyEdit(text, {...change, at})
}

function applyEdit(text: string, {at, remove, insert}: {at: number; remove: number; insert: string}): string {
  const index = Math.floor(at * text.length)
  return text.slice(0, index) + insert + text.slice(index + remove)
}

let config: ResolvedConfig | undefined

async function messages(text: string, parseCache?: ParseCache): Promise<string[]> {
  config ??= await loadConfig(`${cwd}/plan.md`, {cwd})
  const file = await lintText(text, `${cwd}/plan.md`, {cwd, now, config, parseCache})
  return file.messages.map(
    (message) =>
      `${JSON.stringify(message.place)} ${message.ruleId} ${message.fatal} ${message.reason} ${JSON.stringify(message.expected ?? null)} ${message.note ?? ''} ${message.url ?? ''}`
  )
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

  it('gives the tree of a full parse for long lists edited item by item', () => {
    // Small bounds, so chunks, windows and remembered blocks are all evicted too.
    const cache = new ParseCache(8, 256)
    let texts = 0
    fc.assert(
      fc.property(listNote, fc.array(listEdit, {minLength: 1, maxLength: 10}), (start, edits) => {
        let text = start
        for (const change of [undefined, ...edits]) {
          if (change) text = applyListEdit(text, change)
          texts++
          expect(parseWithCache(processor, text, cache)).toStrictEqual(processor.parse(text))
        }
      }),
      runParameters()
    )
    // The property means something only if many lists were really built from item windows (the
    // others are first sights, parsed whole, and edits that break the list or the chunks).
    expect(cache.windowedChunks).toBeGreaterThan(texts / 8)
  }, 600_000)

  it('gives the messages of a full lint for long lists edited item by item', async () => {
    // Blocks' sentences and the rules' verdicts are remembered too: they must never go stale.
    const cache = new ParseCache(8, 256, 64)
    let texts = 0
    await fc.assert(
      fc.asyncProperty(listNote, fc.array(listEdit, {minLength: 1, maxLength: 6}), async (start, edits) => {
        let text = start
        for (const change of [undefined, ...edits]) {
          if (change) text = applyListEdit(text, change)
          texts++
          expect(await messages(text, cache)).toStrictEqual(await messages(text))
        }
      }),
      runParameters()
    )
    expect(cache.windowedChunks).toBeGreaterThan(texts / 8)
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

describe('parse cache: long lists', () => {
  const items = (count: number, marker = '-') => Array.from({length: count}, (_, index) => `${marker} Question ${index}?`)
  const plan = (list: string[], head = '# Plan\n\nIntro.\n\n## Questions\n\n') => `${head}${list.join('\n')}\n\n## Notes\n\nDone.\n`
  /** Parse `before`, then `after` with the same cache: `after` must equal its full parse. */
  function edited(before: string, after: string): {windowed: boolean; windowsParsed: number} {
    const cache = new ParseCache()
    expect(parseWithCache(processor, before, cache)).toStrictEqual(processor.parse(before))
    const known = cache.windowsFor(processor).size
    const windowed = cache.windowedChunks
    expect(parseWithCache(processor, after, cache)).toStrictEqual(processor.parse(after))
    return {windowed: cache.windowedChunks > windowed, windowsParsed: cache.windowsFor(processor).size - known}
  }

  it('parses only the windows of the item that changed', () => {
    const list = items(40)
    const changed = [...list]
    changed[17] += ' Right?'
    const {windowed, windowsParsed} = edited(plan(list), plan(changed))
    expect(windowed).toBe(true)
    // The item's own window and its neighbours' windows, which hold it.
    expect(windowsParsed).toBe(3)
  })

  it('makes the list loose or tight as its blank lines come and go', () => {
    const tight = items(12)
    const loose = [...tight.slice(0, 6), '', ...tight.slice(6)]
    expect(edited(plan(tight), plan(loose)).windowed).toBe(true)
    expect((processor.parse(plan(loose)).children[3] as {spread?: boolean}).spread).toBe(true)
    const long = items(30)
    const longLoose = [...long.slice(0, 6), '', ...long.slice(6)]
    // Learnt from a whole loose list, the windows cannot tell alone that the list is tight again.
    expect(edited(plan(longLoose), plan(long)).windowed).toBe(false)
    // That whole parse showed the list tight: the next edit is built from windows again.
    const cache = new ParseCache()
    const changed = [...long]
    changed[25] += ' Now?'
    for (const text of [plan(longLoose), plan(long), plan(changed)]) {
      expect(parseWithCache(processor, text, cache)).toStrictEqual(processor.parse(text))
    }
    expect(cache.windowedChunks).toBe(1)
    const looser = [...longLoose.slice(0, 20), '', ...longLoose.slice(20)]
    expect(edited(plan(longLoose), plan(looser)).windowed).toBe(true)
  })

  it('keeps an ordered list’s start and the items’ own numbers', () => {
    const list = Array.from({length: 10}, (_, index) => `${index + 3}. Step ${index}`)
    const changed = [...list]
    changed[4] = '9. A new step'
    expect(edited(plan(list), plan(changed)).windowed).toBe(true)
  })

  it('does not take frontmatter lines for list items', () => {
    const tags = '---\ntags:\n' + items(10).join('\n') + '\n---\n'
    const text = tags + plan(items(10), '# Plan\n\n')
    expect(edited(text, text.replace('Question 3?', 'Question 3? Now.'))).toBeDefined()
    expect(edited(text, text.replace('Question 8?\n---', 'Question 8?\n- x\n---'))).toBeDefined()
  })

  it('parses the chunk whole when an item line is not an item in place', () => {
    for (const line of ['- - -', '- ---', '* star', '1. one', 'A paragraph.', '```', '<div>', '    - indented', ' - one space']) {
      const list = items(12)
      const changed = [...list]
      changed[6] = line
      edited(plan(list), plan(changed))
      changed[6] = list[6] + '\n' + line
      edited(plan(list), plan(changed))
    }
  })
})
