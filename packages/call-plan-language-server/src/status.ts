import type {Finding} from './diagnostics.js'
import type {CallPlanStatus} from './protocol.js'

/** Rules whose findings mean the plan cannot answer "what's in it for the customer?" yet. */
const readinessRules = ['call-readiness', 'customer-value-section']

/**
 * Ready or not, derived from the same findings the seller sees: a `call-readiness` finding first
 * (the call is soon), else a `customer-value-section` finding (no usable answer yet).
 */
export function statusOf(uri: string, version: number, callPlan: boolean, findings: Finding[]): CallPlanStatus {
  if (!callPlan) return {uri, version, callPlan: false, ready: false}
  for (const ruleId of readinessRules) {
    const finding = findings.find((candidate) => candidate.ruleId === ruleId && !candidate.crashed)
    if (finding) return {uri, version, callPlan: true, ready: false, reason: finding.reason, ruleId}
  }
  return {uri, version, callPlan: true, ready: true}
}
