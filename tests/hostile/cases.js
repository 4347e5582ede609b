/**
 * Hostile and broken notes, shared by the hostile suite (preset, CLI, language server)
 * and `pnpm bench:hostile`. Plain JavaScript so the benchmark runs on Node without a build step.
 *
 * Each case builds its bytes from a `scale` (1 = the size the tests use), so the benchmark can
 * check that time grows linearly with the size of the hostile part.
 */

/** A call plan with findings of several rules, used around hostile parts. */
export function callPlan(body = '', frontmatter = 'type: call-plan\naccount: Acme\ndate: 2026-12-01') {
  return `---\n${frontmatter}\n---\n\n# Call with Acme\n\n${body}`
}

/** A note the hostile ones must not disturb: the same messages with or without them. */
export const goodNote = callPlan(
  [
    "## What's in it for the customer?",
    '',
    'Acme cuts month-end close from nine days to five, so their controllers stop working weekends.',
    'Their CFO said "we lose a week every quarter" and wants that week back before the audit in March.',
    '',
    '## Goal',
    '',
    'Acme wants a close the auditors sign off without manual reconciliation.',
    '',
    '## Obstacles',
    '',
    'Three ledgers that do not agree, and one analyst who knows how they fit.',
    '',
    '## Why now',
    '',
    'The audit is in March and the analyst leaves in February.',
    ''
  ].join('\n')
)

const encoder = new TextEncoder()

/**
 * Code a JavaScript frontmatter block would run if anything evaluated it: it writes `marker`.
 * It is an object literal with a `type` line, so line-by-line reading still sees a call plan.
 */
export function javascriptFrontmatter(fence, marker) {
  return [
    fence,
    '({',
    "type: 'call-plan',",
    `ran: require('fs').writeFileSync(${JSON.stringify(marker)}, 'the note was executed'),`,
    `alsoRan: (function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'the note was executed'); return 1 })()`,
    '})',
    '---',
    '',
    "## What's in it for the customer?",
    '',
    'We demo our platform and get the signature.',
    ''
  ].join('\n')
}

/** The fences of JavaScript frontmatter that must be refused. */
export const javascriptFences = ['---js', '---javascript', '---JS', '--- js', '---  javascript ']

/** YAML "billion laughs": nine levels of nine aliases, 9^9 strings if anything expands it. */
export function billionLaughs(levels = 9) {
  const lines = ['---', 'type: call-plan', 'account: Acme', 'date: 2026-12-01', 'lol0: &lol0 "lol"']
  for (let level = 1; level <= levels; level++) {
    const previous = `*lol${level - 1}`
    lines.push(`lol${level}: &lol${level} [${Array.from({length: 9}, () => previous).join(', ')}]`)
  }
  lines.push('---', '', "## What's in it for the customer?", '', 'TBD', '')
  return lines.join('\n')
}

/** YAML tags that would build functions, objects or regular expressions in an unsafe loader. */
export const customTags = {
  'js/function': 'handler: !!js/function "function () { require(\'fs\').writeFileSync(\'/tmp/pwned\', \'x\') }"',
  'python/object': 'thing: !!python/object:os.system ["touch /tmp/pwned"]',
  'js/undefined': 'nothing: !!js/undefined ""',
  'js/regexp': 'pattern: !!js/regexp /(a+)+$/'
}

/** A call plan whose frontmatter has a custom tag on line 5 (column 1 is the field). */
export function customTagNote(tag) {
  return ['---', 'type: call-plan', 'account: Acme', 'date: 2026-12-01', customTags[tag], '---', '', "## What's in it for the customer?", '', 'TBD', ''].join('\n')
}

/** Frontmatter that is never closed. */
export const unclosedFrontmatter = [
  '---',
  'type: call-plan',
  'account: Acme',
  '',
  "## What's in it for the customer?",
  '',
  'We pitch our roadmap.',
  ''
].join('\n')

/** Blocks of a realistic plan, repeated until the note is `bytes` long. */
export function largeNote(bytes) {
  const block = [
    '## Notes',
    '',
    'Acme wants to cut scrap on line 4; [[Acme/Plant 2|the plant]] reported #scrap at 4% with "we lose a shift a week".',
    '- goal:: fewer reworks',
    '> [!note] Context',
    '> Their quota is theirs, not ours. See https://example.com/a?b=c for the report.',
    '',
    '%% lint disable leading-question %%',
    ''
  ].join('\n')
  const head = callPlan("## What's in it for the customer?\n\nWe show our platform.\n\n")
  const repeats = Math.max(1, Math.ceil((bytes - head.length) / block.length))
  return head + block.repeat(repeats)
}

