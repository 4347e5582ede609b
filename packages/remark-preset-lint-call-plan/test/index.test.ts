import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {callPlanRule} from 'call-plan-core'
import remarkPresetLintCallPlan, {
  createPreset,
  defaultSeverities,
  remarkCallPlanMessageControl,
  rules
} from 'remark-preset-lint-call-plan'
import {lint} from '../../../tests/helpers.js'

/** A stand-in rule that flags every line saying `SELLER`, to test the preset's plumbing alone. */
const flagSellerLines = callPlanRule('customer-value-language', ({file, source}) => {
  source.split('\n').forEach((line, index) => {
    if (line.includes('SELLER')) file.message('seller line', {line: index + 1, column: 1})
  })
})

const plan = (body: string) => `---\ntype: call-plan\n---\n\n${body}\n`

async function controlled(body: string) {
  const file = await lint(plan(body), [flagSellerLines, remarkCallPlanMessageControl])
  return file.messages.map((message) => message.line)
}

describe('lint comments', () => {
  it('lets HTML comments disable and enable a rule', async () => {
    expect(
      await controlled(
        'SELLER\n\n<!--lint disable customer-value-language-->\n\nSELLER\n\n<!--lint enable customer-value-language-->\n\nSELLER'
      )
    ).toEqual([5, 13])
  })

  it('lets Obsidian %% comments disable a rule (hidden in reading view)', async () => {
    expect(await controlled('SELLER\n\n%% lint disable customer-value-language %%\n\nSELLER')).toEqual([5])
  })

  it('ignores the next block only with `ignore`', async () => {
    expect(await controlled('%% lint ignore customer-value-language %%\n\nSELLER\n\nSELLER')).toEqual([9])
  })

  it('leaves messages of other rules alone', async () => {
    expect(await controlled('<!--lint disable leading-question-->\n\nSELLER')).toEqual([7])
  })

  it('does not treat a %% comment inside a sentence as a marker', async () => {
    expect(await controlled('Text %% lint disable customer-value-language %% more\n\nSELLER')).toEqual([7])
  })
})

describe('messages at the very end of a note', () => {
  it('are kept, such as a point where a missing section would be inserted', async () => {
    const atEnd = callPlanRule('customer-value-section', ({file, tree}) => {
      const end = tree.children[tree.children.length - 1]!.position!.end
      file.message('missing section', {place: {start: end, end}})
    })
    const file = await lint(plan('# Agenda\n\nIntroductions.'), [atEnd, remarkCallPlanMessageControl])
    expect(file.messages.map((message) => message.reason)).toEqual(['missing section'])
  })
})

describe('createPreset', () => {
  it('has every rule, warnings by default and call-readiness as an error', () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(defaultSeverities).sort())
    expect(defaultSeverities['call-readiness']).toBe('error')
    expect(Object.values(defaultSeverities).filter((severity) => severity === 'error')).toHaveLength(1)
    expect(remarkPresetLintCallPlan.plugins).toHaveLength(2 + 6 + 2)
  })

  it('turns a rule off with false or "off", and sets a severity and options with an array', () => {
    const preset = createPreset({
      rules: {'leading-question': false, 'customer-context': 'off', 'customer-value-section': ['error', {minWords: 3}]}
    })
    const settings = new Map(
      (preset.plugins as unknown[]).filter(Array.isArray).map(([plugin, setting]) => [plugin, setting])
    )
    expect(settings.get(rules['leading-question'])).toEqual([false])
    expect(settings.get(rules['customer-context'])).toEqual(['off'])
    expect(settings.get(rules['customer-value-section'])).toEqual(['error', {minWords: 3}])
    expect(settings.get(rules['customer-value-language'])).toEqual(['warn'])
  })

  it('refuses an unknown rule id with the list of known ones', () => {
    expect(() => createPreset({rules: {'customer-valu-section': 'warn'}})).toThrow(
      /Unknown rule `customer-valu-section`: expected one of `customer-value-section`/
    )
  })

  it('runs inside a plain unified pipeline and skips notes that are not call plans', async () => {
    const processor = unified().use(remarkParse).use(remarkPresetLintCallPlan)
    const file = new VFile({value: '# Team sync\n\nWe demo our platform to hit quota.\n', path: 'sync.md'})
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })
})
