/**
 * Reads one sentence of a value section the way a sales coach would: who does what,
 * whose thing it is, whether it is somebody's quoted words or set aside with "not".
 *
 * The sentence is split into clauses (at `:`, `;`, dashes, commas and conjunctions);
 * each clause gets a subject (us, the customer, an instruction to us, or nobody).
 * A word that *can* be seller language (see `lexicon.ts`) becomes a cue only when its
 * owner or doer is the seller. Every cue keeps the words that made it and the kind of
 * seller language it is, so a message can say exactly what to change.
 */
import type {Sentence} from 'call-plan-core'
import {detectLeadingQuestion} from 'remark-lint-leading-question'
import {
  activities,
  commercialObjects,
  commercialPhrases,
  customerPronouns,
  determiners,
  keepVerbs,
  modifiers,
  negators,
  notTypos,
  neutralOwned,
  offerTerms,
  personNouns,
  presentedParticiples,
  presentingVerbs,
  sellerPronouns,
  sellerTags,
  spellings,
  strongPresentingVerbs,
  weakObjects
} from './lexicon.js'

export type CueKind = 'offering' | 'presenting' | 'goal' | 'claim' | 'leading' | 'feature'

export interface Cue {
  kind: CueKind
  /** The words of the sentence that are seller language, as written. */
  text: string
  /** Offset of those words in the sentence text. */
  start: number
  end: number
}

export interface CompiledVocabulary {
  /** Seller company names, each as lowercase words. */
  sellerNames: string[][]
  /** The seller names with how they are written, so an ordinary-word name ("Summit") can be read as that word. */
  sellerNameForms: NameForm[]
  /** Short forms of the names ("Northwind" for "Northwind Labs"): ours only when written as a name, capitalised. */
  shortNames: string[][]
  /** Product names, each as lowercase words, with whether the name is written with capitals. */
  productNames: NameForm[]
  /** Extra seller phrases, as lowercase words. */
  sellerPhrases: string[][]
  /** Allowed phrases (lowercase, whitespace collapsed): a sentence containing one is never flagged. */
  allow: string[]
  /** The names as configured, for the leading-question check. */
  names: {sellerNames: string[]; productNames: string[]}
}

export interface NameForm {
  words: string[]
  /** Configured with a capital letter. */
  capitalised: boolean
  /** Made of ordinary-looking words: no capital inside a word, no digit ("Pulse", "Yard Manager", not "FlowPilot"). */
  ordinary: boolean
}

function nameForm(name: string): NameForm {
  return {
    words: phraseWords(name),
    capitalised: name !== name.toLowerCase(),
    ordinary: !name.split(/\s+/).some((word) => /\p{Lu}/u.test(word.slice(1)) || /\d/.test(word))
  }
}

export interface Vocabulary {
  sellerNames?: string[]
  productNames?: string[]
  sellerPhrases?: string[]
  allow?: string[]
}

function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s]+/)
    // "Bly & Carter": the sentence's words never include the ampersand or a lone dash.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/** Words that end a company name and are dropped in speech: "Northwind Labs" is "Northwind". */
const corporateSuffixes = new Set([
  'labs', 'lab', 'systems', 'software', 'data', 'technologies', 'technology', 'tech', 'solutions', 'group', 'inc', 'inc.', 'ltd', 'ltd.',
  'limited', 'llc', 'plc', 'gmbh', 'co', 'co.', 'corp', 'corp.', 'corporation', 'analytics', 'digital', 'cloud', 'ai', 'holdings',
  'industries', 'networks', 'robotics', 'international', 'global', 'company', 'hq', 'io', 'works', 'studio', 'studios', 'associates',
  'partners', 'consulting', 'health', 'learning', 'logistics', 'insurance', 'engineering'
])

/**
 * The names as people write them: a company without its corporate suffix ("Northwind Labs" →
 * "Northwind"), a product without the company's name in front ("Northwind Lookout" → "Lookout").
 */
function shortNames(vocabulary: Vocabulary): string[] {
  const configured = new Set([...(vocabulary.sellerNames ?? []), ...(vocabulary.productNames ?? [])].map((name) => name.toLowerCase()))
  const sellers = [...(vocabulary.sellerNames ?? [])]
  const short: string[] = []
  for (const name of vocabulary.sellerNames ?? []) {
    // "Strand Logistics Software" → "Strand Logistics" → "Strand".
    const words = name.trim().split(/\s+/)
    while (words.length > 1 && corporateSuffixes.has(words[words.length - 1]!.toLowerCase())) {
      words.pop()
      short.push(words.join(' '))
      sellers.push(words.join(' '))
    }
  }
  for (const product of vocabulary.productNames ?? []) {
    const lower = product.toLowerCase()
    for (const seller of sellers) {
      const prefix = seller.toLowerCase() + ' '
      if (lower.startsWith(prefix) && lower.length > prefix.length) short.push(product.slice(prefix.length).trim())
    }
  }
  return [...new Set(short.filter((name) => !configured.has(name.toLowerCase())))]
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  return {
    sellerNames: (vocabulary.sellerNames ?? []).map(phraseWords).filter((words) => words.length > 0),
    sellerNameForms: (vocabulary.sellerNames ?? []).map(nameForm).filter((name) => name.words.length > 0),
    shortNames: shortNames(vocabulary).map(phraseWords).filter((words) => words.length > 0),
    // "Pulse", "Dispatch", "Yard Manager" can be ordinary words; "FlowPilot", "CleanTrace" cannot.
    productNames: (vocabulary.productNames ?? []).map(nameForm).filter((name) => name.words.length > 0),
    sellerPhrases: (vocabulary.sellerPhrases ?? []).map(phraseWords).filter((words) => words.length > 0),
    allow: (vocabulary.allow ?? []).map((phrase) => phraseWords(phrase).join(' ')).filter(Boolean),
    names: {sellerNames: [...(vocabulary.sellerNames ?? [])], productNames: [...(vocabulary.productNames ?? [])]}
  }
}

type Owner = 'seller' | 'customer' | 'none'
type Subject = 'seller' | 'customer' | 'instruction' | 'none'

interface Token {
  /** As written. */
  raw: string
  /** Lowercase, apostrophes straightened, common misspellings fixed, possessive `'s` removed. */
  word: string
  /** Written with a possessive `'s`. */
  possessive: boolean
  quoted: boolean
  start: number
  end: number
  /** Clause number: clauses end at `:`, `;`, dashes, commas, brackets and some conjunctions. */
  clause: number
  /** First token of its clause. */
  clauseStart: boolean
  /** Written with a capital first letter. */
  capital: boolean
}

const clauseMarks = [':', ';', '—', '–', ',', '(', ')', '[', ']', '+', '=', '|', '?', '!']

const conjunctions = new Set(['so', 'because', 'but', 'while', 'unless', 'until', 'whereas', 'though', 'although', 'then'])

/** Pronouns and names after "and" start a new clause: "…, and they want …". */
const clauseOpeners = new Set(['they', 'we', 'i', "they're", "we're", "i'm", 'their', 'this', 'that', 'it', "it's", 'its', 'our', 'my'])

function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let pendingThere = -1
  let clause = 0
  let previousEnd = 0
  for (const word of sentence.words) {
    const gap = sentence.text.slice(previousEnd, word.index)
    const raw = word.value
    let normal = word.normal
    let possessive = false
    if (normal.endsWith("'s") && normal.length > 2) {
      normal = normal.slice(0, -2)
      possessive = true
    } else if (normal.endsWith("s'") && normal.length > 2) {
      normal = normal.slice(0, -1)
      possessive = true
    }
    normal = spellings.get(normal) ?? normal
    // "get there CIO on the call": "there" before a person is a misspelt "their".
    if (normal === 'there' && tokens.length > 0) pendingThere = tokens.length
    const breaks = tokens.length > 0 && (clauseMarks.some((mark) => gap.includes(mark)) || gap.includes(' - ') || gap.includes('::'))
    const previous = tokens[tokens.length - 1]
    const conjunction =
      previous !== undefined && (conjunctions.has(normal) || ((normal === 'and' || normal === 'or') && false))
    if (breaks || conjunction) clause++
    // "…and they want…": a new subject after "and" starts a new clause.
    if (previous && previous.word === 'and' && clauseOpeners.has(normal) && previous.clause === clause) {
      clause++
      previous.clause = clause
    }
    const token: Token = {
      raw,
      word: normal,
      possessive,
      quoted: word.quoted,
      start: word.index,
      end: word.index + raw.length,
      clause,
      clauseStart: false,
      capital: /^\p{Lu}/u.test(raw)
    }
    if (pendingThere !== -1 && tokens.length === pendingThere + 1) {
      if (/^\p{Lu}{2,}$/u.test(raw) || personNouns.has(normal) || customerPeople.has(normal)) tokens[pendingThere]!.word = 'their'
      pendingThere = -1
    }
    tokens.push(token)
    previousEnd = token.end
  }
  for (let index = 0; index < tokens.length; index++) {
    tokens[index]!.clauseStart = index === 0 || tokens[index - 1]!.clause !== tokens[index]!.clause
  }
  return tokens
}

/** How far the detector looks around a word: keeps every sentence linear, however long. */
const window = 12

function nearby(tokens: Token[], from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let at = Math.max(0, from); at <= to && at < tokens.length; at++) if (test(tokens[at]!)) return true
  return false
}

/** Typo verdicts per lexicon and word: looked up for many words of every note, so no key is built per call. */
const fuzzyCache = new Map<Map<string, unknown> | Set<string>, Map<string, string | undefined>>()
let fuzzyCacheSize = 0
const fuzzyCacheLimit = 20_000

/**
 * A lexicon word despite one typo ("brocure", "modul", "pricng"): one insertion,
 * deletion, substitution or swap, for words of five letters or more with the right first letter.
 */
function lookup<T>(map: Map<string, T> | Set<string>, word: string): string | undefined {
  if (map.has(word)) return word
  // Verbs are matched as written: "quality" must never read as "qualify".
  if (map === presentingVerbs || word.length < 5 || !/^[a-z-]+$/.test(word) || notTypos.has(word)) return undefined
  let known = fuzzyCache.get(map)
  if (!known) {
    known = new Map()
    fuzzyCache.set(map, known)
  }
  if (known.has(word)) return known.get(word)
  let found: string | undefined
  for (const candidate of map.keys()) {
    if (candidate.length < 6 || candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > 1) continue
    // A plural is another word, not a typo: "renewals" are their customers' renewals.
    if (word === candidate + 's' || candidate === word + 's') continue
    // Five letters only when the last one was dropped ("modul"): short words collide too easily.
    if (word.length === 5 && !(candidate.length === 6 && candidate.startsWith(word))) continue
    if (withinOneEdit(word, candidate)) {
      found = candidate
      break
    }
  }
  if (fuzzyCacheSize < fuzzyCacheLimit) {
    known.set(word, found)
    fuzzyCacheSize++
  }
  return found
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length === b.length) {
    let first = -1
    let differences = 0
    for (let index = 0; index < a.length; index++) {
      if (a[index] !== b[index]) {
        if (differences === 0) first = index
        differences++
        if (differences > 2) return false
      }
    }
    if (differences === 1) return true
    // A swap of two neighbours: "recieve".
    return differences === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let index = 0
  while (index < short.length && short[index] === long[index]) index++
  return short.slice(index) === long.slice(index + 1)
}

const beForms = new Set(['is', 'are', 'be', 'been', 'being', 'was', 'were', 'gets', 'get', 'got', 'getting'])

const customerAnchors = new Set(['customer', 'client', 'customers', 'clients', 'buyer', 'buyers'])

/** Words that, first in a clause, make the clause an instruction to the note's reader. */
const instructionStarters = new Set([
  ...presentingVerbs.keys(),
  'ensure',
  'confirm',
  'agree',
  'nail',
  'land',
  'win',
  'beat',
  'replace',
  'extend',
  'renew',
  'pull',
  'open',
  'offer',
  'quote',
  'propose',
  'pricing',
  'recognise',
  'recognize',
  "don't",
  'do',
  'never',
  "shouldn't",
  'must',
  'please',
  'try',
  'aim',
  'need',
  'anchor',
  'concede',
  'handle',
  'overcome',
  'map',
  'ask',
  'create',
  'prove',
  'move',
  'identify',
  'find',
  'align',
  'set',
  'tee',
  'neutralise',
  'neutralize',
  'drive',
  'frame',
  'seed',
  'leave',
  'maximise',
  'maximize',
  'protect',
  'defend',
  'follow',
  'chase',
  'send',
  'nudge',
  // Moving them up what we sell: "Upgrade them to the annual plan", "Migrate the team onto …".
  'upgrade',
  'migrate',
  'onboard',
  'grow',
  'secure',
  'obtain',
  // Handling the sale: "Keep them away from the competitor", "Pre-empt the price objection".
  'keep',
  'pre-empt',
  'preempt',
  'address',
  'leverage'
])

/** An instruction verb despite one typo ("folow up", "confrim"): six letters or more, never a plural. */
function typoInstruction(word: string): boolean {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return false
  for (const starter of instructionStarters) {
    if (starter.length < 6 || starter[0] !== word[0] || word === starter + 's' || word === starter + 'ed' || notTypos.has(word)) continue
    if (withinOneEdit(word, starter)) return true
  }
  return false
}

interface Context {
  tokens: Token[]
  sentence: Sentence
  vocabulary: CompiledVocabulary
  /** Clause subjects, by clause number. */
  subjects: Subject[]
  /** Token indexes that belong to a seller or product name. */
  named: Set<number>
  /** The first place each sales activity is the customer's own, once asked. */
  customerActivities?: Map<string, number>
}

/** Whose a pronoun is: inside the customer's quoted words, "we" and "our" are the customer. */
function pronounOwner(token: Token): Owner {
  if (sellerPronouns.has(token.word)) return token.quoted ? 'customer' : 'seller'
  if (customerPronouns.has(token.word)) return 'customer'
  return 'none'
}

/**
 * Who owns the noun at `index`: the nearest possessive before it in its noun phrase
 * ("their sales team's quota", "our new platform", "Zephyr's own pipeline").
 */
function possessorOf(context: Context, index: number): Owner {
  const {tokens} = context
  for (let back = index - 1, steps = 0; back >= 0 && steps < 4; back--, steps++) {
    const token = tokens[back]!
    if (token.clause !== tokens[index]!.clause) break
    const determiner = possessiveDeterminers.get(token.word)
    if (determiner) {
      if (token.quoted) return determiner === 'seller' ? 'customer' : token.word === 'your' ? 'none' : determiner
      return determiner
    }
    if (token.possessive) return context.named.has(back) ? 'seller' : 'customer'
    if (token.word === 'own') continue
    // "the Brakewell contract", "[[Marabel Apps]] enterprise tier": a name that is not ours,
    // used as a modifier, owns the noun. Not the first word (capitalised by position) and not an
    // acronym ("the PMS integration quote" is a quote about their PMS).
    if (!activities.has(tokens[index]!.word) && isOtherName(context, back)) return 'customer'
    if (determiners.has(token.word) || isVerbLike(token.word) || prepositions.has(token.word)) break
  }
  return 'none'
}

/** A capitalised name that is neither ours nor at the start of the sentence ("Brakewell", "Marabel Apps"). */
function isOtherName(context: Context, index: number): boolean {
  const token = context.tokens[index]!
  if (!token.capital || token.quoted || context.named.has(index) || index === 0) return false
  if (/^[\p{Lu}\d&/-]+$/u.test(token.raw) || token.word.length < 3) return false
  if (sellerPronouns.has(token.word) || customerPronouns.has(token.word) || determiners.has(token.word) || planNames.has(token.word)) return false
  // A clause start is capitalised by position unless the name runs on ("Marabel Apps").
  if (token.clauseStart) {
    const next = context.tokens[index + 1]
    const previousText = context.sentence.text.slice(Math.max(0, token.start - 2), token.start)
    if (!previousText.includes('[') && !(next && next.capital && next.clause === token.clause)) return false
  }
  return true
}

/**
 * A person by their job: the person list, or a noun of a profession ("statistician", "technician",
 * "surveyor"). Ours doing work for them is judged by the result, not as something we sell.
 */
function isPerson(word: string): boolean {
  if (personNouns.has(word) || roleNouns.has(word)) return true
  return word.length > 6 && ((word.endsWith('ist') && !word.endsWith('list')) || word.endsWith('ician') || word.endsWith('ists') && !word.endsWith('lists'))
}

const roleNouns = new Set(['estimator', 'estimators', 'surveyor', 'surveyors', 'assessor', 'assessors', 'inspector', 'inspectors', 'supervisor', 'supervisors', 'instructor', 'instructors', 'mentor', 'mentors', 'coordinator', 'coordinators', 'actuary', 'actuaries', 'underwriter', 'underwriters', 'accountant', 'accountants', 'lawyer', 'lawyers', 'solicitor', 'solicitors', 'nurses', 'doctor', 'doctors', 'vet', 'vets', 'teacher', 'teachers', 'tutor', 'tutors', 'researcher', 'researchers', 'strategist', 'technician', 'technicians', 'officer', 'officers', 'chemist', 'chemists', 'physician', 'physicians', 'pharmacist', 'pharmacists'])

/** Words that make the next noun the customer's own. */
const customerPossessives = new Set(['their', 'theirs', 'its', 'his', 'her'])

const possessiveDeterminers = new Map<string, Owner>([
  ['our', 'seller'],
  ['my', 'seller'],
  ['their', 'customer'],
  ['its', 'customer'],
  ['his', 'customer'],
  ['her', 'customer'],
  ['your', 'customer']
])

const prepositions = new Set(['for', 'of', 'to', 'with', 'in', 'on', 'at', 'from', 'by', 'into', 'about', 'before', 'after', 'than', 'vs', 'versus'])

const verbLike = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'get',
  'gets',
  'need',
  'needs',
  'want',
  'wants',
  'does',
  'do',
  'did',
  'may',
  'might',
  'shall',
  'keep',
  'keeps',
  'struggle',
  'struggles',
  'says',
  'said',
  'give',
  'gives',
  'runs',
  'carries',
  'hits',
  'misses',
  'loses',
  'lost',
  'spends',
  'uses',
  'and',
  'or',
  'than',
  'as'
])

function isVerbLike(word: string): boolean {
  return verbLike.has(word)
}

