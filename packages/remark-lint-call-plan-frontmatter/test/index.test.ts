/**
 * `call-plan-frontmatter` as a table of notes it flags and notes it accepts,
 * each with the exact messages (`line:column-line:column: reason`).
 */
import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import remarkLintCallPlanFrontmatter, {readDate, readDuration, readTime, readZone, type Options} from 'remark-lint-call-plan-frontmatter'
import {type RuleCase, lint, messages, ruleMessages, ruleTable} from '../../../tests/helpers.js'

type Case = RuleCase<Options>

const unread = 'so none of its fields can be read'
const needs = 'which the plan needs to be found and checked before the call'
const checked = 'so the plan cannot be checked before the call'
const good = 'type: call-plan\naccount: Acme Manufacturing\ndate: 2026-03-02\n'

async function run(note: string, options?: Options): Promise<string[]> {
  return ruleMessages(remarkLintCallPlanFrontmatter, note, options)
}

const valid: Case[] = [
  {
    name: 'a full plan',
    note: `---\n${good}time: 09:30\ntimezone: Europe/Berlin\nattendees:\n  - Dana Lee\n  - Sam Ortiz\nduration: 45m\n---\n# Call\n`,
    expected: []
  },
  {name: 'a note that is not a call plan, even with broken frontmatter', note: '---\nfoo: [\n---\n# Notes\n', expected: []},
  {name: 'a date with a time', note: '---\ntype: call-plan\naccount: Acme\ndate: 2026-03-02T09:30\n---\n', expected: []},
  {name: 'a date with a time and an offset', note: '---\ntype: call-plan\naccount: Acme\ndate: 2026-03-02 09:30:00+01:00\n---\n', expected: []},
  {name: 'a quoted date', note: '---\ntype: call-plan\naccount: Acme\ndate: "2026-03-02"\n---\n', expected: []},
  {name: 'a link to a daily note', note: '---\ntype: call-plan\naccount: Acme\ndate: "[[2026-03-02]]"\n---\n', expected: []},
  {name: 'a date with a comment', note: '---\ntype: call-plan\naccount: Acme\ndate: 2026-03-02 # kickoff\n---\n', expected: []},
  {name: 'a quoted date with a comment', note: '---\ntype: call-plan\naccount: Acme\ndate: "2026-03-02" # kickoff\n---\n', expected: []},
  {name: 'a leap day', note: '---\ntype: call-plan\naccount: Acme\ndate: 2028-02-29\n---\n', expected: []},
  {name: 'a time YAML reads as a number (9:30 is 570 in base 60)', note: `---\n${good}time: 9:30\n---\n`, expected: []},
  ...['45', '45m', '1h', '1h30m', '90 min', '1.5h', '1 hour 30 minutes', '"45 mins"'].map((duration) => ({
    name: `the duration ${duration}`,
    note: `---\n${good}duration: ${duration}\n---\n`,
    expected: []
  })),
  {name: 'one attendee as a string', note: `---\n${good}attendees: Dana Lee\n---\n`, expected: []},
  {name: 'attendees as a flow list', note: `---\n${good}attendees: [Dana Lee, Sam Ortiz]\n---\n`, expected: []},
  {name: 'an offset as time zone', note: `---\n${good}tz: "+01:00"\n---\n`, expected: []},
  {name: 'UTC as time zone', note: `---\n${good}timezone: UTC\n---\n`, expected: []},
  {name: 'empty optional fields', note: `---\n${good}time:\nduration:\nattendees:\n---\n`, expected: []},
  {
    name: 'TOML frontmatter',
    note: '+++\ntype = "call-plan"\naccount = "Acme"\ndate = 2026-03-02\ntime = "09:30"\nattendees = ["Dana Lee"]\nduration = 45\n+++\n# Call\n',
    expected: []
  },
  {name: 'keys in another case', note: '---\ntype: call-plan\nAccount: Acme\nDate: 2026-03-02\n---\n', expected: []},
  {name: 'CRLF line endings', note: `---\r\n${good.replaceAll('\n', '\r\n')}---\r\n# Call\r\n`, expected: []},
  {name: 'no required fields', note: '---\ntype: call-plan\n---\n', options: {required: []}, expected: []},
  {name: 'other required fields', note: '---\ntype: call-plan\nstage: discovery\n---\n', options: {required: ['stage']}, expected: []}
]

