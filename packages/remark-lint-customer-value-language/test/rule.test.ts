import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {allSections} from 'call-plan-core'
import remarkLintCustomerValueLanguage, {sellerLanguage} from 'remark-lint-customer-value-language'
import {lint, messages} from '../../../tests/helpers.js'

const head = '---\ntype: call-plan\n---\n# Call with Acme\n\n'

async function run(document: string, options?: Record<string, unknown>, settings?: Record<string, string[]>) {
  return lint(document, [[remarkLintCustomerValueLanguage, options ? ['warn', options] : ['warn']]], settings ? {settings} : {})
}

describe('customer-value-language rule', () => {
  it('flags each seller sentence at its own position, with the rewrite in `note`', async () => {
    const file = await run(
      `${head}## What's in it for the customer?\n\n- They leave with a churn model built on their own data.\n- Present our new platform and its AI dashboard.\n`
    )
    expect(messages(file)).toEqual(['9:3-9:49: `Present` and `our new platform` are about what we sell, not what they get'])
    const [message] = file.messages
    expect(message?.ruleId).toBe('customer-value-language')
    expect(message?.source).toBe('call-plan-lint')
    expect(message?.note).toBe("Say what they get, without naming what we sell: 'They leave with …' or '<customer> cuts … from … to …'")
    expect(message?.url).toContain('remark-lint-customer-value-language')
  })

  it('warns at the heading when most of the section is seller language', async () => {
    const file = await run(
      `${head}## What's in it for the customer?\n\nDemo the new forecasting module. Walk them through the Q3 roadmap. They want fewer 2am pages.\n`
    )
    expect(messages(file)).toEqual([
      '6:1-6:34: Most of this section (2 of 3 sentences) is about us, not what the customer gets',
      '8:1-8:33: `Demo` and `new forecasting module` are about what we sell, not what they get',
      '8:34-8:67: `Walk them through` and `Q3 roadmap` are about what we sell, not what they get'
    ])
  })

  it('does not warn about the section when half or less is seller language, or with `sectionShare` raised', async () => {
    const half = `${head}## What's in it for the customer?\n\nDemo the new forecasting module. They want fewer 2am pages.\n`
    expect(messages(await run(half))).toEqual(['8:1-8:33: `Demo` and `new forecasting module` are about what we sell, not what they get'])
    const most = `${head}## What's in it for the customer?\n\nDemo the module. Pitch the tier. They want fewer pages.\n`
    expect(messages(await run(most, {sectionShare: 0.7}))).toHaveLength(2)
  })

  it('reads seller and product names from the shared settings, and rule options win over them', async () => {
    const document = `${head}## What's in it for the customer?\n\nAcmeFlow cuts their scrap by a fifth.\n`
    expect(messages(await run(document))).toEqual([])
    expect(messages(await run(document, undefined, {productNames: ['AcmeFlow']}))).toEqual([
      '8:1-8:38: `AcmeFlow` is about what we sell, not what they get'
    ])
    expect(messages(await run(document, {productNames: ['Other']}, {productNames: ['AcmeFlow']}))).toEqual([])
  })

  it('flags extra seller phrases, and an allowed phrase wins over everything', async () => {
    const document = `${head}## What's in it for the customer?\n\nThey get the Insight Program for their planners.\nOur platform team sits with their planners for a day.\n`
    expect(messages(await run(document, {sellerPhrases: ['Insight Program']}))).toEqual([
      '6:1-6:34: Most of this section (2 of 2 sentences) is about us, not what the customer gets',
      '8:1-8:49: `Insight Program` is about what we sell, not what they get',
      '9:1-9:54: `Our platform` is about what we sell, not what they get'
    ])
    expect(messages(await run(document, {sellerPhrases: ['Insight Program'], allow: ['insight program', 'our platform team']}))).toEqual([])
  })

  it('judges callout value sections and custom headings, and nothing outside them', async () => {
    const callout = `${head}> [!note] What's in it for the customer?\n> Pitch the premium tier.\n\n## Talking points\n\nPitch the premium tier.\n`
    expect(messages(await run(callout))).toEqual(['7:3-7:26: `Pitch` and `premium tier` are about what we sell, not what they get'])
    const custom = `${head}## Their win\n\nPitch the premium tier.\n`
    expect(messages(await run(custom))).toEqual([])
    expect(messages(await run(custom, {headings: ['Their win']}))).toEqual(['8:1-8:24: `Pitch` and `premium tier` are about what we sell, not what they get'])
  })

  it('says nothing about notes that are not call plans', async () => {
    expect(messages(await run("# Team sync\n\n## What's in it for the customer?\n\nPitch the premium tier.\n"))).toEqual([])
  })

  it('rejects bad options with one clear sentence', async () => {
    const document = `${head}## What's in it for the customer?\n\nText.\n`
    expect(messages(await run(document, {sellerNames: 'Northwind'}))).toEqual([
      '1:1: Unexpected `sellerNames` for `customer-value-language`: expected a list of strings, got `"Northwind"`'
    ])
    expect(messages(await run(document, {sectionShare: 2}))).toEqual([
      '1:1: Unexpected `sectionShare` for `customer-value-language`: expected a share between 0 and 1, got `2`'
    ])
  })
})

describe('sellerLanguage', () => {
  it('returns the findings, the number of sentences and the seller share of one section', () => {
    const value = "# Plan\n\n## What's in it for the customer?\n\nPresent our new platform. They leave with a churn model.\n"
    const file = new VFile({value})
    const tree = unified().use(remarkParse).parse(file)
    const section = allSections(tree, value).find((one) => one.title.startsWith('What'))!
    const result = sellerLanguage(section, file, {sellerNames: ['Northwind']})
    expect(result.sentences).toBe(2)
    expect(result.sellerShare).toBe(0.5)
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({
      cues: ['Present', 'our new platform'],
      reason: '`Present` and `our new platform` are about what we sell, not what they get',
      rewrite: "Say what they get, without naming what we sell: 'They leave with …' or '<customer> cuts … from … to …'"
    })
    expect(result.findings[0]?.sentence.position.start).toMatchObject({line: 5, column: 1})
  })
})