/** The subject of each clause: who does what the clause says. */
function clauseSubjects(context: Context): Subject[] {
  const {tokens} = context
  const subjects: Subject[] = []
  let index = 0
  while (index < tokens.length) {
    const clause = tokens[index]!.clause
    let end = index
    while (end < tokens.length && tokens[end]!.clause === clause) end++
    subjects[clause] = subjectOf(context, index, end, subjects[clause - 1])
    index = end
  }
  return subjects
}

/** What "my"/"our" can own that is a sales goal rather than a product: "my quota", "our fiscal year". */
const ownGoals = new Set(['year', 'quarter', 'q1', 'q2', 'q3', 'q4', 'fye', 'target', 'targets', 'commission', 'bonus', 'signature', 'opening', 'fiscal', 'board', 'numbers', 'month'])

const customerPeople = new Set(['contact', 'contacts', 'buyer', 'buyers', 'stakeholder', 'stakeholders', 'coach', 'host', 'counterpart', 'client', 'clients', 'customer', 'customers', 'prospect', 'champion', 'sponsor'])

const demonstratives = new Set(['this', 'that', 'it', "it's", 'there', "there's", 'here', 'these', 'those', 'which', 'what', 'who', 'everything', 'nothing', 'something'])

const fillers = new Set(['then', 'also', 'just', 'and', 'so', 'please', 'first', 'finally', 'next', 'really', 'definitely', 'quickly', 'briefly', 'ideally', 'still'])

function subjectOf(context: Context, from: number, to: number, previous: Subject | undefined): Subject {
  const {tokens} = context
  let index = from
  while (index < to && fillers.has(tokens[index]!.word)) index++
  if (index >= to) return 'none'
  const first = tokens[index]!
  // A Dataview key (`next-step:: book …`) is a label, not a subject.
  if (first.word === 'to' && index + 1 < to && lookup(presentingVerbs, tokens[index + 1]!.word)) return 'instruction'
  if (context.named.has(index)) return 'seller'
  if (first.word === "let's" || first.word === 'lets') return 'seller'
  // "We'll help their claims team find …": we help, they do; the clause is about their work.
  if (sellerPronouns.has(first.word) && !first.quoted) {
    for (let at = index + 1; at < to && at <= index + 3; at++) {
      const word = tokens[at]!.word
      if (word === 'help' || word === 'helps' || word === 'helping') {
        const helped = tokens[at + 1]
        if (helped && at + 1 < to && (customerPronouns.has(helped.word) || helped.possessive || customerPeople.has(helped.word))) return 'customer'
        break
      }
      if (word !== 'will' && word !== 'can' && word !== 'could' && word !== 'would' && word !== 'should' && word !== 'also' && word !== 'then') break
    }
  }
  // "Together we map where the days go": seller and customer working on their problem (R9);
  // what is ours in such a clause is still ours by its own words ("…the pilot success criteria").
  if (jointClause(tokens, index, to)) return 'customer'
  const owner = pronounOwner(first)
  if (owner === 'seller') {
    // "Our contact, Priya, owns the budget": the customer's person, in our words.
    if ((first.word === 'our' || first.word === 'my') && customerPeople.has(tokens[index + 1]?.word ?? '')) return 'customer'
    // "our analyst maps their dwell times": a seller doing work; the clause is ours.
    return 'seller'
  }
  if (owner === 'customer') return 'customer'
  if (first.word === 'you' || first.word === 'your' || first.word === "you'll" || first.word === "you'd") return 'customer'
  const isInstruction =
    (instructionStarters.has(first.word) || lookup(presentingVerbs, first.word) !== undefined || (index === 0 && typoInstruction(first.word))) &&
    !(index + 1 < to && (tokens[index + 1]!.possessive || isVerbLike(tokens[index + 1]!.word)))
  if (isInstruction && !first.possessive) return 'instruction'
  // A clause that goes on from an instruction ("…, then steer them to …") keeps its doer.
  if ((first.word === 'then' || first.word === 'and') && previous === 'instruction') return 'instruction'
  // "This is the deal…", "That is why…": the subject says nothing about whose it is.
  if (demonstratives.has(first.word)) return 'none'
  // Otherwise a noun phrase leads: a person or organisation on the customer's side
  // ("Brennock is pitching", "Aurelian's reps demo …", "The district adopts …").
  const nameLike = first.capital || determiners.has(first.word)
  for (let look = index; look < to && look < index + 6; look++) {
    const token = tokens[look]!
    if (context.named.has(look)) return 'seller'
    const lookOwner = pronounOwner(token)
    if (lookOwner !== 'none') return lookOwner === 'seller' && token.word !== 'us' && token.word !== 'me' ? 'seller' : 'customer'
    if (token.possessive && look < to - 1) return 'customer'
    if (look > index && isVerbLike(token.word) && token.word !== 'and' && token.word !== 'or' && token.word !== 'as' && token.word !== 'than') {
      return nameLike ? 'customer' : 'none'
    }
    // "The plant manager signs …", "Their heads of department demo …": after a noun phrase, a verb.
    if (lookup(activities, token.word) && nameLike && look > index + 1 && token.word.endsWith('s') && !token.word.endsWith('ss')) return 'customer'
    // "Patients sign consent forms", "Drivers sign on a phone": a plural noun, then the bare verb.
    if (lookup(activities, token.word) && look === index + 1 && pluralPeople(first) && !/s$/.test(token.word)) return 'customer'
    if (lookup(activities, token.word) || lookup(presentingVerbs, token.word) || prepositions.has(token.word)) return 'none'
  }
  return 'none'
}

/** A plural noun for people or bodies ("Patients", "drivers", "the wards"), not a word of ours or of selling. */
function pluralPeople(token: Token): boolean {
  const word = token.word
  if (!/^[a-z]+s$/.test(word) || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return false
  return !(lookup(commercialObjects, word) !== undefined || lookup(activities, word) !== undefined || lookup(presentingVerbs, word) !== undefined || sellerPronouns.has(word) || functionWords.has(word) || instructionStarters.has(word) || offerNouns.has(word.slice(0, -1)) || offerWords.has(word.slice(0, -1)))
}

/** "together we …", "we and their planners …", "jointly …": a clause both sides do. */
function jointClause(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to && at < from + window; at++) {
    const token = tokens[at]!
    if (token.quoted) continue
    if (token.word === 'together' || token.word === 'jointly') return true
    if ((token.word === 'we' || token.word === 'i') && tokens[at + 1]?.word === 'and' && at + 2 < to && (customerPronouns.has(tokens[at + 2]!.word) || tokens[at + 2]!.possessive)) return true
  }
  return false
}

/**
 * "Our H&S adviser", "our revenue analyst": a person of ours after a modifier or two that the
 * modifier list does not know. Stops at the first word that cannot be inside the noun phrase.
 */
function sellerPersonAhead(context: Context, index: number): boolean {
  const {tokens} = context
  for (let at = index + 1; at < tokens.length && at <= index + 3 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    const word = tokens[at]!.word
    if (personNouns.has(word) && !compoundModifiers.has(word)) {
      const next = tokens[at + 1]
      // "our analyst dashboard": the person word is itself a modifier of a thing we sell.
      return !(next && next.clause === tokens[at]!.clause && (offerNouns.has(next.word) || lookup(commercialObjects, next.word) !== undefined))
    }
    if (functionWords.has(word) || isVerbLike(word) || lookup(commercialObjects, word) !== undefined || offerNouns.has(word) || context.named.has(at)) return false
  }
  return false
}

/** Indexes of tokens that match some words (case-insensitive), in order. */
function matchAt(tokens: Token[], index: number, words: readonly string[], fuzzy = false): boolean {
  if (index + words.length > tokens.length) return false
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[index + offset]!
    const want = words[offset]!
    const have = token.possessive ? token.word : token.word
    if (have === want) continue
    if (fuzzy && want.length >= 5 && have.length >= 4 && have[0] === want[0] && withinOneEdit(have, want)) continue
    return false
  }
  return true
}

function cueOf(context: Context, kind: CueKind, from: number, to: number): Cue {
  const start = context.tokens[from]!.start
  const end = context.tokens[to]!.end
  return {kind, text: context.sentence.text.slice(start, end), start, end}
}

/** The noun phrase after a possessive: "our new platform", "my number". */
function phraseEnd(context: Context, index: number): {end: number; head: string} {
  const {tokens} = context
  let end = index + 1
  while (
    end + 1 < tokens.length &&
    tokens[end + 1]!.clause === tokens[index]!.clause &&
    end - index < 4 &&
    (modifiers.has(tokens[end]!.word) || compoundModifiers.has(tokens[end]!.word) || focusWords.has(tokens[end]!.word) || /^[\d.,%/-]+$/.test(tokens[end]!.word) || tokens[end]!.word.endsWith('-hour') || tokens[end]!.word.includes('/'))
  ) {
    end++
  }
  const last = Math.min(end, tokens.length - 1)
  return {end: last, head: tokens[last]!.word}
}

/** Words that single out the noun after them ("our only goal", "my main question"): the noun is what is owned. */
const focusWords = new Set(['only', 'main', 'one', 'real', 'key', 'single', 'sole', 'primary', 'overall', 'actual', 'top', 'chief'])

const compoundModifiers = new Set([
  'customer',
  'success',
  'field',
  'support',
  'data',
  'solutions',
  'solution',
  'implementation',
  'clinical',
  'sales',
  'account',
  'technical',
  'professional',
  'services',
  'delivery',
  'project',
  'engagement',
  'pre-sales',
  'presales',
  'senior',
  'own',
  'onboarding',
  'deployment',
  'product',
  'integration',
  'regional',
  'local'
])

/** Whether a negation earlier in the clause sets the cue at `index` aside ("Not a demo:", "No pricing"). */
function setAside(context: Context, index: number): boolean {
  const {tokens} = context
  const clause = tokens[index]!.clause
  let start = index
  while (start > 0 && tokens[start - 1]!.clause === clause) start--
  const first = tokens[start]!
  // "Leave the product walkthrough out of it", "Forget the pitch", "Skip the demo".
  if ((first.word === 'leave' || first.word === 'forget' || first.word === 'skip' || first.word === 'drop') && !first.quoted) {
    const hasOut =
      first.word !== 'leave' ||
      nearby(tokens, index + 1, index + window, (token) => token.clause === clause && (token.word === 'out' || token.word === 'aside' || token.word === 'door' || token.word === 'home'))
    if (hasOut) return true
  }
  // "Park the pitch", "put the demo aside".
  if ((first.word === 'park' || first.word === 'shelve') && !first.quoted) return true
  if (nearby(tokens, index + 1, index + window, (token) => token.clause === clause && token.word === 'aside')) return true
  for (let back = index - 1; back >= start && index - back <= 4; back--) {
    const word = tokens[back]!.word
    if (keepVerbs.has(word)) return false
    if (word === 'instead' || (word === 'than' && back > 0 && tokens[back - 1]!.word === 'rather')) return true
    if (negators.has(word)) {
      // "Walk away if they won't commit to a paid pilot": a negation inside a condition sets nothing aside.
      if (nearby(tokens, start, back - 1, (token) => token.word === 'if' && !token.quoted)) return false
      // "No meeting ends without a next step": two negations keep the step.
      if (word === 'without' && nearby(tokens, Math.max(start, back - window), back - 1, (token) => negators.has(token.word))) return false
      // "Without a signed pilot agreement, don't leave": the same protected step, the other way round.
      if (word === 'without' && nearby(tokens, index + 1, index + window, (token) => negators.has(token.word) && !token.quoted) && nearby(tokens, index + 1, index + window + 1, (token) => keepVerbs.has(token.word))) return false
      // "Don't forget to demo", "never let … end without": the negation keeps the step.
      for (let between = back + 1; between < index; between++) if (keepVerbs.has(tokens[between]!.word)) return false
      if (clauseKeeps(context, start, back)) return false
      // "No discount unless they commit to three years", "Never discount more than 15% without approval":
      // a condition we set on our deal, not a setting-aside.
      // "No demo unless the matron asks for one" stays set aside: the condition is theirs, not a deal term.
      if (nearby(tokens, index + 1, index + window, (token) => (token.word === 'unless' || (token.word === 'without' && token.clause === tokens[index]!.clause)) && !token.quoted) && dealTermAfter(tokens, index + 1)) return false
      // "Don't mention pricing until the head has seen the dashboards": not now is a step of our pitch, later;
      // "…until they have sized the problem" waits for them, and sets it aside.
      if (nearby(tokens, index + 1, index + window, (token) => token.word === 'until' && !token.quoted) && pitchStepAfter(context, index + 1)) return false
      // "Don't give them the price until the managing partner is on the call": holding it back for their
      // executive is a step of our sale, kept (R7); "…until they have sized the problem" still waits for them.
      if (untilExecutiveJoins(tokens, index)) return false
      return true
    }
  }
  return false
}

/** "Don't let them off the call without …": the clause opens with a negation and "let". */
function letOpens(tokens: Token[], index: number): boolean {
  let start = index
  while (start > 0 && tokens[start - 1]!.clause === tokens[index]!.clause) start--
  while (start < index && fillers.has(tokens[start]!.word)) start++
  return index - start <= window && negators.has(tokens[start]!.word) && tokens[start + 1]?.word === 'let' && !tokens[start]!.quoted
}

/** What we must not leave without: "a date", "a next step", "the follow-up meeting". Its place, or -1. */
function protectedStep(tokens: Token[], index: number): number {
  for (let at = index + 1; at < tokens.length && at <= index + 4 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    const word = tokens[at]!.word
    if (salesSteps.has(word) || word === 'date' || word === 'dates' || (word === 'step' && tokens[at - 1]?.word === 'next')) return at
  }
  return -1
}

/** "don't let the call end": a negated "let" a few words before. */
function letNegated(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back > 0 && index - back <= 4 && tokens[back]!.clause === tokens[index]!.clause; back--) {
    if (tokens[back]!.word === 'let' && negators.has(tokens[back - 1]!.word)) return true
  }
  return false
}

const seenWords = new Set(['seen', 'shown', 'watched', 'heard', 'tried', 'demoed', 'presented', 'trialled', 'trialed'])

/** Our pitch in the next words: "until the head has seen the dashboards", "until after our demo". */
function pitchStepAfter(context: Context, from: number): boolean {
  const {tokens} = context
  for (let at = from; at < tokens.length && at <= from + window + 6; at++) {
    const token = tokens[at]!
    if (token.quoted) continue
    if (seenWords.has(token.word) || context.named.has(at) || offerWords.has(token.word) || offerNouns.has(token.word) || featureAdjectives.has(token.word) || (sellerPronouns.has(token.word) && token.word !== 'us')) return true
    if (lookup(activities, token.word) === 'demo' || lookup(activities, token.word) === 'pitch') return true
  }
  return false
}

const dealConditions = new Set(['commit', 'commits', 'committing', 'sign', 'signs', 'signed', 'agree', 'agrees', 'buy', 'buys', 'order', 'orders', 'approval', 'sign-off', 'signoff', 'signature', 'prepay', 'prepays', 'upfront'])

/** A commitment or approval in the words that follow: "unless they commit to three years", "without the VP's approval". */
function dealTermAfter(tokens: Token[], from: number): boolean {
  for (let at = from; at < tokens.length && at <= from + window + 8; at++) {
    const word = tokens[at]!.word
    if (dealConditions.has(word) || commitmentTerms.has(word)) return true
  }
  return false
}

/** A negative instruction earlier in the clause ("Do not leave … without", "can't run out of time before"). */
function clauseKeeps(context: Context, start: number, before: number): boolean {
  const {tokens} = context
  for (let index = Math.max(start, before - window); index < before; index++) {
    if (negators.has(tokens[index]!.word) && index + 1 < tokens.length && keepVerbs.has(tokens[index + 1]!.word)) return true
    if (negators.has(tokens[index]!.word) && index + 2 < tokens.length && tokens[index + 1]!.word === 'let') return true
  }
  return false
}

const dealSteps = new Set(['pilot', 'trial', 'poc', 'contract', 'order', 'po', 'licence', 'renewal', 'proposal', 'quote', 'sow', 'msa', 'signature'])

const quotedBuyers = new Set(["we'll", "we'd", 'we'])
const quotedFillers = new Set(['will', 'would', 'happily', 'gladly', 'definitely', 'probably', 'then', 'also', 'all', 'just', 'certainly', 'only'])
const buyingVerbs = new Set(['switch', 'sign', 'buy', 'move', 'commit', 'order', 'renew', 'extend', 'purchase', 'go', 'pay', 'fund'])
/** The people the customer serves: when they speak, "you" is the customer. */
const theirPublic = new Set(['customers', 'clients', 'patients', 'users', 'members', 'parents', 'residents', 'students', 'drivers', 'guests', 'passengers', 'tenants', 'brokers', 'shoppers', 'buyers', 'policyholders', 'customer', 'client'])

/** A customer asking us for our paperwork: "send us a proposal", "give me a price". */
const requestVerbs = new Set(['send', 'give', 'get', 'bring', 'email', 'quote'])