const invalid: Case[] = [
  {
    name: 'YAML that does not parse: at the line and column in the note',
    note: '---\ntype: call-plan\naccount: Acme\n  date: 2026-03-02\n---\n# Call\n',
    expected: [`4:7-4:19: The frontmatter is broken here, ${unread}`]
  },
  {
    name: 'an unclosed quote',
    note: '---\ntype: call-plan\naccount: "Acme\ndate: 2026-03-02\n---\n',
    expected: [`5:1-5:4: The frontmatter is broken here, ${unread}`]
  },
  {
    name: 'TOML that does not parse',
    note: '+++\ntype = "call-plan"\naccount = Acme\n+++\n',
    expected: [`3:11-3:15: The frontmatter is broken here, ${unread}`]
  },
  {
    name: 'a frontmatter that is never closed',
    note: '---\ntype: call-plan\naccount: Acme\n\n# Call\n',
    expected: [`1:1-1:4: The frontmatter opened on line 1 is never closed with \`---\`, ${unread}`]
  },
  {
    name: 'TOML that is never closed',
    note: '+++\ntype = "call-plan"\n\n# Call\n',
    expected: [`1:1-1:4: The frontmatter opened on line 1 is never closed with \`+++\`, ${unread}`]
  },
  {
    name: 'JavaScript frontmatter',
    note: "---js\n{type: 'call-plan'}\n---\n#call-plan\n",
    expected: [`1:1-1:6: \`---js\` frontmatter is code, which is never run, ${unread}`]
  },
  {
    name: 'an unsupported language',
    note: '---ini\ntype = call-plan\n---\n#call-plan\n',
    expected: [`1:1-1:7: \`---ini\` frontmatter is not supported, ${unread}`]
  },
  {
    name: 'both default fields missing',
    note: '---\ntype: call-plan\n---\n# Call\n',
    expected: [`1:1-1:4: Missing \`account\` and \`date\` in the frontmatter, ${needs}`]
  },
  {
    name: 'one field missing',
    note: '---\ntype: call-plan\naccount: Acme\n---\n',
    expected: [`1:1-1:4: Missing \`date\` in the frontmatter, ${needs}`]
  },
  {
    name: 'no frontmatter at all: line 1',
    note: '# Call with Acme\n#call-plan\n',
    expected: [`1:1-1:17: Missing \`account\` and \`date\` in the frontmatter, ${needs}`]
  },
  {
    name: 'an empty required field: at its line',
    note: '---\ntype: call-plan\naccount:\ndate: 2026-03-02\n---\n',
    expected: [`3:1-3:9: \`account\` is empty, and the plan needs it to be found and checked before the call`]
  },
  {
    name: 'an empty string',
    note: '---\ntype: call-plan\naccount: ""\ndate: 2026-03-02\n---\n',
    expected: [`3:1-3:12: \`account\` is empty, and the plan needs it to be found and checked before the call`]
  },
  {
    name: 'required fields from the options',
    note: `---\n${good}---\n`,
    options: {required: ['account', 'date', 'attendees', 'stage']},
    expected: [`1:1-1:4: Missing \`attendees\` and \`stage\` in the frontmatter, ${needs}`]
  },
  {
    name: 'three missing fields',
    note: '---\ntype: call-plan\n---\n',
    options: {required: ['account', 'date', 'time']},
    expected: [`1:1-1:4: Missing \`account\`, \`date\` and \`time\` in the frontmatter, ${needs}`]
  },
  ...['2026-02-30', '2026-13-01', '"2026-02-29"', 'next Tuesday', '02/03/2026', '2026-3-2', '2026-03-02T25:00'].map((date) => {
    const shown = date.replaceAll('"', '')
    return {
      name: `the date ${date}`,
      note: `---\ntype: call-plan\naccount: Acme\ndate: ${date}\n---\n`,
      expected: [`4:1-4:${7 + date.length}: \`date\` is \`${shown}\`, which is not a real date, ${checked}`]
    }
  }),
  ...['9am', '25:00', '09:60', 'morning'].map((time) => ({
    name: `the time ${time}`,
    note: `---\n${good}time: ${time}\n---\n`,
    expected: [`5:1-5:${7 + time.length}: \`time\` is \`${time}\`, which is not a time of day, ${checked}`]
  })),
  {
    name: 'a time zone that does not exist',
    note: `---\n${good}timezone: Mars/Olympus\n---\n`,
    expected: [`5:1-5:23: \`timezone\` is \`Mars/Olympus\`, which is not a time zone, ${checked}`]
  },
  ...['42', 'true', '{lead: Dana}'].map((attendees) => ({
    name: `the attendees ${attendees}`,
    note: `---\n${good}attendees: ${attendees}\n---\n`,
    expected: [
      `5:1-5:${12 + attendees.length}: \`attendees\` is \`${attendees}\`, which is not a list of names, so you cannot see who you are preparing for`
    ]
  })),
  {
    name: 'attendees as a nested map',
    note: `---\n${good}attendees:\n  lead: Dana\n---\n`,
    expected: [
      '5:1-5:11: `attendees` is `{"lead":"Dana"}`, which is not a list of names, so you cannot see who you are preparing for'
    ]
  },
  ...['long', '0', '-5', '1x', '45m of'].map((duration) => ({
    name: `the duration ${duration}`,
    note: `---\n${good}duration: ${duration}\n---\n`,
    expected: [
      `5:1-5:${11 + duration.length}: \`duration\` is \`${duration}\`, which is not a length of time, so you cannot see how much of their time you ask for`
    ]
  })),
  {
    name: 'a # inside a quoted value is not a comment',
    note: `---\n${good}time: "09:30 #"\n---\n`,
    expected: ['5:1-5:16: `time` is `09:30 #`, which is not a time of day, so the plan cannot be checked before the call']
  },
  {
    name: 'a field written in another case keeps its name in the message',
    note: '---\ntype: call-plan\naccount: Acme\nDate: 2026-02-30\n---\n',
    expected: [`4:1-4:17: \`Date\` is \`2026-02-30\`, which is not a real date, ${checked}`]
  },
  {
    name: 'CRLF line endings',
    note: '---\r\ntype: call-plan\r\naccount: Acme\r\ndate: 2026-02-30\r\nduration: long\r\n---\r\n',
    expected: [
      `4:1-4:17: \`date\` is \`2026-02-30\`, which is not a real date, ${checked}`,
      '5:1-5:15: `duration` is `long`, which is not a length of time, so you cannot see how much of their time you ask for'
    ]
  },
  {
    name: 'TOML with a missing field',
    note: '+++\ntype = "call-plan"\ndate = 2026-03-02\n+++\n',
    expected: [`1:1-1:4: Missing \`account\` in the frontmatter, ${needs}`]
  }
]

