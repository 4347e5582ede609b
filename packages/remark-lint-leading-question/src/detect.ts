/**
 * Whether one question steers the customer towards an answer (and so towards the pitch)
 * instead of letting them say what they value.
 *
 * The checks read the question as a sales trainer would: how it opens (a negative
 * auxiliary, "would you agree", "if I could show you"), how it ends (a tag such as
 * ", right?"), and what it is about (our product as the thing that saves them money).
 * Everything is plain string scanning over words: no regular expression backtracks.
 */

export interface LeadingQuestion {
  leading: boolean
  /** The words that make the question leading, as written (lowercased). */
  cue?: string
  /** Why this kind of question leads, for the message. */
  kind?: LeadingKind
  /** An open question to ask instead, when one can be derived from the sentence safely. */
  suggestion?: string
}

export type LeadingKind =
  | 'negative-question'
  | 'agreement'
  | 'hypothetical-close'
  | 'tag-question'
  | 'pitch-question'
  | 'assumption'
  | 'assumptive-close'
  | 'loaded-question'

const negativeAuxiliaries = new Set([
  "wouldn't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "won't",
  "shouldn't",
  "couldn't",
  "can't",
  "haven't",
  "hasn't",
  "didn't",
  "wasn't",
  "weren't",
  'wouldnt',
  'dont',
  'doesnt',
  'isnt',
  'arent',
  'wont',
  'shouldnt',
  'couldnt',
  'cant',
  'havent',
  'hasnt',
  'didnt'
])

/** Verbs that follow a negative auxiliary directly in a remark, never in a question. */
const bareAfterNegative = new Set(['matter', 'worry', 'mind', 'bother', 'know', 'care', 'panic', 'forget'])

const auxiliaries = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'am'
])

const subjectPronouns = new Set(['you', 'it', 'this', 'that', 'we', 'they', 'there', 'he', 'she', 'i', 'your', 'these', 'those'])

const whWords = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'which', 'whom', 'whose'])

/** Openings that ask for agreement rather than for the customer's view. */
const agreementOpenings: readonly string[][] = [
  ['would', 'you', 'agree'],
  ['do', 'you', 'agree'],
  ['would', 'you', 'not', 'agree'],
  ['can', 'we', 'agree'],
  ['can', 'we', 'all', 'agree'],
  ['we', 'can', 'agree'],
  ['we', 'can', 'all', 'agree'],
  ['you', 'would', 'agree'],
  ["you'd", 'agree'],
  ['you', "'d", 'agree'],
  ['would', 'it', 'be', 'fair', 'to', 'say'],
  ['is', 'it', 'fair', 'to', 'say'],
  ['would', 'it', 'be', 'safe', 'to', 'say'],
  ['is', 'it', 'safe', 'to', 'say'],
  ['would', 'it', 'be', 'true', 'to', 'say'],
  ['is', 'it', 'true', 'that'],
  ['is', 'it', 'safe', 'to', 'assume'],
  ['is', 'it', 'fair', 'to', 'assume'],
  ['can', 'i', 'assume'],
  ['may', 'i', 'assume'],
  ['i', 'assume'],
  ["i'm", 'sure'],
  ['i', 'am', 'sure'],
  ['i', 'take', 'it'],
  ['can', 'i', 'take', 'it'],
  ['do', 'you', 'see', 'the', 'value'],
  ['can', 'you', 'see', 'the', 'value'],
  ['how', 'would', 'it', 'feel'],
  ['how', 'good', 'would'],
  ["i'd", 'guess'],
  ['i', 'guess'],
  ['i', 'bet'],
  // A guess about their pain, handed to them to confirm: "I imagine your planners are stretched?"
  ['i', 'imagine'],
  ["i'd", 'imagine'],
  ['i', 'suppose'],
  ['i', 'expect'],
  ["i'm", 'guessing'],
  ['presumably'],
  ['surely'],
  ['obviously'],
  ['clearly'],
  ['of', 'course'],
  ['so', 'you', 'agree'],
  ['you', 'agree'],
  ["we're", 'agreed'],
  ['we', 'are', 'agreed'],
  ['are', 'we', 'agreed'],
  ['we', 'agree'],
  ['you', 'must'],
  ['you', 'probably'],
  ['you', 'would', 'want'],
  ["you'd", 'want'],
  ["you'd", 'love'],
  ["you'd", 'like'],
  ['you', 'want', 'to', 'save'],
  ['you', 'want', 'to', 'cut'],
  ['you', 'want', 'to', 'grow'],
  ['you', 'want', 'to', 'reduce'],
  ['you', 'want', 'to', 'avoid'],
  ['you', 'want', 'to', 'stop'],
  ['you', 'want', 'to', 'get'],
  ['you', 'want', 'to', 'be'],
  ['you', 'want', 'to', 'make'],
  ['you', 'want', 'to', 'improve'],
  ['you', 'want', 'to', 'increase'],
  ['you', 'want', 'to', 'keep'],
  ['you', 'want', 'to', 'win'],
  ['you', 'want', 'to', 'have'],
  ['you', 'want', 'to', 'lose'],
  ['you', 'want', 'to', 'waste'],
  ['you', 'want', 'to', 'spend'],
  ['you', 'want', 'to', 'fall'],
  ['you', 'want', 'to', 'miss']
]

/** Agreement frames that still steer after a lead-in clause ("Given the delays, you'd agree …"). */
const leadInAgreements: readonly string[][] = [
  ['would', 'you', 'agree'],
  ['you', 'would', 'agree'],
  ["you'd", 'agree'],
  ['can', 'we', 'agree', 'that'],
  ['would', 'it', 'be', 'fair', 'to', 'say'],
  ['is', 'it', 'fair', 'to', 'say'],
  ['is', 'it', 'safe', 'to', 'say'],
  ['surely']
]

/** Questions whose only decent answer is "yes": they sell, they do not ask. */
const loadedOpenings: readonly string[][] = [
  ['do', 'you', 'want', 'to', 'save'],
  ['do', 'you', 'want', 'to', 'cut'],
  ['do', 'you', 'want', 'to', 'reduce'],
  ['do', 'you', 'want', 'to', 'increase'],
  ['do', 'you', 'want', 'to', 'grow'],
  ['do', 'you', 'want', 'to', 'stop'],
  ['do', 'you', 'want', 'to', 'keep', 'losing'],
  ['do', 'you', 'want', 'to', 'keep', 'wasting'],
  ['do', 'you', 'want', 'to', 'lose'],
  ['do', 'you', 'want', 'to', 'waste'],
  ['do', 'you', 'want', 'to', 'fall', 'behind'],
  ['do', 'you', 'want', 'to', 'be', 'left', 'behind'],
  ['would', 'you', 'like', 'to', 'save'],
  ['would', 'you', 'like', 'to', 'cut'],
  ['would', 'you', 'like', 'to', 'reduce'],
  ['would', 'you', 'like', 'to', 'increase'],
  ['would', 'you', 'like', 'to', 'double'],
  ['would', 'you', 'like', 'to', 'grow'],
  ['would', 'you', 'like', 'to', 'see', 'how', 'our'],
  ['would', 'you', 'like', 'to', 'see', 'our'],
  ['would', 'you', 'like', 'a', 'demo'],
  ['would', 'you', 'be', 'interested', 'in', 'our'],
  ['would', 'you', 'be', 'interested', 'in', 'a', 'demo'],
  ['would', 'you', 'be', 'open', 'to', 'a', 'demo'],
  ['would', 'you', 'be', 'open', 'to', 'seeing', 'our'],
  ['would', 'it', 'help', 'if', 'we'],
  ['would', 'it', 'help', 'if', 'i'],
  ['would', 'it', 'be', 'worth'],
  ['would', 'it', 'be', 'great'],
  ['would', 'it', 'be', 'nice'],
  ['would', 'that', 'be', 'worth'],
  ['how', 'good', 'would', 'it', 'feel'],
  ['how', 'much', 'better', 'would'],
  ['how', 'much', 'easier', 'would']
]

