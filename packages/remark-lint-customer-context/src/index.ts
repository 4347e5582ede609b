import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintCustomerContext = callPlanRule<Options>('customer-context', () => {})

export default remarkLintCustomerContext
