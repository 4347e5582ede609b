/**
 * `call-readiness` as a table of notes it flags and notes it accepts, each with the
 * exact messages (`line:column-line:column: reason`), judged at a fixed "now".
 */
import {describe, expect, it} from 'vitest'
import {sectionSentences} from 'call-plan-core'
import remarkLintCallReadiness, {type Options, type SellerLanguageDetector} from 'remark-lint-call-readiness'
import {type RuleCase, lint, messages, ruleTable} from '../../../tests/helpers.js'

type Case = RuleCase<Options>

/** Monday 2 March 2026, 09:00 UTC. */
const now = '2026-03-02T09:00:00Z'
const answer = 'Dana leaves with a benchmark of her scrap rate against three plants like hers.'
const act = "answer what's in it for the customer or reschedule"
const noSection = "there is no `What's in it for the customer?` section"
const head = (date: string, time?: string, extra = '') =>
  `---\ntype: call-plan\naccount: Acme\ndate: ${date}\n${time === undefined ? '' : `time: ${time}\n`}${extra}---\n`
/** A call at 15:00 UTC today: in 6 hours. Title on line 7. */
const soon = head('2026-03-02', '15:00')

/**
 * A stand-in for the seller-language detector: a sentence with "our", "demo" or "quota"
 * is about the seller. Used only to test this rule's own arithmetic.
 */
const standIn: SellerLanguageDetector = (section, file) => {
  const sentences = sectionSentences(section, file)
  const seller = sentences.filter((sentence) => sentence.words.some((word) => ['our', 'demo', 'quota'].includes(word.normal)))
  return {findings: seller, sentences: sentences.length, sellerShare: sentences.length ? seller.length / sentences.length : 0}
}

async function run(note: string, options: Options = {}): Promise<string[]> {
  const file = await lint(note, [[remarkLintCallReadiness, ['error', {now, timezone: 'UTC', ...options}]]])
  return messages(file)
}

const valid: Case[] = [
  {name: 'a ready plan for a call soon', note: `${soon}# Call with Acme\n\n## What's in it for the customer?\n\n${answer}\n`, expected: []},
  {name: 'a note that is not a call plan', note: '---\ndate: 2026-03-02\ntime: "15:00"\n---\n# Groceries\n', expected: []},
  {name: 'a call that is over', note: `${head('2026-03-02', '08:00')}# Call\n`, expected: []},
  {name: 'a call that started this minute', note: `${head('2026-03-02', '09:00')}# Call\n`, expected: []},
  {name: 'a call yesterday without a time', note: `${head('2026-03-01')}# Call\n`, expected: []},
  {name: 'a call last year', note: `${head('2025-03-02', '15:00')}# Call\n`, expected: []},
  {name: 'a call beyond the window', note: `${head('2026-03-03', '09:01')}# Call\n`, expected: []},
  {name: 'a call at the far end of a smaller window', note: `${soon}# Call\n`, options: {window: '5h'}, expected: []},
  {name: 'no date', note: '---\ntype: call-plan\naccount: Acme\n---\n# Call\n', expected: []},
  {name: 'a date that is not a date (call-plan-frontmatter reports it)', note: `${head('2026-02-30')}# Call\n`, expected: []},
  {name: 'a time that is not a time', note: `${head('2026-03-02', '3pm')}# Call\n`, expected: []},
  {name: 'a time zone that does not exist', note: `${head('2026-03-02', '15:00', 'timezone: Mars/Olympus\n')}# Call\n`, expected: []},
  {name: 'a broken frontmatter', note: '---\ntype: call-plan\ndate: 2026-03-02\n  time: [\n---\n# Call\n', expected: []},
  {
    name: "a call whose time zone puts it in the past (08:30 in Berlin is 07:30 UTC)",
    note: `${head('2026-03-02', '08:30', 'timezone: Europe/Berlin\n')}# Call\n`,
    expected: []
  },
  {
    name: 'half seller language is not most',
    note: `${soon}# Call\n\n## WIIFM\n\nWe demo the new module to the plant team. ${answer}\n`,
    options: {detectSellerLanguage: standIn},
    expected: []
  },
  {
    name: 'a customer-centric section with the stand-in detector',
    note: `${soon}# Call\n\n## WIIFM\n\n${answer} It matters to them now because the board meets in March.\n`,
    options: {detectSellerLanguage: standIn},
    expected: []
  },
  {
    name: 'one good section among two',
    note: `${soon}# Call\n\n## WIIFM\nTBD\n\n## Customer value\n${answer}\n`,
    expected: []
  },
  {
    name: 'extraHeadings counts another heading',
    note: `${soon}# Call\n\n## Their win\n${answer}\n`,
    options: {extraHeadings: ['Their win']},
    expected: []
  }
]

