import fc from 'fast-check'
import {stringify} from 'yaml'

/** Our section names, their synonyms, and headings that look close but are not ours. */
const sectionTitles = [
  "What's in it for the customer?",
  'What’s in it for them',
  'WIIFM: what’s in it for the customer',
  'Customer value',
  'Value to the customer',
  'Why should they take this meeting?',
  'Customer outcomes',
  'Goals',
  'Goal',
  'What they want to achieve',
  'Challenges',
  'Obstacles',
  'Why now',
  'Questions',
  'Discovery questions',
  'Our pitch',
  'Key messages',
  'Talking points',
  'Why us',
  'Agenda',
  'Notes'
]

const words = [
  'we', 'our', 'platform', 'demo', 'pitch', 'quota', 'close', 'signature', 'they', 'their', 'customer', 'Acme',
  'wants', 'to', 'cut', 'scrap', 'before', 'March', 'audit', 'team', 'cost', 'week', 'you', "you'll", 'love',
  'dashboard', 'renewal', 'pipeline', 'help', 'them', 'not', 'a', 'the', 'benchmark', 'rate', 'because', 'Q4',
  "wouldn't", 'agree', "don't", 'think', 'if', 'I', 'could', 'show', 'how', 'much', 'would', 'save', 'what', 'does',
  // Unicode: accents, emoji (with ZWJ and skin tone), right-to-left, combining marks, CJK.
  'Müller', 'café', '🚀', '👩🏽‍💻', 'שלום', 'مرحبا', 'e\u0301', 'Z\u0351\u0317a\u0308', '東京', '\u200B', '\u00A0'
]

const word = fc.constantFrom(...words)
const punctuation = fc.constantFrom('', '', '.', '?', '!', ',', ':', ' —', '…')
const sentence = fc
  .tuple(fc.array(word, {minLength: 1, maxLength: 14}), punctuation)
  .map(([parts, end]) => parts.join(' ') + end)

/** Inline Obsidian and Markdown syntax around a sentence. */
const inline = fc.oneof(
  {weight: 6, arbitrary: sentence},
  {weight: 1, arbitrary: sentence.map((text) => `"${text}"`)},
  {weight: 1, arbitrary: sentence.map((text) => `“${text}”`)},
  {weight: 1, arbitrary: fc.tuple(word, word).map(([target, alias]) => `[[${target}|${alias}]]`)},
  {weight: 1, arbitrary: word.map((target) => `[[Notes/${target}#Part]]`)},
  {weight: 1, arbitrary: fc.constantFrom('#call-plan', '#call-plan/discovery', '#1', '#scrap', '#')},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('goal', 'why now', 'obstacle', 'x'), sentence).map(([key, value]) => `(${key}:: ${value})`)},
  {weight: 1, arbitrary: sentence.map((text) => `*${text}*`)},
  {weight: 1, arbitrary: sentence.map((text) => `\`${text}\``)},
  {weight: 1, arbitrary: fc.constantFrom('https://example.com/our-platform', '<https://x.y>', '[link](https://a.b "t")')},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 12})}
)

const line = fc.array(inline, {minLength: 1, maxLength: 5}).map((parts) => parts.join(' '))

const ruleNames = fc.constantFrom('customer-value-language', 'leading-question', 'customer-value-section', 'nonsense', '')

/** One Markdown block. */
const block: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))},
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 6}), fc.constantFrom(...sectionTitles), fc.constantFrom('', '💡 ', 'WIIFT – '), fc.constantFrom('', ':', '?', ' (Acme)'))
      .map(([depth, title, prefix, suffix]) => `${'#'.repeat(depth)} ${prefix}${title}${suffix}`)
  },
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...sectionTitles), fc.constantFrom('=', '-')).map(([title, rule]) => `${title}\n${rule.repeat(3)}`)},
  {weight: 2, arbitrary: fc.array(line, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => `- ${item}`).join('\n'))},
  {weight: 1, arbitrary: fc.array(line, {minLength: 1, maxLength: 3}).map((items) => items.map((item, index) => `${index + 1}. [ ] ${item}`).join('\n'))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('note', 'tip', 'question', 'NOTE'), fc.constantFrom(...sectionTitles), fc.constantFrom('', '+', '-'), fc.array(line, {maxLength: 3}))
      .map(([type, title, fold, lines]) => [`> [!${type}]${fold} ${title}`, ...lines.map((text) => `> ${text}`)].join('\n'))
  },
  {weight: 1, arbitrary: fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.map((text) => `> ${text}`).join('\n'))},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('Goal', 'why-now', 'Obstacle', 'customer value'), sentence).map(([key, value]) => `${key}:: ${value}`)},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('disable', 'enable', 'ignore'), ruleNames).map(([verb, rule]) => `%% lint ${verb} ${rule} %%`)},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('disable', 'enable', 'ignore'), ruleNames).map(([verb, rule]) => `<!--lint ${verb} ${rule}-->`)},
  {weight: 1, arbitrary: sentence.map((text) => `%%\n${text}\n%%`)},
  {weight: 1, arbitrary: sentence.map((text) => '```js\n' + text + '\n```')},
  {weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `| a | b |\n| - | - |\n| ${a} | ${b} |`)},
  {weight: 1, arbitrary: fc.constantFrom('---', '***', '', '<div>', '+++', '[^1]: a footnote')}
)

/** A frontmatter value of any YAML type. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  sentence,
  fc.integer(),
  fc.double({noNaN: false}),
  fc.boolean(),
  fc.constant(null),
  fc.date({min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true}).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2026-12-01', '2026-13-45', 'tomorrow', '09:00', '30m', '1h 30m', 'PT45M'),
  fc.array(word, {maxLength: 4}),
  fc.dictionary(fc.constantFrom('a', 'b', 'name'), word, {maxKeys: 2})
)

/** Frontmatter: mostly a call plan, with random fields and types; sometimes broken or foreign. */
const frontmatter: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom({type: 'call-plan'}, {tags: ['call-plan']}, {tags: 'call-plan, prep'}, {type: 'meeting'}, {}),
        fc.dictionary(fc.constantFrom('account', 'date', 'time', 'attendees', 'duration', 'goal', 'why now', 'tags', 'x'), value, {maxKeys: 5})
      )
      .map(([kind, fields]) => `---\n${stringify({...fields, ...kind})}---\n`)
  },
  {weight: 1, arbitrary: fc.constantFrom('---\ntype: call-plan\naccount: [unclosed\n---\n', '---\ntype: call-plan\n', '+++\ntype = "call-plan"\n+++\n', '---js\n({type: "call-plan"})\n---\n')},
  {weight: 2, arbitrary: fc.constant('')}
)

/** A whole note, with one of the line endings notes arrive with. */
export const note: fc.Arbitrary<string> = fc
  .tuple(frontmatter, fc.array(block, {maxLength: 12}), fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'), fc.boolean())
  .map(([head, blocks, ending, finalNewline]) => {
    const text = head + blocks.join('\n\n') + (finalNewline ? '\n' : '')
    return ending === '\n' ? text : text.replace(/\r?\n/g, ending)
  })

/** How many runs and which seed: `FC_RUNS` and `FC_SEED` reproduce a failure. */
export function runParameters(): fc.Parameters<unknown> {
  const parameters: fc.Parameters<unknown> = {numRuns: Number(process.env.FC_RUNS ?? 2000)}
  if (process.env.FC_SEED) parameters.seed = Number(process.env.FC_SEED)
  if (process.env.FC_PATH) parameters.path = process.env.FC_PATH
  return parameters
}
