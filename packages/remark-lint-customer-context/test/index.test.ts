/**
 * `customer-context` as a table of notes it flags and notes it accepts,
 * each with the exact messages (`line:column-line:column: reason`).
 */
import {describe, expect, it} from 'vitest'
import remarkLintCustomerContext, {contextDefinitions, type ContextElement, type Options} from 'remark-lint-customer-context'
import {type RuleCase, lint, messages, ruleMessages, ruleTable} from '../../../tests/helpers.js'

type Case = RuleCase<Options>

const plan = '---\ntype: call-plan\n---\n'
const goal = 'They want to cut scrap on line 3 from 6% to 2%.'
const obstacle = 'Their quality data sits in three systems nobody trusts.'
const urgency = 'The board reviews line 3 in March.'
const complete = `## Goals\n\n${goal}\n\n## Challenges\n\n${obstacle}\n\n## Why now\n\n${urgency}\n`
const guess = "without it, what's in it for them is a guess"
const missingAll = `Missing customer context (what they are trying to achieve, what stands in their way and why it matters to them now): ${guess}`
const unfilledAll = `Customer context not filled in yet (what they are trying to achieve, what stands in their way and why it matters to them now): ${guess}`

async function run(note: string, options?: Options): Promise<string[]> {
  return ruleMessages(remarkLintCustomerContext, note, options)
}

/** Every heading the brief lists, each alone, for the element it states. */
const listedHeadings: Array<[ContextElement, string]> = [
  ...['Goals', 'Objectives', 'What they want to achieve', 'Desired outcome', 'Success criteria'].map((heading) => ['goal', heading] as [ContextElement, string]),
  ...['Challenges', 'Pain points', 'Obstacles', 'Blockers', 'What stands in their way', 'Risks'].map((heading) => ['obstacle', heading] as [ContextElement, string]),
  ...['Why now', 'Urgency', 'Compelling event', 'Why they care', 'Timing'].map((heading) => ['urgency', heading] as [ContextElement, string])
]

const valid: Case[] = [
  {name: 'three sections', note: `${plan}# Acme\n\n${complete}`, expected: []},
  {name: 'a note that is not a call plan', note: '# Groceries\n\n- milk\n', expected: []},
  ...listedHeadings.map(([element, heading]) => ({
    name: `the heading "${heading}" for ${element}`,
    note: `${plan}## ${heading}\n\nThey need line 3 to stop scrapping parts.\n`,
    options: {require: [element]},
    expected: []
  })),
  {
    name: 'frontmatter fields',
    note: `---\ntype: call-plan\ngoal: ${goal}\npain: ${obstacle}\nwhy_now: ${urgency}\n---\n# Acme\n`,
    expected: []
  },
  {
    name: 'other frontmatter spellings: a list, camelCase',
    note: `---\ntype: call-plan\ngoals:\n  - Cut scrap\nchallenges: [Data in three systems]\nwhyNow: Board review in March\n---\n`,
    expected: []
  },
  {
    name: 'compelling_event and obstacle fields',
    note: `---\ntype: call-plan\nobjective: Cut scrap\nobstacle: Data in three systems\ncompelling_event: Board review in March\n---\n`,
    expected: []
  },
  {
    name: 'Dataview inline fields',
    note: `${plan}# Acme\n\ngoal:: ${goal}\nobstacle:: ${obstacle}\nwhy-now:: ${urgency}\n`,
    expected: []
  },
  {
    name: 'bracketed inline fields in a sentence',
    note: `${plan}Dana wants [goal:: less scrap], is stuck on [pain points:: bad data] and has (urgency:: a March review).\n`,
    expected: []
  },
  {
    name: 'callouts',
    note: `${plan}> [!info] Goals\n> ${goal}\n\n> [!warning] Pain points\n> ${obstacle}\n\n> [!important] Why now?\n> ${urgency}\n`,
    expected: []
  },
  {
    name: 'setext and emoji headings, trailing qualifiers',
    note: `${plan}🎯 Goals\n--------\n${goal}\n\n## 🚧 Challenges (Dana)\n${obstacle}\n\n### ⏰ Why now?\n${urgency}\n`,
    expected: []
  },
  {name: 'CRLF line endings', note: `${plan}${complete}`.replaceAll('\n', '\r\n'), expected: []},
  {name: 'a section with a placeholder line and an answer', note: `${plan}## Goals\n- TBD\n- ${goal}\n`, options: {require: ['goal']}, expected: []},
  {name: 'only what is required', note: `${plan}## Why now\n${urgency}\n`, options: {require: ['urgency']}, expected: []},
  {name: 'nothing required', note: `${plan}# Acme\n`, options: {require: []}, expected: []},
  {
    name: 'synonyms as headings and fields',
    note: `${plan}## North star\n${goal}\n\nroadblock:: ${obstacle}\n\n---\n\n## Why now\n${urgency}\n`,
    options: {synonyms: {goal: ['North star'], obstacle: ['Roadblock']}},
    expected: []
  },
  {
    name: 'a broken frontmatter still counts its fields',
    note: `---\ntype: call-plan\ngoal: Cut scrap\npain: Bad data\nwhy_now: March review\n  broken: [\n---\n`,
    expected: []
  }
]

