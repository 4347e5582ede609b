import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readFrontmatter} from 'call-plan-core'

describe('readFrontmatter', () => {
  it('reads YAML fields and the line of each field', () => {
    const result = readFrontmatter('---\ntype: call-plan\naccount: Acme\ndate: 2026-12-01\n---\n# Plan\n')
    expect(result.language).toBe('yaml')
    expect(result.problem).toBeUndefined()
    expect(result.data.account).toBe('Acme')
    expect(result.data.date).toBeInstanceOf(Date)
    expect(result.fieldLines).toEqual({type: 2, account: 3, date: 4})
    expect(result.endLine).toBe(5)
  })

  it('reports a YAML error at its line and column in the note', () => {
    const result = readFrontmatter('---\ntype: call-plan\naccount: "Acme\ndate: x\n---\n')
    expect(result.problem?.kind).toBe('syntax')
    expect(result.problem?.place.line).toBeGreaterThanOrEqual(3)
    expect(result.problem?.place.line).toBeLessThanOrEqual(5)
    const indentation = readFrontmatter('---\na: 1\n  b: 2\n---\n')
    expect(indentation.problem).toMatchObject({kind: 'syntax', place: {line: 3, column: 4}})
  })

  it('gives the same answer for the same broken YAML twice (no gray-matter cache)', () => {
    const note = '---\na: [1\n---\n'
    expect(readFrontmatter(note).problem?.kind).toBe('syntax')
    expect(readFrontmatter(note).problem?.kind).toBe('syntax')
  })

  it('never runs JavaScript frontmatter, in any spelling', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpl-js-'))
    for (const fence of ['---js', '---javascript', '---JS', '--- js', '---  javascript  ']) {
      const marker = join(folder, `ran-${fence.replace(/\W/g, '')}.txt`)
      const note = `${fence}\n{ a: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n# Plan\n`
      const result = readFrontmatter(note)
      expect(result.problem?.kind, fence).toBe('executable')
      expect(existsSync(marker), fence).toBe(false)
    }
  })

  it('refuses YAML tags that build JavaScript objects', () => {
    const result = readFrontmatter('---\nrun: !!js/function "function () { return 1 }"\n---\n')
    expect(result.problem?.kind).toBe('syntax')
    expect(result.data).toEqual({})
  })

  it('reads TOML frontmatter and reports TOML errors in the note', () => {
    expect(readFrontmatter('+++\ntype = "call-plan"\naccount = "Acme"\n+++\n').data).toEqual({
      type: 'call-plan',
      account: 'Acme'
    })
    // `bad = ` is line 3 of the note.
    expect(readFrontmatter('+++\ntitle = "x"\nbad = \n+++\n').problem).toMatchObject({
      kind: 'syntax',
      place: {line: 3}
    })
  })

  it('reports a block that is never closed', () => {
    expect(readFrontmatter('---\ntype: call-plan\n# Plan\n').problem).toMatchObject({
      kind: 'unclosed',
      place: {line: 1, column: 1}
    })
  })

  it('handles a byte order mark, CRLF and lone CR line endings', () => {
    expect(readFrontmatter('\uFEFF---\r\ntype: call-plan\r\n---\r\n').data).toEqual({type: 'call-plan'})
    expect(readFrontmatter('---\rtype: call-plan\rb: [x\r---\r').problem?.place.line).toBe(4)
  })

  it('keeps field names readable when the YAML is broken, to recognise the note', () => {
    const result = readFrontmatter('---\ntype: call-plan\nattendees: [Lee\n---\n')
    expect(result.looseData.type).toBe('call-plan')
  })

  it('has no frontmatter when the note does not start with a fence', () => {
    expect(readFrontmatter('# Plan\n---\na: 1\n---\n')).toMatchObject({language: 'none', data: {}})
    expect(readFrontmatter('')).toMatchObject({language: 'none'})
    expect(readFrontmatter('----\na: 1\n----\n')).toMatchObject({language: 'none'})
  })

  it('stays fast on thousands of blank lines (gray-matter strips comments with a quadratic pattern)', () => {
    const result = readFrontmatter(`---\na: 1\n${'\n'.repeat(200_000)}b: 2\n---\n`)
    expect(result.data).toEqual({a: 1, b: 2})
  })
})