const invalid: Case[] = [
  {
    name: 'no value section, call in 6 hours: at the title',
    note: `${soon}# Call with Acme\n\n## Agenda\n- Intro\n`,
    expected: [`7:1-7:17: Not ready for the call in 6 hours because ${noSection}: ${act}`]
  },
  {
    name: 'an empty section',
    note: `${soon}# Call\n\n## WIIFM\n\n## Agenda\n`,
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section is empty: ${act}`]
  },
  {
    name: 'an empty callout',
    note: `${soon}# Call\n\n> [!note] What's in it for them?\n`,
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`What's in it for them?\` section is empty: ${act}`]
  },
  {
    name: 'a placeholder',
    note: `${soon}# Call\n\n## WIIFM\nTBD\n`,
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section holds only a placeholder: ${act}`]
  },
  {
    name: 'too short',
    note: `${soon}# Call\n\n## WIIFM\nThey save time.\n`,
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section has only 3 words: ${act}`]
  },
  {
    name: 'seller-centric (stand-in detector)',
    note: `${soon}# Call\n\n## WIIFM\n\nWe demo our new dashboard to the plant team. We push the premium tier so I hit my quota. ${answer}\n`,
    options: {detectSellerLanguage: standIn},
    expected: [
      `7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section is about you, not them (2 of 3 sentences are seller language): ${act}`
    ]
  },
  {
    name: 'seller-centric, one sentence (stand-in detector)',
    note: `${soon}# Call\n\n## WIIFM\n\nWe demo our new dashboard and our roadmap to the plant team.\n`,
    options: {detectSellerLanguage: standIn},
    expected: [
      `7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section is about you, not them (its one sentence is seller language): ${act}`
    ]
  },
  {
    name: 'maxSellerShare lowered',
    note: `${soon}# Call\n\n## WIIFM\n\nWe demo the new module to the plant team. ${answer} It matters now because the board meets in March.\n`,
    options: {detectSellerLanguage: standIn, maxSellerShare: 0.2},
    expected: [
      `7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section is about you, not them (1 of 3 sentences are seller language): ${act}`
    ]
  },
  {
    name: 'a date without a time: from midnight',
    note: `${head('2026-03-03')}# Call\n`,
    expected: [`6:1-6:7: Not ready for the call on 2026-03-03 (in 15 hours) because ${noSection}: ${act}`]
  },
  {
    name: 'a date without a time counts all day',
    note: `${head('2026-03-02')}# Call\n`,
    expected: [`6:1-6:7: Not ready for the call today (2026-03-02) because ${noSection}: ${act}`]
  },
  {
    name: 'no title: at the date',
    note: `${soon}## Agenda\n`,
    expected: [`4:1-4:17: Not ready for the call in 6 hours because ${noSection}: ${act}`]
  },
  {
    name: 'minutes',
    note: `${head('2026-03-02', '09:45')}# Call\n`,
    expected: [`7:1-7:7: Not ready for the call in 45 minutes because ${noSection}: ${act}`]
  },
  {
    name: 'hours and minutes',
    note: `${head('2026-03-02', '10:01')}# Call\n`,
    expected: [`7:1-7:7: Not ready for the call in 1 hour 1 minute because ${noSection}: ${act}`]
  },
  {
    name: 'a wider window in days',
    note: `${head('2026-03-03', '15:00')}# Call\n`,
    options: {window: '2d'},
    expected: [`7:1-7:7: Not ready for the call in 1 day 6 hours because ${noSection}: ${act}`]
  },
  {
    name: 'a window in hours as a number',
    note: `${head('2026-03-03', '15:00')}# Call\n`,
    options: {window: 36},
    expected: [`7:1-7:7: Not ready for the call in 1 day 6 hours because ${noSection}: ${act}`]
  },
  {
    name: 'the time zone of the plan (11:00 in Berlin is 10:00 UTC)',
    note: `${head('2026-03-02', '11:00', 'timezone: Europe/Berlin\n')}# Call\n`,
    expected: [`8:1-8:7: Not ready for the call in 1 hour because ${noSection}: ${act}`]
  },
  {
    name: '`tz` and an offset',
    note: `${head('2026-03-02', '09:30', 'tz: "-05:00"\n')}# Call\n`,
    expected: [`8:1-8:7: Not ready for the call in 5 hours 30 minutes because ${noSection}: ${act}`]
  },
  {
    name: 'an offset in the date itself',
    note: `${head('2026-03-02T10:30:00+01:00')}# Call\n`,
    expected: [`6:1-6:7: Not ready for the call in 30 minutes because ${noSection}: ${act}`]
  },
  {
    name: 'the default time zone from the options',
    note: `${head('2026-03-02', '11:00')}# Call\n`,
    options: {timezone: 'Europe/Berlin'},
    expected: [`7:1-7:7: Not ready for the call in 1 hour because ${noSection}: ${act}`]
  },
  {
    name: 'a configured heading names the missing section',
    note: `${soon}# Call\n`,
    options: {headings: ['Why they care']},
    expected: [`7:1-7:7: Not ready for the call in 6 hours because there is no \`Why they care\` section: ${act}`]
  },
  {
    name: 'minWords raised',
    note: `${soon}# Call\n\n## WIIFM\n${answer}\n`,
    options: {minWords: 20},
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`WIIFM\` section has only 14 words: ${act}`]
  },
  {
    name: 'TOML frontmatter',
    note: '+++\ntype = "call-plan"\ndate = 2026-03-02\ntime = "15:00"\n+++\n# Call\n',
    expected: [`6:1-6:7: Not ready for the call in 6 hours because ${noSection}: ${act}`]
  },
  {
    name: 'CRLF line endings and a setext title',
    note: `${soon}Call\n====\n\n## WIIFM\nTBD\n`.replaceAll('\n', '\r\n'),
    expected: [`7:1-8:5: Not ready for the call in 6 hours because the \`WIIFM\` section holds only a placeholder: ${act}`]
  },
  {
    name: 'an emoji heading',
    note: `${soon}# Call\n\n## 💡 WIIFM\n- \n`,
    expected: [`7:1-7:7: Not ready for the call in 6 hours because the \`💡 WIIFM\` section holds only a placeholder: ${act}`]
  }
]