function quotedDealStep(context: Context, add: (kind: CueKind, from: number, to: number, checkNegation?: boolean) => void): void {
  const {tokens} = context
  const addressed = tokens.some((token) => token.quoted && (token.word === 'you' || token.word === 'your' || token.word === "you're" || token.word === "you'll"))
  // 'A broker told them: "You're the slowest to quote"': a quote said to the customer, so "you" is them.
  // 'Their patients say "your app logs me out"': their own customers speaking to them, so "you" is them too.
  const saidToThem = tokens.some((token, at) => !token.quoted && attributions.has(token.word) &&
    (tokens[at + 1]?.word === 'them' || (tokens[at + 1]?.word === 'to' && tokens[at + 2]?.word === 'them') || (theirPublic.has(tokens[at - 1]?.word ?? '') && tokens[at - 2]?.word === 'their')))
  if (saidToThem) return
  // 'Their COO said "send us a proposal for all three hospitals"': asking us for our paperwork is our deal.
  for (let at = 0; at + 1 < tokens.length; at++) {
    const token = tokens[at]!
    if (!token.quoted || !requestVerbs.has(token.word) || (tokens[at + 1]!.word !== 'us' && tokens[at + 1]!.word !== 'me')) continue
    for (let object = at + 2; object < tokens.length && object <= at + 5 && tokens[object]!.quoted; object++) {
      const found = lookup(commercialObjects, tokens[object]!.word)
      if (found !== undefined && (!weakObjects.has(found) || found === 'quote' || found === 'price' || found === 'contract')) {
        add('goal', at, object)
        return
      }
    }
  }
  // "we'd buy it tomorrow if it worked with our MIS", "we'll only fund it if …": buying "it" (what we
  // offer) in their own words.
  if (!addressed) {
    for (let at = 0; at + 1 < tokens.length; at++) {
      const token = tokens[at]!
      if (!token.quoted || !quotedBuyers.has(token.word)) continue
      let verb = at + 1
      while (verb < tokens.length && verb <= at + 3 && tokens[verb]!.quoted && quotedFillers.has(tokens[verb]!.word)) verb++
      if (verb >= tokens.length || !tokens[verb]!.quoted || !buyingVerbs.has(tokens[verb]!.word)) continue
      const object = tokens[verb + 1]
      if (!object || !object.quoted || object.word === 'it' || object.word === 'this' || object.word === 'tomorrow' || object.word === 'today') {
        add('goal', at, verb)
        return
      }
    }
    return
  }
  // '"your demo was the first one that made sense"', '"your rota tool is fine, but …"': in their words,
  // "your" is ours, and what it owns is what we sell or show.
  for (let at = 0; at + 1 < tokens.length; at++) {
    const token = tokens[at]!
    if (!token.quoted || token.word !== 'your') continue
    for (let noun = at + 1; noun < tokens.length && noun <= at + 3 && tokens[noun]!.quoted; noun++) {
      const word = tokens[noun]!.word
      if (offerWords.has(word) || offerNouns.has(word) || lookup(activities, word) === 'demo' || lookup(activities, word) === 'pitch' || (lookup(commercialObjects, word) !== undefined && !weakObjects.has(lookup(commercialObjects, word)!))) {
        add('offering', at, noun)
        return
      }
    }
  }
  // "if you can match the price, we'll switch": in a quote that addresses us, their "we" buying is our deal.
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!
    if (!token.quoted || !quotedBuyers.has(token.word)) continue
    for (let verb = at + 1; verb < tokens.length && verb <= at + 3 && tokens[verb]!.quoted; verb++) {
      if (buyingVerbs.has(tokens[verb]!.word)) {
        add('goal', at, verb)
        return
      }
      if (!quotedFillers.has(tokens[verb]!.word)) break
    }
  }
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!
    if (!token.quoted) continue
    const object = lookup(commercialObjects, token.word)
    if (object === undefined || !dealSteps.has(commercialObjects.get(object)!)) continue
    const previous = tokens[at - 1]
    // "our contract with the council", "their pilot": owned in the quote, not our deal.
    if (previous && (previous.possessive || previous.word === 'our' || previous.word === 'their' || previous.word === 'my')) continue
    add('goal', previous && (previous.word === 'the' || previous.word === 'a') ? at - 1 : at, at)
    return
  }
}

function lastInClause(tokens: Token[], index: number): number {
  let end = index
  while (end + 1 < tokens.length && tokens[end + 1]!.clause === tokens[index]!.clause) end++
  return end
}

/** What "you get" can be followed by when it is their own result, not our feature. */
const resultStarts = new Set(['your', 'yours', 'their', 'fewer', 'less', 'more', 'lower', 'higher', 'faster', 'back', 'home', 'to', 'rid', 'paid', 'through', 'there', 'it', 'that', 'them', 'what', 'used', 'better', 'out', 'ahead', 'time', 'hours', 'days', 'weeks', 'nights', 'evenings', 'weekends', 'peace', 'answers', 'sleep'])
const youForms = new Set(['you', "you'll", "you'd", 'you’ll'])

function youGetFeature(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous || previous.quoted || previous.clause !== tokens[index]!.clause) return false
  const before = previous.word === 'will' || previous.word === 'would' || previous.word === 'also' || previous.word === 'now' ? tokens[index - 2] : previous
  if (!before || before.quoted) return false
  // "Your nurses get a mobile app": their people addressed as "your …" are the "you" of the offer.
  const owner = tokens[before === previous ? index - 2 : index - 3]
  const yourPeople = owner !== undefined && owner.word === 'your' && !owner.quoted && /^[a-z]+s$/.test(before.word)
  if (!youForms.has(before.word) && !yourPeople) return false
  const next = tokens[index + 1]
  if (!next || next.clause !== tokens[index]!.clause || resultStarts.has(next.word) || /^\d/.test(next.word)) return false
  // "you get a 20% cut in scrap": a number is a result; "you get live ETAs", "a live gap map", "real-time location" are features.
  for (let at = index + 1; at < tokens.length && at <= index + 4 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    const word = tokens[at]!.word
    if (/\d/.test(word) || word === 'your') return false
    if (featureAdjectives.has(word) || offerTerms.has(word) || offerNouns.has(word)) return true
  }
  return false
}

const featureAdjectives = new Set(['live', 'real-time', 'realtime', 'instant', 'automatic', 'automated', 'branded', 'two-way', 'mobile', 'self-service', 'one-click', 'ai', 'smart', 'built-in', 'native', 'configurable', 'custom', 'customisable', 'customizable', 'unlimited', 'dedicated', 'priority', '24/7', 'predictive', 'map', 'app', 'portal', 'dashboard', 'alerts', 'notifications', 'location', 'tracking'])

function sentenceHasYou(tokens: Token[]): boolean {
  return tokens.some((token) => !token.quoted && (token.word === 'you' || token.word === 'your' || token.word === "you'll" || token.word === "you'd" || token.word === "you're" || token.word === 'yours'))
}

function findNames(context: Context): void {
  const {tokens, vocabulary} = context
  /** Last token of each product name that turned out to be a name they gave something. */
  const theirNames = new Set<number>()
  for (let index = 0; index < tokens.length; index++) {
    // A company name that is an ordinary word ("Summit") is read like a product name: "their summit with
    // suppliers" is theirs.
    for (const name of vocabulary.sellerNameForms) {
      if (!matchAt(tokens, index, name.words) && !misspeltName(tokens[index]!, name.words)) continue
      // "inkberry pennant parent app": our company's name right before our product's is ours in any case.
      const product = vocabulary.productNames.find((one) => matchAt(tokens, index + name.words.length, one.words))
      if (product) {
        for (let offset = 0; offset < name.words.length + product.words.length; offset++) context.named.add(index + offset)
        continue
      }
      if (productIsOrdinaryWord(context, index, name)) continue
      for (let offset = 0; offset < name.words.length; offset++) context.named.add(index + offset)
    }
    for (const name of vocabulary.shortNames) {
      if (matchAt(tokens, index, name) && tokens.slice(index, index + name.length).every((token) => token.capital) && !(index === 0 && name.length === 1 && isOrdinaryStart(tokens))) {
        for (let offset = 0; offset < name.length; offset++) context.named.add(index + offset)
      }
    }
    for (const product of vocabulary.productNames) {
      if (!matchAt(tokens, index, product.words) && !misspeltName(tokens[index]!, product.words)) continue
      if (productIsOrdinaryWord(context, index, product)) continue
      // "names the houses Kettle, Ferry and Hinge": every name of a list given by them is theirs.
      if (namedByThem(tokens, index) || listedAfter(context, index, theirNames)) {
        theirNames.add(index + product.words.length - 1)
        continue
      }
      for (let offset = 0; offset < product.words.length; offset++) context.named.add(index + offset)
    }
  }
}

/**
 * The next item of a list that ends at one of `ends`: "Kettle, Ferry and Hinge", "Kettle or Ferry".
 * Only commas and one "and"/"or" may stand between.
 */
function listedAfter(context: Context, index: number, ends: ReadonlySet<number>): boolean {
  const {tokens, sentence} = context
  let previous = index - 1
  if (previous >= 0 && (tokens[previous]!.word === 'and' || tokens[previous]!.word === 'or') && !tokens[previous]!.quoted) previous--
  if (previous < 0 || !ends.has(previous)) return false
  for (let at = previous; at < index; at++) {
    const gap = sentence.text.slice(tokens[at]!.end, tokens[at + 1]!.start)
    if (!/^[\s,]*$/.test(gap)) return false
  }
  return true
}

const namingVerbs = new Set(['called', 'named', 'dubbed', 'nicknamed', 'christened', 'call', 'calls'])
/** Verbs that name an object put between them and the name: "calls the spreadsheet X", "names the houses X". */
const objectNamingVerbs = new Set(['call', 'calls', 'calling', 'name', 'names', 'naming', 'dub', 'dubs', 'nickname', 'nicknames', 'christen', 'christens'])

/**
 * "an internal tool they call Tether", 'a framework called "the Lattice"': a name given to
 * something in the sentence is that thing's name, not our product, unless it is us naming ours
 * ("our module called Tether", "we call it Tether").
 */
function namedByThem(tokens: Token[], index: number): boolean {
  let back = index - 1
  if (back >= 0 && articles.has(tokens[back]!.word)) back--
  // "Their team calls the spreadsheet FlowPilot", "names the shift boards X": the thing named (an
  // article or their, then one or two lower-case words) stands between the verb and the name.
  for (let words = 1; words <= 2 && !namingVerbs.has(tokens[back]?.word ?? ''); words++) {
    const first = back - words + 1
    if (first < 2 || !tokens.slice(first, back + 1).every((token) => /^[a-z]+$/.test(token.raw) && !token.quoted)) break
    if ((articles.has(tokens[first - 1]!.word) || customerPossessives.has(tokens[first - 1]!.word)) && objectNamingVerbs.has(tokens[first - 2]!.word)) {
      back = first - 2
      break
    }
  }
  const verb = tokens[back]
  if (!verb || verb.quoted || verb.clause !== tokens[index]!.clause) return false
  const knownAs = verb.word === 'as' && tokens[back - 1]?.word === 'known'
  if (!namingVerbs.has(verb.word) && !objectNamingVerbs.has(verb.word) && !knownAs) return false
  // "names the houses X": these verbs name only an object; right before the name they mean something else.
  if (objectNamingVerbs.has(verb.word) && !namingVerbs.has(verb.word) && back === index - 1) return false
  // "Call Tether support", "Name Kettle in the opener": the verb first in its clause is an instruction to us, not a naming.
  if (objectNamingVerbs.has(verb.word) && (verb.clauseStart || fillers.has(tokens[back - 1]?.word ?? ''))) return false
  for (let at = back - 1; at >= 0 && tokens[at]!.clause === verb.clause; at--) {
    if (!tokens[at]!.quoted && sellerPronouns.has(tokens[at]!.word)) return false
    // "Sell them the module called FlowPilot": an instruction to us names our thing.
    if (tokens[at]!.clauseStart && (instructionStarters.has(tokens[at]!.word) || presentingVerbs.has(tokens[at]!.word))) return false
  }
  return true
}

/**
 * "Pulse flags at-risk accounts", "Dispatch routes every van": a word in -s with an object after it
 * (a determiner, their, a number, or a noun that is not a preposition) is the name's verb. "Dispatch
 * delays at the depot", "Lookout handovers between shifts" have a preposition there: a compound noun.
 */
function verbWithObject(next: Token, after: Token | undefined, bareObject: boolean, afterThat?: Token): boolean {
  if (!next.word.endsWith('s') || next.word.endsWith('ss') || next.capital || after === undefined || after.clause !== next.clause) return false
  if (determiners.has(after.word) || customerPronouns.has(after.word) || after.possessive || /^\d/.test(after.word)) return true
  // "Tide tables drive their schedule": when a determiner follows the bare word, that word is the verb
  // and the word in -s was a plural noun.
  if (afterThat && afterThat.clause === after.clause && (determiners.has(afterThat.word) || customerPronouns.has(afterThat.word) || afterThat.possessive)) return false
  // A bare noun as the object only after a capitalised name: in lower case, "pulse surveys say …" is a compound.
  return bareObject && /^[a-z][a-z-]*$/.test(after.raw) && !functionWords.has(after.word) && !prepositions.has(after.word) && !isVerbLike(after.word) && !fillers.has(after.word)
}

/** "Crew rosters are built …", "Lighthouse keepers' cottages are …": a plural noun and a plural verb after the name. */
function pluralSubject(tokens: Token[]): boolean {
  const noun = tokens[1]
  const verb = tokens[2]
  const plural = noun !== undefined && ((noun.word.endsWith('s') && !noun.word.endsWith('ss')) || noun.raw.endsWith("s'") || noun.raw.endsWith('s’'))
  if (!plural || verb === undefined || verb.clause !== noun!.clause) return false
  if (pluralVerbs.has(verb.word)) return true
  // "Dispatch errors cost them two hours": a bare verb with its object after the plural noun.
  const object = tokens[3]
  if (/^[a-z]+$/.test(verb.raw) && !verb.word.endsWith('s') && !functionWords.has(verb.word) && !prepositions.has(verb.word) && !modifiers.has(verb.word) &&
    object !== undefined && object.clause === verb.clause && (object.word === 'them' || object.word === 'their' || object.word === 'us' || articles.has(object.word) || /^\d/.test(object.word))) return true
  // "keepers' cottages are": one more plural noun, then the verb.
  return noun!.possessive && verb.word.endsWith('s') && tokens[3] !== undefined && pluralVerbs.has(tokens[3]!.word)
}

/** Plural verbs: after "Crew rosters", "are" agrees with "rosters", so "Crew" only modifies it. */
const pluralVerbs = new Set(['are', 'were', 'have', 'do', "don't", "aren't", "weren't", "haven't"])

/**
 * A one-word short name that opens the sentence is capitalised by position, so it counts as ours
 * only when it acts like a name: a verb with an object after it ("Underwrite cuts their claims time")
 * or something we deliver with it ("Underwrite demo"), or nothing at all.
 */
function isOrdinaryStart(tokens: Token[]): boolean {
  const next = tokens[1]
  if (!next || next.clause !== tokens[0]!.clause) return false
  const after = tokens[2]
  const acts = verbWithObject(next, after, true, tokens[3])
  const delivered = deliveryNouns.has(next.word) || offerNouns.has(next.word) || presentingNouns.has(next.word)
  // A name is one thing: "Harrowgate is certified", not "Forms are lost".
  const singular = next.word === 'is' || next.word === 'has' || next.word === 'was' || next.word === 'will' || next.word === 'can' || next.word === 'does'
  return !acts && !delivered && !singular
}

/** Days and months are capitalised without being part of a name: "Roll out Dispatch Monday morning". */
const calendarWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'q1', 'q2', 'q3', 'q4'])

/** Words that extend a product's name into an edition of it: "Dispatch Analytics", "Dispatch Mobile". */
const productSuffixes = new Set(['analytics', 'cloud', 'mobile', 'lite', 'go', 'max', 'one', 'hub', 'suite', 'studio', 'insights', 'ai', 'live', 'api', 'online', 'web', 'app'])

/** Whether a word is one of the seller's or product names' words ("Dispatch, FlowPilot"), so it names our things too. */
function vocabularyWord(context: Context, word: string): boolean {
  return context.vocabulary.sellerNames.some((name) => name.includes(word)) || context.vocabulary.productNames.some((name) => name.words.includes(word))
}

const articles = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'every', 'each'])

/** A determiner or possessive one to three words before `index`: the word there is inside a noun phrase. */
function nounPhraseOpens(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 3 && tokens[back]!.clause === tokens[index]!.clause; back--) {
    const token = tokens[back]!
    if (determiners.has(token.word) || customerPossessives.has(token.word) || (token.possessive && !sellerPronouns.has(token.word))) return true
    // "the Year 9 cohort": a capitalised word or a number can stand between the article and the noun.
    if (!/^[a-z][a-z-]*$/.test(token.raw) && !/^\d+$/.test(token.raw) && !(back > 0 && /^\p{Lu}\p{Ll}+$/u.test(token.raw))) return false
  }
  return false
}

/**
 * "FlowPliot" for "FlowPilot": a capitalised word one typo away from a one-word name of six letters
 * or more. Names are proper nouns, so only a capitalised word can be one; a plural is another word.
 */
function misspeltName(token: Token, name: readonly string[]): boolean {
  if (name.length !== 1 || !token.capital || token.quoted) return false
  const wanted = name[0]!
  const word = token.word
  if (wanted.length < 6 || word === wanted || word[0] !== wanted[0] || word === wanted + 's' || Math.abs(word.length - wanted.length) > 1) return false
  // A swapped, dropped or doubled letter; a changed letter is too often another word ("Foremen").
  if (word.length === wanted.length) {
    let first = 0
    while (word[first] === wanted[first]) first++
    return word[first] === wanted[first + 1] && word[first + 1] === wanted[first] && word.slice(first + 2) === wanted.slice(first + 2)
  }
  return withinOneEdit(word, wanted)
}

const functionWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'at', 'as',
  'is', 'are', 'was', 'were', 'be', 'so', 'if', 'it', 'its', 'this', 'that', 'before', 'after', 'until', 'across',
  'over', 'under', 'via', 'per', 'than', 'then', 'when', 'will', 'would', 'can', 'could', 'should', 'live', 'now'
])

/**
 * "Their dispatch desk", "weekly pulse surveys": a product name that is also an ordinary
 * word, used for the customer's own thing. Owned by the customer, or written in lower case
 * as the first part of a compound noun.
 */