const invalid: Case[] = [
  {name: 'nothing: after the title', note: `${plan}# Acme\n\n## Agenda\n`, expected: [`4:7-4:7: ${missingAll}`]},
  {name: 'nothing, no title: after the frontmatter', note: `${plan}\n## Agenda\n`, expected: [`4:1-4:1: ${missingAll}`]},
  {
    name: 'one element missing',
    note: `${plan}# Acme\n\n## Goals\n${goal}\n\n## Why now\n${urgency}\n`,
    expected: [`4:7-4:7: Missing customer context (what stands in their way): ${guess}`]
  },
  {
    name: 'placeholders do not count: the first heading to fill in is pointed at',
    note: `${plan}# Acme\n\n## Goals\nTBD\n\n## Challenges\n- \n\n## Why now\n…\n`,
    expected: [`6:1-6:9: ${unfilledAll}`]
  },
  {
    name: 'empty sections do not count',
    note: `${plan}# Acme\n\n## Goals\n\n## Challenges\n\n## Why now\n`,
    expected: [`6:1-6:9: ${unfilledAll}`]
  },
  {
    name: 'placeholder fields do not count',
    note: `---\ntype: call-plan\ngoal: TBD\npain: ""\nwhy_now: []\n---\n# Acme\n\nobstacle:: n/a\n`,
    expected: [`9:15-9:15: ${missingAll}`]
  },
  {
    name: "an inline field under a heading is a field, not that section's answer",
    note: `${plan}# Acme\n\n## Challenges\nTBD\n\nwhy-now:: …\n`,
    expected: [
      `4:7-4:7: Missing customer context (what they are trying to achieve and why it matters to them now): ${guess}`,
      `6:1-6:14: Customer context not filled in yet (what stands in their way): ${guess}`
    ]
  },
  {
    name: 'an Obsidian comment is not context',
    note: `${plan}# Acme\n\n## Goals\n%% ask Dana %%\n`,
    options: {require: ['goal']},
    expected: [`6:1-6:9: Customer context not filled in yet (what they are trying to achieve): ${guess}`]
  },
  {
    name: 'a pitch is not customer context',
    note: `${plan}# Acme\n\n## Our pitch\nWe show the new module.\n\n## Key messages\nWe are the leader.\n`,
    expected: [`4:7-4:7: ${missingAll}`]
  },
  {
    name: 'require picks what counts',
    note: `${plan}# Acme\n\n## Goals\n${goal}\n`,
    options: {require: ['goal', 'urgency']},
    expected: [`4:7-4:7: Missing customer context (why it matters to them now): ${guess}`]
  },
  {
    name: 'CRLF line endings',
    note: '---\r\ntype: call-plan\r\n---\r\n# Acme\r\n\r\n## Goals\r\nTBD\r\n',
    expected: [
      `4:7-4:7: Missing customer context (what stands in their way and why it matters to them now): ${guess}`,
      `6:1-6:9: Customer context not filled in yet (what they are trying to achieve): ${guess}`
    ]
  },
  {
    name: 'no frontmatter, an inline tag',
    note: `#call-plan\n\n## Why now\n${urgency}\n`,
    expected: [`1:11-1:11: Missing customer context (what they are trying to achieve and what stands in their way): ${guess}`]
  }
]

