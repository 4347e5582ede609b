import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {AnalysisMemo, callPlanRule, rememberAnalysis, remarkCallPlan, sectionSentences, sentenceVerdict, type Sentence} from 'call-plan-core'

/** The sentences of a note's `## Questions` section, as a rule gets them, with or without a memo. */
async function questions(text: string, memo?: AnalysisMemo): Promise<Sentence[]> {
  let sentences: Sentence[] = []
  const rule = callPlanRule('leading-question', (context) => {
    const section = context.sections.find((one) => one.title === 'Questions')!
    sentences = sectionSentences(section, context.file)
  })
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkCallPlan).use(rule)
  const file = new VFile({value: text, path: 'plan.md'})
  const tree = processor.parse(file)
  // What the language server's parse cache does with every tree it builds.
  if (memo) rememberAnalysis(tree, memo)
  await processor.run(tree, file)
  return sentences
}

const note = '---\ntype: call-plan\n---\n\n## Questions\n\n- What happens today when a batch fails?\n- Wouldn’t you agree, right?\n'

describe('analysis memo', () => {
  it('gives the sentences of an uncached read, placed where the block is now', async () => {
    const memo = new AnalysisMemo()
    const moved = note.replace('\n## Questions', 'A new line.\n\n## Questions')
    for (const text of [note, moved, note]) {
      expect(await questions(text, memo)).toStrictEqual(await questions(text))
    }
  })

  it('judges a remembered sentence once per detector and vocabulary, and others every time', async () => {
    const memo = new AnalysisMemo()
    let calls = 0
    const detector = (sentence: Sentence, vocabulary: {names: string[]}) => {
      calls++
      return sentence.text.length + vocabulary.names.length
    }
    const vocabulary = {names: ['Acme']}
    const first = (await questions(note, memo))[0]!
    const again = (await questions(note, memo))[0]!
    expect(again).not.toBe(first)
    expect(sentenceVerdict(first, detector, vocabulary)).toBe(sentenceVerdict(again, detector, vocabulary))
    expect(calls).toBe(1)
    sentenceVerdict(again, detector, {names: []})
    expect(calls).toBe(2)
    const uncached = (await questions(note))[0]!
    sentenceVerdict(uncached, detector, vocabulary)
    sentenceVerdict(uncached, detector, vocabulary)
    expect(calls).toBe(4)
  })

  it('keeps at most its bound of blocks and paragraphs', async () => {
    const memo = new AnalysisMemo(2)
    for (let index = 0; index < 5; index++) await questions(note.replace('today', `on day ${index}`), memo)
    expect(memo.blocks.size).toBe(2)
    expect(memo.paragraphs.size).toBe(2)
  })
})
