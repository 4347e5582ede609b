/**
 * Hostile and broken notes through the preset, as any remark user runs it: never a throw,
 * never code run from a note, every message inside the note, the findings a note deserves.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {inlineFields, inlineTags, maxNesting, type CallPlanAnalysis} from 'call-plan-core'
import {afterAll, describe, expect, it} from 'vitest'
import * as cases from './cases.js'
import {expectSaneMessages, lintWithPreset, summary} from './support.js'

const scratch = mkdtempSync(join(tmpdir(), 'call-plan-hostile-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function ruleMessages(file: Awaited<ReturnType<typeof lintWithPreset>>, ruleId: string) {
  return file.messages.filter((message) => message.ruleId === ruleId)
}

describe('JavaScript frontmatter is refused, never run', () => {
  for (const fence of cases.javascriptFences) {
    it(`\`${fence}\``, async () => {
      const marker = join(scratch, `ran-${fence.replace(/\W/g, '_')}`)
      const text = cases.javascriptFrontmatter(fence, marker)
      const file = await lintWithPreset(text)
      expect(existsSync(marker)).toBe(false)
      const refused = ruleMessages(file, 'call-plan-frontmatter')
      expect(refused).toHaveLength(1)
      expect([refused[0]!.line, refused[0]!.column]).toEqual([1, 1])
      expect(refused[0]!.reason).toMatch(/never run/)
      // The rest of the note is still checked: its seller language is found.
      expect(ruleMessages(file, 'customer-value-language').length).toBeGreaterThan(0)
      expectSaneMessages(file)
    })
  }
})

describe('YAML that would build objects or explode', () => {
  it('a billion-laughs alias bomb is read without expanding it', async () => {
    const file = await lintWithPreset(cases.billionLaughs())
    expect(ruleMessages(file, 'call-plan-frontmatter')).toEqual([])
    // The note is still judged: its value section is a placeholder.
    expect(ruleMessages(file, 'customer-value-section')).toHaveLength(1)
    expectSaneMessages(file)
  })

  for (const tag of Object.keys(cases.customTags) as Array<keyof typeof cases.customTags>) {
    it(`a \`!!${tag}\` tag is refused at its line`, async () => {
      const file = await lintWithPreset(cases.customTagNote(tag))
      const broken = ruleMessages(file, 'call-plan-frontmatter')
      expect(broken).toHaveLength(1)
      expect(broken[0]!.line).toBe(5)
      const analysis = file.data.callPlan as CallPlanAnalysis
      expect(analysis.frontmatter.problem?.reason).toMatch(/unknown tag/)
      expect(analysis.frontmatter.data).toEqual({})
      expect(existsSync('/tmp/pwned')).toBe(false)
      expectSaneMessages(file)
    })
  }

  it('frontmatter that is never closed gets one message on line 1', async () => {
    const file = await lintWithPreset(cases.unclosedFrontmatter)
    const broken = ruleMessages(file, 'call-plan-frontmatter')
    expect(broken.map((message) => [message.line, message.column])).toEqual([[1, 1]])
    expect(broken[0]!.reason).toMatch(/never closed/)
    expectSaneMessages(file)
  })

  it('a NUL character in the frontmatter is reported where it is', async () => {
    const file = await lintWithPreset(cases.nulNote)
    const broken = ruleMessages(file, 'call-plan-frontmatter')
    expect(broken.map((message) => [message.line, message.column])).toEqual([[3, 13]])
    // NULs in the prose do not stop the other rules.
    expect(ruleMessages(file, 'leading-question').map((message) => message.line)).toEqual([15])
    expectSaneMessages(file)
  })
})

describe('sizes and shapes no note should have', () => {
  it('a 4 MB note (the largest the CLI parses is 5 MB)', async () => {
    const text = cases.largeNote(4 * 1024 * 1024)
    const file = await lintWithPreset(text)
    expect(ruleMessages(file, 'customer-value-language').length).toBeGreaterThan(0)
    expectSaneMessages(file, text)
  }, 180_000)

  for (const [name, unit] of Object.entries(cases.lineUnits)) {
    it(`a 1 MB single line of ${name}`, async () => {
      const text = cases.singleLine(1024 * 1024, unit)
      const file = await lintWithPreset(text)
      expectSaneMessages(file, text)
    }, 60_000)
  }

  it('10,000 nested blockquotes: checked down to the limit, one message for the rest', async () => {
    const text = cases.nestedBlockquotes(10_000)
    const file = await lintWithPreset(text)
    const cut = file.messages.filter((message) => message.reason.includes('nested more than'))
    expect(cut).toHaveLength(1)
    // `> ` is two characters: the quote at depth `maxNesting` starts at this column of line 9.
    expect([cut[0]!.line, cut[0]!.column]).toEqual([11, 2 * (maxNesting - 1) + 1])
    expectSaneMessages(file, text)
  }, 60_000)

  // micromark's list parsing is quadratic in the nesting depth (10,000 levels: ~16 s of CPU),
  // so the suite uses 3,000; `pnpm bench:hostile` shows the curve.
  it('3,000 nested list levels: checked down to the limit, one message for the rest', async () => {
    const text = cases.nestedLists(3_000)
    const file = await lintWithPreset(text)
    const cut = file.messages.filter((message) => message.reason.includes('nested more than'))
    expect(cut).toHaveLength(1)
    expect(cut[0]!.line).toBe(11)
    expectSaneMessages(file, text)
  }, 60_000)

  it('300 list levels, one a line', async () => {
    const text = cases.nestedOrderedListLines(300)
    const file = await lintWithPreset(text)
    expect(file.messages.some((message) => message.reason.includes('nested more than'))).toBe(false)
    expectSaneMessages(file, text)
  }, 60_000)

  it('a note of only frontmatter is judged like any call plan', async () => {
    const file = await lintWithPreset(cases.onlyFrontmatter)
    expect(ruleMessages(file, 'customer-value-section')).toHaveLength(1)
    expectSaneMessages(file)
  })

  it('an empty note, and one of only blank lines, get nothing', async () => {
    expect((await lintWithPreset('')).messages).toEqual([])
    expect((await lintWithPreset('\n\n  \n\t\n')).messages).toEqual([])
  })
})

describe('bytes that are not UTF-8 text', () => {
  it('a binary file named .md is no call plan and gets nothing', async () => {
    const file = await lintWithPreset(cases.binaryBytes())
    expect(file.messages).toEqual([])
  })

  it('invalid UTF-8 is read with replacement characters; later lines keep their numbers', async () => {
    const file = await lintWithPreset(cases.invalidUtf8Bytes())
    expect(ruleMessages(file, 'leading-question').map((message) => [message.line, message.column])).toEqual([[15, 1]])
    expectSaneMessages(file)
  })

  it('a byte-order mark before the frontmatter changes nothing', async () => {
    const plain = await lintWithPreset(cases.positionedNote)
    const marked = await lintWithPreset('\uFEFF' + cases.positionedNote)
    expect(summary(marked)).toEqual(summary(plain))
  })
})

describe('line endings: CRLF and lone CR keep every line and column', () => {
  const endings = {LF: '\n', CRLF: '\r\n', CR: '\r'}
  for (const [name, ending] of Object.entries(endings)) {
    it(name, async () => {
      const text = cases.withLineEndings(cases.positionedNote, ending)
      const file = await lintWithPreset(text)
      expect(ruleMessages(file, 'call-plan-frontmatter').map((message) => [message.line, message.column])).toEqual([[6, 1]])
      expect(ruleMessages(file, 'leading-question').map((message) => [message.line, message.column])).toEqual([[17, 3]])
      expect((file.data.callPlan as CallPlanAnalysis).because).toBe('tag `#call-plan` on line 12')
      expectSaneMessages(file)

      const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text)
      expect(inlineTags(tree).map((tag) => [tag.name, tag.line, tag.column])).toEqual([['call-plan', 12, 13]])
      expect(inlineFields(tree).map((field) => [field.key, field.value, field.line, field.column])).toEqual([
        ['goal', 'cut scrap on line 4', 13, 1]
      ])
    })
  }

  it('the same messages whatever the line endings', async () => {
    const lf = summary(await lintWithPreset(cases.positionedNote))
    expect(summary(await lintWithPreset(cases.withLineEndings(cases.positionedNote, '\r\n')))).toEqual(lf)
    expect(summary(await lintWithPreset(cases.withLineEndings(cases.positionedNote, '\r')))).toEqual(lf)
  })
})