function productIsOrdinaryWord(context: Context, index: number, product: NameForm): boolean {
  if (!product.ordinary) return false
  const {tokens} = context
  // "summit's case study", "Dispatch's route engine": a name that owns something is a proper name.
  // ("every dispatcher's phone" is a person's: after a determiner the word is a common noun.)
  const owner = tokens[index - 1]?.word ?? ''
  if (tokens[index + product.words.length - 1]?.possessive && !customerPossessives.has(owner) && !determiners.has(owner)) return false
  const first = tokens[index]!
  const previous = tokens[index - 1]
  // "their dispatch desk" is theirs; "sell them Dispatch" gives them ours: only a possessive owns the name.
  if (previous && !previous.quoted && (customerPossessives.has(previous.word) || (previous.possessive && !sellerPronouns.has(previous.word)))) return true
  const writtenLower = tokens.slice(index, index + product.words.length).every((token) => !token.capital)
  const next = tokens[index + product.words.length]
  // "Dispatch routes every van", "dispatch plans the routes": a verb with its object after the
  // name, so the name is the doer, not the first half of a compound noun.
  const after = tokens[index + product.words.length + 1]
  const verbAfter = next !== undefined && verbWithObject(next, after, !writtenLower, tokens[index + product.words.length + 2])
  // ("weekly pulse surveys"), unless what follows is something we deliver with it ("compass rollout").
  const delivered = next !== undefined && (deliveryNouns.has(next.word) || offerNouns.has(next.word) || presentingNouns.has(next.word) || lookup(commercialObjects, next.word) !== undefined || lookup(activities, next.word) !== undefined)
  if (product.capitalised && writtenLower && !verbAfter && !delivered && next && next.clause === first.clause && !next.capital && !functionWords.has(next.word) && /^[a-z]/.test(next.word)) {
    return true
  }
  // "the evening dispatch", "a hand gauge", "the grain store": written in lower case as the head of a
  // compound noun, the word is the ordinary thing; our product is never a kind of something else.
  // The modifier itself follows a determiner ("a hand gauge", "the late evening dispatch"): a verb before
  // the name would not ("put dispatch on every depot").
  const modifierShape = previous !== undefined && (/^[a-z][a-z-]*$/.test(previous.raw) || /^\d+$/.test(previous.raw)) && nounPhraseOpens(tokens, index - 1)
  if (product.capitalised && writtenLower && previous && previous.clause === first.clause && !previous.quoted && modifierShape &&
    !functionWords.has(previous.word) && !determiners.has(previous.word) && !isVerbLike(previous.word) && !prepositions.has(previous.word) &&
    !sellerPronouns.has(previous.word) && !customerPronouns.has(previous.word) && !context.named.has(index - 1) && !modifiers.has(previous.word) &&
    lookup(activities, previous.word) === undefined && lookup(presentingVerbs, previous.word) === undefined && !instructionStarters.has(previous.word)) {
    return true
  }
  // "chorus of complaints", "Tide of complaints after the price rise": a name followed by "of" and a common
  // noun is the ordinary word ("a chorus of", "the tide of"); our products are not measures of things.
  const ofWhat = tokens[index + product.words.length + 1]
  if (product.words.length === 1 && (writtenLower || index === 0) && next && next.word === 'of' && next.clause === first.clause && ofWhat && /^[a-z][a-z-]*$/.test(ofWhat.raw) && !context.named.has(index + 2)) {
    return true
  }
  // "the Dispatch House offices", "their Beacon Street depot": an ordinary word inside a longer proper name
  // is part of that name (a place, a building), not our product; "Dispatch Pro", "Dispatch API" stay ours.
  if (product.words.length === 1 && next && next.clause === first.clause && !next.quoted && /^\p{Lu}\p{Ll}{2,}$/u.test(next.raw) &&
    !context.named.has(index + 1) && !planNames.has(next.word) && !offerNouns.has(next.word) && !productSuffixes.has(next.word) && !calendarWords.has(next.word) && !vocabularyWord(context, next.word)) {
    return true
  }
  // "Site managers keep field notes in WhatsApp": a name of several ordinary words, all in lower case,
  // is that ordinary thing; our product in lower case comes with our name, "our", "+" or what we deliver.
  const joinedBefore = previous !== undefined && context.sentence.text.slice(previous.end, first.start).includes('+')
  const joinedAfter = next !== undefined && context.sentence.text.slice(tokens[index + product.words.length - 1]!.end, next.start).includes('+')
  // Not as the first words: a fragment that opens with the name is about it ("vitalis link for the 3 ICUs").
  // And only after a verb that has its own subject ("Site managers keep …"), not an imperative ("Put field notes on …").
  const subjectBefore = previous !== undefined && index >= 2 && tokens[index - 2]!.clause === first.clause && !['out', 'in', 'up', 'on', 'off'].includes(previous.word)
  if (product.capitalised && writtenLower && product.words.length > 1 && index > 0 && subjectBefore && !delivered && !joinedBefore && !joinedAfter &&
    !(previous && previous.clause === first.clause && (sellerPronouns.has(previous.word) || context.named.has(index - 1)))) {
    return true
  }
  // "the timetable for next year", "a stagehand was injured": written in lower case after an article,
  // the ordinary word; our product written that way comes with what we deliver ("a ledgerlight trial").
  if (product.capitalised && writtenLower && !delivered && previous && previous.clause === first.clause && articles.has(previous.word) && !previous.quoted) return true
  // "Their staff roster", "their housekeeping rota": written in lower case after their
  // possessive and a modifier or two, the word is their thing.
  if (product.capitalised && writtenLower) {
    for (let back = index - 1; back >= 0 && index - back <= 3 && tokens[back]!.clause === first.clause; back--) {
      const token = tokens[back]!
      if (customerPronouns.has(token.word) || (token.possessive && !sellerPronouns.has(token.word))) return !token.quoted
      if (!/^[a-z][a-z-]*$/.test(token.raw) || functionWords.has(token.word) || isVerbLike(token.word) || sellerPronouns.has(token.word)) break
    }
  }
  // "Gauge calibration on half their CMM fixtures…": capitalised only because it opens the
  // sentence, it modifies an ordinary noun that is not something we deliver, in a sentence
  // about their things. "[[Relay]] rollout" (a link) and "Relay rollout" (our deployment) stay ours.
  const linked = context.sentence.text.slice(Math.max(0, first.start - 2), first.start).includes('[')
  // "Dispatch's route engine": a capitalised name that owns something is a proper name, ours.
  if (index === 0 && product.words.length === 1 && !linked && !verbAfter && !first.possessive && next && next.clause === first.clause && !next.capital && /^[a-z][a-z-]+$/.test(next.raw) &&
    !functionWords.has(next.word) && !isVerbLike(next.word) && !deliveryNouns.has(next.word) && !offerNouns.has(next.word) && lookup(commercialObjects, next.word) === undefined && lookup(activities, next.word) === undefined &&
    (pluralSubject(tokens) || tokens.some((token) => !token.quoted && (token.word === 'their' || token.word === 'its' || (token.possessive && !sellerPronouns.has(token.word)))))) {
    return true
  }
  return false
}

/** What we deliver with a product: "Relay rollout", "Gauge licences", "Beacon go-live". */
const deliveryNouns = new Set(['rollout', 'roll-out', 'deployment', 'go-live', 'golive', 'launch', 'implementation', 'onboarding', 'install', 'installation', 'setup', 'set-up', 'upgrade', 'migration', 'pilot', 'trial', 'poc', 'demo', 'training', 'adoption', 'users', 'seats', 'subscription', 'pricing', 'price', 'quote', 'proposal', 'roadmap', 'features', 'feature', 'rollouts', 'integration', 'api', 'sensors', 'sensor', 'tags', 'alerts', 'dashboards', 'reports', 'analytics', 'ai', 'account', 'accounts', 'expansion', 'renewal', 'contract'])

export interface Analysis {
  cues: Cue[]
  /** Cues found but set aside (negated, quoted, the customer's own), for explaining decisions. */
  setAside: Cue[]
}

/** The seller-language cues of one sentence. */
export function analyzeSentence(sentence: Sentence, vocabulary: CompiledVocabulary): Analysis {
  const tokens = tokenize(sentence)
  const context: Context = {tokens, sentence, vocabulary, subjects: [], named: new Set()}
  const cues: Cue[] = []
  const aside: Cue[] = []
  if (tokens.length === 0) return {cues, setAside: aside}

  const normalized = tokens.map((token) => token.word).join(' ')
  if (vocabulary.allow.some((phrase) => normalized.includes(phrase) || sentence.text.toLowerCase().includes(phrase))) {
    return {cues, setAside: aside}
  }

  findNames(context)
  context.subjects = clauseSubjects(context)
  const subjectAt = (index: number): Subject => context.subjects[tokens[index]!.clause] ?? 'none'
  const add = (kind: CueKind, from: number, to: number, checkNegation = true) => {
    const cue = cueOf(context, kind, from, to)
    if (checkNegation && setAside(context, from)) aside.push(cue)
    else cues.push(cue)
  }

  // Seller and product names: ours even inside a customer's quote ("we'd buy ClaimFlow tomorrow").
  for (let index = 0; index < tokens.length; index++) {
    if (!context.named.has(index)) continue
    let end = index
    while (end + 1 < tokens.length && context.named.has(end + 1)) end++
    add('offering', index, end)
    index = end
  }

  for (const phrase of vocabulary.sellerPhrases) {
    for (let index = 0; index + phrase.length <= tokens.length; index++) {
      if (matchAt(tokens, index, phrase)) add('offering', index, index + phrase.length - 1)
    }
  }

  // Tags and Dataview keys that file the line under our sales process: `#pitch`, `next-step::`.
  fieldAndTagCues(sentence.text, cues)

  const hasYou = sentenceHasYou(tokens)
  const theirSelling = aboutTheirOwnSelling(context)

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const word = token.word
    const subject = subjectAt(index)

    // "our platform", "my number", "ours": what we own is what we sell, unless it is a person
    // of ours doing work for them ("our analyst maps their dwell times").
    if (!token.quoted && (word === 'our' || word === 'my')) {
      const {end, head} = phraseEnd(context, index)
      if (end === index) continue
      // "You'll have our whole success team on speed dial": our people as part of the offer.
      const offeredPeople = hasYou && personNouns.has(head) && tokens.slice(Math.max(0, index - 3), index).some((one) => one.word === 'have' || one.word === 'get' || one.word === 'gets')
      if ((isPerson(head) || neutralOwned.has(head) || sellerPersonAhead(context, index)) && !offeredPeople) continue
      add(activities.has(head) || ownGoals.has(head) ? 'goal' : 'offering', index, end)
      continue
    }
    if (!token.quoted && word === 'ours') {
      add('offering', index, index)
      continue
    }

    // "put us on the shortlist", "a budget line for us", "us vs their current MES".
    if (!token.quoted && word === 'us' && sellerUs(tokens, index)) {
      add('goal', Math.max(index - 1, 0), index)
      continue
    }

    // "we beat the incumbent", "we're the only …": praising ourselves.
    if (!token.quoted && (word === 'we' || word === "we're" || word === "we've")) {
      const claim = claimAfter(tokens, index)
      if (claim !== -1) {
        add('claim', index, claim)
        continue
      }
    }

    // Leading phrases of offers: "you'll love …", "at no extra cost", "unlimited".
    if (!token.quoted && (word === "you'll" || word === "you'd") && tokens[index + 1]?.word === 'love') {
      add('feature', index, index + 1)
      continue
    }
    // "Cheaper than Oracle and faster to deploy": a comparison with a competitor, told as value.
    if (!token.quoted && token.clauseStart && comparatives.has(word) && tokens[index + 1]?.word === 'than') {
      add('claim', index, Math.min(index + 2, tokens.length - 1))
      continue
    }
    // "You'll get real-time location on every tagged asset": what they get is a feature, not a
    // result in their terms ("You get your evenings back", "you get fewer late trucks").
    if (!token.quoted && (word === 'get' || word === 'gets' || word === 'receive' || word === 'have') && youGetFeature(tokens, index)) {
      let end = Math.min(index + 3, lastInClause(tokens, index))
      while (end > index && (functionWords.has(tokens[end]!.word) || determiners.has(tokens[end]!.word))) end--
      add('feature', index - 1, end)
      continue
    }
    if ((hasYou || subject === 'instruction' || (token.clauseStart && leadingOfferTerms.has(word))) && offerTerms.has(word) && !token.quoted && offerTermApplies(context, index)) {
      add('feature', index, index)
      continue
    }

    // Phrases: "order form", "reference call", "intro to", "exec dinner".
    let matched = false
    const firstWord = phrasesByFirstWord.has(word) ? word : lookup(phraseFirstWords, word)
    for (const phrase of firstWord === undefined ? [] : phrasesByFirstWord.get(firstWord)!) {
      if (!matchAt(tokens, index, phrase, true)) continue
      const actionPhrase = actionPhrases.has(phrase.join(' '))
      const before = tokens[index - 1]
      const ownedBefore = before !== undefined && before.clause === token.clause && (before.possessive || possessiveDeterminers.get(before.word) === 'customer') && !context.named.has(index - 1) && !(before.quoted && sellerPronouns.has(before.word))
      if (ownedBefore || ownedAfter(context, index + phrase.length - 1) || (actionPhrase && subject === 'customer')) {
        aside.push(cueOf(context, 'offering', index, index + phrase.length - 1))
        matched = true
        break
      }
      // "Intro to their CFO", "Ask for an intro to the CFO": an introduction we are told to get.
      if (phrase[0] === 'intro' || phrase[0] === 'introduction') {
        if (token.quoted || !(token.clauseStart || subject === 'instruction' || subject === 'seller')) continue
      }
      add(phraseKind(phrase), index, index + phrase.length - 1)
      matched = true
      index += phrase.length - 1
      break
    }
    if (matched) continue

    // "the premium plan", "the Enterprise edition", "the new mobile app": our offer by its name.
    if (!token.quoted && offerNouns.has(word) && index > 0 && !(tokens[index + 1] && personNouns.has(tokens[index + 1]!.word))) {
      const previous = tokens[index - 1]!
      const named = planNames.has(previous.word) && previous.clause === token.clause
      const fresh = (previous.word === 'new' || previous.word === 'latest') && (tokens[index - 2]?.word === 'the' || tokens[index - 2]?.word === 'our')
      const fresher = modifierRun(tokens, index) && (tokens[index - 2]?.word === 'new' || tokens[index - 2]?.word === 'latest') && (tokens[index - 3]?.word === 'the' || tokens[index - 3]?.word === 'our')
      const theirWork = subject === 'customer' && producedByThem(context, index)
      if ((named || fresh || fresher) && !theirWork && possessorOf(context, index) !== 'customer' && !ownedAfter(context, index)) {
        add('offering', named || fresh ? index - 1 : index - 2, index)
        continue
      }
    }

    const object = lookup(commercialObjects, word)
    if (object !== undefined && objectCue(context, index, object, subject)) {
      const owner = possessorOf(context, index)
      // "…, so the pilot must start in May": a trial of what we sell stays ours even there.
      if (owner === 'customer' || (theirSelling && owner !== 'seller' && !trialSteps.has(commercialObjects.get(object)!))) {
        aside.push(cueOf(context, 'offering', index, index))
        continue
      }
      add(goalObjects.has(commercialObjects.get(object)!) ? 'goal' : 'offering', nounPhraseStart(context, index), index)
      continue
    }

    const activity = lookup(activities, word)
    if (activity !== undefined && !(activity === 'present' && presentIsAdjective(tokens, index))) {
      const verdict = activityCue(context, index, activities.get(activity)!, subject)
      if (verdict === 'seller' && theirSelling && possessorOf(context, index) !== 'seller') {
        aside.push(cueOf(context, 'goal', index, index))
        continue
      }
      if (verdict === 'seller') {
        add(activityKind(activities.get(activity)!), nounPhraseStart(context, index), index)
        continue
      }
      if (verdict === 'customer') {
        aside.push(cueOf(context, 'goal', index, index))
        continue
      }
    }

    // Presenting and selling, told to us: "Walk them through the roadmap", "I'll present …".
    if (!token.quoted && (token.clauseStart || precededBySeller(tokens, index) || fillerStart(tokens, index))) {
      const verbEnd = presentingCue(context, index, subject)
      if (verbEnd !== -1) {
        // "Expand into their Scottish sites", "Lock in the price": moves of our deal, not presenting.
        add(dealVerbs.has(lookup(presentingVerbs, word) ?? '') ? 'goal' : 'presenting', index, verbEnd)
        continue
      }
    }

    // "Implementation methodology overview for the COO, 10 mins": a slot in our presentation.
    if (presentingNouns.has(word) && (word !== 'dive' || tokens[index - 1]?.word === 'deep') && !token.quoted && subject !== 'customer') {
      const next = tokens[index + 1]
      const fragment = !next || next.clause !== token.clause || next.word === 'for' || next.word === 'to' || next.word === 'with'
      if (fragment && possessorOf(context, index) !== 'customer') {
        add('presenting', nounPhraseStart(context, index), index)
        continue
      }
    }
    // "do it live in front of pharmacy", "get Ledgerlight in front of the controller".
    if (!token.quoted && word === 'front' && tokens[index - 1]?.word === 'in' && tokens[index + 1]?.word === 'of' && (subject === 'instruction' || subject === 'seller')) {
      add('presenting', index - 1, index + 1)
      continue
    }

    // "… gets shown", "should be presented", "cannot be skipped again".
    const participle = presentedParticiples.get(word)
    if (participle !== undefined && index > 0 && beForms.has(tokens[index - 1]!.word) && subject !== 'customer') {
      add('presenting', index - 1, index, participle !== 'skipped' && participle !== 'forgotten')
      continue
    }

    // "Don't skip the predictive maintenance slide", "shouldn't skip the fraud dashboard again".
    if (!token.quoted && negators.has(word) && (tokens[index + 1]?.word === 'skip' || tokens[index + 1]?.word === 'forget' || tokens[index + 1]?.word === 'miss') && subject !== 'customer') {
      add('presenting', index, index + 1, false)
      continue
    }

    // "the site visit booked", "a follow-up with the CFO is scheduled": booking our next meeting.
    // "The three-year term is locked in at this year's rate": a commitment to our deal, in the passive.
    if (word === 'locked' && tokens[index + 1]?.word === 'in' && !token.quoted && lockedTerm(context, index)) {
      add('goal', index, index + 1)
      continue
    }
    // In the passive the meeting itself is the subject ("The site visit is booked for March"): still our next step,
    // unless the meeting is theirs ("Their visit to the supplier is booked").
    if ((word === 'booked' || word === 'scheduled' || word === 'arranged' || word === 'confirmed' || word === 'locked') && !token.quoted && (subject !== 'customer' || passiveMeeting(context, index)) && meetingInClause(tokens, index)) {
      add('goal', index, index)
      continue
    }

    // "Get them to agree to …", "get on the October agenda", "make sure they realise …".
    if (!token.quoted && (word === 'get' || word === 'getting') && (subject === 'instruction' || subject === 'seller')) {
      const end = getCue(tokens, index)
      if (end !== -1) {
        add('goal', index, end)
        continue
      }
    }
    if (!token.quoted && word === 'make' && tokens[index + 1]?.word === 'sure' && (subject === 'instruction' || subject === 'seller')) {
      const who = tokens[index + 2]?.word
      // "Make sure their CTO hears the payback number from us": their person, by title.
      const titled = (who === 'their' || who === 'the') && executiveTitles.has(tokens[index + 3]?.word ?? '')
      const verbAt = titled ? index + 4 : index + 3
      const verb = tokens[verbAt]?.word
      // "…knows their own numbers": their own things, seen again, are not our pitch.
      const theirOwn = nearby(tokens, verbAt + 1, verbAt + 3, (other) => other.clause === token.clause && customerPossessives.has(other.word))
      if ((who === 'they' || who === 'them' || titled) && verb && realiseVerbs.has(verb) && !theirOwn) {
        add('presenting', index, verbAt)
        continue
      }
      // "Make sure the FD is on the next call": access to their executive, as with "get".
      const access = executiveAccess(tokens, index + 1)
      if (access !== -1) {
        add('goal', index, access)
        continue
      }
    }
    // "Must not leave without the name of the officer…": leaving without something is a step we protect.
    if (!token.quoted && word === 'leave' && subject !== 'customer' && negators.has(tokens[index - 1]?.word ?? '') && nearby(tokens, index + 1, index + 3, (other) => other.word === 'without')) {
      add('goal', index - 1, index + 1 < tokens.length && tokens[index + 1]!.word === 'without' ? index + 1 : index, false)
      continue
    }
    // "Don't let the call end without a date", "never let the meeting finish without …": the same step, protected.
    if (!token.quoted && (word === 'end' || word === 'finish' || word === 'close') && tokens[index + 1]?.word === 'without' && letNegated(tokens, index)) {
      add('goal', index, index + 1, false)
      continue
    }
    // "Don't let them off the call without a date": a negated "let" that opens the instruction, then a step we protect.
    if (!token.quoted && word === 'without' && letOpens(tokens, index) && !cues.some((cue) => cue.start <= token.start && cue.end >= token.end)) {
      const step = protectedStep(tokens, index)
      if (step !== -1) {
        add('goal', index, step, false)
        continue
      }
    }
    // "Secure a second meeting with the IT director", "land an intro to the COO": a step of our sale.
    if (!token.quoted && obtainVerbs.has(word) && (subject === 'instruction' || subject === 'seller') && (token.clauseStart || precededBySeller(tokens, index) || fillerStart(tokens, index))) {
      const step = salesStepAfter(tokens, index)
      if (step !== -1) {
        add('goal', index, step)
        continue
      }
    }
    // "Leave with a second meeting in the diary": what we leave with is a step of our sale.
    if (!token.quoted && word === 'leave' && subject === 'instruction' && (token.clauseStart || fillerStart(tokens, index)) && tokens[index + 1]?.word === 'with') {
      let step = salesStepAfter(tokens, index + 1)
      // "a follow-up meeting": the whole step, not its first word.
      while (step !== -1 && salesSteps.has(tokens[step + 1]?.word ?? '') && tokens[step + 1]!.clause === token.clause) step++
      if (step !== -1) {
        add('goal', index, step)
        continue
      }
    }
    // "We need a decision by the end of the month": what we need from them is a step of our sale.
    if (!token.quoted && (word === 'need' || word === 'needs' || word === 'want') && subject === 'seller' && precededBySeller(tokens, index)) {
      let at = index + 1
      while (at < tokens.length && at <= index + 2 && determiners.has(tokens[at]!.word)) at++
      const wanted = tokens[at]
      if (wanted && wanted.clause === token.clause && wantedSteps.has(wanted.word)) {
        add('goal', index - 1, at)
        continue
      }
      // "I need their CISO in the room": access to their executive, as with "get".
      const access = executiveAccess(tokens, index)
      if (access !== -1) {
        add('goal', index - 1, access)
        continue
      }
    }
    // "Used by over 300 hospitals", "trusted by most of the top ten": our customers as proof.
    if (!token.quoted && token.clauseStart && proofVerbs.has(word) && tokens[index + 1]?.word === 'by') {
      const count = tokens[index + 2]
      if (count && (/^\d/.test(count.word) || quantityWords.has(count.word))) {
        const number = tokens[index + 3]
        add('claim', index, number && number.clause === token.clause && /^\d/.test(number.word) ? index + 3 : index + 2)
        continue
      }
    }
    // "get their CIO on the call", "get the CFO in the room": access to their executive.
    if (!token.quoted && (word === 'get' || word === 'getting') && subject !== 'customer' && !(tokens[index - 1] && youForms.has(tokens[index - 1]!.word))) {
      const end = executiveAccess(tokens, index)
      if (end !== -1) {
        add('goal', index, end)
        continue
      }
    }
    // "I hit accelerators", "the territory number holds", "in commit for Q3": our own pay and forecast.
    if (!token.quoted && (sellerPay.has(word) || (word === 'commit' && tokens[index - 1]?.word === 'in')) && (subject === 'seller' || possessorOf(context, index) === 'seller' || nearby(tokens, index - 3, index + 3, (other) => !other.quoted && (other.word === 'i' || other.word === "i'm" || other.word === 'my')))) {
      add('goal', tokens[index - 1]?.word === 'territory' || tokens[index - 1]?.word === 'in' ? index - 1 : index, index)
      continue
    }
    // "…so the paperwork doesn't slip into January": our deal's date, in a sentence that tells us what to do.
    // Protected ("doesn't slip") or in a sentence that tells us what to do: wanted by us, not a fact of theirs.
    // "Don't give them the price until the managing partner is on the call": we wait for their executive.
    if (!token.quoted && word === 'until' && negatedInstruction(tokens, index)) {
      const end = executiveAccess(tokens, index)
      if (end !== -1) {
        add('goal', index, end, false)
        continue
      }
    }
    if (!token.quoted && slipVerbs.has(word) && (negators.has(tokens[index - 1]?.word ?? '') || context.subjects.some((one) => one === 'instruction' || one === 'seller'))) {
      const deal = dealBeforeSlip(context, index)
      if (deal !== -1) {
        add('goal', deal, index, false)
        continue
      }
    }
    // "Use their board demo as the hook", "the perfect excuse to …": their situation as our lever.
    if (!token.quoted && (word === 'hook' || word === 'lever' || word === 'excuse' || word === 'opening' || word === 'angle') && leverCue(tokens, index)) {
      add('goal', index - 1, index)
      continue
    }
  }

  // 'Their director said "we'll … write the spec around you if the pilot works"': in their
  // quote, "you" is us, so a deal step in the same quote is our deal in their mouth (R6 b).
  if (cues.length === 0) quotedDealStep(context, add)
  // 'Open with "Timetables that fix themselves"', 'Drop in "Every shift, filled" from the
  // website': an instruction to say a line nobody on their side said is our tagline. Only when
  // nothing else in the sentence is ours already ("Use our tagline …" says it with `our tagline`).
  for (let index = 0; index < tokens.length && cues.length === 0; index++) {
    const token = tokens[index]!
    if (!token.quoted && token.clauseStart && lineVerbs.has(token.word) && subjectAt(index) === 'instruction' && taglineAfter(context, index)) {
      const particle = tokens[index + 1] && !tokens[index + 1]!.quoted && ['with', 'in', 'on', 'into'].includes(tokens[index + 1]!.word)
      add('presenting', index, index + (particle ? 1 : 0), false)
    }
  }

  if (sentence.isQuestion) {
    const leading = detectLeadingQuestion(sentence.text, vocabulary.names)
    if (leading.leading && leading.cue) {
      const cue = leading.cue.split(' … ')[0]!.replace(/^, /, '').replace(/\?$/, '')
      const at = sentence.text.toLowerCase().replace(/[\u2018\u2019]/g, "'").indexOf(cue)
      cues.push(at === -1 || cue.length === 0 ? {kind: 'leading', text: sentence.text, start: 0, end: sentence.text.length} : {kind: 'leading', text: sentence.text.slice(at, at + cue.length), start: at, end: at + cue.length})
    }
  }

  return {cues: dedupe(cues), setAside: aside}
}

