/**
 * `customer-value-section` as a table of notes it flags and notes it accepts,
 * each with the exact messages (`line:column-line:column: reason`).
 */
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import remarkLintCustomerValueSection, {assessValueSection, isPlaceholder, type Options} from 'remark-lint-customer-value-section'
import {analyzeCallPlan, sectionsOf} from 'call-plan-core'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {type RuleCase, lint, messages, ruleMessages, ruleTable} from '../../../tests/helpers.js'

type Case = RuleCase<Options>

const plan = '---\ntype: call-plan\n---\n'
const answer = 'They leave with a benchmark of their scrap rate against three plants like theirs.'
const tail = 'without it you cannot say why they should spend time on this call'
const noAnswer = 'without an answer you cannot say why they should spend time on this call'
const missing = (place: string, heading = "What's in it for the customer?") =>
  `${place}: Missing \`${heading}\` section: ${tail}`

async function run(note: string, options?: Options): Promise<string[]> {
  return ruleMessages(remarkLintCustomerValueSection, note, options)
}

const valid: Case[] = [
  {name: 'a customer-centric section', note: `${plan}# Call with Acme\n\n## What's in it for the customer?\n\n${answer}\n`, expected: []},
  {name: 'a note that is not a call plan', note: '# Groceries\n\n- milk\n', expected: []},
  {name: 'a callout section', note: `${plan}# Acme\n\n> [!note] What's in it for the customer?\n> ${answer}\n`, expected: []},
  {name: 'a foldable callout', note: `${plan}> [!tip]- Customer value\n> ${answer}\n`, expected: []},
  {name: 'curly apostrophe, level 3, trailing colon', note: `${plan}### What’s in it for the customer:\n${answer}\n`, expected: []},
  {name: 'a leading WIIFM abbreviation', note: `${plan}## WIIFM: What's in it for them\n${answer}\n`, expected: []},
  {name: 'an emoji heading', note: `${plan}## 💡 WIIFM\n${answer}\n`, expected: []},
  {name: 'a trailing qualifier', note: `${plan}## Customer value (Acme, Q3)\n${answer}\n`, expected: []},
  {name: 'every default heading: Value to the customer', note: `${plan}## Value to the customer\n${answer}\n`, expected: []},
  {name: 'every default heading: Value for the customer', note: `${plan}## Value for the customer\n${answer}\n`, expected: []},
  {name: 'every default heading: Why should they take this meeting?', note: `${plan}## Why should they take this meeting?\n${answer}\n`, expected: []},
  {name: 'every default heading: Customer outcome', note: `${plan}## Customer outcome\n${answer}\n`, expected: []},
  {name: 'every default heading: Customer outcomes', note: `${plan}## Customer outcomes\n${answer}\n`, expected: []},
  {name: 'a setext heading', note: `${plan}Customer value\n--------------\n\n${answer}\n`, expected: []},
  {name: 'a placeholder line next to a real answer', note: `${plan}## WIIFM\n\n- TBD\n- ${answer}\n`, expected: []},
  {name: 'the answer under a sub-heading', note: `${plan}## Customer value\n\n### For the plant manager\n\n${answer}\n`, expected: []},
  {name: 'CRLF line endings', note: `---\r\ntype: call-plan\r\n---\r\n## WIIFM\r\n\r\n${answer}\r\n`, expected: []},
  {name: 'a frontmatter tag', note: `---\ntags: [sales, call-plan]\n---\n## WIIFM\n${answer}\n`, expected: []},
  {name: 'minWords lowered', note: `${plan}## WIIFM\nThey leave with less scrap.\n`, options: {minWords: 5}, expected: []},
  {name: 'minWords 0 turns the length check off', note: `${plan}## WIIFM\nBenchmark.\n`, options: {minWords: 0}, expected: []},
  {name: 'extraHeadings adds a heading', note: `${plan}## Their win\n${answer}\n`, options: {extraHeadings: ['Their win']}, expected: []},
  {name: 'headings replaces the defaults', note: `${plan}## Why they care\n${answer}\n`, options: {headings: ['Why they care']}, expected: []}
]

