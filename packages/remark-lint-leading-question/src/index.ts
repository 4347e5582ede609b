import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintLeadingQuestion = callPlanRule<Options>('leading-question', () => {})

export default remarkLintLeadingQuestion