const slipVerbs = new Set(['slip', 'slips', 'slipping', 'slipped'])
/** The one deal of a call plan, by its paperwork: "the paperwork", "the PO", "this order". */
// Not "order": their own customers' orders slip all the time.
const slippingDeals = new Set(['paperwork', 'contract', 'po', 'signature', 'deal', 'renewal', 'sow', 'msa'])

/**
 * "the paperwork doesn't slip into January", "the PO slips past Friday": a singular deal word with
 * "the"/"this", no owner of theirs, as the subject of "slip" with a date or "into/past" after it.
 * Returns where the deal word is, or -1.
 */
function dealBeforeSlip(context: Context, index: number): number {
  const {tokens} = context
  const after = tokens[index + 1]
  if (!after || after.clause !== tokens[index]!.clause || !['into', 'past', 'to', 'beyond', 'until', 'a', 'another'].includes(after.word)) return -1
  for (let at = index - 1; at >= 1 && index - at <= 3 && tokens[at]!.clause === tokens[index]!.clause; at--) {
    if (!slippingDeals.has(tokens[at]!.word)) continue
    const before = tokens[at - 1]!
    if (before.clause !== tokens[at]!.clause || (before.word !== 'the' && before.word !== 'this') || possessorOf(context, at) === 'customer') return -1
    return at
  }
  return -1
}

/** Trying what we sell before buying it. */
const trialSteps = new Set(['pilot', 'trial', 'proof of concept', 'proof of value', 'rollout'])

/** What a company sells with: "their own sales team", "Okafor & Lind's own pitch", "their own products". */
const sellingNouns = new Set(['sales', 'customers', 'clients', 'product', 'products', 'range', 'brand', 'launch', 'marketing', 'offer', 'offering', 'services'])

/**
 * "Their own sales team just won a retail contract", "Okafor & Lind's own pitch … a clean pricing
 * story": a sentence that says it is about the customer's own selling, with nothing of ours in it
 * (no we/our/us, no name of ours, no instruction to us), uses every sales word for their business.
 */
function aboutTheirOwnSelling(context: Context): boolean {
  const {tokens} = context
  let theirs = false
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.word !== 'own' || token.quoted) continue
    const owner = tokens[index - 1]!
    if (!customerPossessives.has(owner.word) && !(owner.possessive && !context.named.has(index - 1) && !sellerPronouns.has(owner.word))) continue
    for (let at = index + 1; at < tokens.length && at <= index + 2 && tokens[at]!.clause === token.clause; at++) {
      const word = tokens[at]!.word
      if (sellingNouns.has(word) || lookup(commercialObjects, word) !== undefined || lookup(activities, word) !== undefined) theirs = true
    }
  }
  return theirs && nothingOfOurs(context)
}

/** Phrases about our deal rather than our offer: "next step", "land the account", "payment terms". */
const goalPhraseStarts = new Set(['next', 'close', 'exec', 'executive', 'through', 'best', 'land', 'grow', 'win', 'expand', 'account', 'payment', 'intro', 'introduction', 'accelerate', 'speed', 'pull', 'bring'])

function phraseKind(phrase: readonly string[]): CueKind {
  return goalPhraseStarts.has(phrase[0]!) ? 'goal' : 'offering'
}

/** Phrases by their first word, so each word of a sentence looks only at the phrases it can start. */
const phrasesByFirstWord = new Map<string, string[][]>()
for (const phrase of commercialPhrases) {
  const list = phrasesByFirstWord.get(phrase[0]!) ?? []
  list.push([...phrase])
  phrasesByFirstWord.set(phrase[0]!, list)
}
// "approved-supplier list", "order-form": a phrase written with hyphens is the same phrase.
for (const phrase of commercialPhrases) {
  if (phrase.length < 2 || phrase.some((word) => word.includes('-'))) continue
  const joined = phrase.join('-')
  const list = phrasesByFirstWord.get(joined) ?? []
  list.push([joined])
  phrasesByFirstWord.set(joined, list)
}
const phraseFirstWords = new Set(phrasesByFirstWord.keys())

const planNames = new Set(['premium', 'enterprise', 'pro', 'starter', 'standard', 'basic', 'professional', 'business', 'plus', 'growth', 'platinum', 'gold', 'silver', 'ultimate', 'advanced', 'essentials'])
const offerNouns = new Set(['plan', 'edition', 'package', 'tier', 'licence', 'license', 'bundle', 'app', 'platform', 'dashboard', 'tool', 'feature', 'release', 'version', 'module', 'integration', 'suite', 'portal', 'connector', 'engine', 'assistant', 'add-on'])

/** "the new mobile app": one word between "new" and the noun. */
function modifierRun(tokens: Token[], index: number): boolean {
  const between = tokens[index - 1]
  return between !== undefined && between.clause === tokens[index]!.clause && /^[a-z][a-z-]*$/.test(between.word) && !determiners.has(between.word)
}

function dedupe(cues: Cue[]): Cue[] {
  const kept: Cue[] = []
  let reach = -1
  // Sorted by start, longest first: a cue inside an earlier one says nothing new ("our" inside "our new platform").
  for (const cue of cues.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (cue.end <= reach) continue
    kept.push(cue)
    reach = Math.max(reach, cue.end)
  }
  return kept
}

function activityKind(activity: string): CueKind {
  return activity === 'demo' || activity === 'pitch' || activity === 'present' || activity === 'showcase' ? 'presenting' : 'goal'
}

function fieldAndTagCues(text: string, cues: Cue[]): void {
  const fieldEnd = text.indexOf('::')
  if (fieldEnd > 0 && fieldEnd < 40) {
    const key = text.slice(0, fieldEnd).trim().toLowerCase()
    if (sellerTags.has(key)) cues.push({kind: 'goal', text: text.slice(0, fieldEnd + 2), start: 0, end: fieldEnd + 2})
  }
  let at = text.indexOf('#')
  while (at !== -1) {
    const before = at === 0 ? ' ' : text[at - 1]!
    let end = at + 1
    while (end < text.length && /[\p{L}\p{N}_/-]/u.test(text[end]!)) end++
    if (/\s|\(|\[/.test(before) && end > at + 1) {
      const tag = text.slice(at + 1, end).toLowerCase()
      if (tag.split(/[/-]/).some((part) => sellerTags.has(part) && part !== 'next' && part !== 'story')) {
        cues.push({kind: 'goal', text: text.slice(at, end), start: at, end})
      }
    }
    at = text.indexOf('#', end)
  }
}

const comparatives = new Set(['cheaper', 'faster', 'easier', 'better', 'simpler', 'safer', 'quicker', 'stronger', 'smarter', 'more'])
/** Offer terms that open a fragment: "Free onboarding for the first 90 days". */
const leadingOfferTerms = new Set(['free', 'unlimited', 'complimentary', 'included', 'seamless', 'dedicated'])

/** Phrases that are something somebody does: theirs when the customer does it. */
const actionPhrases = new Set(['create urgency', 'ask for the business', 'ask for the order', 'win them over', 'land and expand', 'multi-thread', 'multi-threading', 'trial close'])

const sourcingVerbs = new Set(['sole-source', 'partner', 'go', 'goes', 'going', 'went', 'gone', 'sign', 'standardise', 'standardize', 'stay', 'switch', 'consolidate', 'contract', 'renew', 'expand', 'commit'])
const choosingVerbs = new Set(['approve', 'approves', 'approved', 'including', 'onboard', 'onboards', 'hire', 'hires', 'invite', 'invites', 'invited', 'award', 'awards', 'awarded', 'include', 'includes', 'add', 'adds', 'pay', 'pays', 'paying', 'put', 'putting', 'puts', 'choose', 'chose', 'choosing', 'chooses', 'pick', 'picks', 'picking', 'back', 'backs', 'sponsor', 'sponsors', 'select', 'selects', 'shortlist', 'shortlists', 'buy', 'buying', 'for', 'see', 'trust', 'trusts', 'recommend', 'recommends', 'champion', 'champions', 'prefer', 'prefers', 'favour', 'favours',
  // Putting us forward inside their organisation: "nominates us", "introduces us to the CEO".
  'nominate', 'nominates', 'nominated', 'introduce', 'introduces', 'introduced', 'refer', 'refers', 'referred', 'endorse', 'endorses', 'endorsed', 'specify', 'specifies', 'specified',
  // Speaking for us to their peers: "They mention us to the other heads" is a reference we want.
  'mention', 'mentions', 'mentioned'])

const movingVerbs = new Set(['move', 'moves', 'moved', 'moving', 'switch', 'switches', 'switched', 'switching', 'reallocated', 'allocated', 'awarded', 'given', 'migrate', 'migrates', 'migrated', 'migrating', 'assigned', 'transferred', 'transfer', 'transfers', 'go', 'goes', 'shift', 'shifts', 'port', 'ports', 'consolidate', 'consolidates', 'standardise', 'standardises', 'standardize', 'standardizes', 'bring', 'brings', 'put', 'puts'])

function sellerUs(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.word ?? ''
  const next = tokens[index + 1]?.word ?? ''
  if (next === 'vs' || next === 'versus' || next === 'over') return true
  if (next === 'present' || next === 'demo' || next === 'pitch') return true
  if (next === 'in' && tokens[index + 2]?.word === 'front') return true
  if (choosingVerbs.has(previous)) return true
  // "Get the MD to intro us to their group CFO": an introduction of us.
  if ((previous === 'intro' || previous === 'intros') && next === 'to') return true
  if (previous === 'on' && (tokens[index - 2]?.word === 'run' || tokens[index - 2]?.word === 'runs')) return true
  if ((previous === 'with' || previous === 'to') && sourcingVerbs.has(tokens[index - 2]?.word ?? '')) return true
  if (previous === 'to' && movingVerbs.has(tokens[index - 2]?.word ?? '')) return true
  // "moves the whole northern fleet onto us", "switch all 40 sites over to us".
  if (previous === 'onto' || previous === 'to' || previous === 'across') {
    for (let back = index - 2; back >= 0 && index - back <= 8 && tokens[back]!.clause === tokens[index]!.clause; back--) {
      if (movingVerbs.has(tokens[back]!.word)) return true
    }
  }
  return false
}

const claimWords = new Set([
  'beat', 'beats', 'win', 'wins', 'won', 'outperform', 'outperforms', 'only', 'favourite', 'favorite', 'leader', 'best',
  'stronger', 'easier', 'faster', 'cheaper', 'better', 'bigger', 'certified', 'compliant', 'shortlisted', 'against', 'unique',
  'safer', 'safest', 'smarter', 'cheapest', 'fastest', 'biggest', 'largest', 'leading', 'choice', 'fit', 'proven', 'accredited', 'award-winning'
])

function claimAfter(tokens: Token[], index: number): number {
  // Four words: "we are ISO 27001 certified" puts a standard's name between "are" and the claim.
  for (let look = index + 1; look < tokens.length && look <= index + 4; look++) {
    const token = tokens[look]!
    if (token.clause !== tokens[index]!.clause) break
    if (claimWords.has(token.word) || token.word.endsWith('-compliant') || token.word.endsWith('-certified')) return look
    // "we had 40 sites live in a month", "we have 40 NHS trusts live already": customers as credentials.
    if (token.word === 'had' || token.word === 'got' || token.word === 'have') {
      for (let live = look + 1; live < tokens.length && live <= look + 4; live++) if (tokens[live]!.word === 'live') return live
    }
    // "We've helped 20 councils cut …", "we have worked with 40 trusts": a track record is a credential.
    if ((token.word === 'helped' || token.word === 'supported' || token.word === 'served') && /^\d/.test(tokens[look + 1]?.word ?? '')) return look + 1
    if (token.word === 'worked' && tokens[look + 1]?.word === 'with' && /^\d/.test(tokens[look + 2]?.word ?? '')) return look + 2
    // "We help …", "we and their planner …": not a claim.
    if (token.word === 'and' || token.word === 'help' || token.word === 'will') break
  }
  return -1
}

const subjectsAndModals = new Set(['you', "you'd", "you'll", 'they', "they'd", "they'll", 'can', 'could', 'will', 'would', 'should', 'might', 'must'])

function offerTermApplies(context: Context, index: number): boolean {
  const {tokens} = context
  const word = tokens[index]!.word
  const next = tokens[index + 1]?.word ?? ''
  if (possessorOf(context, index) === 'customer') return false
  // "You'd release batches the same day": after a subject or a modal, the word is a verb.
  if (subjectsAndModals.has(tokens[index - 1]?.word ?? '') && tokens[index - 1]!.clause === tokens[index]!.clause) return false
  if (word === 'free' && (next === 'up' || next === 'of' || next === 'from' || next === 'to' || next === 'time')) return false
  if (word === 'feature' || word === 'features') return tokens[index - 1]?.word === 'new'
  if (word === 'included' || word === 'includes') return true
  return true
}

/** Whether a commercial object at `index` is seller language in this sentence. */
/** Verbs of making or working on something: what a customer does to these is their own. */
const productionVerbs = new Set([
  'write', 'writes', 'wrote', 'writing', 'rewrite', 'rewrites', 'rewriting', 'draft', 'drafts', 'drafting', 'prepare', 'prepares', 'preparing',
  'submit', 'submits', 'submitting', 'spend', 'spends', 'spending', 'win', 'wins', 'winning', 'lose', 'loses', 'losing', 'lost', 'bid', 'bids', 'bidding',
  'scope', 'scopes', 'scoping', 'professionalise', 'professionalize', 'improve', 'improves', 'fix', 'fixes', 'rework', 'reworks', 'redo', 'redoes',
  'build', 'builds', 'building', 'automate', 'automates', 'standardise', 'standardize', 'produce', 'produces', 'publish', 'publishes', 'respond', 'responds',
  // Their own selling: "their team pitches for three new contracts", "their marketing team demos the new app".
  'pitch', 'pitches', 'pitching', 'tender', 'tenders', 'tendering', 'compete', 'competes', 'competing', 'demos', 'launch', 'launches', 'launching', 'release', 'releases',
  // Their own announcing: "the head of sales presents the new pricing to their distributors".
  'presents', 'presenting', 'announce', 'announces', 'announcing'
])

/** The commitment before "locked in", when nobody else owns it ("their contract is locked in" is theirs). */
function lockedTerm(context: Context, index: number): boolean {
  const {tokens} = context
  for (let back = index - 1; back >= 0 && index - back <= window && tokens[back]!.clause === tokens[index]!.clause; back--) {
    if (commitmentTerms.has(tokens[back]!.word)) return possessorOf(context, back) !== 'customer'
  }
  return false
}

const intentionVerbs = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'plan', 'plans', 'planning', 'try', 'trying', 'tries', 'aim', 'aims', 'hope', 'hopes', 'have', 'has', 'going', 'used', 'able', 'expected', 'about', 'intend', 'intends', 'decided', 'struggle', 'struggling', 'struggles'])

