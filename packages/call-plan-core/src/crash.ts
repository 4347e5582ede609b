import type {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

/**
 * Whether a message stands for a rule that threw instead of judging the note:
 * unified-lint-rule turns the exception into a message whose `cause` is that
 * exception (a plain error, not a message with a place in the note).
 */
export function isRuleCrash(message: VFileMessage): boolean {
  const cause = message.cause as unknown
  return cause instanceof Error && !('reason' in cause) && message.place === undefined
}

/** What a sales person reads when a check could not judge their note. */
export function crashReason(ruleId: string | undefined, problem: string): string {
  const rule = ruleId ? `The \`${ruleId}\` check` : 'A check'
  return `${rule} could not read this note, so it was skipped; the other checks still ran (${problem})`
}

/** Crash messages already worded for people: a second pass must not wrap them again. */
const reported = new WeakSet<VFileMessage>()

/**
 * Report every rule crash as an error, whatever the rule's severity: a check that did not
 * run has not found the note fine, and `--frail`-less CI runs must not pass over it.
 * unified-lint-rule gives the crash the rule's own severity, so this runs after the rules.
 */
export function remarkCallPlanRuleCrashes() {
  return (_tree: unknown, file: VFile) => {
    for (const message of file.messages) {
      if (!isRuleCrash(message) || reported.has(message)) continue
      reported.add(message)
      message.fatal = true
      message.reason = crashReason(message.ruleId, message.reason)
      message.message = message.reason
    }
  }
}