/** Closing the deal dressed up as a question. */
const assumptiveOpenings: readonly string[][] = [
  ['are', 'you', 'ready', 'to'],
  ['when', 'can', 'we', 'start'],
  ['when', 'should', 'we', 'start'],
  ['when', 'shall', 'we', 'start'],
  ['when', 'would', 'you', 'like', 'to', 'start'],
  ['when', 'do', 'you', 'want', 'to', 'start'],
  ['when', 'can', 'we', 'get', 'you', 'started'],
  ['shall', 'we', 'get', 'started'],
  ['shall', 'we', 'go', 'ahead'],
  ['should', 'we', 'go', 'ahead'],
  ['can', 'we', 'go', 'ahead'],
  ['can', 'we', 'get', 'you', 'started'],
  ['can', 'we', 'get', 'this', 'signed'],
  ['can', 'we', 'get', 'the', 'contract'],
  ['can', 'i', 'send', 'over', 'the', 'contract'],
  ['can', 'i', 'send', 'the', 'contract'],
  ['which', 'plan', 'would', 'you', 'like'],
  ['which', 'package', 'would', 'you', 'like'],
  ['which', 'tier', 'would', 'you', 'like'],
  ['who', 'should', 'sign'],
  ['who', 'signs', 'the', 'contract']
]

/** Words after the last comma that turn a statement into a request for agreement. */
const tagPhrases: readonly string[][] = [
  ['right'],
  ['correct'],
  ['yes'],
  ['no'],
  ['true'],
  ['agreed'],
  ['ok'],
  ['okay'],
  ['yeah'],
  ['surely'],
  ['am', 'i', 'right'],
  ['is', 'that', 'right'],
  ["isn't", 'that', 'right'],
  ["isn't", 'that', 'so'],
  ["isn't", 'that', 'true'],
  ['is', 'that', 'fair'],
  ['is', 'that', 'correct'],
  ['would', 'you', 'agree'],
  ["wouldn't", 'you', 'agree'],
  ["wouldn't", 'you', 'say'],
  ["don't", 'you', 'think'],
  ['you', 'know'],
  ['fair', 'enough'],
  ['does', 'that', 'sound', 'right'],
  ['make', 'sense'],
  ['makes', 'sense'],
  ['sound', 'good'],
  ['sounds', 'good'],
  ['fair']
]

const offeringWords = new Set([
  'product',
  'products',
  'platform',
  'solution',
  'solutions',
  'tool',
  'tools',
  'software',
  'app',
  'system',
  'service',
  'services',
  'offering',
  'offer',
  'dashboard',
  'dashboards',
  'feature',
  'features',
  'module',
  'modules',
  'suite',
  'integration',
  'integrations',
  'technology',
  'approach',
  'package',
  'plan',
  'tier',
  'license',
  'licence',
  'pricing',
  'roadmap',
  'ai',
  'automation',
  'analytics',
  'engine',
  'api',
  'add-on',
  'upgrade',
  'release',
  'version',
  'demo',
  'proposal',
  'team',
  'experts',
  'consultants',
  'support',
  'program',
  'programme',
  'method',
  'methodology',
  'framework'
])

const benefitWords = new Set([
  'relief', 'relieved', 'easier', 'happier', 'back', 'gives', 'frees',
  'save',
  'saves',
  'saving',
  'savings',
  'cut',
  'cuts',
  'gain',
  'gains',
  'improve',
  'improves',
  'boost',
  'boosts',
  'increase',
  'reduce',
  'reduces',
  'help',
  'helps',
  'solve',
  'solves',
  'fix',
  'fixes',
  'transform',
  'benefit',
  'benefits',
  'roi',
  'better',
  'faster',
  'easier',
  'change',
  'make',
  'love',
  'like',
  'impact',
  'difference',
  'value',
  'worth'
])

interface Tokens {
  /** The text as written, for capitals. */
  original: string
  /** Lowercased words, curly apostrophes straightened, punctuation marks as their own tokens. */
  words: string[]
  /** Where each token starts and ends in the original text. */
  starts: number[]
  ends: number[]
}

const marks = new Set([',', '?', ';', ':', '—', '–', '.', '!'])

function tokenize(text: string): Tokens {
  const tokens: Tokens = {original: text, words: [], starts: [], ends: []}
  const normal = text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
  let wordStart = -1
  const push = (start: number, end: number) => {
    let from = start
    let to = end
    while (from < to && (normal[from] === "'" || normal[from] === '-')) from++
    while (to > from && (normal[to - 1] === "'" || normal[to - 1] === '-')) to--
    if (to > from) {
      tokens.words.push(normal.slice(from, to))
      tokens.starts.push(from)
      tokens.ends.push(to)
    }
  }
  for (let index = 0; index < normal.length; index++) {
    const char = normal[index]!
    if (/[\p{L}\p{N}'-]/u.test(char)) {
      if (wordStart === -1) wordStart = index
      continue
    }
    if (wordStart !== -1) push(wordStart, index)
    wordStart = -1
    if (marks.has(char)) {
      tokens.words.push(char === '–' ? '—' : char)
      tokens.starts.push(index)
      tokens.ends.push(index + 1)
    }
  }
  if (wordStart !== -1) push(wordStart, normal.length)
  return tokens
}

/** Lowercased words of a question, curly apostrophes straightened, punctuation as separate marks. */
export function questionWords(text: string): string[] {
  return tokenize(text).words
}

function startsWith(words: readonly string[], phrase: readonly string[], from = 0): boolean {
  if (words.length - from < phrase.length) return false
  for (let index = 0; index < phrase.length; index++) if (words[from + index] !== phrase[index]) return false
  return true
}

function indexOfPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
  for (let index = from; index + phrase.length <= words.length; index++) if (startsWith(words, phrase, index)) return index
  return -1
}

const isPunctuation = (word: string) => word.length === 1 && ',?;:—.!'.includes(word)

/** Filler that may open a question without changing what it asks. */
const openers = new Set(['so', 'and', 'but', 'then', 'now', 'also', 'ok', 'okay', 'well', 'honestly', 'really', 'q', 'ask'])

function skipOpeners(words: readonly string[]): number {
  let index = 0
  // "question:: wouldn't …": a Dataview field's key labels the question, it is not part of it.
  if (words.length > 3 && words[1] === ':' && words[2] === ':') index = 3
  while (index < words.length && (openers.has(words[index]!) || isPunctuation(words[index]!))) index++
  return index
}