const invalid: Case[] = [
  {
    name: 'no section: message at the end of the title',
    note: `${plan}# Call with Acme\n\n## Agenda\n\n- Intro\n`,
    expected: [missing('4:17-4:17')]
  },
  {
    name: 'no section and no title: the line after the frontmatter',
    note: `${plan}\n## Agenda\n`,
    expected: [missing('4:1-4:1')]
  },
  {
    name: 'no section, no frontmatter (inline tag): line 1',
    note: '#call-plan\n\n## Agenda\n',
    expected: [missing('1:11-1:11')]
  },
  {
    name: 'a setext title',
    note: `${plan}Call with Acme\n==============\n\n## Agenda\n`,
    expected: [missing('5:15-5:15')]
  },
  {
    name: 'no section: after the lines that open the note, so the new section does not swallow them',
    note: `${plan}# Acme\nDana runs the plant.\n\n## Agenda\n`,
    expected: [missing('5:21-5:21')]
  },
  {
    name: 'no section, no title, no frontmatter: line 1',
    note: '## Agenda\n\n#call-plan\n',
    expected: [missing('1:1-1:1')]
  },
  ...['Our pitch', 'Key messages', 'Why us', 'Talking points'].map((heading) => ({
    name: `"${heading}" is not a value section`,
    note: `${plan}# Acme\n\n## ${heading}\n\n${answer}\n`,
    expected: [missing('4:7-4:7')]
  })),
  {
    name: 'an empty section',
    note: `${plan}# Acme\n\n## What's in it for the customer?\n\n## Agenda\n\n- Intro\n`,
    expected: [`6:1-6:34: The \`What's in it for the customer?\` section is empty: ${noAnswer}`]
  },
  {
    name: 'an empty section at the end of the note',
    note: `${plan}## WIIFM\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section is empty: ${noAnswer}`]
  },
  {
    name: 'an empty callout',
    note: `${plan}> [!note] What's in it for the customer?\n`,
    expected: [`4:1-4:41: The \`What's in it for the customer?\` section is empty: ${noAnswer}`]
  },
  {
    name: 'empty bullets',
    note: `${plan}## WIIFM\n\n- \n- \n`,
    expected: [`4:1-4:9: The \`WIIFM\` section holds only empty bullets: ${noAnswer}`]
  },
  {
    name: 'a lone dash is an empty bullet',
    note: `${plan}## WIIFM\n\n-\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section holds only empty bullets: ${noAnswer}`]
  },
  ...['TBD', 'TODO', 'tbc', '…', '...', 'n/a', 'N/A', 'see above', 'See above.', '?', '**TBD**', '- TBD', '- [ ] TODO: ask Dana what they need', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.'].map((text) => {
    const shown = text.startsWith('- ') ? text.slice(2).replace('[ ] ', '') : text.replaceAll('**', '')
    return {
      name: `the placeholder ${JSON.stringify(text)}`,
      note: `${plan}## WIIFM\n\n${text}\n`,
      expected: [
        `4:1-4:9: The \`WIIFM\` section holds only a placeholder (\`${shown.length > 40 ? shown.slice(0, 39) + '…' : shown}\`): ${noAnswer}`
      ]
    }
  }),
  {
    name: 'the prompts of the quick fix, left unanswered',
    note: `${plan}## WIIFM\n\n- They leave with …\n- It matters to them now because …\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section holds only a placeholder (\`They leave with …\`): ${noAnswer}`]
  },
  {
    name: 'an Obsidian comment is not an answer',
    note: `${plan}## WIIFM\n\n%% ask Dana what the audit needs %%\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section is empty: ${noAnswer}`]
  },
  {
    name: 'an HTML comment is not an answer',
    note: `${plan}## WIIFM\n\n<!-- TODO -->\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section is empty: ${noAnswer}`]
  },
  {
    name: 'a placeholder next to an Obsidian comment',
    note: `${plan}## WIIFM\n\nTBD %% ask Dana %%\n`,
    expected: [`4:1-4:9: The \`WIIFM\` section holds only a placeholder (\`TBD\`): ${noAnswer}`]
  },
  {
    name: 'too short',
    note: `${plan}## Customer value\nThey leave with less.\n`,
    expected: [
      '4:1-4:18: The `Customer value` section has only 4 words (at least 8 expected): that is too little to say why they should spend time on this call'
    ]
  },
  {
    name: 'minWords raised',
    note: `${plan}## WIIFM\n${answer}\n`,
    options: {minWords: 20},
    expected: [
      '4:1-4:9: The `WIIFM` section has only 14 words (at least 20 expected): that is too little to say why they should spend time on this call'
    ]
  },
  {
    name: 'two sections: both judged',
    note: `${plan}## WIIFM\nTBD\n\n## Customer value\n\n## Value to the customer\n${answer}\n`,
    expected: [
      `4:1-4:9: The \`WIIFM\` section holds only a placeholder (\`TBD\`): ${noAnswer}`,
      `7:1-7:18: The \`Customer value\` section is empty: ${noAnswer}`
    ]
  },
  {
    name: 'a setext section with a placeholder',
    note: `${plan}What's in it for them\n---------------------\nTBD\n`,
    expected: [`4:1-5:22: The \`What's in it for them\` section holds only a placeholder (\`TBD\`): ${noAnswer}`]
  },
  {
    name: 'an emoji heading with a placeholder',
    note: `${plan}## 💡 WIIFM\nTBD\n`,
    expected: [`4:1-4:12: The \`💡 WIIFM\` section holds only a placeholder (\`TBD\`): ${noAnswer}`]
  },
  {
    name: 'CRLF line endings',
    note: '---\r\ntype: call-plan\r\n---\r\n# Acme\r\n\r\n## WIIFM\r\n\r\nTBD\r\n',
    expected: [`6:1-6:9: The \`WIIFM\` section holds only a placeholder (\`TBD\`): ${noAnswer}`]
  },
  {
    name: 'headings replaces the defaults, and the message names the first',
    note: `${plan}# Acme\n\n## What's in it for the customer?\n${answer}\n`,
    options: {headings: ['Why they care', 'Their win']},
    expected: [missing('4:7-4:7', 'Why they care')]
  }
]

