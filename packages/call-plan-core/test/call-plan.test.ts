import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {analyzeCallPlan, inlineFields, setCallPlanSettings, type CallPlanSettings} from 'call-plan-core'

function analyze(document: string, settings: CallPlanSettings = {}, path = 'Calls/plan.md') {
  const file = new VFile({value: document, path, cwd: '/vault'})
  setCallPlanSettings(file, settings)
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(file)
  return analyzeCallPlan(tree, file)
}

describe('which notes are call plans', () => {
  it.each([
    ['frontmatter type', '---\ntype: call-plan\n---\n'],
    ['frontmatter type, any case', '---\ntype: Call-Plan\n---\n'],
    ['frontmatter tags list', '---\ntags: [sales, call-plan]\n---\n'],
    ['frontmatter tags string', '---\ntags: "#sales #call-plan"\n---\n'],
    ['nested tag', '---\ntags: [call-plan/discovery]\n---\n'],
    ['inline tag', '# Plan\n\nPrep for Monday #call-plan\n'],
    ['broken frontmatter that still says so', '---\ntype: call-plan\nattendees: [x\n---\n'],
    ['TOML', '+++\ntype = "call-plan"\n+++\n']
  ])('%s', (_, document) => {
    expect(analyze(document).isCallPlan).toBe(true)
  })

  it.each([
    ['another type', '---\ntype: meeting-notes\n---\n'],
    ['a tag that only starts the same', '# Plan\n\n#call-planning\n'],
    ['a tag in code', '# Plan\n\n`#call-plan`\n'],
    ['a heading, not a tag', '# call-plan\n'],
    ['no frontmatter', 'We demo our platform.\n']
  ])('not %s', (_, document) => {
    expect(analyze(document).isCallPlan).toBe(false)
  })

  it('uses the configured field, values, tags and path globs', () => {
    expect(analyze('---\nkind: prep\n---\n', {detection: {typeField: 'kind', typeValues: ['prep']}}).isCallPlan).toBe(true)
    expect(analyze('---\ntags: [prep]\n---\n', {detection: {tags: ['prep']}}).isCallPlan).toBe(true)
    expect(analyze('# Plan\n', {detection: {paths: ['Calls/**']}}).isCallPlan).toBe(true)
    expect(analyze('# Plan\n', {detection: {paths: ['Deals/**']}}).isCallPlan).toBe(false)
    expect(analyze('# Plan\n', {detection: {paths: ['Calls/**']}}, '/vault/Calls/x.md').because).toContain('path')
  })
})

describe('inlineFields', () => {
  it('reads Dataview fields at the start of a line and in brackets', () => {
    const file = new VFile('goal:: cut scrap\nNotes [why-now:: the audit] and (Pain Point:: spreadsheets)\n')
    const tree = unified().use(remarkParse).parse(file)
    expect(inlineFields(tree)).toEqual([
      {key: 'goal', value: 'cut scrap', line: 1, column: 1},
      {key: 'why-now', value: 'the audit', line: 2, column: 8},
      {key: 'pain-point', value: 'spreadsheets', line: 2, column: 34}
    ])
  })
})
