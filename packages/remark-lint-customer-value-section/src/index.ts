import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintCustomerValueSection = callPlanRule<Options>('customer-value-section', () => {})

export default remarkLintCustomerValueSection
