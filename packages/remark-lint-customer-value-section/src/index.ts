/**
 * remark-lint rule `customer-value-section`: a call plan answers
 * "What's in it for the customer?" in a section of its own, and says something there.
 */
import {callPlanRule, knownOptions, optionsObject, perOptions, type RuleContext} from 'call-plan-core'
import {assessValueSection, valueSectionSettings, type Options, type SectionAssessment} from './assess.js'
import {insertionAfterTitle} from './title.js'
import {valuePrompts} from './placeholder.js'

export {assessValueSection, valueSectionSettings, defaultHeadings, defaultMinWords} from './assess.js'
export type {Options, ValueAssessment, SectionAssessment, ValueStatus, ValueSectionSettings} from './assess.js'
export {isPlaceholder, countWords, valuePrompts, visibleText} from './placeholder.js'
export {noteTitle, insertionAfterTitle, lineRange, lineStarts} from './title.js'
export type {Insertion} from './title.js'

const ruleId = 'customer-value-section'

/** What every message of this rule asks the seller to write. */
export const valueNote = "Add what they leave with, in their words: 'They leave with …'"

const consequence = 'you cannot say why they should spend time on this call'

/** The section the quick fix inserts: the heading and prompts for what the customer gets. */
export function valueSkeleton(heading: string): string {
  return [`## ${heading}`, '', ...valuePrompts.map((prompt) => `- ${prompt} …`)].join('\n')
}

const ruleSettings = perOptions((options) => {
  knownOptions(ruleId, optionsObject(ruleId, options), ['headings', 'extraHeadings', 'minWords'])
  return valueSectionSettings(ruleId, options)
})

const remarkLintCustomerValueSection = callPlanRule<Options>(ruleId, (context, options) => {
  const settings = ruleSettings(options)
  const assessment = assessValueSection(context, settings)
  const heading = settings.headings[0]!

  if (assessment.status === 'missing') {
    const insertion = insertionAfterTitle(context)
    const message = context.file.message(`Missing \`${heading}\` section: without it ${consequence}`, {
      place: insertion.place
    })
    message.note = valueNote
    message.expected = [insertion.wrap(valueSkeleton(heading))]
    return
  }

  for (const one of assessment.assessments) report(context, one, settings.minWords)
})

function report(context: RuleContext, assessment: SectionAssessment, minWords: number): void {
  const title = assessment.section.title
  let reason: string
  switch (assessment.status) {
    case 'ok':
      return
    case 'empty':
      reason = `The \`${title}\` section is empty: without an answer ${consequence}`
      break
    case 'placeholder':
      reason =
        assessment.placeholder === 'empty bullets'
          ? `The \`${title}\` section holds only empty bullets: without an answer ${consequence}`
          : `The \`${title}\` section holds only a placeholder (\`${shorten(assessment.placeholder ?? '')}\`): without an answer ${consequence}`
      break
    case 'short':
      reason = `The \`${title}\` section has only ${words(assessment.words)} (at least ${minWords} expected): that is too little to say why they should spend time on this call`
      break
  }
  const message = context.file.message(reason, {place: assessment.section.titlePosition})
  message.note =
    assessment.status === 'short'
      ? `${valueNote}, and why it matters to them now: 'It matters to them now because …'`
      : valueNote
}

/** A placeholder quoted in a message: one line, no backticks, not too long. */
function shorten(text: string): string {
  const clean = text.replaceAll('`', "'").replace(/\s+/g, ' ')
  return clean.length > 40 ? clean.slice(0, 39) + '…' : clean
}

function words(count: number): string {
  return count === 1 ? '1 word' : `${count} words`
}

export default remarkLintCustomerValueSection