describe('customer-value-section', () => {
  ruleTable(run, valid, invalid)

  it('offers a skeleton that, once inserted, is the section it asked for', async () => {
    const note = `${plan}# Call with Acme\nDana runs the plant.\n`
    const file = await lint(note, [remarkLintCustomerValueSection])
    const message = file.messages[0]!
    expect(message.ruleId).toBe('customer-value-section')
    expect(message.source).toBe('call-plan-lint')
    expect(message.url).toMatch(/remark-lint-customer-value-section#readme$/)
    expect(message.note).toBe("Add what they leave with, in their words: 'They leave with …'")
    expect(message.expected).toEqual([
      "\n\n## What's in it for the customer?\n\n- They leave with …\n- It helps them …\n- It matters to them now because …\n"
    ])
    const fixed = applyFix(note, message)
    expect(fixed).toBe(
      `${plan}# Call with Acme\nDana runs the plant.\n\n## What's in it for the customer?\n\n- They leave with …\n- It helps them …\n- It matters to them now because …\n\n`
    )
    // The inserted prompts are not an answer yet: the rule now points at the new section.
    expect(await run(fixed)).toEqual([
      `7:1-7:34: The \`What's in it for the customer?\` section holds only a placeholder (\`They leave with …\`): ${noAnswer}`
    ])
  })

  it.each([
    ['after the opening lines', `${plan}Dana runs the plant.\n`, '6:1'],
    ['after the frontmatter', `${plan}\n## Agenda\n`, '4:1'],
    ['at the start of a note without frontmatter', '## Agenda\n#call-plan\n', '1:1'],
    ['after a frontmatter that ends the note', '---\ntype: call-plan\n---', '4:1'],
    ['with CRLF line endings', '---\r\ntype: call-plan\r\n---\r\n# Acme\r\nText.\r\n', '7:1']
  ])('inserts the skeleton as its own section %s', async (_, note, headingPlace) => {
    const file = await lint(note, [remarkLintCustomerValueSection])
    const fixed = applyFix(note, file.messages[0]!)
    if (note.includes('\r\n')) expect(fixed.replaceAll('\r\n', '')).not.toContain('\n')
    const after = await run(fixed)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatch(new RegExp(`^${headingPlace}-\\d+:34: The \`What's in it for the customer\\?\` section holds only a placeholder`))
  })

  it('uses the configured heading in the skeleton', async () => {
    const file = await lint(`${plan}# Acme\n`, [[remarkLintCustomerValueSection, {headings: ['Why they care']}]])
    expect(file.messages[0]!.expected![0]).toContain('## Why they care\n')
  })

  it.each([
    [{headings: 'WIIFM'}, 'Unexpected `headings` for `customer-value-section`: expected a list of strings, got `"WIIFM"`'],
    [{headings: []}, "Unexpected `headings` for `customer-value-section`: expected at least one heading, such as `[\"What's in it for the customer?\"]`"],
    [{extraHeadings: [1]}, 'Unexpected `extraHeadings` for `customer-value-section`: expected a list of strings, got `[1]`'],
    [{minWords: -1}, 'Unexpected `minWords` for `customer-value-section`: expected a number of at least 0, got `-1`'],
    [{minWords: '8'}, 'Unexpected `minWords` for `customer-value-section`: expected a number of at least 0, got `"8"`'],
    [{minWord: 3}, 'Unexpected option `minWord` for `customer-value-section`: expected one of `headings`, `extraHeadings`, `minWords`'],
    [['WIIFM'], 'Unexpected options for `customer-value-section`: expected an object such as `{}`, got `["WIIFM"]`']
  ])('refuses the option %j with a clear sentence, and the run goes on', async (options, error) => {
    const file = await lint(`${plan}# Acme\n`, [[remarkLintCustomerValueSection, ['warn', options]]])
    expect(messages(file)).toEqual([`1:1: ${error}`])
    expect(file.messages[0]!.ruleId).toBe('customer-value-section')
  })
})

describe('assessValueSection', () => {
  function contextOf(note: string) {
    const file = new VFile({value: note, path: 'note.md'})
    const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(file)
    const analysis = analyzeCallPlan(tree, file)
    return {tree, file, source: note, analysis, sections: sectionsOf(tree, note)}
  }

  it('reports the best section, and judges each', () => {
    const result = assessValueSection(contextOf(`${plan}## WIIFM\nTBD\n\n## Customer value\n${answer}\n`))
    expect(result.status).toBe('ok')
    expect(result.words).toBe(14)
    expect(result.sections.map((section) => section.title)).toEqual(['WIIFM', 'Customer value'])
    expect(result.assessments.map((one) => one.status)).toEqual(['placeholder', 'ok'])
  })

  it.each([
    [`${plan}# Acme\n`, 'missing', 0],
    [`${plan}## WIIFM\n`, 'empty', 0],
    [`${plan}## WIIFM\n- \n`, 'placeholder', 0],
    [`${plan}## WIIFM\nThey leave with less.\n`, 'short', 4],
    [`${plan}## WIIFM\n${answer}\n`, 'ok', 14]
  ] as const)('%j is %s', (note, status, words) => {
    const result = assessValueSection(contextOf(note))
    expect([result.status, result.words]).toEqual([status, words])
  })

  it('takes the same options as the rule', () => {
    const result = assessValueSection(contextOf(`${plan}## Their win\nThey leave with less.\n`), {extraHeadings: ['Their win'], minWords: 3})
    expect(result.status).toBe('ok')
  })
})

describe('isPlaceholder', () => {
  it.each(['TBD', 'tbd.', 'TODO', 'TODO: ask Dana', 'to do', '-', '—', '…', '...', 'n/a', 'see above', 'TBC', '?', '???', 'Lorem ipsum', '[ ]', 'They leave with …', '(tbd)'])(
    'counts %j as a placeholder',
    (text) => expect(isPlaceholder(text)).toBe(true)
  )
  it.each(['They leave with a benchmark…', 'Today they lose 9 days', 'Todos are tracked in Jira', 'None of their plants share data', 'No'])(
    'counts %j as an answer',
    (text) => expect(isPlaceholder(text)).toBe(false)
  )
})

/** Apply a message's quick fix the way an editor does: replace its range with `expected[0]`. */
function applyFix(note: string, message: VFileMessage): string {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return note.slice(0, place.start.offset) + message.expected![0] + note.slice(place.end.offset)
}
