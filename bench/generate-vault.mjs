// Generates a synthetic Obsidian-style sales vault for the benchmark: seeded, so every run and
// every machine gets the same notes. About 75% are call plans (good, seller-centric, missing or
// empty value sections, leading questions, broken frontmatter), the rest meeting notes, people
// and daily notes, plus an `.obsidian/` folder and a `Templates/` folder as real vaults have.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** mulberry32: a small, well-known seeded generator. */
function seeded(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const accounts = ['Globex', 'Initech', 'Umbrella Retail', 'Stark Logistics', 'Wayne Foods', 'Acme Mining', 'Hooli Health', 'Soylent Farms', 'Cyberdyne Labs', 'Tyrell Energy', 'Wonka Confections', 'Vandelay Imports', 'Northgate Foods', 'Summit Analytics', 'Redwood Utilities']
const people = ['Dana Scully', 'Fox Mulder', 'Leslie Knope', 'Ron Swanson', 'Ann Perkins', 'Ben Wyatt', 'April Ludgate', 'Tom Haverford', 'Donna Meagle', 'Chris Traeger']
const customerValue = [
  'Their finance team wants to cut month-end close from nine days to five before the audit in March.',
  'They want fewer stock-outs in the northern stores, which cost them about 2% of weekly sales.',
  'The operations lead needs to show the board a plan to halve overtime on the night shift.',
  'They are trying to get onboarding of new drivers down from three weeks to one.',
  'Their quality team wants to find the cause of the scrap rate on line 4 before the peak season.',
  'They leave with a benchmark of their close process against five companies of their size.',
  'The CFO wants a forecast she can trust without the Friday spreadsheet marathon.',
  'Late reconciliations delay their board reporting and cost them overtime every month.'
]
const sellerLanguage = [
  'We will demo our new dashboard and walk them through the pricing.',
  'Our platform is the market leader and our roadmap is strong.',
  'The goal is to close the renewal before the end of the quarter so we hit quota.',
  'Pitch the premium tier and book the next meeting.',
  "You'll love our new reporting features."
]
const questions = [
  'How does the close run today, from the first export to the sign-off?',
  'What happens when a store runs out of stock on a Saturday?',
  'Who else cares about the overtime numbers, and why?',
  'What have you tried so far, and what got in the way?',
  'What would change for your team if onboarding took one week?'
]
const leadingQuestions = [
  "Wouldn't you agree that automation is the answer?",
  "Don't you think your team deserves a better tool?",
  'If I could show you a way to save 20%, would you sign this month?',
  'Isn’t it true that spreadsheets are holding you back?'
]
const filler = [
  'Met at the regional conference; follow-up promised on the integration question.',
  'See [[Account overview]] and the notes from the last call.',
  'The procurement process usually takes six weeks; legal review is separate.',
  'They use a mix of spreadsheets and an older ERP; IT is stretched thin this quarter.',
  'Previous vendor left after a failed rollout in 2023, so trust is low.'
]

function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

function pad(value) {
  return String(value).padStart(2, '0')
}

function dateAround(random, now) {
  // Most plans are for meetings already held; about one in ten is in the next month.
  const days = random() < 0.9 ? -Math.floor(random() * 700) - 1 : Math.floor(random() * 30)
  const date = new Date(now.getTime() + days * 86_400_000)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

function paragraph(random, list, count) {
  const sentences = []
  for (let index = 0; index < count; index++) sentences.push(pick(random, list))
  return sentences.join(' ')
}

function callPlan(random, now, index) {
  const account = pick(random, accounts)
  const date = dateAround(random, now)
  const kind = random()
  const frontmatter = kind < 0.03
    ? `---\ntype: call-plan\naccount: ${account}\ndate: [${date}\n---\n`
    : `---\ntype: call-plan\naccount: ${account}\ndate: ${date}\ntime: "${pad(8 + Math.floor(random() * 9))}:${random() < 0.5 ? '00' : '30'}"\nattendees:\n  - "[[${pick(random, people)}]]"\n  - "[[${pick(random, people)}]]"\ntags: [call-plan, ${account.toLowerCase().replace(/\s+/g, '-')}]\n---\n`
  const parts = [frontmatter, `# ${account} — call ${index}\n`, `Prepared for [[${pick(random, people)}]]. ${paragraph(random, filler, 2)}\n`]
  if (kind < 0.55) {
    parts.push(`## What's in it for the customer?\n`, `${paragraph(random, customerValue, 3)}\n`)
  } else if (kind < 0.75) {
    parts.push(`## What's in it for the customer?\n`, `${paragraph(random, sellerLanguage, 2)} ${pick(random, customerValue)}\n`)
  } else if (kind < 0.82) {
    parts.push(`> [!note] What's in it for them\n> ${paragraph(random, customerValue, 2)}\n`)
  } else if (kind < 0.9) {
    parts.push(`## What's in it for the customer?\n`, 'TBD\n')
  } else {
    parts.push(`## Key messages\n`, `${paragraph(random, sellerLanguage, 3)}\n`)
  }
  if (random() < 0.7) parts.push(`## What they are trying to achieve\n`, `goal:: ${pick(random, customerValue)}\n`)
  if (random() < 0.6) parts.push(`## What stands in their way\n`, `${paragraph(random, filler, 2)}\n`)
  if (random() < 0.5) parts.push(`## Why now\n`, `Their budget cycle closes in ${pick(random, ['March', 'June', 'September'])}.\n`)
  parts.push(`## Questions\n`)
  for (let count = 0; count < 3; count++) parts.push(`- ${random() < 0.2 ? pick(random, leadingQuestions) : pick(random, questions)}`)
  parts.push('')
  parts.push(`## Notes\n`, `| Topic | Owner |\n| --- | --- |\n| Integration | [[${pick(random, people)}]] |\n| Pricing | #follow-up |\n`)
  parts.push(`${paragraph(random, filler, 3)}\n`)
  return parts.join('\n')
}

function otherNote(random, now, index) {
  const kind = random()
  if (kind < 0.4) {
    return `---\ntype: meeting\ndate: ${dateAround(random, now)}\n---\n\n# Meeting notes ${index}\n\n- ${paragraph(random, filler, 1)}\n- Follow up with [[${pick(random, people)}]]\n\n${paragraph(random, filler, 3)}\n`
  }
  if (kind < 0.7) {
    const person = pick(random, people)
    return `---\ntype: person\ncompany: ${pick(random, accounts)}\n---\n\n# ${person}\n\nRole: buyer. Prefers email. #contact\n\n${paragraph(random, filler, 2)}\n`
  }
  return `# Daily ${index}\n\n- [ ] Prepare the [[${pick(random, accounts)}]] call\n- [x] Send the recap\n\n${paragraph(random, filler, 2)}\n`
}

/** Write `count` notes under `root` (emptied first); returns the paths of the notes. */
export async function generateVault(root, count, {seed = 42, now = new Date('2026-06-01T09:00:00Z')} = {}) {
  const random = seeded(seed + count)
  await rm(root, {recursive: true, force: true})
  await mkdir(path.join(root, '.obsidian'), {recursive: true})
  await writeFile(path.join(root, '.obsidian', 'app.json'), '{"alwaysUpdateLinks": true}\n')
  await writeFile(path.join(root, '.obsidian', 'templates.json'), '{"folder": "Templates"}\n')
  await mkdir(path.join(root, 'Templates'), {recursive: true})
  await writeFile(path.join(root, 'Templates', 'Meeting.md'), '# {{title}}\n\n- \n')
  const notes = []
  const folders = new Set()
  for (let index = 0; index < count; index++) {
    const isPlan = random() < 0.75
    const folder = isPlan ? `Calls/${2024 + (index % 3)}/${pad((index % 12) + 1)}` : pick(random, ['Meetings', 'People', 'Daily'])
    const file = path.join(folder, `${isPlan ? 'Call plan' : 'Note'} ${String(index).padStart(5, '0')}.md`)
    if (!folders.has(folder)) {
      await mkdir(path.join(root, folder), {recursive: true})
      folders.add(folder)
    }
    await writeFile(path.join(root, file), isPlan ? callPlan(random, now, index) : otherNote(random, now, index))
    notes.push(file)
  }
  return notes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'bench/results/tmp/vault', count = '1000'] = process.argv.slice(2)
  const notes = await generateVault(path.resolve(root), Number(count))
  console.log(`wrote ${notes.length} notes to ${root}`)
}