export interface QuestionVocabulary {
  /** The seller's company and product names: a question that offers them as the answer leads. */
  sellerNames?: readonly string[]
  productNames?: readonly string[]
}

/** Whether a question leads, which words make it lead, and an open question instead when one can be derived. */
export function detectLeadingQuestion(text: string, vocabulary: QuestionVocabulary = {}): LeadingQuestion {
  const tokens = tokenize(text)
  const words = tokens.words
  if (words.length === 0) return {leading: false}
  const start = skipOpeners(words)
  const body = words.slice(start)
  // Clauses are cut from the original text so names keep their capitals.
  const clauseText = (from: number, to: number) => originalClause(text, tokens, start + from, start + to)
  const isQuestion = text.trimEnd().endsWith('?') || text.includes('?')

  // "Given the audit, you'd agree this has to be fixed?": the agreement frame after a lead-in.
  if (isQuestion) {
    const comma = body.indexOf(',')
    if (comma > 0 && comma < 8) {
      for (const phrase of leadInAgreements) {
        if (startsWith(body, phrase, comma + 1)) return finish(text, 'agreement', phrase.join(' '))
      }
    }
  }
  // "Imagine never chasing a timesheet again — how would that feel?": the answer is pictured for them.
  if (body[0] === 'imagine' && isQuestion) return finish(text, 'assumption', 'imagine')
  for (const phrase of agreementOpenings) {
    if (!startsWith(body, phrase)) continue
    // "Can we agree on what you'd like out of today?": agreeing an agenda asks them; it claims nothing.
    if (phrase[phrase.length - 1] === 'agree' && (body[phrase.length] === 'on' || body[phrase.length] === 'about') && whWords.has(body[phrase.length + 1] ?? '')) continue
    return finish(text, 'agreement', phrase.join(' '), clauseAfter(body, phrase.length, clauseText))
  }

  // "If I could show you …, would you …": the customer is asked to commit to our answer.
  if (body[0] === 'if' && (body[1] === 'i' || body[1] === 'we')) {
    const commit = findCommitment(body)
    if (commit !== -1) return finish(text, 'hypothetical-close', `${body.slice(0, 2).join(' ')} … ${body.slice(commit, commit + 2).join(' ')}`)
  }

  // "If our tracking found every pump, would you replace the fleet?": a condition, then a commitment.
  if (body[0] === 'if') {
    const commit = commitmentAfterCondition(body)
    if (commit !== -1) return finish(text, 'hypothetical-close', `if … ${body.slice(commit, commit + 3).join(' ')}`)
  }

  for (const phrase of assumptiveOpenings) {
    if (startsWith(body, phrase)) return finish(text, 'assumptive-close', phrase.join(' '))
  }

  if (isQuestion) {
    const presumed = presumption(body)
    if (presumed) return finish(text, presumed.kind, presumed.cue)
  }

  for (const phrase of loadedOpenings) {
    if (startsWith(body, phrase)) return finish(text, 'loaded-question', phrase.join(' '))
  }
  // "Do you want to keep paying LDs on every job?": keeping on doing what hurts has only one answer.
  if (startsWith(body, ['do', 'you', 'want', 'to', 'keep']) && /^[a-z-]{3,}ing$/.test(body[5] ?? '')) return finish(text, 'loaded-question', body.slice(0, 6).join(' '))
  // "Do you want to fail the audit again?": a loss offered as a choice has only one answer.
  if (startsWith(body, ['do', 'you', 'want', 'to']) && (lossVerbs.has(body[4] ?? '') || (repeatableLosses.has(body[4] ?? '') && (body.includes('again') || body.includes('another'))))) {
    return finish(text, 'loaded-question', body.slice(0, 5).join(' '))
  }

  // "Wouldn't you…", "Isn't it true…", "Don't you think…": a negative question expects "yes".
  // "Doesn't matter who's at fault — …", "Don't worry about …", "Wouldn't or couldn't — …": no subject
  // follows, so the negative auxiliary opens a remark or names options, not a question expecting "yes".
  const remark = bareAfterNegative.has(body[1] ?? '') || body[1] === 'or'
  if (negativeAuxiliaries.has(body[0] ?? '') && body.length > 2 && !remark && (isQuestion || subjectPronouns.has(body[1] ?? ''))) {
    let length = body[2] === 'think' || body[2] === 'agree' || body[2] === 'feel' ? 3 : 2
    if (body[1] === 'it' && (body[2] === 'true' || body[2] === 'fair' || body[2] === 'obvious' || body[2] === 'clear') && body[3] === 'that') length = 4
    const cue = body.slice(0, length).join(' ')
    let skip = length
    if (body[skip] === 'that') skip++
    const clause = skip > 2 || (body[2] === 'that' && (body[0]?.startsWith('isn') ?? false)) ? clauseAfter(body, skip, clauseText) : undefined
    return finish(text, 'negative-question', cue, clause)
  }

  // A negative question later in the sentence ("Given the delays, wouldn't you…").
  if (isQuestion && !whWords.has(body[0] ?? '')) {
    for (let index = 1; index + 1 < body.length; index++) {
      if (body[index - 1] === ',' && negativeAuxiliaries.has(body[index]!) && subjectPronouns.has(body[index + 1]!)) {
        const tagEnd = body.slice(index).findIndex((word) => word === '?')
        // ", wouldn't you?" at the end is a tag; in the middle it opens the real question.
        if (tagEnd !== -1 && tagEnd <= 2) break
        return finish(text, 'negative-question', body.slice(index, index + 2).join(' '))
      }
    }
  }

  if (isQuestion) {
    const tag = tagQuestion(body, clauseText)
    if (tag) return finish(text, 'tag-question', tag.cue, tag.clause)
  }

  if (isQuestion) {
    const pitch = pitchInQuestion(body) ?? namedInQuestion(body, tokens, start, vocabulary)
    if (pitch) return finish(text, 'pitch-question', pitch)
  }

  return {leading: false}
}

const commitVerbs = new Set([
  'sign', 'buy', 'commit', 'move', 'roll', 'replace', 'switch', 'go', 'purchase', 'invest', 'approve', 'start',
  'agree', 'put', 'give', 'take', 'renew', 'extend', 'expand', 'upgrade', 'adopt', 'pilot', 'trial', 'standardise',
  'standardize', 'consider', 'budget', 'fund', 'choose', 'pick', 'select', 'order', 'deploy', 'implement'
])

/** After an "if" condition, ", would you sign / roll it out / move forward …". */
function commitmentAfterCondition(body: readonly string[]): number {
  for (let index = 2; index + 2 < body.length; index++) {
    if (body[index - 1] !== ',' && body[index - 1] !== '—') continue
    const auxiliary = body[index]!
    if (auxiliary !== 'would' && auxiliary !== 'will' && auxiliary !== 'could' && auxiliary !== "wouldn't" && auxiliary !== 'are' && auxiliary !== 'can') continue
    // "…, would the trust sign for all eight schools?": the body that buys, named instead of "you".
    let subjectEnd = index + 2
    if (body[index + 1] === 'the' || body[index + 1] === 'your' || body[index + 1] === 'their') {
      subjectEnd = index + 3
      while (subjectEnd < body.length && subjectEnd <= index + 4 && !commitVerbs.has(body[subjectEnd]!)) subjectEnd++
      if (!commitVerbs.has(body[subjectEnd] ?? '')) continue
    } else if (body[index + 1] !== 'you' && body[index + 1] !== 'we' && body[index + 1] !== 'they') continue
    let verb = subjectEnd
    while (verb < body.length && (body[verb] === 'be' || body[verb] === 'then' || body[verb] === 'still' || body[verb] === 'also' || body[verb] === 'happy' || body[verb] === 'ready' || body[verb] === 'willing' || body[verb] === 'able' || body[verb] === 'to')) verb++
    if (commitVerbs.has(body[verb] ?? '')) return index
    // "…, can we get the paperwork started this week?"
    if (body[verb] === 'get' && body.slice(verb + 1, verb + 5).some((word) => paperwork.has(word))) return index
  }
  return -1
}

