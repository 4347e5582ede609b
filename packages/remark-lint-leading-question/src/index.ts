import {callPlanRule, headingMatches, optionsObject, perOptions, sectionSentences, sentenceVerdict, stringList, type CallPlanSettings, type Sentence} from 'call-plan-core'
import {detectLeadingQuestion, whyItLeads, type QuestionVocabulary} from './detect.js'

export {detectLeadingQuestion, questionWords, whyItLeads} from './detect.js'
export type {LeadingQuestion, LeadingKind, QuestionVocabulary} from './detect.js'

export interface Options {
  /** Headings (or callout titles) of the sections whose questions are checked. */
  headings?: string[]
}

const ruleId = 'leading-question'

/** The sections where a plan lists what to ask the customer. */
export const defaultHeadings: readonly string[] = [
  'Questions',
  'Discovery questions',
  'Discovery',
  'Questions to ask',
  'Open questions',
  'Questions for them',
  'Questions for the customer',
  'Key questions',
  'What to ask'
]

const openQuestionPattern =
  "Ask an open question that lets them describe their situation: 'What …?', 'How do you …?', 'Tell me about …'"

const headingsOf = perOptions((raw) => stringList(ruleId, optionsObject(ruleId, raw), 'headings') ?? defaultHeadings)

/** One vocabulary per shared settings object, so the detector can remember its names. */
const vocabularies = new WeakMap<CallPlanSettings, QuestionVocabulary>()

function vocabularyOf(settings: CallPlanSettings): QuestionVocabulary {
  let vocabulary = vocabularies.get(settings)
  if (!vocabulary) {
    vocabulary = {sellerNames: settings.sellerNames ?? [], productNames: settings.productNames ?? []}
    vocabularies.set(settings, vocabulary)
  }
  return vocabulary
}

/** The detector's verdict on one sentence; an editor remembers it while the sentence is unchanged. */
function leadingQuestionOf(sentence: Sentence, vocabulary: QuestionVocabulary) {
  return detectLeadingQuestion(sentence.text, vocabulary)
}

/**
 * Questions in the discovery section that steer the customer into the pitch
 * ("Wouldn't you agree…", "If I could show you…, would you…", "…, right?").
 */
const remarkLintLeadingQuestion = callPlanRule<Options>(ruleId, (context, raw) => {
  const headings = headingsOf(raw)
  const vocabulary = vocabularyOf(context.analysis.settings)
  for (const section of context.sections) {
    if (!headingMatches(section.title, headings)) continue
    for (const sentence of sectionSentences(section, context.file)) {
      const found = sentenceVerdict(sentence, leadingQuestionOf, vocabulary)
      if (!found.leading || !found.kind || !found.cue) continue
      const message = context.file.message(
        `\`${asWritten(sentence.text, found.cue)}\` makes this a leading question: ${whyItLeads(found.kind)}`,
        {place: sentence.position}
      )
      message.note = found.suggestion
        ? `${openQuestionPattern}, for example '${found.suggestion}'`
        : openQuestionPattern
      if (found.suggestion) message.expected = [found.suggestion]
    }
  }
})

/** The cue with the capitals it was written with ("Wouldn't you agree", not "wouldn't you agree"). */
function asWritten(text: string, cue: string): string {
  if (cue.includes(' … ')) return cue.split(' … ').map((part) => asWritten(text, part)).join(' … ')
  const lower = text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
  if (lower.length !== text.length) return cue
  const at = lower.indexOf(cue)
  return at === -1 ? cue : text.slice(at, at + cue.length)
}

export default remarkLintLeadingQuestion
