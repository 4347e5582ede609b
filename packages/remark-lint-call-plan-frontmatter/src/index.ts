import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintCallPlanFrontmatter = callPlanRule<Options>('call-plan-frontmatter', () => {})

export default remarkLintCallPlanFrontmatter
