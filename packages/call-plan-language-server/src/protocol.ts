/**
 * The one thing the server says beyond LSP: whether the note in front of the seller is a call
 * plan, and if so whether it is ready for the call. Editors show it in a status bar.
 */
export const statusNotification = 'callPlanLint/status'

export interface CallPlanStatus {
  uri: string
  /** Document version the status belongs to. */
  version: number
  /** False for notes that are not call plans (and ignored notes): editors hide the status. */
  callPlan: boolean
  ready: boolean
  /** Why the plan is not ready, in the words of the finding that says so. */
  reason?: string
  /** Rule id of that finding. */
  ruleId?: string
}

/** Settings section read through `workspace/configuration`. */
export const settingsSection = 'callPlanLint'