describe('call-readiness', () => {
  ruleTable(run, valid, invalid)

  it('is an error when configured as one, with a note on what to do', async () => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['error', {now, timezone: 'UTC'}]]])
    const message = file.messages[0]!
    expect(message.fatal).toBe(true)
    expect(message.ruleId).toBe('call-readiness')
    expect(message.source).toBe('call-plan-lint')
    expect(message.url).toMatch(/remark-lint-call-readiness#readme$/)
    expect(message.note).toBe("Write what they leave with, in their words ('They leave with …'), or move the call to when you can answer it")
  })

  it('takes "now" from the shared settings', async () => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['warn', {timezone: 'UTC'}]]], {settings: {now}})
    expect(messages(file)).toEqual([`7:1-7:7: Not ready for the call in 6 hours because ${noSection}: ${act}`])
  })

  it('takes a Date as "now"', async () => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['warn', {timezone: 'UTC'}]]], {settings: {now: new Date(now)}})
    expect(messages(file)).toEqual([`7:1-7:7: Not ready for the call in 6 hours because ${noSection}: ${act}`])
  })

  it('prefers its own "now" to the shared one', async () => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['warn', {now: '2026-03-02T14:00:00Z', timezone: 'UTC'}]]], {
      settings: {now}
    })
    expect(messages(file)).toEqual([`7:1-7:7: Not ready for the call in 1 hour because ${noSection}: ${act}`])
  })

  it('reads a "now" without an offset in the default time zone', async () => {
    expect(await run(`${soon}# Call\n`, {now: '2026-03-02T14:00', timezone: 'Europe/Berlin'})).toEqual([
      // 14:00 in Berlin is 13:00 UTC; the plan's 15:00 is read in Berlin too.
      `7:1-7:7: Not ready for the call in 1 hour because ${noSection}: ${act}`
    ])
  })

  it('uses the clock when nothing says what time it is', async () => {
    const inThreeHours = new Date(Date.now() + 3 * 3600_000 + 30_000).toISOString()
    const note = `---\ntype: call-plan\ndate: ${inThreeHours.slice(0, 10)}\ntime: "${inThreeHours.slice(11, 16)}"\ntimezone: UTC\n---\n# Call\n`
    const file = await lint(note, [[remarkLintCallReadiness, ['warn']]])
    // The plan's time has whole minutes, so the clock may be a minute either side of 3 hours.
    expect(messages(file)).toHaveLength(1)
    expect(messages(file)[0]).toMatch(/^7:1-7:7: Not ready for the call in (2 hours 59 minutes|3 hours|3 hours 1 minute) because there is no/)
  })

  it('flags a seller-centric section with the real detector of remark-lint-customer-value-language', async () => {
    const note = `${soon}# Call\n\n## What's in it for the customer?\n\nWe demo our platform and walk them through our roadmap. We pitch the premium tier so I hit my quota this quarter. We present our pricing and close the upsell before Q4 ends.\n`
    const result = await run(note)
    expect(result).toHaveLength(1)
    expect(result[0]).toMatch(
      /^7:1-7:7: Not ready for the call in 6 hours because the `What's in it for the customer\?` section is about you, not them \(\d of 3 sentences are seller language\): answer what's in it for the customer or reschedule$/
    )
  })

  it('passes the seller and product names of the shared settings to the detector', async () => {
    const seen: unknown[] = []
    const spy: SellerLanguageDetector = (section, file, vocabulary) => {
      seen.push(vocabulary)
      return standIn(section, file)
    }
    await lint(`${soon}# Call\n\n## WIIFM\n${answer}\n`, [[remarkLintCallReadiness, ['warn', {now, timezone: 'UTC', detectSellerLanguage: spy}]]], {
      settings: {sellerNames: ['Globex'], productNames: ['Flowline']}
    })
    expect(seen).toEqual([{sellerNames: ['Globex'], productNames: ['Flowline']}])
  })

  it.each([
    [{window: 'soon'}, 'Unexpected `window` for `call-readiness`: expected hours as a number, or a length such as `24h` or `2d`, got `"soon"`'],
    [{window: -1}, 'Unexpected `window` for `call-readiness`: expected hours as a number, or a length such as `24h` or `2d`, got `-1`'],
    [{maxSellerShare: 2}, 'Unexpected `maxSellerShare` for `call-readiness`: expected a share between 0 and 1, got `2`'],
    [{maxSellerShare: -0.1}, 'Unexpected `maxSellerShare` for `call-readiness`: expected a number of at least 0, got `-0.1`'],
    [{timezone: 'Mars/Olympus'}, 'Unexpected `timezone` for `call-readiness`: expected a time zone such as `Europe/Berlin` or `+01:00`, got `"Mars/Olympus"`'],
    [{now: 'yesterday'}, 'Unexpected `now` for `call-readiness`: expected a date and time such as `2026-03-02T09:00`, got `"yesterday"`'],
    [{now: 42}, 'Unexpected `now` for `call-readiness`: expected a date and time such as `2026-03-02T09:00`, got `42`'],
    [{minWords: '8'}, 'Unexpected `minWords` for `call-readiness`: expected a number of at least 0, got `"8"`'],
    [
      {windowHours: 48},
      'Unexpected option `windowHours` for `call-readiness`: expected one of `window`, `now`, `timezone`, `maxSellerShare`, `headings`, `extraHeadings`, `minWords`, `detectSellerLanguage`'
    ],
    [{detectSellerLanguage: 'yes'}, 'Unexpected `detectSellerLanguage` for `call-readiness`: expected a function']
  ])('refuses the option %j with a clear sentence, and the run goes on', async (options, error) => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['error', options]]])
    expect(messages(file)).toEqual([`1:1: ${error}`])
  })

  it('refuses a "now" setting it cannot read', async () => {
    const file = await lint(`${soon}# Call\n`, [[remarkLintCallReadiness, ['error']]], {settings: {now: 'next Monday'}})
    expect(messages(file)).toEqual(['1:1: Unexpected `now` setting: expected a date and time such as `2026-03-02T09:00`, got `"next Monday"`'])
  })
})