describe('call-plan-frontmatter', () => {
  ruleTable(run, valid, invalid)

  it('says what to write, and what the reader found', async () => {
    const file = await lint('---\ntype: call-plan\naccount: Acme\n  date: 2026-03-02\n---\n', [remarkLintCallPlanFrontmatter])
    expect(file.messages[0]!.note).toBe(
      'Each field is one `name: value` line; put quotes around a value that holds `: ` or starts with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `%`, `@` or a backtick (the YAML reader says: bad indentation of a mapping entry)'
    )
    const missing = await lint('---\ntype: call-plan\n---\n', [remarkLintCallPlanFrontmatter])
    expect(missing.messages[0]!.note).toBe('Add `account: Acme Manufacturing` and `date: 2026-03-02` between the `---` lines at the top')
    const none = await lint('#call-plan\n', [remarkLintCallPlanFrontmatter])
    expect(none.messages[0]!.note).toBe(
      'Start the note with frontmatter: a `---` line, `account: Acme Manufacturing` and `date: 2026-03-02`, and a closing `---` line'
    )
  })

  it.each(['js', 'javascript'])('never runs `---%s` frontmatter', async (language) => {
    const marker = join(mkdtempSync(join(tmpdir(), 'call-plan-')), 'ran.txt')
    const note = `---${language}\n{type: 'call-plan', x: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}\n---\n#call-plan\n`
    expect(await run(note)).toEqual([`1:1-1:${4 + language.length}: \`---${language}\` frontmatter is code, which is never run, ${unread}`])
    expect(existsSync(marker)).toBe(false)
  })

  it.each([
    [{required: 'account'}, 'Unexpected `required` for `call-plan-frontmatter`: expected a list of strings, got `"account"`'],
    [{required: [1]}, 'Unexpected `required` for `call-plan-frontmatter`: expected a list of strings, got `[1]`'],
    [{requires: ['account']}, 'Unexpected option `requires` for `call-plan-frontmatter`: expected one of `required`'],
    [['account'], 'Unexpected options for `call-plan-frontmatter`: expected an object such as `{}`, got `["account"]`']
  ])('refuses the option %j with a clear sentence, and the run goes on', async (options, error) => {
    const file = await lint('---\ntype: call-plan\n---\n', [[remarkLintCallPlanFrontmatter, ['warn', options]]])
    expect(messages(file)).toEqual([`1:1: ${error}`])
  })
})