const dealSteps = new Set(['pilot', 'trial', 'poc', 'contract', 'order', 'po', 'paperwork', 'signature', 'rollout', 'kickoff', 'kick-off', 'go-live', 'onboarding', 'call-off'])

const presumedSale: readonly string[][] = [
  ['the', 'order', 'form'],
  ['the', 'purchase'],
  ['this', 'purchase'],
  ['get', 'this', 'signed'],
  ['get', 'it', 'signed'],
  ['roll', 'this', 'out'],
  ['roll', 'it', 'out'],
  ['the', 'contract'],
  ['the', 'paperwork'],
  ['the', 'po'],
  ['the', 'licence'],
  ['the', 'license'],
  ['the', 'licences'],
  ['the', 'licenses'],
  ['the', 'subscription'],
  ['licences', 'will', 'you', 'need'],
  ['licenses', 'will', 'you', 'need'],
  ['seats', 'will', 'you', 'need'],
  ['licences', 'do', 'you', 'need'],
  ['seats', 'do', 'you', 'need'],
  ['how', 'many', 'licences'],
  ['how', 'many', 'licenses'],
  ['how', 'many', 'seats']
]

const dealVerbs = new Set(['sign', 'signed', 'signing', 'send', 'sent', 'started', 'start', 'get', 'through', 'over', 'ready', 'done', 'back', 'countersign', 'countersigned', 'return', 'returned'])

const paperwork = new Set(['paperwork', 'contract', 'started', 'signed', 'order', 'po', 'agreement', 'signature', 'go-ahead'])

const emotions = new Set([
  'excited', 'keen', 'eager', 'frustrated', 'frustrating', 'annoyed', 'fed', 'painful', 'bad', 'worried', 'disappointed',
  'unhappy', 'tired', 'thrilled', 'happy', 'great', 'nice', 'amazing', 'relieved', 'stressful', 'stressed',
  'embarrassing', 'embarrassed', 'angry', 'concerned', 'costly', 'awful', 'terrible', 'exhausting', 'exhausted', 'impressed',
  'annoying', 'irritating', 'infuriating', 'irritated', 'infuriated'
])

/** Pleasant feelings lead only when the question presumes them ("How happy would you be…", "…finally…"). */
const pleasantEmotions = new Set(['happy', 'great', 'nice', 'amazing', 'relieved', 'good'])

const benefitVerbs = new Set([
  'help', 'fix', 'solve', 'improve', 'reduce', 'cut', 'save', 'speed', 'end', 'stop', 'catch', 'eliminate',
  'transform', 'make', 'prevent', 'remove', 'lower', 'boost', 'free', 'simplify', 'streamline', 'automate', 'change'
])

const gains = new Set([
  ...benefitWords, 'eliminate', 'recover', 'release', 'frees', 'free', 'extra', 'protect', 'avoid', 'catch', 'stop',
  'end', 'prevent', 'lower', 'grow', 'win', 'speed', 'sooner', 'more', 'fewer', 'less', 'much', 'many', 'find',
  'found', 'flagged', 'flag', 'replace'
])

/** Changing how they work: "the last trust to switch". */
const changeVerbs = new Set(['switch', 'move', 'change', 'adopt', 'go', 'modernise', 'modernize', 'digitise', 'digitize', 'upgrade', 'automate'])

const movedVerbs = new Set(['moved', 'switched', 'gone', 'adopted', 'digitised', 'digitized', 'upgraded', 'automated', 'modernised', 'modernized'])

const exits = new Set(['keep', 'stay', 'current', 'existing', 'neither', 'nothing', 'not'])

/** Losses nobody wants: "Do you want to fail / lose / risk …?". */
const lossVerbs = new Set(['fail', 'lose', 'risk', 'waste', 'suffer', 'forfeit'])
/** Losses when they come round again: "Do you want to miss the deadline again?". */
const repeatableLosses = new Set(['miss', 'face', 'repeat', 'go', 'pay', 'spend', 'explain'])
const pastMarkers = new Set(['did', 'was', 'were', 'had', 'last', 'previous', 'ago'])
const buyingTerms = new Set(['billing', 'plan', 'plans', 'tier', 'licence', 'license', 'contract', 'term', 'subscription', 'package', 'edition', 'bundle', 'annual', 'monthly', 'seats', 'users', 'pilot', 'trial'])

const readiness = new Set(['happy', 'ready', 'comfortable', 'okay', 'ok', 'willing', 'keen', 'able'])

/** Words that make what is wanted plainly good: nobody answers "no" to "their weekends back". */
const onlyGood = new Set(['fewer', 'less', 'back', 'faster', 'quicker', 'cheaper', 'easier', 'safer', 'better', 'lower'])

/** Features of the kind we sell: "with automated triage in place". */
const featureWords = new Set(['automated', 'automatic', 'real-time', 'realtime', 'ai', 'ai-powered', 'predictive', 'digital', 'live', 'smart', 'instant', 'self-service', 'online'])

/** Others moving ahead: "while other suppliers go digital", "when your competitors have already switched". */
const othersAhead = new Set(['other', 'others', 'everyone', 'everybody', 'competitors', 'rivals', 'peers', 'competition'])

/**
 * Questions that presume the answer: a feeling ("How frustrated is your team…"), our
 * solution as the fix ("Would real-time alerts help…"), fear of missing out, a purchase.
 */