function producedByThem(context: Context, index: number): boolean {
  const {tokens} = context
  for (let back = index - 1; back >= 0 && index - back <= 6 && tokens[back]!.clause === tokens[index]!.clause; back--) {
    const word = tokens[back]!.word
    // "the scope of the pilot", "a build of the app": after a determiner or before "of", the word is a noun.
    if (productionVerbs.has(word) && (determiners.has(tokens[back - 1]?.word ?? '') || tokens[back + 1]?.word === 'of')) return false
    if (productionVerbs.has(word)) {
      // "the perfect moment to pitch the licence": after a noun, the infinitive is our move;
      // after "want to", "need to", it is still theirs.
      const before = tokens[back - 1]
      return !(before && before.word === 'to' && !intentionVerbs.has(tokens[back - 2]?.word ?? ''))
    }
    if (sellerPronouns.has(word) || context.named.has(back)) return false
  }
  return false
}

const processQuestions = new Set(['why', 'where', 'how', 'when', 'whether'])

/**
 * A commercial word with no article and no owner ("between tiers", "between signature and first
 * login") inside a how/why/where/when clause whose own subject is not us: the clause describes how
 * their process runs, and the word is a step of it. "when the pilot starts", "how our pricing works"
 * keep their article or owner and stay ours.
 */
function bareInTheirProcess(context: Context, index: number): boolean {
  const {tokens} = context
  const previous = tokens[index - 1]
  if (!previous || previous.clause !== tokens[index]!.clause || tokens[index]!.quoted) return false
  if (determiners.has(previous.word) || previous.possessive || possessiveDeterminers.has(previous.word) || modifiers.has(previous.word) || /\d/.test(previous.word) || previous.word.includes('-')) return false
  for (let back = index - 1; back >= 0 && index - back <= window && tokens[back]!.clause === tokens[index]!.clause; back--) {
    const token = tokens[back]!
    if (context.named.has(back) || (!token.quoted && sellerPronouns.has(token.word))) return false
    if (processQuestions.has(token.word) && !token.quoted) {
      const next = tokens[back + 1]
      // "how to price it" is our question to answer; "why tickets bounce" has a subject of its own.
      return next !== undefined && next.word !== 'to' && back + 1 < index
    }
  }
  return false
}

/** How a supplier is held to a contract: "contract floor", "SLA breaches". */
const performanceMeasures = new Set(['floor', 'floors', 'minimum', 'minimums', 'target', 'targets', 'kpi', 'kpis', 'penalty', 'penalties', 'breach', 'breaches', 'miss', 'misses', 'threshold', 'thresholds', 'compliance', 'performance'])

/** The people a customer sells to or serves. */
const marketPeople = new Set(['user', 'users', 'customer', 'customers', 'member', 'members', 'client', 'clients', 'subscriber', 'subscribers', 'patient', 'patients', 'student', 'students', 'shopper', 'shoppers', 'buyer', 'buyers', 'tenant', 'tenants', 'policyholder', 'policyholders'])

/**
 * Whether the deal word at `index`, before a noun of their market, is a stage of their customers
 * ("a trial user", "renewal customers"): not counted ("20 pilot users" are seats), not ours, and
 * either nothing of ours in the sentence or, in an instruction to us, inside a how/why/where clause
 * that describes their process ("map how a trial user becomes a paying one").
 */
function marketStage(context: Context, index: number, subject: Subject): boolean {
  const {tokens} = context
  const previous = tokens[index - 1]
  if (previous && previous.clause === tokens[index]!.clause && (/\d/.test(previous.word) || ['more', 'extra', 'additional', 'our', 'my'].includes(previous.word))) return false
  if (possessorOf(context, index) === 'seller') return false
  if (subject !== 'instruction' && subject !== 'seller') return nothingOfOurs(context)
  for (let back = index - 1; back >= 0 && index - back <= window && tokens[back]!.clause === tokens[index]!.clause; back--) {
    const token = tokens[back]!
    if (context.named.has(back) || (!token.quoted && sellerPronouns.has(token.word))) return false
    if (processQuestions.has(token.word) && !token.quoted) return tokens[back + 1]?.word !== 'to'
  }
  return false
}

/** The clause of `index` opens with them: "Their churn …", "They …", "Acme's churn …". */
function theyOpen(context: Context, index: number): boolean {
  const {tokens} = context
  let start = index
  while (start > 0 && tokens[start - 1]!.clause === tokens[index]!.clause) start--
  const first = tokens[start]!
  return !first.quoted && (customerPossessives.has(first.word) || first.word === 'they' || (first.possessive && !context.named.has(start)))
}

/**
 * "their mosaic of season-ticket discounts", "their list of renewals": the word's noun phrase comes
 * after "of" and a noun that their/its owns, and nothing in the sentence is ours.
 */
function partOfTheirs(context: Context, index: number): boolean {
  const {tokens} = context
  const start = nounPhraseStart(context, index)
  if (tokens[start - 1]?.word !== 'of' || tokens[start - 1]!.clause !== tokens[index]!.clause) return false
  const owned = (at: number) => at >= 0 && tokens[at]!.clause === tokens[index]!.clause && (customerPossessives.has(tokens[at]!.word) || tokens[at]!.possessive) && !context.named.has(at)
  return (owned(start - 3) || owned(start - 4)) && nothingOfOurs(context)
}

/** Deal words in the plural: the customer's own trade when they are the subject. */
const businessVolume = new Set(['contracts', 'orders', 'renewals', 'proposals', 'quotes', 'tenders', 'bids', 'deals', 'quotations'])

function objectCue(context: Context, index: number, object: string, subject: Subject): boolean {
  const {tokens} = context
  const token = tokens[index]!
  const canonical = commercialObjects.get(object)!
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  const inQuote = token.quoted
  // "Our solutions engineer", "our implementation lead": a person of ours, not a product.
  if (next && next.clause === token.clause && personNouns.has(next.word) && !compoundModifiers.has(next.word)) return false
  if (ownedAfter(context, index)) return false
  // "contract floor is 95%", "SLA breaches 18% last qtr": a contract measured on how THEY perform is one
  // with their own customers, when nothing in the sentence is ours.
  if ((canonical === 'contract' || canonical === 'SLA') && next && next.clause === token.clause && performanceMeasures.has(next.word) && subject !== 'instruction' && subject !== 'seller' && nothingOfOurs(context)) return false
  // "how a trial user becomes a paying one", "Renewal customers churn in year two": before a noun of
  // their market, the deal word says which of THEIR customers or users, not a deal of ours.
  // (Not "pilot": the pilot of a call plan is ours, whoever its users are.)
  if (canonical !== 'pilot' && next && next.clause === token.clause && !next.quoted && marketPeople.has(next.word) && marketStage(context, index, subject)) return false
  // "find why tickets bounce between tiers", "trace where the days between signature and go-live go":
  // a bare word inside a how/why/where clause about their things describes their process.
  if (bareInTheirProcess(context, index)) return false
  // "Their partners rewrite every proposal", "want to professionalise pricing": the customer
  // working on their own commercial paperwork, not receiving ours.
  if ((subject === 'customer' || subject === 'none') && !inQuote && producedByThem(context, index)) return false
  // "Their mosaic of season-ticket discounts": many of them, inside an of-phrase after a thing of theirs.
  if (token.word.endsWith('s') && !inQuote && partOfTheirs(context, index)) return false
  // "Their legal team reviews 300 supplier contracts a year": many deals are their business, not our one deal.
  if (subject === 'customer' && !inQuote && businessVolume.has(token.word)) return false
  // "how they budget for capex": right after its subject, the word is a verb.
  if (previous && previous.clause === token.clause && (previous.word === 'they' || previous.word === 'you' || (previous.word === 'we' && previous.quoted))) return false
  // "The trial of four-day weeks": their own experiment, unless it is a trial of what we sell.
  if ((canonical === 'trial' || canonical === 'pilot') && next?.word === 'of' && !sellerSignalAfter(context, index + 1, 5)) return false
  // "A pilot scheme for weekend discharges runs until June": their own scheme, unless we are told to run it.
  if ((canonical === 'trial' || canonical === 'pilot') && next && ownSchemes.has(next.word) && subject !== 'instruction' && subject !== 'seller' && !sellerSignalAfter(context, index + 1, 6)) return false
  // Somebody else's words, without a seller name or an instruction to us: their own paperwork.
  if (inQuote && subject !== 'instruction') return false
  // "which units pilot the new policy", "shortlist the 20 accounts": a verb, their own work.
  if ((canonical === 'pilot' || canonical === 'shortlist' || canonical === 'trial') && next && (determiners.has(next.word) || customerPronouns.has(next.word)) && !(previous && (determiners.has(previous.word) || modifiers.has(previous.word) || /\d/.test(previous.word) || previous.word.endsWith('-day') || previous.word.endsWith('-site')))) {
    return false
  }
  // "Pricing pressure from their biggest retailer", "price war": market forces on them, not our price;
  // "pricing approvals take days", "discount policy": their own process, in a sentence about them.
  if ((canonical === 'pricing' || canonical === 'price' || canonical === 'discount') && next && next.clause === token.clause &&
    (marketForces.has(next.word) || (ownProcesses.has(next.word) && possessorOf(context, index) !== 'seller' && !nearby(tokens, index - window, index + window, (other) => !other.quoted && sellerPronouns.has(other.word))))) return false
  // "the pricing model isn't done", "Licence renewals are processed on paper", "a clean fixed-fee pricing
  // story": the word names a part of how they run their own business, when nothing in the sentence is ours.
  if ((canonical === 'pricing' || canonical === 'price' || canonical === 'discount' || canonical === 'licence' || canonical === 'tier') && next && next.clause === token.clause &&
    !next.quoted && (ownProcesses.has(next.word) || ownArtefacts.has(next.word)) && subject !== 'instruction' && subject !== 'seller' && nothingOfOurs(context)) return false
  // "Their deal desk approves every discount over 10%": each of many is their business, not our one deal.
  if (subject === 'customer' && !inQuote && previous && previous.clause === token.clause && quantifiers.has(previous.word) && !(next && sellerPronouns.has(next.word))) return false
  if (weakObjects.has(object) || weakObjects.has(canonical) || canonical === 'contract' || canonical === 'renewal') {
    const owner = possessorOf(context, index)
    if (canonical === 'contract') {
      if (next && (next.word === 'value' || next.word === 'values' || next.word === 'staff' || next.word === 'labour' || next.word === 'labor' || next.word === 'workers' || next.word === 'basis')) return false
      // "contract work", "contract manufacturing": a way of working in their industry, not our paperwork.
      if (next && next.clause === token.clause && contractModes.has(next.word)) return false
      // "contract customers", "contract drivers": the word describes people, not our paperwork.
      if (next && next.clause === token.clause && (customerPeople.has(next.word) || personNouns.has(next.word) || peopleNouns.has(next.word))) return false
      // "bring the repairs contract back in-house": their decision about their own supplier.
      if (nearby(tokens, index + 1, index + 4, (other) => other.clause === token.clause && other.word === 'in-house')) return false
      // "the harbour contract", "a retail contract": a contract named by what it covers, not by what we sell, is theirs.
      if (otherAgreementBefore(context, index)) return false
      // "The service contract with their current vendor ends in May": somebody else is the other party.
      if (next && next.word === 'with' && next.clause === token.clause && index + 2 < tokens.length && (['their', 'a', 'an', 'another'].includes(tokens[index + 2]!.word) || isOtherName(context, index + 2)) && nothingOfOurs(context)) return false
      return owner !== 'customer'
    }
    if (canonical === 'renewal') {
      if (owner === 'customer') return false
      // "the reinsurance renewal", "treaty renewal on 1 January": the renewal of something of theirs.
      if (otherAgreementBefore(context, index)) return false
      // "renewal risk", "renewal rate": a compound about their own customers' renewals, unless we or a
      // name of ours are in the sentence ("renewal risk on our side").
      if (next && next.clause === token.clause && /^[a-z]/.test(next.word) && !renewalFollowers.has(next.word) && noSellerWords(context)) return false
      return true
    }
    // "The incumbent vendor raised prices": their current supplier is their situation; beating it is ours.
    if (canonical === 'competitor' || canonical === 'incumbent') {
      if (owner === 'customer') return false
      const before = previous?.word === 'same' || previous?.word === 'a' || previous?.word === 'the' ? tokens[index - 2]?.word : previous?.word
      return owner === 'seller' || subject === 'seller' || subject === 'instruction' || ['beat', 'against', 'vs', 'versus', 'over', 'displace', 'replace', 'unseat', 'oust'].includes(before ?? '')
    }
    if (canonical === 'slide') return owner !== 'customer'
    if (canonical === 'order' && previous && (previous.word === 'in' || previous.word === 'change' || previous.word === 'work' || previous.word === 'sales' || previous.word === 'customer' || previous.word === 'their')) return false
    if (owner === 'customer') return false
    return owner === 'seller' || subject === 'instruction' || (subject === 'seller' && canonical !== 'price') || approvedAfter(tokens, index)
  }
  switch (canonical) {
    case 'pilot':
    case 'shortlist': {
      // "which units pilot the new policy", "shortlist the 20 accounts": a verb, their own work.
      if (next && (determiners.has(next.word) || customerPronouns.has(next.word)) && !(previous && (determiners.has(previous.word) || modifiers.has(previous.word) || /\d/.test(previous.word) || previous.word.endsWith('-day') || previous.word.endsWith('-site')))) {
        return false
      }
      return true
    }
    case 'trial':
      return previous?.word !== 'clinical' && previous?.word !== 'drug' && previous?.word !== 'clinical-trial'
    case 'licence':
      return !(previous && (previous.word === 'driving' || previous.word === 'operating' || previous.word === 'driver'))
    case 'uptime':
      return (previous !== undefined && previous.word.startsWith('99')) || next?.word === 'guarantee' || next?.word === 'sla'
    case 'seats': {
      const before = previous?.word ?? ''
      return /^\d/.test(before) || before === 'more' || before === 'extra' || before === 'additional' || before === 'licence' || before === 'license' || before === 'user'
    }
    case 'connector':
      return subject === 'instruction' || possessorOf(context, index) === 'seller'
    case 'tier':
      // "Their churn in the SMB tier": in a clause about them, "in/across … tier" is a segment of their own
      // customers, when nothing in the sentence is ours ("an upgrade to the next tier", "put them in the top tier" stay ours).
      return !(subject === 'customer' && theyOpen(context, index) && nothingOfOurs(context) &&
        nearby(tokens, index - 3, index - 1, (other) => other.clause === token.clause && ['in', 'across', 'within', 'per', 'by'].includes(other.word)))
    case 'proposal':
      return !token.word.endsWith('s')
    default:
      return true
  }
}

