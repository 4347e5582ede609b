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

/**
 * Node options the server runs best with (the bin's shebang has them): a larger young generation
 * for the many short-lived objects of parsing and linting. Editors that start the server with
 * their own `node` pass these.
 */
export const serverNodeOptions = ['--max-semi-space-size=32']
