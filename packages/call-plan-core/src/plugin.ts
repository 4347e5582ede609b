import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {setCallPlanSettings, type CallPlanSettings} from './call-plan.js'
import {limitNesting} from './nesting.js'

/**
 * Shares settings with every call-plan rule: which notes are call plans, the seller's
 * names, "now"; and cuts quotes or lists nested absurdly deep. Reads `settings.callPlan` (from a preset or `.remarkrc`) and its options.
 */
export default function remarkCallPlan(this: Processor, options?: CallPlanSettings) {
  const fromSettings = (this.data('settings') as {callPlan?: CallPlanSettings} | undefined)?.callPlan
  const settings: CallPlanSettings = {...fromSettings, ...options}
  return (tree: Root, file: VFile) => {
    setCallPlanSettings(file, settings)
    // Before any rule walks the tree: a pathologically deep note would overflow the stack.
    limitNesting(tree, file)
  }
}