/** What a business keeps for itself: "their pricing model", "licence renewals", "the discount matrix". */
const ownArtefacts = new Set(['model', 'models', 'story', 'structure', 'structures', 'matrix', 'spreadsheet', 'sheet', 'renewals', 'changes', 'review', 'reviews', 'logic', 'holders', 'conditions', 'breaches'])

/** No we/our/us outside quotes, no name of ours, and no clause that is ours or an instruction to us. */
function nothingOfOurs(context: Context): boolean {
  if (context.named.size > 0 || context.subjects.some((subject) => subject === 'instruction' || subject === 'seller')) return false
  return !context.tokens.some((token) => !token.quoted && sellerPronouns.has(token.word))
}

/** No we/our/us outside quotes and no name of ours (an instruction to us may be there). */
function noSellerWords(context: Context): boolean {
  return context.named.size === 0 && !context.tokens.some((token) => !token.quoted && sellerPronouns.has(token.word))
}

const ownProcesses = new Set(['approvals', 'approval', 'process', 'processes', 'policy', 'policies', 'rules', 'errors', 'disputes', 'committee', 'decisions', 'strategy', 'team', 'sign-off'])
const quantifiers = new Set(['every', 'each', 'any', 'all', 'most'])

const marketForces = new Set(['pressure', 'pressures', 'power', 'war', 'wars', 'squeeze', 'competition', 'volatility'])

const contractModes = new Set(['work', 'works', 'manufacturing', 'research', 'cleaning', 'logistics', 'catering', 'hire', 'law', 'farming', 'packing', 'staffing'])

const ownSchemes = new Set(['scheme', 'schemes', 'programme', 'programmes', 'program', 'programs', 'study', 'studies', 'project', 'projects', 'initiative', 'initiatives', 'ward', 'wards', 'school', 'schools'])

const peopleNouns = new Set(['drivers', 'driver', 'workers', 'worker', 'nurses', 'teachers', 'cleaners', 'caterers', 'hauliers', 'carriers', 'employees', 'hires', 'wins', 'losses'])

const approvals = new Set(['approved', 'signed', 'agreed', 'accepted', 'countersigned', 'rubber-stamped', 'placed', 'raised', 'issued', 'fast-tracked', 'sanctioned', 'green-lit', 'greenlit', 'authorised', 'authorized', 'earmarked', 'budgeted', 'confirmed', 'allocated', 'secured', 'ring-fenced', 'ringfenced', 'committed', 'released'])

/** "The 400-pump order is approved by the committee": our deal, in the passive. */
function approvedAfter(tokens: Token[], index: number): boolean {
  // Six words when where it goes stands between the deal and the verb: "The rollout to all 40 sites is approved".
  const reach = ['to', 'across', 'into', 'at'].includes(tokens[index + 1]?.word ?? '') ? 6 : 3
  for (let at = index + 1; at < tokens.length && at <= index + reach && tokens[at]!.clause === tokens[index]!.clause; at++) {
    // "The order of the new rota is approved": the approval is of something else ("the order of 400 pumps" stays ours).
    if (tokens[at]!.word === 'of' && !/^\d/.test(tokens[at + 1]?.word ?? '')) return false
    if (approvals.has(tokens[at]!.word)) return beForms.has(tokens[at - 1]!.word) || at === index + 1
    // "the order goes through before year end": approved, in plain words.
    // ("Every order goes through three approvals" passes through their process: an object follows.)
    if (tokens[at]!.word === 'through' && ['goes', 'go', 'went', 'gets', 'got', 'comes', 'came'].includes(tokens[at - 1]!.word)) {
      const after = tokens[at + 1]
      return !after || after.clause !== tokens[at]!.clause || timeWords.has(after.word)
    }
  }
  return false
}

const systemNouns = new Set(['system', 'systems', 'policy', 'policies', 'scheme', 'rules', 'process', 'review', 'rate', 'rates', 'risk', 'cap', 'limit', 'lessons', 'lesson', 'day', 'days', 'season', 'kit', 'kitchen', 'room', 'centre', 'center', 'unit', 'line'])

const commitmentTerms = new Set(['term', 'contract', 'pilot', 'year', 'years', 'deal', 'minimum', 'volume', 'seats', 'licence', 'license', 'renewal', 'spend', 'trial', 'multi-year', 'agreement', 'order', 'purchase', 'us', 'rollout', 'roll-out'])

const renewalFollowers = new Set(['signed', 'lands', 'land', 'date', 'conversation', 'call', 'meeting', 'quote', 'terms', 'deadline', 'before', 'by', 'at', 'in', 'on', 'is', 'was', 'will', 'and', 'for', 'so', 'this', 'next', 'price', 'pricing', 'uplift'])

/** Words before a noun that say when or how, not what is renewed: "the upcoming renewal", "the next renewal". */
const timingWords = new Set(['next', 'last', 'upcoming', 'coming', 'pending', 'overdue', 'early', 'late', 'big', 'key', 'main', 'same', 'own', 'major', 'formal', 'real', 'only', 'whole', 'one', 'this', 'that', 'year', 'month', 'quarter', 'autumn', 'spring', 'summer', 'winter', 'midyear', 'mid-year', 'year-end', 'price', 'pricing', 'deal', 'account', 'customer'])

/** What vendors sell under a contract: "the support renewal", "the maintenance contract" stay ours. */
const vendorServices = new Set(['support', 'maintenance', 'framework', 'hosting', 'consultancy', 'consulting', 'services', 'training', 'implementation', 'upgrade', 'expansion', 'software', 'data', 'cloud', 'managed', 'enterprise', 'master', 'user', 'seat', 'site', 'volume'])

/**
 * "the reinsurance renewal", "treaty renewal on 1 January": a lowercase noun right before the deal
 * word, inside its noun phrase, names what is renewed; when that is not something we sell (a licence,
 * a subscription, our name), it is an agreement of theirs.
 */
function otherAgreementBefore(context: Context, index: number): boolean {
  const {tokens} = context
  const before = tokens[index - 1]
  // One plain word: hyphenated ones ("full-chain", "trust-wide") say how far it reaches, not what it covers.
  if (!before || before.clause !== tokens[index]!.clause || before.quoted || !/^[a-z]+$/.test(before.raw)) return false
  const word = before.word
  if (functionWords.has(word) || determiners.has(word) || prepositions.has(word) || isVerbLike(word) || modifiers.has(word) || timingWords.has(word) || planNames.has(word)) return false
  if (/(?:ing|ed|ly|al|ive|ous|ful|ic|ible|able|est)$/.test(word) || sellerPronouns.has(word) || customerPronouns.has(word) || context.named.has(index - 1)) return false
  // "If we land the group contract": with us in the sentence, the deal can be ours whatever it covers.
  if (!nothingOfOurs(context)) return false
  if (lookup(commercialObjects, word) !== undefined || offerNouns.has(word) || offerWords.has(word) || vendorServices.has(word) || lookup(activities, word) !== undefined || instructionStarters.has(word) || lookup(presentingVerbs, word) !== undefined) return false
  // Inside the noun phrase: first in its clause, or after an article, a possessive or a preposition other than "to".
  const opener = tokens[index - 2]
  return before.clauseStart || (opener !== undefined && opener.clause === before.clause && (determiners.has(opener.word) || opener.possessive || (prepositions.has(opener.word) && opener.word !== 'to')))
}

/** "at present", "present in", "is present": the adjective, not presenting. */
function presentIsAdjective(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.word ?? ''
  const next = tokens[index + 1]?.word ?? ''
  if (tokens[index]!.word !== 'present') return false
  return previous === 'at' || previous === 'is' || previous === 'are' || previous === 'the' || previous === 'was' || next === 'in' || next === 'at' || next === 'on' || next === 'day'
}

/**
 * "Every contract they sign with a hospital", "the premium tier of their own product":
 * a relative clause or "their own" right after the word makes it the customer's.
 */
function ownedAfter(context: Context, index: number): boolean {
  const {tokens} = context
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (next && next.clause === token.clause && !next.quoted && (next.word === 'they' || next.word === "they've" || next.word === 'their')) return true
  // "the 4-hour SLA Acme promises its clients": another company's name, then its verb.
  const verb = tokens[index + 2]
  if (next && next.clause === token.clause && isOtherName(context, index + 1) && verb && verb.clause === token.clause && !verb.capital && (isVerbLike(verb.word) || (verb.word.endsWith('s') && !verb.word.endsWith('ss')))) return true
  for (let at = index + 1; at < tokens.length && at <= index + 5 && tokens[at]!.clause === token.clause; at++) {
    if (tokens[at]!.word === 'their' && tokens[at + 1]?.word === 'own') return true
  }
  // "the pricing of their premium tier", "the new module of their training programme": a part of
  // something of theirs, when nothing in the sentence is ours.
  if (next && next.word === 'of' && next.clause === token.clause && !next.quoted && customerPossessives.has(tokens[index + 2]?.word ?? '') && nothingOfOurs(context)) return true
  return false
}

const offerWords = new Set(['platform', 'solution', 'module', 'product', 'software', 'app', 'tool', 'system', 'suite', 'service'])

/** Our words, names or offer nouns in the next few words of the clause. */
function sellerSignalAfter(context: Context, from: number, span: number): boolean {
  const {tokens} = context
  for (let at = from; at < tokens.length && at <= from + span && tokens[at]!.clause === tokens[from]!.clause; at++) {
    const token = tokens[at]!
    if (context.named.has(at) || (!token.quoted && sellerPronouns.has(token.word)) || offerWords.has(token.word)) return true
  }
  return false
}

/**
 * Whether a sales activity (demo, pitch, upsell, quota, forecast, close, sign…) is ours
 * here: `seller`, `customer` (their own), or `none` (the word is used in another sense).
 */
function activityCue(context: Context, index: number, activity: string, subject: Subject): Owner {
  const {tokens} = context
  const token = tokens[index]!
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  // "Their CFO commits to a 12-month term": after the subject, the word is its verb; "their" owns
  // the CFO, not the commitment, so the doer decides below.
  const verbAfterSubject = previous !== undefined && previous.clause === token.clause && /(?:s|ed)$/.test(token.word) && !token.word.endsWith('ss') && organisationNoun(previous)
  const owner = verbAfterSubject ? 'none' : possessorOf(context, index)
  if (owner === 'customer') return 'customer'
  // "the quota system for overtime", "demo lessons": the word names something of theirs.
  if (next && next.clause === token.clause && systemNouns.has(next.word) && owner !== 'seller') return 'none'
  if (ownedAfter(context, index) && owner !== 'seller') return 'customer'
  // Inside their quote, "we"/"our" are theirs: "we keep losing deals", "our close takes nine days".
  const doer: Subject = subject
  const sameClauseNext = next && next.clause === token.clause ? next.word : ''
  switch (activity) {
    case 'close': {
      if (previous && (previous.word === 'month-end' || previous.word === 'year-end' || previous.word === 'month' || previous.word === 'quarter-end' || previous.word === 'financial' || previous.word === 'period-end')) return 'customer'
      if (sameClauseNext === 'out' || sameClauseNext === 'down' || sameClauseNext === 'the' && tokens[index + 2]?.word === 'books') return 'customer'
      if (owner === 'seller') return 'seller'
      if (token.quoted) return 'none'
      // "snags are closed at handover": something of theirs gets closed.
      if (previous && beForms.has(previous.word)) return 'none'
      // "Their COO closes the deal": one definite deal is ours, whoever closes it ("closes 40 deals" is theirs).
      if ((sameClauseNext === 'the' || sameClauseNext === 'this' || sameClauseNext === 'our') && (tokens[index + 2]?.word === 'deal' || tokens[index + 2]?.word === 'sale') && !token.quoted) return 'seller'
      if (['deal', 'deals', 'sale', 'it', 'this', 'by', 'before', 'forward', 'plan', 'date', 'at', 'won', 'them', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy'].includes(sameClauseNext)) {
        return doer === 'customer' && sameClauseNext !== 'it' && sameClauseNext !== 'this' ? 'customer' : 'seller'
      }
      if (token.clauseStart && (sameClauseNext === 'on' || sameClauseNext === 'with')) return 'seller'
      return 'none'
    }
    case 'sign': {
      // "signs it off", "sign them off": the phrasal verb of approving their own things.
      if (sameClauseNext === 'off' || (['it', 'them', 'this', 'that'].includes(sameClauseNext) && tokens[index + 2]?.word === 'off')) return 'none'
      // "They sign up parents to the new consent process": enrolling their people, not signing with us.
      if (sameClauseNext === 'up' && nearby(tokens, index + 2, index + 4, (other) => other.clause === token.clause && (peopleNouns.has(other.word) || customerPeople.has(other.word) || theirPublic.has(other.word)))) return 'none'
      // "after a new customer signs with them": the customer is the other party, so the deal is theirs.
      // "after a new customer signs with you": "you" is the customer here, the other party, so the deal is theirs.
      if (sameClauseNext === 'with' && (['them', 'their', 'him', 'her', 'you', 'your'].includes(tokens[index + 2]?.word ?? '') || (index + 2 < tokens.length && isOtherName(context, index + 2)))) return 'none'
      // "Their CEO signs every purchase over 10k": signing each of many is their own approval routine.
      if (doer === 'customer' && quantifiers.has(sameClauseNext)) return 'none'
      // "They signed a two-year deal with a new haulier": a deal with another supplier is theirs.
      if (doer === 'customer' && signedWithOther(context, index)) return 'none'
      // "their drivers can sign on a phone": a signature in their own process.
      if (doer === 'customer' && ['on', 'in', 'with', 'into', 'at'].includes(sameClauseNext)) return 'none'
      // "The plant manager signs every deviation by hand": they sign their own paperwork;
      // "They sign the renewal": they sign our deal.
      // "The port authority signs new berthing rules": an object that is not a deal is their paperwork too.
      const objectAhead = next !== undefined && next.clause === token.clause && /^[a-z][a-z-]*$/.test(next.raw) && !functionWords.has(next.word) && !prepositions.has(next.word) && !timeWords.has(next.word)
      if (doer === 'customer' && next && next.clause === token.clause && (determiners.has(next.word) || customerPronouns.has(next.word) || objectAhead)) {
        let dealish = false
        for (let at = index + 1; at < tokens.length && at <= index + 4 && tokens[at]!.clause === token.clause; at++) {
          const word = tokens[at]!.word
          if (lookup(commercialObjects, word) || context.named.has(at) || ['deal', 'order', 'agreement', 'paperwork', 'it', 'this', 'up'].includes(word) || sellerPronouns.has(word)) dealish = true
        }
        if (!dealish) return 'none'
      }
      if (previous && (determiners.has(previous.word) || previous.word === 'early' || previous.word === 'warning' || previous.word === 'first' || previous.word === 'clear' || previous.word === 'any')) {
        // "early signs of churn": the noun.
        if (token.word === 'signs') return 'none'
      }
      if (token.word === 'signing' && sameClauseNext === 'authority') return 'none'
      if (token.quoted && !(sameClauseNext === 'if' || sameClauseNext === 'today' || sameClauseNext === 'tomorrow' || sameClauseNext === 'the' || sameClauseNext === 'this' || sameClauseNext === '' || sameClauseNext === 'now' || sameClauseNext === 'when')) return 'none'
      return 'seller'
    }
    case 'renew': {
      // "They renew for three years" is our renewal; "renew their haulage contracts" is theirs.
      if (token.quoted || ownedAfter(context, index)) return 'none'
      // "before it renews the grant": what is renewed is theirs unless it is our deal.
      if (next && next.clause === token.clause && (determiners.has(next.word) || customerPossessives.has(next.word))) {
        for (let at = index + 2; at < tokens.length && at <= index + 4 && tokens[at]!.clause === token.clause; at++) {
          const word = tokens[at]!.word
          if (context.named.has(at) || lookup(commercialObjects, word) !== undefined || commitmentTerms.has(word) || sellerPronouns.has(word) || offerWords.has(word)) return 'seller'
          if (!modifiers.has(word) && !/\d/.test(word) && !word.includes('-')) return 'none'
        }
      }
      return 'seller'
    }
    case 'quota':
      if (owner === 'seller' || token.quoted === false && doer !== 'customer') return 'seller'
      return doer === 'customer' ? 'customer' : 'none'
    case 'forecast': {
      if (owner === 'seller') return 'seller'
      const before = previous?.word ?? ''
      if (before === 'i' || before === 'we' || /^q[1-4]$/.test(before) || sameClauseNext === 'category' || (before === 'the' && tokens[index - 2]?.word === 'in')) return token.quoted ? 'none' : 'seller'
      return 'none'
    }
    case 'commit': {
      if (token.quoted) return 'none'
      if (owner === 'seller') return 'seller'
      // "commits to a 12-month term" is our deal; "commits to net zero by 2030" is their goal.
      // "a verbal commit from the CFO": the noun, our forecast word.
      if (previous && ['verbal', 'a', 'the', 'firm', 'soft', 'hard', 'written'].includes(previous.word) && token.word === 'commit') return 'seller'
      // "Q4 commit: …": a forecast category of a quarter is our forecast.
      if (previous && /^q[1-4]$/.test(previous.word) && token.word === 'commit') return 'seller'
      if (sameClauseNext === 'to') {
        for (let at = index + 2; at < tokens.length && at <= index + 5 && tokens[at]!.clause === token.clause; at++) {
          const word = tokens[at]!.word
          // "committed to cutting overhead": a goal of theirs.
          if (word.endsWith('ing') && at === index + 2) return 'none'
          // A year is a date ("net zero by 2030"); other numbers are terms ("3 years", "200 seats").
          if (commitmentTerms.has(word) || (/^\d/.test(word) && !/^(?:19|20)\d\d$/.test(word)) || word.endsWith('-month') || word.endsWith('-year') || word.endsWith('-yr')) return 'seller'
        }
        return doer === 'customer' ? 'none' : 'seller'
      }
      if (!next || next.clause !== token.clause) return previous?.clause !== token.clause || previous?.word === 'category' ? 'seller' : 'none'
      return 'none'
    }
    case 'pipeline':
    case 'number':
    case 'tender':
    case 'bid':
      if (owner === 'seller') return 'seller'
      // "the Q3 number", "Q4 pipeline": ours, unless the customer is the one chasing it.
      if ((activity === 'number' || activity === 'pipeline') && previous && /^q[1-4]$/.test(previous.word) && !token.quoted && doer !== 'customer') return 'seller'
      if (activity === 'number' && sameClauseNext === 'i') return 'seller'
      return 'none'
    case 'margin':
      if (owner === 'seller' || previous?.word === 'for') return token.quoted ? 'none' : 'seller'
      if (sameClauseNext === 'line' && nearby(tokens, index + 1, index + window, (other) => other.word === 'we' && !other.quoted)) return 'seller'
      return 'none'
    case 'deal': {
      if (sameClauseNext === 'with' || token.word === 'dealing') return 'none'
      if (previous && (previous.word === 'great' || previous.word === 'good')) return 'none'
      if (token.quoted) return 'customer'
      if (doer === 'customer') return 'customer'
      return 'seller'
    }
    case 'upsell':
    case 'cross-sell':
    case 'sell':
    case 'demo':
    case 'pitch':
    case 'present':
    case 'showcase': {
      if (token.quoted) return 'none'
      if (owner === 'seller') return 'seller'
      if (doer === 'customer') return 'customer'
      // "present their own numbers back to them": their data, not our offer.
      if ((activity === 'present' || activity === 'demo') && (sameClauseNext === 'their' || ((sameClauseNext === 'them' || sameClauseNext === 'him' || sameClauseNext === 'her') && tokens[index + 2]?.word === 'their'))) return 'none'
      // "for that pitch" after "Brennock is pitching": the same pitch, theirs.
      if (ownedEarlier(context, index, activity)) return 'customer'
      if (activity === 'present' && !(token.clauseStart || doer === 'seller' || doer === 'instruction' || previous?.word === 'to')) return 'none'
      if (activity === 'sell' && doer === 'none' && !token.clauseStart) return 'none'
      return 'seller'
    }
    default:
      return 'none'
  }
}

/** "… with a new haulier", "… with another broker": somebody else is the other party. */
function signedWithOther(context: Context, index: number): boolean {
  const {tokens} = context
  for (let at = index + 1; at + 1 < tokens.length && at <= index + 6 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    if (tokens[at]!.word !== 'with') continue
    const party = tokens[at + 1]!
    return party.word === 'a' || party.word === 'an' || party.word === 'another' || isOtherName(context, at + 1)
  }
  return false
}

/** Commercial objects that are steps of our sale rather than things we sell. */
const goalObjects = new Set(['signature', 'countersigned', 'commitment', 'shortlist', 'incumbent', 'competitor', 'seats', 'purchase', 'referral'])

const obtainVerbs = new Set(['secure', 'obtain', 'land', 'lock', 'nail', 'win', 'grab', 'earn'])
const salesSteps = new Set(['meeting', 'follow-up', 'call', 'slot', 'session', 'workshop', 'visit', 'intro', 'introduction', 'access', 'commitment', 'agreement', 'approval', 'sign-off', 'signoff', 'buy-in', 'go-ahead', 'yes', 'signature', 'sponsor', 'sponsorship', 'meetings'])
const wantedSteps = new Set(['decision', 'signature', 'po', 'yes', 'green-light', 'verbal', 'commitment', 'sign-off', 'signoff', 'go-ahead', 'approval'])
const proofVerbs = new Set(['used', 'trusted', 'chosen', 'relied', 'loved', 'preferred', 'adopted', 'deployed'])
const quantityWords = new Set(['over', 'more', 'hundreds', 'thousands', 'millions', 'dozens', 'most', 'leading', 'top', 'many', 'nearly', 'almost', 'half'])

/** A step of our sale in the next few words: "a second meeting", "an intro to their COO". */
function salesStepAfter(tokens: Token[], index: number): number {
  for (let at = index + 1; at < tokens.length && at <= index + 5 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    if (salesSteps.has(tokens[at]!.word)) return at
  }
  return -1
}

/** A person or body that acts: "their CFO", "the board", "their head of quality", "the trust". */
function organisationNoun(token: Token): boolean {
  return (
    personNouns.has(token.word) || customerPeople.has(token.word) || executiveTitles.has(token.word) || organisationNouns.has(token.word) ||
    /^\p{Lu}{2,}$/u.test(token.raw)
  )
}

/** Words after "sign" that say when, not what: "They sign today", "sign early". */
const timeWords = new Set(['today', 'tomorrow', 'now', 'early', 'soon', 'next', 'this', 'before', 'by', 'after', 'off', 'up', 'on', 'in', 'at', 'first', 'quickly', 'immediately', 'once'])

const organisationNouns = new Set(['board', 'committee', 'trust', 'council', 'firm', 'company', 'group', 'management', 'procurement', 'finance', 'legal', 'district', 'school', 'hospital', 'practice', 'partner', 'partners', 'owner', 'owners', 'quality', 'operations', 'ops', 'it'])

function ownedEarlier(context: Context, index: number, activity: string): boolean {
  // Worked out once per sentence, so a long run-on sentence stays linear.
  if (!context.customerActivities) {
    context.customerActivities = new Map()
    context.tokens.forEach((token, at) => {
      const earlier = lookup(activities, token.word)
      if (earlier === undefined) return
      const name = activities.get(earlier)!
      const owned = (context.subjects[token.clause] ?? 'none') === 'customer' || possessorOf(context, at) === 'customer'
      if (owned && !context.customerActivities!.has(name)) context.customerActivities!.set(name, at)
    })
  }
  const first = context.customerActivities.get(activity)
  return first !== undefined && first < index
}

/** The start of the noun phrase that ends at `index` ("a 30-day pilot", "the three-year licence"). */
function nounPhraseStart(context: Context, index: number): number {
  const {tokens} = context
  let start = index
  while (start > 0 && index - start < 3) {
    const previous = tokens[start - 1]!
    if (previous.clause !== tokens[index]!.clause) break
    if (modifiers.has(previous.word) || /\d/.test(previous.word) || previous.word.includes('-') && !previous.word.startsWith('-')) {
      start--
      continue
    }
    if ((previous.word === 'our' || previous.word === 'my') && !previous.quoted) start--
    break
  }
  return start
}

function precededBySeller(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous || previous.clause !== tokens[index]!.clause) return false
  if (previous.quoted) return false
  if (previous.word === 'we' || previous.word === 'i' || previous.word === "i'll" || previous.word === "we'll") return true
  if ((previous.word === 'to' || previous.word === 'should' || previous.word === 'must' || previous.word === 'will' || previous.word === 'then') && tokens[index - 2] && sellerPronouns.has(tokens[index - 2]!.word)) return true
  if (previous.word === 'to' && tokens[index - 2] && (tokens[index - 2]!.word === 'need' || tokens[index - 2]!.word === 'want') && sellerPronouns.has(tokens[index - 3]?.word ?? '')) return true
  return false
}