function presumption(body: readonly string[]): {kind: LeadingKind; cue: string} | undefined {
  const first = body[0] ?? ''
  // "How frustrated is your team …" — but "How excited or worried is the staff …" is balanced.
  // "How frustrated, if at all, is …", "…well, badly, or somewhere in between": the question
  // names its way out, so every answer is welcome.
  const hedged = indexOfPhrase(body, ['if', 'at', 'all']) !== -1 || indexOfPhrase(body, ['or', 'not']) !== -1 || indexOfPhrase(body, ['in', 'between']) !== -1
  if (first === 'how' && emotions.has(body[1] ?? '') && !hedged) {
    const rest = body.slice(2, 6)
    // "How happy are you with the supplier, and why?" asks; "How happy would you be if …" sells.
    const conditional = pleasantEmotions.has(body[1]!) && !(body[2] === 'would' || body[2] === 'will' || body.includes('finally'))
    // "…, or is it more nerves?": the question offers the other answer too.
    if (!rest.includes('or') && !body.slice(2).includes('or') && !conditional) return {kind: 'loaded-question', cue: body.slice(0, 2).join(' ')}
  }
  // "Are you really happy paying for three tools?": incredulity expects one answer.
  // "…, or is it just the peak?" offers the other answer, so it asks.
  if ((first === 'are' || first === 'is' || first === 'do' || first === 'does') && body[2] === 'really' && !body.includes('or')) {
    return {kind: 'loaded-question', cue: body.slice(0, 3).join(' ')}
  }
  // "Can your current system really cope with peak?": the same disbelief a few words later.
  const really = body.indexOf('really')
  if ((auxiliaries.has(first) || negativeAuxiliaries.has(first)) && really > 1 && really <= 4 && !body.includes('or')) {
    return {kind: 'loaded-question', cue: body.slice(0, really + 1).join(' ')}
  }
  // "Is there any reason we can't start next week?": an objection asked for so it can be closed.
  const reason = indexOfPhrase(body, ['any', 'reason'])
  if (reason !== -1 && body.slice(reason + 2, reason + 5).some((word) => negativeAuxiliaries.has(word) || word === 'not')) {
    return {kind: 'assumptive-close', cue: body.slice(reason, reason + 2).join(' ')}
  }
  // "What would it mean to your team to never miss a window again?": the outcome pictured for them.
  if ((body.includes('would') || body.includes("wouldn't")) && body.includes('never') && body.includes('again')) {
    return {kind: 'assumption', cue: 'never … again'}
  }
  if ((first === 'how') && (body[1] === 'many' || body[1] === 'much') && body[2] === 'more' && body.includes('you')) {
    return {kind: 'pitch-question', cue: body.slice(0, 3).join(' ')}
  }
  // "Would real-time alerts help your maintenance team?": our category as the obvious fix
  // (unless the question offers a way out: "…, or is that too early?").
  if ((first === 'would' || first === 'could' || first === 'will' || first === 'can') && !body.includes('or')) {
    const subject = body[1] ?? ''
    if (subject !== 'you' && subject !== 'i' && subject !== 'we' && subject !== 'they' && subject !== 'your') {
      for (let index = 2; index < Math.min(body.length, 10); index++) {
        if (isPunctuation(body[index]!)) break
        if (benefitVerbs.has(body[index]!)) return {kind: 'loaded-question', cue: body.slice(0, index + 1).join(' ')}
      }
    }
  }
  // "Would your team benefit from automatic scheduling?": a yes/no question whose yes is our category.
  if ((auxiliaries.has(first) || negativeAuxiliaries.has(first)) && !body.includes('or')) {
    const benefit = body.findIndex((word, at) => (word === 'benefit' || word === 'benefits') && body[at + 1] === 'from')
    if (benefit > 1) return {kind: 'loaded-question', cue: body.slice(benefit, benefit + 2).join(' ')}
  }
  // "Are you happy to go ahead?", "Are you comfortable signing this week?": readiness to buy, presumed.
  if ((first === 'are' || first === 'is') && (body[1] === 'you' || body[1] === 'everyone' || body[1] === 'the') ) {
    const ready = body.slice(2, 5).findIndex((word) => readiness.has(word))
    if (ready !== -1) {
      const after = body.slice(ready + 3, ready + 6)
      if (after.some((word) => commitVerbs.has(word) || word === 'ahead' || word === 'proceed' || word === 'proceeding' || word === 'signing' || word === 'forward')) {
        return {kind: 'assumptive-close', cue: body.slice(0, ready + 3).join(' ')}
      }
    }
  }
  // "Would fewer agency shifts be good for your margins?": more of a good thing, put as a question.
  // "Would automated matching take the pain out …?": our kind of feature as the subject of the hoped-for change.
  if ((first === 'would' || first === 'will' || first === "wouldn't" || first === 'could') && (['fewer', 'less', 'lower', 'faster', 'cheaper', 'better', 'instant', 'automatic', 'real-time'].includes(body[1] ?? '') || featureWords.has(body[1] ?? '')) && !body.includes('or')) {
    return {kind: 'loaded-question', cue: body.slice(0, 2).join(' ')}
  }
  // "Shall we pencil in the pilot for week 10 or week 12?": the next step, presumed.
  if ((first === 'shall' || first === 'should' || first === 'can') && (body[1] === 'we' || body[1] === 'i') && ['pencil', 'book', 'lock', 'schedule', 'set', 'put', 'get', 'send', 'pick'].includes(body[2] ?? '') && body.slice(3, 8).some((word) => dealSteps.has(word))) {
    return {kind: 'assumptive-close', cue: body.slice(0, 3).join(' ')}
  }
  // "Do you want fewer medication errors?": only one answer.
  if ((first === 'do' || first === 'would' || first === 'wouldn\'t' || first === 'don\'t') && body[1] === 'you' && (body[2] === 'want' || body[2] === 'like')) {
    const what = body[3] === 'to' ? body[4] ?? '' : body[3] ?? ''
    if (['fewer', 'less', 'more', 'better', 'faster', 'save', 'cut', 'reduce', 'increase', 'grow', 'stop', 'avoid', 'improve', 'double', 'halve', 'see'].includes(what)) {
      return {kind: 'loaded-question', cue: body.slice(0, 4).join(' ')}
    }
    // "Do you want your teachers to have their weekends back?", "… with fewer findings?": wanting
    // more of a good thing has one answer, unless the question offers another ("… or not?").
    const clauseEnd = body.findIndex((word, at) => at > 2 && (word === '?' || word === ',' || word === '—' || word === ';'))
    const asked = body.slice(3, clauseEnd === -1 ? body.length : clauseEnd)
    if (!asked.includes('or') && asked.some((word) => onlyGood.has(word))) return {kind: 'loaded-question', cue: body.slice(0, 3).join(' ')}
  }
  // "Would your managers like getting their Sundays back?": the same, asked about their people.
  if ((first === 'do' || first === 'would' || first === 'does') && body[1] === 'your') {
    const wants = body.slice(2, 6).findIndex((word) => word === 'want' || word === 'like' || word === 'love')
    if (wants !== -1) {
      const clauseEnd = body.findIndex((word, at) => at > wants + 2 && (word === '?' || word === ',' || word === '—' || word === ';'))
      const asked = body.slice(wants + 3, clauseEnd === -1 ? body.length : clauseEnd)
      if (!asked.includes('or') && asked.some((word) => onlyGood.has(word))) return {kind: 'loaded-question', cue: body.slice(0, wants + 3).join(' ')}
    }
  }
  // "Is now a good time to start the pilot?": the timing of a purchase nobody has agreed to.
  const goodTime = indexOfPhrase(body, ['good', 'time', 'to'])
  if (goodTime !== -1 && commitVerbs.has(body[goodTime + 3] ?? '')) return {kind: 'assumptive-close', cue: body.slice(goodTime, goodTime + 4).join(' ')}
  // "Everyone else in the region has moved to digital — are you going to wait?": others as proof.
  const others = body.slice(0, 3).findIndex((word) => othersAhead.has(word))
  if (others !== -1 && body.slice(others + 1, others + 8).some((word) => movedVerbs.has(word))) return {kind: 'loaded-question', cue: body.slice(others, others + 2).join(' ')}
  // "Can you see how much easier this would make …?"
  if ((first === 'can' || first === 'do' || first === "can't" || first === "don't") && body[1] === 'you' && body[2] === 'see' && (body[3] === 'how' || body[3] === 'why' || body[3] === 'that')) {
    return {kind: 'agreement', cue: body.slice(0, 4).join(' ')}
  }
  // "What's keeping you from rolling this out?" asks the same as "stopping you from".
  const keeping = indexOfPhrase(body, ['keeping', 'you', 'from'])
  const stopping = keeping !== -1 ? keeping : indexOfPhrase(body, ['stopping', 'you', 'from'])
  const backFrom = indexOfPhrase(body, ['you', 'back', 'from'])
  const holding = stopping !== -1 ? stopping : backFrom !== -1 ? backFrom : indexOfPhrase(body, ['stop', 'you', 'from'])
  if (holding !== -1 && ['signing', 'buying', 'moving', 'going', 'starting', 'switching', 'committing', 'saying', 'rolling', 'investing', 'upgrading'].includes(body[holding + 3] ?? '')) {
    return {kind: 'assumptive-close', cue: body.slice(holding, holding + 4).join(' ')}
  }
  if (startsWith(body, ['which', 'of', 'our']) || startsWith(body, ['which', 'one', 'of', 'our'])) return {kind: 'assumptive-close', cue: 'which of our'}
  // "Which package works best for you, Standard or Premium?": every answer is a purchase.
  // "Which of the two plans makes more sense for you?" too: the choice is between our offers.
  const offer = body.slice(1, 5).findIndex((word) => ['package', 'packages', 'plan', 'plans', 'tier', 'tiers', 'bundle', 'bundles', 'edition', 'editions', 'licence', 'license', 'subscription'].includes(word))
  if (first === 'which' && offer > 0 && body.slice(1, offer + 1).every((word) => word === 'of' || word === 'the' || word === 'two' || word === 'three' || word === 'our' || word === 'these')) {
    return {kind: 'assumptive-close', cue: body.slice(0, offer + 2).join(' ')}
  }
  if (first === 'which' && ['package', 'plan', 'tier', 'option', 'bundle', 'edition', 'licence', 'license', 'subscription'].includes(body[1] ?? '') && (body.includes('or') || body.includes('best'))) {
    return {kind: 'assumptive-close', cue: body.slice(0, 2).join(' ')}
  }
  if (startsWith(body, ['when', 'can', 'we']) || startsWith(body, ['when', 'shall', 'we']) || startsWith(body, ['when', 'should', 'we'])) {
    if (['start', 'schedule', 'kick', 'begin', 'sign', 'get', 'book', 'roll', 'go'].includes(body[3] ?? '')) return {kind: 'assumptive-close', cue: body.slice(0, 4).join(' ')}
  }
  // "How soon do you need the module live", "When would you like to start the rollout?"
  if ((first === 'how' && body[1] === 'soon') || startsWith(body, ['when', 'would', 'you', 'like']) || startsWith(body, ['when', 'do', 'you', 'want']) || startsWith(body, ['when', 'would', 'you', 'want'])) {
    const timed = body.findIndex((word) => ['live', 'go-live', 'start', 'rollout', 'roll', 'sign', 'signed', 'implement', 'onboard', 'onboarded', 'kick', 'begin', 'trained', 'installed', 'switched'].includes(word))
    if (timed !== -1 && !body.includes('did') && !body.includes('was')) return {kind: 'assumptive-close', cue: body.slice(0, Math.min(timed + 1, 6)).join(' ')}
  }
  // "Who else needs to approve the purchase?", "How many licences will you need?": the sale is presumed.
  for (const phrase of presumedSale) {
    const at = indexOfPhrase(body, phrase)
    // "What do your supervisors say about the paperwork?": their paperwork, unless it is being signed or sent.
    if (at !== -1 && phrase[1] === 'paperwork' && !body.some((word) => dealVerbs.has(word))) continue
    // "Does the contract with buyers say …": somebody else's contract, not ours.
    if (at !== -1 && (body[at + phrase.length] === 'with' || body[at + phrase.length] === 'between')) continue
    // "How does the paperwork for a load get to the driver?": paperwork of each load, their process.
    if (at !== -1 && body[at + phrase.length] === 'for' && ['a', 'an', 'each', 'every', 'their'].includes(body[at + phrase.length + 1] ?? '')) continue
    if (at !== -1) return {kind: 'assumptive-close', cue: phrase.join(' ')}
  }
  // "Would your planners be interested in a faster way …?"
  const interested = indexOfPhrase(body, ['be', 'interested', 'in'])
  if (interested !== -1 && ['a', 'an', 'our', 'seeing', 'trying', 'hearing'].includes(body[interested + 3] ?? '') && auxiliaries.has(first)) {
    return {kind: 'loaded-question', cue: 'be interested in'}
  }
  // Fear of being left behind: "are you planning to stay behind?"
  const behind = body.indexOf('behind')
  if (behind > 0 && ['stay', 'left', 'fall', 'falling', 'be', 'staying', 'remain'].includes(body[behind - 1]!)) {
    return {kind: 'loaded-question', cue: body.slice(behind - 1, behind + 1).join(' ')}
  }
  const leftOut = indexOfPhrase(body, ['left', 'out'])
  if (leftOut > 0 && ['be', 'get', 'getting', 'being'].includes(body[leftOut - 1]!)) {
    return {kind: 'loaded-question', cue: body.slice(leftOut - 1, leftOut + 2).join(' ')}
  }
  // "Are you planning to stay on paper while other suppliers go digital?": social proof as fear.
  if (auxiliaries.has(first) || negativeAuxiliaries.has(first)) {
    const whileAt = body.indexOf('while')
    if (whileAt > 0 && body.slice(whileAt + 1, whileAt + 4).some((word) => othersAhead.has(word))) return {kind: 'loaded-question', cue: body.slice(whileAt, whileAt + 3).join(' ')}
  }
  // "How much leakage would you claw back with automated triage in place?": our category as the answer.
  if (first === 'how' && (body[1] === 'much' || body[1] === 'many')) {
    const withAt = body.indexOf('with')
    if (withAt > 2 && body.slice(withAt + 1, withAt + 3).some((word) => featureWords.has(word))) return {kind: 'pitch-question', cue: body.slice(withAt, withAt + 3).join(' ')}
    // "How much time would they save if every form was digital?": the condition is our category.
    const ifAt = body.findIndex((word) => word === 'if' || word === 'once')
    if (ifAt > 2 && (body.includes('would') || body.includes('could'))) {
      const feature = body.findIndex((word, at) => at > ifAt && featureWords.has(word))
      const clauseEnd = body.findIndex((word, at) => at > ifAt && (word === '—' || word === ';' || word === '?'))
      if (feature !== -1 && (clauseEnd === -1 || feature < clauseEnd)) return {kind: 'pitch-question', cue: body.slice(ifAt, feature + 1).join(' ')}
    }
  }
  // "Which depot should go live first?", "Who will run the rollout on your side?": the purchase, presumed.
  if ((first === 'which' || first === 'who' || first === 'when' || first === 'where') && !body.some((word) => pastMarkers.has(word))) {
    const live = indexOfPhrase(body, ['go', 'live']) !== -1 || body.includes('go-live') || body.includes('rollout') || indexOfPhrase(body, ['roll', 'out']) !== -1
    if (live && body.slice(1, 4).some((word) => word === 'should' || word === 'would' || word === 'will' || word === 'shall' || word === 'can')) {
      return {kind: 'assumptive-close', cue: body.slice(0, 3).join(' ')}
    }
  }
  // "Would you prefer monthly or annual billing?": either answer is a purchase.
  // "Which would suit you better, the standard or the premium tier?": the same choice, asked with "which".
  if (first === 'which' && body.includes('or') && body.some((word) => buyingTerms.has(word)) && !body.some((word) => exits.has(word))) {
    return {kind: 'assumptive-close', cue: body.slice(0, 2).join(' ')}
  }
  // "…keep the current contract or move?" leaves them a way out, so it asks.
  if (auxiliaries.has(first) && body.includes('or') && body.some((word) => buyingTerms.has(word)) && !body.some((word) => exits.has(word))) {
    const choice = body.findIndex((word) => word === 'prefer' || word === 'rather' || word === 'choose' || word === 'go')
    if (choice !== -1 && choice < body.indexOf('or')) return {kind: 'assumptive-close', cue: body.slice(0, choice + 1).join(' ')}
  }
  // "Do you want your safety data in one place?": the consolidation pitch as a question. (A negative
  // question is caught by its opening, which says more.)
  if (auxiliaries.has(first) && !body.includes('or')) {
    const one = indexOfPhrase(body, ['in', 'one', 'place'])
    const single = indexOfPhrase(body, ['single', 'source', 'of', 'truth'])
    if (one !== -1) return {kind: 'loaded-question', cue: 'in one place'}
    if (single !== -1) return {kind: 'loaded-question', cue: 'single source of truth'}
    // "Are you comfortable being the last port still on paper?", "Can you afford another injury?": fear.
    const last = indexOfPhrase(body, ['the', 'last'])
    const laggard = body.slice(last + 2, last + 6).findIndex((word, at, words) => word === 'still' || (word === 'to' && changeVerbs.has(words[at + 1] ?? '')))
    if (last !== -1 && laggard !== -1) return {kind: 'loaded-question', cue: 'the last'}
    if (startsWith(body, ['can', 'you', 'afford']) || startsWith(body, ['can', 'you', 'really', 'afford'])) return {kind: 'loaded-question', cue: body.slice(0, body[2] === 'really' ? 4 : 3).join(' ')}
    // "Have you seen how other ports have digitised …?": others as proof.
    const seen = body.findIndex((word) => word === 'seen' || word === 'heard' || word === 'noticed')
    if (seen !== -1 && ['how', 'that', 'what'].includes(body[seen + 1] ?? '') && body.slice(seen + 2, seen + 4).some((word) => othersAhead.has(word))) {
      return {kind: 'loaded-question', cue: body.slice(seen, seen + 3).join(' ')}
    }
  }
  // "What's the cost of doing nothing?": inaction presumed costly.
  const nothing = indexOfPhrase(body, ['cost', 'of', 'doing', 'nothing'])
  const inaction = indexOfPhrase(body, ['cost', 'of', 'inaction'])
  if (nothing !== -1 || inaction !== -1) return {kind: 'assumption', cue: nothing !== -1 ? 'cost of doing nothing' : 'cost of inaction'}
  const missOut = indexOfPhrase(body, ['miss', 'out'])
  if (missOut !== -1) return {kind: 'loaded-question', cue: 'miss out'}
  // "Would you say your dock scheduling is basically chaos?"
  if (startsWith(body, ['would', 'you', 'say']) && body[3] !== 'more' && body[3] !== 'a' && body[3] !== 'what' && !(body.includes('or') && hedged) && body.filter((word) => word === 'or').length === 0) {
    return {kind: 'agreement', cue: 'would you say'}
  }
  return undefined
}