describe('reading fields', () => {
  it.each([
    ['2026-03-02', {year: 2026, month: 3, day: 2}],
    ['2026-03-02T09:30', {year: 2026, month: 3, day: 2, minutes: 570}],
    ['2026-03-02 09:30:15.5Z', {year: 2026, month: 3, day: 2, minutes: 570, offset: 0}],
    ['2026-03-02T09:30-05:30', {year: 2026, month: 3, day: 2, minutes: 570, offset: -330}],
    ['[[2026-03-02]]', {year: 2026, month: 3, day: 2}],
    ['2026-02-30', undefined],
    ['2027-02-29', undefined],
    ['2026-03-02T24:00', undefined]
  ])('readDate(%j)', (text, expected) => {
    expect(readDate(text, text)).toEqual(expected)
  })

  it('reads YAML dates by their day', () => {
    expect(readDate(new Date(Date.UTC(2026, 2, 2)))).toEqual({year: 2026, month: 3, day: 2})
  })

  it.each([
    ['09:30', 570],
    ['9:30', 570],
    ['23:59:59', 1439],
    ['24:00', undefined],
    ['9.30', undefined]
  ])('readTime(%j)', (text, expected) => expect(readTime(text)).toBe(expected))

  it.each([
    [45, 45],
    ['45', 45],
    ['45m', 45],
    ['1h', 60],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['90 min', 90],
    ['1.5h', 90],
    ['2d', 2880],
    ['1 hour, 30 minutes', 90],
    [0, undefined],
    ['h', undefined],
    ['45 parsecs', undefined],
    [true, undefined]
  ])('readDuration(%j)', (value, expected) => expect(readDuration(value)).toBe(expected))

  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['utc', 'UTC'],
    ['+01:00', 'UTC+1:00'],
    ['-0530', 'UTC-5:30'],
    ['UTC+2', 'UTC+2:00'],
    ['Mars/Olympus', undefined],
    ['', undefined]
  ])('readZone(%j)', (value, expected) => expect(readZone(value)).toBe(expected))
})
