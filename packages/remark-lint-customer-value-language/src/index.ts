import {callPlanRule} from 'call-plan-core'

export interface Options {}

/** Placeholder until the rule lands: reports nothing. */
const remarkLintCustomerValueLanguage = callPlanRule<Options>('customer-value-language', () => {})

export default remarkLintCustomerValueLanguage
