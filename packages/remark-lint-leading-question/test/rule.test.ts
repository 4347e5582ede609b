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
  ['Does the contract with their hauliers cover late fees?', false],
  // Generalisations added while tuning on round 3 (questions written for these tests, not from a corpus).
  // A Dataview key is a label; a negative auxiliary with no subject opens a remark, not a question.
  ["q:: wouldn't a shared calendar stop the double bookings?", true, "wouldn't a"],
  ["Doesn't matter whose system it is — where does the order get stuck?", false],
  ["Don't worry about the software — what would a good month-end look like?", false],
  ["Wouldn't or couldn't — which is it when the night shift skips the log?", false],
  // A presumed feeling with its other answer offered; agreeing an agenda; somebody's paperwork.
  ['How keen are the drivers on the new shift pattern — or is it mostly worry?', false],
  ['How impressed were you with the demo?', true, 'how impressed'],
  ['How annoying is it when drivers call in for directions?', true, 'how annoying'],
  ['Can we agree on which topics matter most for this hour?', false],
  ['Can we agree that the current process is costing you money?', true, 'can we agree', 'What is your view on whether the current process is costing you money?'],
  ['Who files the paperwork for each delivery, and where does it go?', false],
  ['Who else needs to approve the licence?', true, 'the licence'],
  // Wanting more of a good thing, social proof as fear, our category as the answer or the benefit.
  ['Do you want your engineers to spend less time on paperwork?', true, 'do you want'],
  ['Do you want to keep the current supplier, and why?', false],
  ['Will you keep the spreadsheets while everyone else automates?', true, 'while everyone else'],
  ['Are you going to be left out when the sector moves?', true, 'be left out'],
  ['How many hours would your team recover with automated scheduling?', true, 'with automated scheduling'],
  ['How many hours go on scheduling today, and where?', false],
  ['Would your team benefit from automatic scheduling?', true, 'benefit from'],
  ['Who on your team would benefit most if handovers were fixed?', false],
  ['What do you think of our new mobile app?', true, 'our new mobile app'],
  ['What do you think of the current rota?', false],
  // Readiness to buy presumed, a picture painted for them, agreement after a lead-in.
  ['Are you happy to go ahead on that basis?', true, 'are you happy'],
  ['Are you happy with how handovers work today, and why?', false],
  ['Imagine never chasing a timesheet again — how would that feel?', true, 'imagine'],
  ["Given the audit, you'd agree this has to be fixed before May?", true, "you'd agree"],
  ['Given the audit, what has to be fixed first?', false],
  // The purchase presumed (going live, a choice between our offers, an objection to close), fear and
  // social proof, consolidation as the answer, our category as the condition — each with an open twin.
  ['Which site should go live first?', true, 'which site should'],
  ['When did the new ERP go live, and what broke?', false],
  ['Who ran the rollout of the last system, and how did it go?', false],
  ['Would you prefer monthly or annual billing?', true, 'would you prefer'],
  ['Would you rather fix scheduling or invoicing first — or neither this year?', false],
  ['Which of the two plans makes more sense for you?', true, 'which of the two plans'],
  ["Is there any reason we can't get the pilot started next week?", true, 'any reason'],
  ['Do you want your safety data in one place?', true, 'in one place'],
  ['Do you keep everything in one place today, or is it spread around?', false],
  ['Are you comfortable being the last port still on paper?', true, 'the last'],
  ['Who is the last person to see an order before it ships?', false],
  ['Is this the last thing to fix before the audit?', false],
  ['Would you prefer the morning or the afternoon for the ward walk?', false],
  ['Would you rather keep the current contract or move?', false],
  ['Would you go with the pilot or straight to a full rollout?', true, 'would you go'],
  ['Which would suit you better, the standard or the premium tier?', true, 'which would'],
  ['Which matters more, the annual plan or the budget cycle — or neither?', false],
  ['Everyone else in the region has moved to digital rostering — are you going to wait?', true, 'everyone else'],
  ['Would your managers like getting their Sunday evenings back?', true, 'would your managers like'],
  ['Would your managers like more say in the rota, or less?', false],
  ['Is now a good time to start the pilot?', true, 'good time to start'],
  ['Is now a good time to talk about the audit?', false],
  ['Would automated matching take the pain out of reconciliations?', true, 'would automated'],
  ['When would you like your growers trained?', true, 'when would you like your growers'],
  ['When were your growers last trained on the spray rules?', false],
  ["What's keeping you from rolling this out before planting?", true, 'keeping you from rolling'],
  ["What's keeping you from sleeping at night?", false],
  ['Can you afford another lost-time injury this year?', true, 'can you afford'],
  ['Can you afford to hire more planners, or is headcount frozen?', false],
  ['Have you seen how other ports have digitised their incident reporting?', true, 'seen how other'],
  ['Have you seen the delays get worse since the merger?', false],
  ["What's the cost of doing nothing for another year?", true, 'cost of doing nothing'],
  ["What's the cost to you when a delivery is missed?", false],
  ['How much time would your supervisors save if every incident form was digital?', true, 'if every incident form was digital'],
  ['How much would you save if the late fees stopped — have you sized it?', false],
  ['How much faster would invoicing be with automated matching?', true, 'with automated matching'],
  ['What do your supervisors say about the paperwork?', false],
  ['What would it mean to your team to never miss a delivery window again?', true, 'never … again'],
  ['Can your current system really cope with peak season?', true, 'can your current system really'],
  ['Is it really that bad, or is it just the peak?', false],
  // Round 4: the body that buys named instead of "you"; keeping on with what hurts.
  ['If we could halve the rework, would the board sign for all five plants?', true, 'if … would the board'],
  ['If the rework halved, what would the board do with the time?', false],
  ['Do you want to keep paying overtime every Friday?', true, 'do you want to keep paying'],
  ['Do you want to keep the Friday shift as it is?', false],
  // Round 5: a loss offered as a choice ("fail", "lose", "risk"; "miss", "face"… when it comes round again).
  ['Do you want to fail the notified body audit again?', true, 'do you want to fail'],
  ['Do you want to miss the filing deadline again?', true, 'do you want to miss'],
  ['Do you want to miss the Friday stand-up while the audit runs?', false],
  ['What would you want to fix first after the last audit?', false]
]

describe('detectLeadingQuestion', () => {
  it.each(questions)('%s', (question, leading, cue, suggestion) => {
    const result = detectLeadingQuestion(question)
    expect(result.leading).toBe(leading)
    expect(result.cue).toBe(cue)
    expect(result.suggestion).toBe(suggestion)
  })
})

describe('detectLeadingQuestion with the seller\'s names', () => {
  it('reads a product name that is an ordinary word, written in lower case after a determiner, as that word', () => {
    const vocabulary = {productNames: ['Harvest']}
    expect(detectLeadingQuestion('What is holding the harvest back on the heavy land?', vocabulary).leading).toBe(false)
    expect(detectLeadingQuestion('How many more tonnes would you get with Harvest on every field?', vocabulary)).toMatchObject({leading: true, cue: 'how many more'})
    expect(detectLeadingQuestion('What would change for the co-op if Harvest were on every field?', vocabulary)).toMatchObject({leading: true, cue: 'harvest'})
    expect(detectLeadingQuestion('Is anything about the current harvest model worth keeping, and what?', vocabulary).leading).toBe(false)
    expect(detectLeadingQuestion('How much more grain would you sell with harvest on every field?', vocabulary)).toMatchObject({leading: true})
  })
})
