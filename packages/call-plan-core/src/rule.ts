import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {analyzeCallPlan, type CallPlanAnalysis} from './call-plan.js'
import {allSections, type Section} from './sections.js'
import {noteText} from './text.js'
import {linkAnalysis, linkSections} from './memo.js'
import type {RuleId} from './rule-ids.js'

/** Every message of every rule carries this `source`. */
export const source = 'call-plan-lint'

export {ruleIds, type RuleId} from './rule-ids.js'

const docsBase = 'https://github.com/call-plan-lint/call-plan-lint/tree/main/packages/'

/** Where a rule's documentation lives: its package README. */
export function ruleUrl(ruleId: RuleId): string {
  return `${docsBase}remark-lint-${ruleId}#readme`
}

export interface RuleContext {
  tree: Root
  file: VFile
  /** The note's text. */
  source: string
  analysis: CallPlanAnalysis
  /** All sections of the note (headings and callouts), computed once per note. */
  sections: Section[]
}

const sectionCache = new WeakMap<Root, Section[]>()

/** All sections of a note, computed once however many rules ask. */
export function sectionsOf(tree: Root, source: string): Section[] {
  let sections = sectionCache.get(tree)
  if (!sections) {
    sections = allSections(tree, source)
    sectionCache.set(tree, sections)
    linkSections(tree, sections)
  }
  return sections
}

/**
 * A remark-lint rule that only looks at call plans: other notes of the vault are
 * skipped silently, and every message gets the rule id, source and docs url.
 */
export function callPlanRule<Options>(
  ruleId: RuleId,
  check: (context: RuleContext, options: Options | undefined) => void
) {
  return lintRule<Root, Options>(
    {origin: `${source}:${ruleId}`, url: ruleUrl(ruleId)},
    (tree, file, options) => {
      const analysis = analyzeCallPlan(tree, file)
      if (!analysis.isCallPlan) return
      linkAnalysis(tree, file)
      const text = noteText(file)
      check({tree, file, source: text, analysis, sections: sectionsOf(tree, text)}, options)
    }
  )
}
