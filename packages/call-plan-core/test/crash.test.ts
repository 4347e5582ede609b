import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {lintRule} from 'unified-lint-rule'
import {VFile} from 'vfile'
import {remarkCallPlanRuleCrashes} from '../src/index.js'

const throwing = lintRule({origin: 'call-plan-lint:leading-question'}, () => {
  throw new Error('Simulated bug in a rule')
})
const flagging = lintRule({origin: 'call-plan-lint:customer-value-section'}, (_tree, file) => {
  file.message('Missing section')
})

async function run(severity: 'warn' | 'error', crashes = true) {
  const processor = unified().use(remarkParse).use(throwing, [severity]).use(flagging, ['warn'])
  if (crashes) processor.use(remarkCallPlanRuleCrashes)
  const file = new VFile({value: '# Plan\n', path: 'plan.md'})
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => [message.ruleId, message.fatal, message.reason])
}

describe('remarkCallPlanRuleCrashes', () => {
  const worded = 'The `leading-question` check could not read this note, so it was skipped; the other checks still ran (Simulated bug in a rule)'

  it('reports a crashed rule as an error, in words, even when the rule is set to warn', async () => {
    // Without it, unified-lint-rule gives the crash the rule's severity: a warning.
    expect(await run('warn', false)).toEqual([
      ['leading-question', false, 'Simulated bug in a rule'],
      ['customer-value-section', false, 'Missing section']
    ])
    expect(await run('warn')).toEqual([
      ['leading-question', true, worded],
      ['customer-value-section', false, 'Missing section']
    ])
    expect(await run('error')).toEqual([
      ['leading-question', true, worded],
      ['customer-value-section', false, 'Missing section']
    ])
  })

  it('leaves the findings of rules that ran alone, and words a crash only once', async () => {
    const processor = unified().use(remarkParse).use(throwing, ['warn']).use(remarkCallPlanRuleCrashes).use(remarkCallPlanRuleCrashes)
    const file = new VFile({value: '# Plan\n'})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => message.reason)).toEqual([worded])
  })
})