function fillerStart(tokens: Token[], index: number): boolean {
  let back = index - 1
  while (back >= 0 && index - back <= window && tokens[back]!.clause === tokens[index]!.clause && fillers.has(tokens[back]!.word)) back--
  return back < index - 1 && (back < 0 || tokens[back]!.clause !== tokens[index]!.clause)
}

/** The end of a presenting instruction starting at `index`, or -1. */
function presentingCue(context: Context, index: number, subject: Subject): number {
  const {tokens} = context
  const token = tokens[index]!
  if (subject === 'customer' && token.clauseStart) return -1
  const verb = lookup(presentingVerbs, token.word)
  if (verb === undefined) return -1
  // "Demo" as the first word of "Demo resource forecasting …" is the instruction; "demos" is not.
  const next = tokens[index + 1]
  const inClause = (at: number) => at < tokens.length && tokens[at]!.clause === token.clause
  const within = (words: string[], span: number) => {
    for (let at = index + 1; at <= index + span && inClause(at); at++) if (words.includes(tokens[at]!.word)) return at
    return -1
  }
  const customerObject = () => {
    for (let at = index + 1; at <= index + 5 && inClause(at); at++) {
      const word = tokens[at]!.word
      if (word === 'their' || word === 'where' || word === 'which' || (tokens[at]!.possessive && !context.named.has(at))) return true
    }
    return false
  }
  switch (verb) {
    case 'walk':
    case 'run':
      // "Walk me through …" asks them to show us their world: discovery, not presenting.
      if (next && (next.word === 'me' || next.word === 'us')) return -1
      return within(['through'], 5)
    case 'talk':
      return next?.word === 'up' ? index + 1 : -1
    case 'lead':
      return next?.word === 'with' ? index + 1 : -1
    case 'lock':
      return next?.word === 'in' ? index + 1 : -1
    case 'tell':
      return next && (next.word === 'me' || next.word === 'us') ? -1 : index + (next && (next.word === 'them' || next.word === 'him' || next.word === 'her') ? 1 : 0)
    case 'show':
    case 'highlight':
      return customerObject() ? -1 : index
    case 'steer':
    case 'convince':
    case 'persuade':
      return index + (next && (next.word === 'them' || next.word === 'him' || next.word === 'her') ? 1 : 0)
    case 'take':
      if (next && (next.word === 'me' || next.word === 'us')) return -1
      return within(['tour'], 6)
    case 'book':
      return token.clauseStart || subject === 'seller' ? index : -1
    case 'schedule':
    case 'arrange':
      return meetingInClause(tokens, index) ? index : -1
    case 'anchor':
      // "Anchor the conversation on total cost", "anchor them on the three-year price".
      return within(['on'], 5) !== -1 ? index : -1
    case 'expand':
      return next?.word === 'from' || next?.word === 'to' || next?.word === 'into' || next?.word === 'across' ? index : -1
    case 'close':
      return next?.word === 'on' || next?.word === 'the' && (tokens[index + 2]?.word === 'deal' || tokens[index + 2]?.word === 'sale') ? index : -1
    default:
      // "Recap what they told us", "Highlight their own numbers": saying their words back is listening, not presenting.
      if (echoVerbs.has(verb) && (customerObject() || theirWordsAfter(tokens, index))) return -1
      return strongPresentingVerbs.has(verb) ? index + (next && (next.word === 'them' || next.word === 'him' || next.word === 'her') ? 1 : 0) : -1
  }
}

const dealVerbs = new Set(['expand', 'lock', 'close', 'upsell', 'cross-sell'])

const echoVerbs = new Set(['recap', 'remind', 'mention', 'stress', 'highlight', 'emphasise', 'emphasize', 'reinforce'])

/** "what they told us", "how they described it": their own words as the object. */
function theirWordsAfter(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at + 1 < tokens.length && at <= index + 3 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    if ((tokens[at]!.word === 'what' || tokens[at]!.word === 'how' || tokens[at]!.word === 'why') && customerPronouns.has(tokens[at + 1]!.word)) return true
  }
  return false
}

const presentingNouns = new Set(['overview', 'run-through', 'walkthrough', 'walk-through', 'presentation', 'showcase', 'webinar', 'teaser', 'tour', 'deep-dive', 'dive', 'spotlight', 'show-and-tell'])

const meetingWords = new Set(['validation', 'review', 'visit', 'meeting', 'call', 'follow-up', 'demo', 'workshop', 'dinner', 'slot', 'session', 'deep-dive', 'briefing', 'lunch'])

/** "The site visit is booked": a meeting word before "is/was + participle", not owned by them. */
function passiveMeeting(context: Context, index: number): boolean {
  const {tokens} = context
  if (!beForms.has(tokens[index - 1]?.word ?? '')) return false
  for (let back = index - 2; back >= 0 && index - back <= 6 && tokens[back]!.clause === tokens[index]!.clause; back--) {
    if (meetingWords.has(tokens[back]!.word)) {
      // "the board meeting", "the annual review" are their calendar; "the site visit", "a second meeting" ours.
      const before = tokens[back - 1]?.word ?? ''
      return (determiners.has(before) || ourMeetingKinds.has(before) || meetingWords.has(before)) && possessorOf(context, back) !== 'customer'
    }
  }
  return false
}

const ourMeetingKinds = new Set(['next', 'follow-up', 'second', 'third', 'technical', 'site', 'demo', 'reference', 'discovery', 'intro', 'kick-off', 'kickoff', 'onsite', 'on-site', 'validation', 'scoping', 'pricing', 'exec', 'executive'])

function meetingInClause(tokens: Token[], index: number): boolean {
  // "The demo kitchen is booked every weekend": a meeting word used as a modifier names something else.
  const asMeeting = (at: number) => {
    const next = tokens[at + 1]
    return !(next && next.clause === tokens[at]!.clause && /^[a-z][a-z-]*$/.test(next.raw) && !functionWords.has(next.word) && !meetingWords.has(next.word) && !beForms.has(next.word) && !isVerbLike(next.word) && !approvals.has(next.word) && !['booked', 'scheduled', 'arranged', 'confirmed', 'locked', 'with'].includes(next.word))
  }
  for (let at = Math.max(0, index - window); at <= index + window && at < tokens.length; at++) {
    if (tokens[at]!.clause === tokens[index]!.clause && meetingWords.has(tokens[at]!.word) && asMeeting(at)) return true
  }
  return false
}

const agreeVerbs = new Set(['agree', 'see', 'sign', 'commit', 'approve', 'buy', 'choose', 'switch', 'move', 'renew', 'extend', 'adopt', 'standardise', 'standardize', 'sponsor'])
const realiseVerbs = new Set(['see', 'sees', 'realise', 'realize', 'realises', 'know', 'knows', 'hear', 'hears', 'understand', 'notice', 'remember', 'get'])

function getCue(tokens: Token[], index: number): number {
  for (let at = index + 1; at < tokens.length && at <= index + 6 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    const word = tokens[at]!.word
    if (word === 'to' && at + 1 < tokens.length) {
      const verb = tokens[at + 1]!.word
      if (agreeVerbs.has(verb) || (verb.length >= 3 && verb.startsWith('agr'))) return at + 1
      return -1
    }
    if (word === 'agreement' || word === 'commit' || word === 'access' || word === 'commitment' || word === 'approval' || word === 'buy-in' || word === 'signed' || word === 'signoff' || word === 'sign-off' || word === 'enthused' || word === 'excited') return at
    if (word === 'front' && tokens[at - 1]?.word === 'in') return at + 1 < tokens.length && tokens[at + 1]!.word === 'of' ? at + 1 : at
    // "get on the October agenda", "get on the framework before their next tender": a place in their buying.
    // "get onto the trust's approved-supplier list": a supplier list is the same place.
    const supplierList = word === 'list' && /supplier|vendor/.test(tokens[at - 1]?.word ?? '')
    if ((word === 'agenda' || word === 'framework' || word === 'panel' || word === 'shortlist' || supplierList) && tokens.slice(index + 1, at).some((token) => token.word === 'on' || token.word === 'onto')) return at
  }
  return -1
}

const lineVerbs = new Set(['open', 'lead', 'drop', 'use', 'quote', 'say', 'mention', 'repeat', 'slip', 'land', 'end', 'close', 'finish', 'start', 'hit', 'weave'])
const attributions = new Set(['said', 'says', 'say', 'told', 'wrote', 'writes', 'emailed', 'asked', 'put', 'complained', 'admitted', 'quote', 'quoted', 'called', 'calls', 'word', 'words', 'exact'])

function taglineAfter(context: Context, index: number): boolean {
  const {tokens} = context
  let quoted = false
  for (let at = index + 1; at < tokens.length && at <= index + 3; at++) if (tokens[at]!.quoted) quoted = true
  if (!quoted) return false
  // Their words, quoted back to them ("Open with 'our nights are chaos', as the DON said"), are theirs.
  return !tokens.some((other) => !other.quoted && (attributions.has(other.word) || customerPronouns.has(other.word) || other.possessive))
}

const executiveTitles = new Set(['ceo', 'cfo', 'cio', 'cto', 'coo', 'cmo', 'cro', 'cpo', 'ciso', 'md', 'vp', 'fd', 'director', 'head', 'chair', 'chief', 'president', 'founder', 'owner', 'principal', 'dean', 'boss', 'board', 'sponsor', 'exec', 'executive', 'gm'])
const meetingPlaces = new Set(['call', 'room', 'meeting', 'zoom', 'teams', 'invite', 'agenda', 'review', 'session', 'workshop', 'line', 'briefing', 'visit', 'dinner', 'lunch', 'demo', 'roundtable'])

/** The clause before `index` (an "until") opens with a negation: "Don't …", "Never …", "No pricing …". */
function negatedInstruction(tokens: Token[], index: number): boolean {
  if (index === 0) return false
  let start = index - 1
  while (start > 0 && tokens[start - 1]!.clause === tokens[index - 1]!.clause) start--
  const first = tokens[start]!
  return index - start <= window && negators.has(first.word) && first.word !== 'without' && !first.quoted
}

/** "… until the CFO is on the call": an "until" soon after `index` whose clause brings their executive to a meeting. */
function untilExecutiveJoins(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + window; at++) {
    if (tokens[at]!.word === 'until' && !tokens[at]!.quoted) return executiveAccess(tokens, at) !== -1
  }
  return false
}

/** A title: "CFO", "head", and "partner" when it is a rank ("managing partner", "senior partner"). */
function executiveTitle(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.word
  return executiveTitles.has(word) || ((word === 'partner' || word === 'partners') && ['managing', 'senior', 'equity'].includes(tokens[at - 1]?.word ?? ''))
}

/** "get their CIO on the call": get + (their|the) + a title + on/in + a meeting. */
function executiveAccess(tokens: Token[], index: number): number {
  let title = -1
  // Six words: "get their head of IT onto the next call" names the title with what it heads.
  for (let at = index + 1; at < tokens.length && at <= index + 6 && tokens[at]!.clause === tokens[index]!.clause; at++) {
    if (executiveTitle(tokens, at)) title = at
    else if ((tokens[at]!.word === 'on' || tokens[at]!.word === 'in' || tokens[at]!.word === 'into' || tokens[at]!.word === 'onto' || tokens[at]!.word === 'to') && title !== -1) {
      for (let place = at + 1; place < tokens.length && place <= at + 3; place++) if (meetingPlaces.has(tokens[place]!.word)) return place
      return -1
    }
  }
  return -1
}

const sellerPay = new Set(['accelerators', 'accelerator', 'commission', 'spiff', 'spiffs', 'quota-carrying', 'president’s', "president's", 'territory'])

function leverCue(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.word ?? ''
  if (previous === 'our') return true
  if (previous !== 'the' && previous !== 'perfect' && previous !== 'an') return false
  // "as the hook to upsell", "the perfect excuse to pull our close forward".
  return (
    nearby(tokens, index - window, index - 1, (token) => token.word === 'use' || token.word === 'ride' || token.word === 'as' || token.word === 'perfect') &&
    nearby(tokens, index + 1, index + window, (token) => token.word === 'to')
  )
}
