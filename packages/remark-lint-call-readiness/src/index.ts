import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintCallReadiness = callPlanRule<Options>('call-readiness', () => {})

export default remarkLintCallReadiness