function findCommitment(body: readonly string[]): number {
  for (let index = 2; index + 1 < body.length; index++) {
    const word = body[index]!
    const next = body[index + 1]!
    if ((word === 'would' || word === 'will' || word === 'could' || word === "wouldn't" || word === 'are' || word === 'can') && (next === 'you' || next === 'that' || next === 'we' || next === 'it')) {
      // Only after the condition: "If we could cut …, would you …".
      if (body.slice(2, index).includes(',') || body[index - 1] === ',') return index
      if (word === 'would' || word === 'will') return index
    }
  }
  return -1
}

function tagQuestion(body: readonly string[], clauseText: ClauseCutter): {cue: string; clause: string | undefined} | undefined {
  let end = body.length
  while (end > 0 && (body[end - 1] === '?' || body[end - 1] === '.' || body[end - 1] === '!')) end--
  let comma = -1
  for (let index = end - 1; index >= Math.max(0, end - 5); index--) {
    if (body[index] === ',' || body[index] === '—' || body[index] === ';') {
      comma = index
      break
    }
  }
  if (comma <= 0) return undefined
  const tail = body.slice(comma + 1, end)
  const head = body.slice(0, comma)
  if (tail.length === 0 || head.length < 2) return undefined
  if (tagPhrases.some((phrase) => phrase.length === tail.length && startsWith(tail, phrase))) {
    return {cue: `${tail.join(' ')}?`, clause: clauseText(0, comma)}
  }
  // ", isn't it?", ", do you?", ", won't they?": an auxiliary and a pronoun repeat the statement.
  if (tail.length === 2 && (negativeAuxiliaries.has(tail[0]!) || auxiliaries.has(tail[0]!)) && subjectPronouns.has(tail[1]!)) {
    // "What would change, do you think?" asks, it does not steer.
    if (whWords.has(head[0] ?? '')) return undefined
    return {cue: `${tail.join(' ')}?`, clause: clauseText(0, comma)}
  }
  if (tail.length === 3 && tail[0] === 'do' && tail[1] === 'you' && tail[2] === 'agree') {
    return {cue: `${tail.join(' ')}?`, clause: clauseText(0, comma)}
  }
  return undefined
}