/** One line of `bytes` characters in the value section, built from `unit`. */
export function singleLine(bytes, unit) {
  const head = callPlan("## What's in it for the customer?\n\n")
  return head + unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes) + '\n'
}

/** Units of the single long lines: words, one long word, and characters the rules look for. */
export const lineUnits = {
  words: 'we demo our platform to them and they get value ',
  'one word': 'a',
  'hyphenated words': 'follow-up ',
  quotes: '"\u201C\'\u2018',
  wikilinks: '[[',
  tags: '#',
  'dataview fields': 'a:: ',
  urls: 'http://',
  'brackets and pipes': '[|(',
  'unclosed callouts': '> [!',
  'html comments': '<!--',
  'obsidian comments': '%% '
}

/** `depth` blockquotes nested on one line, inside a call plan. */
export function nestedBlockquotes(depth) {
  return callPlan("## What's in it for the customer?\n\n" + '> '.repeat(depth) + 'We pitch our roadmap.\n')
}

/** `depth` list levels nested on one line, inside a call plan. */
export function nestedLists(depth) {
  return callPlan("## What's in it for the customer?\n\n" + '- '.repeat(depth) + 'We pitch our roadmap.\n')
}

/** `depth` ordered list levels, one per line, each indented under the last. */
export function nestedOrderedListLines(depth) {
  const lines = []
  for (let level = 0; level < depth; level++) lines.push(' '.repeat(level * 3) + '1. step')
  return callPlan("## What's in it for the customer?\n\n" + lines.join('\n') + '\n')
}

/** Frontmatter and nothing else (no newline at the end). */
export const onlyFrontmatter = '---\ntype: call-plan\naccount: Acme\ndate: 2026-12-01\n---'

/** Bytes of a file that is not text at all: a PNG header and noise (seeded, so stable). */
export function binaryBytes(length = 4096) {
  const bytes = new Uint8Array(length)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let seed = 0x2545f491
  for (let index = 8; index < length; index++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    bytes[index] = seed & 0xff
  }
  return bytes
}

/** A call plan with bytes that are not UTF-8 (a lone continuation byte, an overlong form, 0xFF) on line 9. */
export function invalidUtf8Bytes() {
  const before = encoder.encode(callPlan("## What's in it for the customer?\n\nAcme "))
  const bad = new Uint8Array([0x80, 0xc0, 0xaf, 0xff, 0xfe])
  const after = encoder.encode(' cuts scrap.\n\n## Questions\n\nWouldn\'t you agree that our platform is the best?\n')
  return concat([before, bad, after])
}

/** A UTF-16 text with its byte-order mark. */
export function utf16Bytes(text, endian = 'le') {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes[0] = endian === 'le' ? 0xff : 0xfe
  bytes[1] = endian === 'le' ? 0xfe : 0xff
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const high = code >> 8
    const low = code & 0xff
    bytes[2 + index * 2] = endian === 'le' ? low : high
    bytes[3 + index * 2] = endian === 'le' ? high : low
  }
  return bytes
}

/** A call plan with NUL characters in its frontmatter, a heading and its prose. */
export const nulNote = callPlan(
  "## What's in it\u0000 for the customer?\n\nWe\u0000 demo our platform.\u0000\n\n## Questions\n\nWouldn't you agree that our platform is the best?\n",
  'type: call-plan\naccount: "Ac\u0000me"\ndate: 2026-12-01'
)

/** The same note with other line endings. */
export function withLineEndings(text, ending) {
  return text.replace(/\n/g, ending)
}

/**
 * A call plan with a YAML error on a known line and column, and rule findings at known places,
 * written with `\n`; the tests rewrite its line endings and expect the same lines and columns.
 */
export const positionedNote = [
  '---', // 1
  'type: meeting', // 2
  'account: Acme', // 3
  'date: 2026-12-01', // 4
  'attendees: [Jo, Kim', // 5: the flow sequence is never closed, YAML notices on 6:1
  'duration: 30', // 6
  '---', // 7
  '', // 8
  '# Call with Acme', // 9
  '', // 10
  'Prep notes for the call,', // 11
  'filed under #call-plan', // 12: the tag (column 13) makes it a call plan
  'goal:: cut scrap on line 4', // 13: a Dataview field at 13:1
  '', // 14
  '## Questions', // 15
  '', // 16
  "- Wouldn't you agree that our platform is the best?", // 17: a leading question at 17:3
  '- What does a bad week on line 4 cost you?', // 18
  ''
].join('\n')

function concat(parts) {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
}

export {concat}
