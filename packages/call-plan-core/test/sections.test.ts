import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {findSections, headingMatches, normalizeHeading, sectionSentences} from 'call-plan-core'

const phrasings = ["What's in it for the customer", 'What’s in it for them', 'Customer value', 'WIIFM']

function parse(document: string) {
  const file = new VFile({value: document, path: 'plan.md'})
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(file)
  return {file, tree}
}

describe('headingMatches', () => {
  it.each([
    "What's in it for the customer?",
    'WHAT’S IN IT FOR THE CUSTOMER:',
    '💡 What‘s in it for the customer',
    'WIIFM: What’s in it for the customer?',
    'WIIFT – what’s in it for them?',
    'Customer value (Acme)',
    'WIIFM',
    'wiifm?'
  ])('matches %s', (heading) => {
    expect(headingMatches(heading, phrasings)).toBe(true)
  })

  it.each(['Our pitch', 'Key messages', 'Why us', 'Talking points', 'Customer', 'Value', 'What is in it for us'])(
    'does not match %s',
    (heading) => {
      expect(headingMatches(heading, phrasings)).toBe(false)
    }
  )

  it('normalises case, apostrophes, emoji and edge punctuation', () => {
    expect(normalizeHeading('  🚀 What’s  In It? ')).toBe("what's in it")
  })
})

describe('findSections', () => {
  it('runs a section to the next heading of the same or a higher level', () => {
    const {tree, file} = parse(
      '# Plan\n\n## Customer value\n\nThey get a benchmark.\n\n### Detail\n\nStill inside.\n\n## Goals\n\nOutside.\n'
    )
    const [section] = findSections(tree, String(file.value), phrasings)
    expect(section).toMatchObject({kind: 'heading', title: 'Customer value', depth: 2})
    expect(sectionSentences(section!, file).map((sentence) => sentence.text)).toEqual([
      'They get a benchmark.',
      'Still inside.'
    ])
  })

  it('finds setext headings and callouts, and judges every matching section', () => {
    const {tree, file} = parse(
      'Customer value\n--------------\n\nOne.\n\n> [!note]- What’s in it for them?\n> Two, in a callout.\n'
    )
    const sections = findSections(tree, String(file.value), phrasings)
    expect(sections.map((section) => section.kind)).toEqual(['heading', 'callout'])
    const callout = sections[1]!
    expect(callout.title).toBe('What’s in it for them?')
    expect(sectionSentences(callout, file).map((sentence) => [sentence.text, sentence.position.start])).toEqual([
      ['Two, in a callout.', {line: 7, column: 3, offset: 73}]
    ])
  })
})

describe('sectionSentences', () => {
  it('leaves out code, URLs and link targets, shows wikilink aliases, and marks quoted words', () => {
    const {tree, file} = parse(
      [
        '## WIIFM',
        '',
        'Their COO said "our churn is killing us". See https://example.com/a.b and `our_code`.',
        '- They get [a model](https://x.test/our-platform) on [[Data/Churn|their own data]].',
        '',
        '```',
        'We demo our platform.',
        '```',
        ''
      ].join('\n')
    )
    const [section] = findSections(tree, String(file.value), phrasings)
    const sentences = sectionSentences(section!, file)
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Their COO said "our churn is killing us".',
      'See   and  .',
      'They get a model on their own data.'
    ])
    expect(sentences[0]!.words.filter((word) => word.quoted).map((word) => word.value)).toEqual([
      'our',
      'churn',
      'is',
      'killing',
      'us'
    ])
    expect(sentences[0]!.words.find((word) => word.value === 'COO')?.quoted).toBe(false)
    expect(sentences[2]!.position).toEqual({
      start: {line: 4, column: 3, offset: 98},
      end: {line: 4, column: 84, offset: 179}
    })
  })

  it("does not take apostrophes for quotation marks", () => {
    const {tree, file} = parse("## WIIFM\n\nThey'll see their team's numbers, and it's theirs.\n")
    const [section] = findSections(tree, String(file.value), phrasings)
    const [sentence] = sectionSentences(section!, file)
    expect(sentence!.words.some((word) => word.quoted)).toBe(false)
  })

  it('points at the right place with CRLF line endings', () => {
    const {tree, file} = parse('## WIIFM\r\n\r\nFirst line here.\r\nSecond line.\r\n')
    const [section] = findSections(tree, String(file.value), phrasings)
    expect(sectionSentences(section!, file).map((sentence) => sentence.position.start)).toEqual([
      {line: 3, column: 1, offset: 12},
      {line: 4, column: 1, offset: 30}
    ])
  })
})
