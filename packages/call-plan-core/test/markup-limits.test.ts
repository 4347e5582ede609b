import {describe, expect, it} from 'vitest'
import {findPathologicalMarkup, maxEmphasisRuns, maxListNestingOnOneLine} from 'call-plan-core'

describe('findPathologicalMarkup', () => {
  it('refuses a paragraph of thousands of alternating emphasis marks, at the paragraph', () => {
    const note = `# Plan\n\nFine *text*.\n\n${'*_'.repeat(maxEmphasisRuns)}\n`
    expect(findPathologicalMarkup(note)).toMatchObject({line: 5, column: 1})
  })

  it('refuses thousands of list levels opened on one line, at that line', () => {
    const note = `# Plan\n\n${'- '.repeat(maxListNestingOnOneLine + 1)}deep\n`
    expect(findPathologicalMarkup(note)?.reason).toBe(
      `Lists are nested ${maxListNestingOnOneLine + 1} levels deep on one line, more than the ${maxListNestingOnOneLine} that can be checked, so this note was not checked`
    )
    expect(findPathologicalMarkup(`${'1. '.repeat(maxListNestingOnOneLine + 1)}x`)).toMatchObject({line: 1})
  })

  it('accepts what real notes hold: long rules of underscores, snake_case, emphasis, nested lists', () => {
    const note = [
      '# Plan',
      '',
      '_'.repeat(50_000),
      '',
      'Their `scrap_rate` table and *what* they __want__. '.repeat(600),
      '',
      '- a\n  - b\n    - c\n      1. d\n- - - three on one line'
    ].join('\n')
    expect(findPathologicalMarkup(note)).toBeUndefined()
  })

  it('counts emphasis per paragraph: a blank line starts again', () => {
    const half = '*_'.repeat(maxEmphasisRuns / 2 - 10)
    expect(findPathologicalMarkup(`${half}\n\n${half}\n\r\n${half}`)).toBeUndefined()
  })
})