describe('customer-context', () => {
  ruleTable(run, valid, invalid)

  it('says what to write, and offers the missing sections as a quick fix', async () => {
    const note = `${plan}# Acme\n\n## Goals\n${goal}\n`
    const file = await lint(note, [remarkLintCustomerContext])
    const message = file.messages[0]!
    expect(message.ruleId).toBe('customer-context')
    expect(message.url).toMatch(/remark-lint-customer-context#readme$/)
    expect(message.note).toBe(
      'Add, in their words, `## Challenges` (what stands in their way) and `## Why now` (the event or date that makes it urgent for them), or fields such as `obstacle:: …`'
    )
    expect(message.expected).toEqual(['\n\n## Challenges\n\n- What stands in their way is …\n\n## Why now\n\n- It matters to them now because …'])

    const place = message.place as {start: {offset: number}}
    const fixed = note.slice(0, place.start.offset) + message.expected![0] + note.slice(place.start.offset)
    expect(fixed).toBe(
      `${plan}# Acme\n\n## Challenges\n\n- What stands in their way is …\n\n## Why now\n\n- It matters to them now because …\n\n## Goals\n${goal}\n`
    )
    // The prompts are not an answer: the seller is now asked to fill them in, at the first
    // heading, and no fix offers the headings a second time.
    expect(await run(fixed)).toEqual([
      `6:1-6:14: Customer context not filled in yet (what stands in their way and why it matters to them now): ${guess}`
    ])
    const [second] = (await lint(fixed, [remarkLintCustomerContext])).messages
    expect(second!.expected).toBeUndefined()
    expect(second!.note).toBe(
      'Write, in their words, under `Challenges` what stands in their way and under `Why now` the event or date that makes it urgent for them'
    )
    const answered = fixed.replace('What stands in their way is …', obstacle).replace('It matters to them now because …', urgency)
    expect(await run(answered)).toEqual([])
  })

  it('offers to insert only the headings that are absent, and nothing when all are there', async () => {
    const partly = await lint(`${plan}# Acme\n\n## Goals\nTBD\n`, [remarkLintCustomerContext])
    expect(partly.messages[0]!.expected).toEqual([
      '\n\n## Challenges\n\n- What stands in their way is …\n\n## Why now\n\n- It matters to them now because …'
    ])
    const headed = await lint(`${plan}# Acme\n\n## Goals\nTBD\n\n## Challenges\n\n## Why now\n…\n`, [remarkLintCustomerContext])
    expect(headed.messages).toHaveLength(1)
    expect(headed.messages[0]!.expected).toBeUndefined()
  })

  it('keeps its default headings and fields to the three elements', () => {
    expect(Object.keys(contextDefinitions)).toEqual(['goal', 'obstacle', 'urgency'])
  })

  it.each([
    [{require: 'goal'}, 'Unexpected `require` for `customer-context`: expected a list of strings, got `"goal"`'],
    [{require: ['budget']}, 'Unexpected `require` for `customer-context`: expected a list of `goal`, `obstacle` or `urgency`, got `"budget"`'],
    [{synonyms: ['North star']}, 'Unexpected `synonyms` for `customer-context`: expected an object such as `{"goal": ["North star"]}`, got `["North star"]`'],
    [{synonyms: {budget: ['Money']}}, 'Unexpected `synonyms` for `customer-context`: expected keys `goal`, `obstacle` or `urgency`, got `budget`'],
    [{synonyms: {goal: 'North star'}}, 'Unexpected `synonyms.goal` for `customer-context`: expected a list of strings, got `"North star"`'],
    [{required: ['goal']}, 'Unexpected option `required` for `customer-context`: expected one of `require`, `synonyms`'],
    [true, 'Unexpected options for `customer-context`: expected an object such as `{}`, got `true`']
  ])('refuses the option %j with a clear sentence, and the run goes on', async (options, error) => {
    const file = await lint(`${plan}# Acme\n`, [[remarkLintCustomerContext, ['warn', options]]])
    expect(messages(file)).toEqual([`1:1: ${error}`])
  })
})
