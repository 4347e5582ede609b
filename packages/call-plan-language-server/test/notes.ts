/** Notes for the protocol tests, written for them (the example vault may change its notes). */

export const goodPlan = `---
type: call-plan
account: Acme Manufacturing
date: 2026-12-08
---

# Scrap review with Acme Manufacturing

## What's in it for the customer?

Dana said on the last call: "our scrap rate on line 3 is eating the margin we won on the Baxter contract."
They leave with a line-by-line benchmark of their scrap rate against three plants of the same size.
Priya gets a shortlist of the two causes worth fixing before the January audit.

## Goal

Cut scrap on line 3 from 6% to under 4% before the Baxter volume ramps up in Q1.

## What stands in their way

The quality team tracks defects in three spreadsheets, so nobody sees which shift drives them.

## Why now

The January ISO audit, and Baxter's volume doubles in February.

## Questions

- What happens today when a batch fails inspection on line 3?
- Who else needs to see the benchmark before anything changes on the line?
`

/** No value section (line 7 is the title) and one leading question (line 23). */
export const missingSectionPlan = `---
type: call-plan
account: Copperfield Construction
date: 2026-12-11
---

# Copperfield Construction site visit

## Goals

Finish the Riverside tower on schedule despite the crane shortage.

## Obstacles

Subcontractor schedules live in email threads, so delays surface a week late.

## Why now

The Riverside penalty clause starts on 1 March.

## Questions

- Wouldn't you agree that a shared schedule would fix the delays?
- How do delays reach the site manager today?
`

export const leadingQuestion = "Wouldn't you agree that a shared schedule would fix the delays?"

/** A value section written from the seller's side: the first bullet is about our platform. */
export const sellerLanguagePlan = `---
type: call-plan
account: Brightline Insurance
date: 2026-12-10
---

# Brightline Insurance intro

## What's in it for the customer?

- Present our new claims platform and its AI dashboard.
- Adjusters stop re-keying claim data from email, which costs them two hours a day.

## Goals

Reduce the time adjusters spend re-keying claim data from email.

## Challenges

Claims arrive in four formats and the legacy core system only takes one.

## Why now

Their regulator's new complaint deadline starts in March.
`

export const sellerSentence = 'Present our new claims platform and its AI dashboard.'

export const meetingNotes = `# Team sync

- Our pipeline review moves to Thursday.
- We demo the new dashboard to the board.
`

/** A call on 3 December without a value section: not ready, if 3 December counts as soon. */
export const soonPlan = missingSectionPlan.replace('date: 2026-12-11', 'date: 2026-12-03\ntime: "09:00"')

const questions = [
  'What happens today when a batch fails inspection on line {n}?',
  "Wouldn't you agree that line {n} needs a better dashboard?",
  'Who else needs to see the benchmark for line {n} before anything changes?',
  'If I could show you how our platform fixes line {n}, would you sign this quarter?'
]

/** The good plan with a long question list: the editor re-reads only the items that change. */
export const longQuestionsPlan =
  goodPlan + Array.from({length: 36}, (_, index) => `- ${questions[index % questions.length]!.replace('{n}', String(index))}`).join('\n') + '\n'
