import {describe, expect, it} from 'vitest'
import remarkLintLeadingQuestion, {detectLeadingQuestion} from 'remark-lint-leading-question'
import {lint, messages} from '../../../tests/helpers.js'

const head = '---\ntype: call-plan\n---\n# Call with Acme\n\n'

async function run(document: string, options?: Record<string, unknown>, settings?: Record<string, string[]>) {
  return lint(document, [[remarkLintLeadingQuestion, options ? ['warn', options] : ['warn']]], settings ? {settings} : {})
}

describe('leading-question rule', () => {
  it('flags leading questions in the discovery section at their position, with an open rewrite', async () => {
    const file = await run(
      `${head}## Discovery questions\n\n1. Wouldn't you agree that manual reporting slows your team down?\n2. What happens today when a batch fails inspection?\n3. Your month-end close is way too slow, isn't it?\n`
    )
    expect(messages(file)).toEqual([
      "8:4-8:66: `Wouldn't you agree` makes this a leading question: a negative question tells them the answer you want",
      "10:4-10:51: `isn't it?` makes this a leading question: the tag at the end asks them to agree, not to answer"
    ])
    expect(file.messages[0]?.expected).toEqual(['What is your view on whether manual reporting slows your team down?'])
    expect(file.messages[0]?.note).toBe(
      "Ask an open question that lets them describe their situation: 'What …?', 'How do you …?', 'Tell me about …', for example 'What is your view on whether manual reporting slows your team down?'"
    )
    expect(file.messages[1]?.expected).toEqual(['What is your view on whether your month-end close is way too slow?'])
    expect(file.messages[0]?.ruleId).toBe('leading-question')
  })

  it('gives no rewrite when none can be derived safely, only the pattern', async () => {
    const file = await run(`${head}## Questions\n\n- If I could show you a way to cut downtime by 20%, would you sign this quarter?\n`)
    expect(messages(file)).toEqual([
      '8:3-8:81: `If I … would you` makes this a leading question: it asks them to commit to what you will show before they have said what they need'
    ])
    expect(file.messages[0]?.expected).toBeUndefined()
    expect(file.messages[0]?.note).toBe("Ask an open question that lets them describe their situation: 'What …?', 'How do you …?', 'Tell me about …'")
  })

  it('knows the seller’s names from the shared settings', async () => {
    const document = `${head}## Questions\n\n- How much time would your planners get back with Routely?\n`
    expect(messages(await run(document))).toEqual([
      '8:3-8:59: `with Routely` makes this a leading question: it asks them to praise our product instead of describing their situation'
    ])
    const lower = `${head}## Questions\n\n- How much time would your planners get back with routely?\n`
    expect(messages(await run(lower))).toEqual([])
    expect(messages(await run(lower, undefined, {productNames: ['Routely']}))).toEqual([
      '8:3-8:59: `routely` makes this a leading question: it asks them to praise our product instead of describing their situation'
    ])
  })

  it('accepts open questions, and leading ones outside the questions section', async () => {
    const file = await run(
      `${head}## Questions to ask\n\n- What would have to be true for this to be worth fixing this year?\n- If you could change one thing about month-end, what would it be?\n- What don't you like about the current process?\n\n## Notes\n\nWouldn't you agree it is slow?\n`
    )
    expect(messages(file)).toEqual([])
  })

  it('uses the configured headings', async () => {
    const document = `${head}## Ask them\n\n- Don't you think your team deserves better?\n`
    expect(messages(await run(document))).toEqual([])
    expect(messages(await run(document, {headings: ['Ask them']}))).toEqual([
      "8:3-8:45: `Don't you think` makes this a leading question: a negative question tells them the answer you want"
    ])
  })

  it('rejects bad options with one clear sentence', async () => {
    expect(messages(await run(`${head}## Questions\n\n- What?\n`, {headings: 'Questions'}))).toEqual([
      '1:1: Unexpected `headings` for `leading-question`: expected a list of strings, got `"Questions"`'
    ])
  })
})

/** `[question, leading?, cue?, suggestion?]` for the pure function the bench measures. */
const questions: Array<[string, boolean, string?, string?]> = [
  ["Wouldn't you agree that churn is your biggest problem?", true, "wouldn't you agree", 'What is your view on whether churn is your biggest problem?'],
  ["Don't you think Acme needs this?", true, "don't you think", 'What is your view on whether Acme needs this?'],
  ['Isn’t it true that your vendor is slow?', true, "isn't it true that", 'What is your view on whether your vendor is slow?'],
  ['Would it be fair to say your team is stretched?', true, 'would it be fair to say', 'What is your view on whether your team is stretched?'],
  ['Acme is losing money on every late truck, right?', true, 'right?'],
  ['How much would you save with our platform?', true, 'our platform'],
  ['How frustrated is your team with the current system?', true, 'how frustrated'],
  ['Would real-time alerts help your maintenance team?', true, 'would real-time alerts help'],
  ['Which package works best for you, Standard or Premium?', true, 'which package'],
  ["What's stopping you from signing today?", true, 'stopping you from signing'],
  ['If our tracking found every missing pump, would you replace the fleet this year?', true, 'if … would you replace'],
  ['What happens when a truck misses its slot?', false],
  ['How excited or worried is the team about their own rollout?', false],
  ["Don't-ship list: which items go on it, and who decides?", false],
  ['If you could change one thing, what would it be?', false],
  ['What would you agree is the biggest risk to the audit?', false],
  ['Would you walk me through how an order gets approved?', false],
  ['How much does a late truck cost you today, roughly?', false],
  // A guess handed to them to confirm, a presumed next step, "more of a good thing", a presumed feeling.
  ['I imagine your drivers are exhausted by Friday?', true, 'i imagine', 'What is your view on whether your drivers are exhausted by Friday?'],
  ['Shall we book the pilot for May or June?', true, 'shall we book'],
  ['Would fewer missed slots be good for your depot?', true, 'would fewer'],
  ['How relieved will the ward be once pumps are tracked?', true, 'how relieved'],
  // Questions that name their way out, and somebody else's contract, stay open.
  ['How annoyed, if at all, are the schedulers with the rota tool?', false],
  ['Would you say the handover works well, badly, or somewhere in between?', false],
  ['Does the contract with their hauliers cover late fees?', false]
]

describe('detectLeadingQuestion', () => {
  it.each(questions)('%s', (question, leading, cue, suggestion) => {
    const result = detectLeadingQuestion(question)
    expect(result.leading).toBe(leading)
    expect(result.cue).toBe(cue)
    expect(result.suggestion).toBe(suggestion)
  })
})
