import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Word} from './prose.js'

/**
 * A sentence of a prose block as the sentence parser cut it, without its place in the note:
 * the same block text always gives the same sentences, wherever the block moves.
 */
export interface BlockSentence {
  text: string
  words: Word[]
  isQuestion: boolean
  /** Where the sentence starts and ends in the block's text. */
  start: number
  end: number
}

/** A prose block of one paragraph, its offsets counted from the paragraph's start. */
export interface RelativeBlock {
  text: string
  offsets: number[]
  quoted: Uint8Array
}

interface BlockEntry {
  /** Which characters of the block are quoted: part of what the sentences are computed from. */
  quoted: Uint8Array
  sentences: BlockSentence[]
}

/**
 * What an editor remembers between lints of the same note: the prose blocks of each paragraph,
 * the sentences of each block by its text, and the rules' verdicts on them. As the seller types,
 * one block changes; the others are not read, cut into sentences or judged again. Opt-in: the
 * CLI lints each note once and never creates one. Bounded: least recently used entries go first.
 */
export class AnalysisMemo {
  /** @internal Blocks by text, least recently used first. */
  readonly blocks = new Map<string, BlockEntry>()

  /** @internal Prose blocks of paragraphs by what the block builder reads of them. */
  readonly paragraphs = new Map<string, RelativeBlock[]>()

  constructor(readonly maxBlocks = 4096) {}

  /** @internal The blocks of a paragraph, built by `build` the first time its key is seen. */
  blocksOf(key: string, build: () => RelativeBlock[]): RelativeBlock[] {
    const known = this.paragraphs.get(key)
    if (known) {
      this.paragraphs.delete(key)
      this.paragraphs.set(key, known)
      return known
    }
    const blocks = build()
    if (this.paragraphs.size >= this.maxBlocks) this.paragraphs.delete(this.paragraphs.keys().next().value!)
    this.paragraphs.set(key, blocks)
    return blocks
  }

  /** @internal The sentences of a block, computed by `split` the first time its text is seen. */
  sentencesOf(text: string, quoted: Uint8Array, split: () => BlockSentence[]): BlockSentence[] {
    const known = this.blocks.get(text)
    if (known && sameBytes(known.quoted, quoted)) {
      this.blocks.delete(text)
      this.blocks.set(text, known)
      return known.sentences
    }
    const sentences = split()
    // Verdicts are remembered per words array: only arrays held here may carry them.
    for (const sentence of sentences) remembered.add(sentence.words)
    if (known) this.blocks.delete(text)
    else if (this.blocks.size >= this.maxBlocks) this.blocks.delete(this.blocks.keys().next().value!)
    this.blocks.set(text, {quoted: quoted.slice(), sentences})
    return sentences
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

const memoOfTree = new WeakMap<Root, AnalysisMemo>()
const memoOfFile = new WeakMap<VFile, AnalysisMemo>()

/** Let the rules that run on `tree` reuse what `memo` remembers (the editor's parse cache does this). */
export function rememberAnalysis(tree: Root, memo: AnalysisMemo): void {
  memoOfTree.set(tree, memo)
}

/** @internal Tie the memo of the tree being linted to its file, where the prose helpers look. */
export function linkAnalysis(tree: Root, file: VFile): void {
  const memo = memoOfTree.get(tree)
  if (memo) memoOfFile.set(file, memo)
}

const memoOfSection = new WeakMap<object, AnalysisMemo>()

/** @internal Sections of a tree with a memo find it too (the prose helpers get a section and the text). */
export function linkSections(tree: Root, sections: readonly object[]): void {
  const memo = memoOfTree.get(tree)
  if (memo) for (const section of sections) memoOfSection.set(section, memo)
}

/** @internal The memo of a section's note, if an editor gave one. */
export function analysisMemoOfSection(section: object): AnalysisMemo | undefined {
  return memoOfSection.get(section)
}

/** @internal The memo of the note being linted, if an editor gave one. */
export function analysisMemoOf(file: VFile): AnalysisMemo | undefined {
  return memoOfFile.get(file)
}

/** Words arrays of remembered sentences: only these carry verdicts. */
const remembered = new WeakSet<Word[]>()
/** Verdicts by words array, then by detector, then by vocabulary. */
const verdicts = new WeakMap<Word[], Map<Function, Map<object, unknown>>>()

/**
 * `detector(sentence, vocabulary)`, remembered for a sentence of a remembered block: the same
 * words with the same vocabulary get the same verdict. Sentences the memo did not make (every
 * sentence in the CLI) are judged afresh. The detector must read only the sentence's text,
 * words and `isQuestion`, never its position; callers must not change the verdict.
 */
export function sentenceVerdict<S extends {words: Word[]}, Vocabulary extends object, Verdict>(
  sentence: S,
  detector: (sentence: S, vocabulary: Vocabulary) => Verdict,
  vocabulary: Vocabulary
): Verdict {
  const words = sentence.words
  if (!remembered.has(words)) return detector(sentence, vocabulary)
  let byDetector = verdicts.get(words)
  if (!byDetector) {
    byDetector = new Map()
    verdicts.set(words, byDetector)
  }
  let byVocabulary = byDetector.get(detector)
  if (!byVocabulary) {
    byVocabulary = new Map()
    byDetector.set(detector, byVocabulary)
  }
  if (byVocabulary.has(vocabulary)) return byVocabulary.get(vocabulary) as Verdict
  const verdict = detector(sentence, vocabulary)
  byVocabulary.set(vocabulary, verdict)
  return verdict
}