/** The vocabulary's names as words; a rule passes one vocabulary object for every note. */
const namesByVocabulary = new WeakMap<QuestionVocabulary, Array<{words: string[]; ordinary: boolean}>>()

const toolWords = new Set(['with', 'using', 'on', 'via', 'onto', 'to', 'our', 'from', 'into', 'in', 'try', 'buy', 'adopt', 'get', 'use', 'of', 'and', '+'])

const ordinaryDeterminers = new Set(['the', 'a', 'an', 'their', 'your', 'its', 'this', 'that', 'these', 'those', 'each', 'every'])

function namesOf(vocabulary: QuestionVocabulary): Array<{words: string[]; ordinary: boolean}> {
  let names = namesByVocabulary.get(vocabulary)
  if (!names) {
    names = [...(vocabulary.sellerNames ?? []), ...(vocabulary.productNames ?? [])].map((name) => ({
      words: questionWords(name),
      // "Dispatch", "Harvest": a capitalised name that is also an ordinary word.
      ordinary: name !== name.toLowerCase() && !name.split(/\s+/).some((word) => /\p{Lu}/u.test(word.slice(1)) || /\d/.test(word))
    }))
    namesByVocabulary.set(vocabulary, names)
  }
  return names
}

/**
 * "How much time would your team save with FlowPilot?": our name as the answer. Names come
 * from the vocabulary; without one, a capitalised name after "with"/"using"/"on" in a
 * question about gains counts too.
 */
function namedInQuestion(body: readonly string[], tokens: Tokens, start: number, vocabulary: QuestionVocabulary): string | undefined {
  const names = namesOf(vocabulary)
  for (let index = 0; index < body.length; index++) {
    for (const {words: name, ordinary} of names) {
      if (name.length === 0 || !startsWith(body, name, index)) continue
      // "What is holding the harvest back?", "if the Leeds dispatch ran late": written in lower case
      // after a determiner or another name, the ordinary word, not our product.
      const at = tokens.starts[start + index]
      const before = index > 0 ? body[index - 1]! : ''
      const beforeAt = index > 0 ? tokens.starts[start + index - 1] : undefined
      // Only after words that bring in a tool ("with", "on", "using", "our") is a lower-case name ours.
      const modified = ordinaryDeterminers.has(before) || (index > 1 && beforeAt !== undefined && /\p{Lu}/u.test(tokens.original[beforeAt] ?? '')) || (index > 0 && !toolWords.has(before))
      if (ordinary && modified && at !== undefined && !/\p{Lu}/u.test(tokens.original[at] ?? '')) continue
      return body.slice(index, index + name.length).join(' ')
    }
  }
  if (!body.some((word) => gains.has(word))) return undefined
  // "How many hours would FlowPilot give back …": a name as the one that delivers.
  for (let index = 1; index + 1 < body.length; index++) {
    if (body[index] !== 'would' && body[index] !== 'could' && body[index] !== 'will') continue
    const next = tokens.starts[start + index + 1]
    const word = body[index + 1]!
    if (next !== undefined && word !== 'i' && /\p{Lu}/u.test(tokens.original[next] ?? '')) return body.slice(index, index + 2).join(' ')
  }
  for (let index = 1; index + 1 < body.length; index++) {
    const word = body[index]!
    if (word !== 'with' && word !== 'using' && word !== 'on' && word !== 'via') continue
    const next = tokens.starts[start + index + 1]
    if (next !== undefined && /\p{Lu}/u.test(tokens.original[next] ?? '')) return body.slice(index, index + 2).join(' ')
  }
  return undefined
}

const opinionWords = new Set(['think', 'feel', 'opinion', 'impression', 'impressions', 'thoughts', 'rate', 'view', 'make'])

function pitchInQuestion(body: readonly string[]): string | undefined {
  // "How much would you save with our platform?": the answer is our product.
  // Counted once, so a question of a thousand "our"s stays linear.
  const gainCount = body.reduce((count, one) => count + (gains.has(one) ? 1 : 0), 0)
  for (let index = 0; index < body.length; index++) {
    const word = body[index]!
    if (word !== 'our' && word !== 'my' && word !== 'us') continue
    // "… the extra ten hours our automation frees up", "… with full traceability from us".
    const context = {length: gainCount - (gains.has(word) ? 1 : 0)}
    const neutral = body[index + 1] === 'call' || body[index + 1] === 'meeting' || body[index + 1] === 'conversation' || body[index + 1] === 'last' || body[index + 1] === 'side'
    if (!neutral && context.length > 0 && (word !== 'us' || body[index - 1] === 'from' || body[index - 1] === 'with')) {
      return word === 'us' ? body.slice(index - 1, index + 1).join(' ') : body.slice(index, Math.min(index + 3, body.length)).filter((one) => !isPunctuation(one)).join(' ')
    }
    let end = index + 1
    while (end < body.length && end <= index + 4 && !isPunctuation(body[end]!)) {
      if (offeringWords.has(body[end]!)) {
        const window = body.slice(0, index)
        // "What do you think of our new app?": their opinion of our offer steers the call into the pitch.
        const opinion = body.slice(Math.max(0, index - 4), index).some((one) => opinionWords.has(one))
        if (opinion || window.some((one) => benefitWords.has(one)) || body.slice(end).some((one) => benefitWords.has(one)) || startsBinary(body)) {
          return body.slice(index, end + 1).join(' ')
        }
        return undefined
      }
      end++
    }
  }
  return undefined
}

/** A yes/no question ("Would you…", "Could our…"). */
function startsBinary(body: readonly string[]): boolean {
  return auxiliaries.has(body[0] ?? '') || negativeAuxiliaries.has(body[0] ?? '')
}

type ClauseCutter = (from: number, to: number) => string | undefined

function clauseAfter(body: readonly string[], skip: number, clauseText: ClauseCutter): string | undefined {
  let index = skip
  if (body[index] === 'that') index++
  if (body[index] === ',' || body[index] === ':' || body[index] === '—') index++
  let end = index
  while (end < body.length && body[end] !== '?' && body[end] !== '.' && body[end] !== '!') end++
  return clauseText(index, end)
}

/** A clause about us is the pitch itself: asking their view on it is still leading. */
const sellerPronouns = new Set(['our', 'we', 'us', 'i', 'me', 'my', "we'll", "we're", "i'll", "i'm", "i'd", "we'd"])

/**
 * A clause usable inside an open question, or `undefined` when rewriting it would
 * risk nonsense: too short, about our product, or several clauses.
 */
function originalClause(text: string, tokens: Tokens, from: number, to: number): string | undefined {
  const kept = tokens.words.slice(from, to)
  if (kept.length < 3 || kept.length > 18) return undefined
  if (kept.some((word) => isPunctuation(word) && word !== ',')) return undefined
  if (kept.some((word) => sellerPronouns.has(word))) return undefined
  const clause = text.slice(tokens.starts[from]!, tokens.ends[to - 1]!)
  if (from > firstWordIndex(tokens)) return clause
  // At the start of the sentence a capital may be a name ("Acme needs this, right?"): lowercase
  // only words that are never names, and give no suggestion otherwise.
  return lowerStarters.has(kept[0]!) ? clause[0]!.toLowerCase() + clause.slice(1) : undefined
}

function firstWordIndex(tokens: Tokens): number {
  let index = 0
  while (index < tokens.words.length && isPunctuation(tokens.words[index]!)) index++
  return index
}

const lowerStarters = new Set([
  'the', 'your', 'you', 'this', 'that', 'it', 'there', 'these', 'those', 'a', 'an', 'most', 'all', 'every',
  'each', 'some', 'many', 'their', 'they', 'he', 'she', 'his', 'her', 'its', 'nobody', 'everyone', 'everybody',
  'nothing', 'something', 'any', 'no', 'none'
])

const whyLeading: Record<LeadingKind, string> = {
  'negative-question': 'a negative question tells them the answer you want',
  agreement: 'asking them to agree tells them the answer you want',
  'hypothetical-close': 'it asks them to commit to what you will show before they have said what they need',
  'tag-question': 'the tag at the end asks them to agree, not to answer',
  'pitch-question': 'it asks them to praise our product instead of describing their situation',
  assumption: 'it assumes the answer',
  'assumptive-close': 'it closes the deal instead of finding out what they need',
  'loaded-question': 'only one answer sounds reasonable, so it sells instead of asking'
}

export function whyItLeads(kind: LeadingKind): string {
  return whyLeading[kind]
}

function finish(text: string, kind: LeadingKind, cue: string, clause?: string): LeadingQuestion {
  const result: LeadingQuestion = {leading: true, cue, kind}
  if (clause) result.suggestion = `What is your view on whether ${clause}?`
  void text
  return result
}
