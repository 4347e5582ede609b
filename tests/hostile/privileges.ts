import {spawnSync} from 'node:child_process'

/** `nobody`: root reads and writes anything, so permission failures are real only as another user. */
export const unprivileged = 65534

/**
 * Whether the CLI at `bin` can run as `nobody` here: the tests must be root, have `setpriv`, and
 * `nobody` must be able to reach the checkout (a clone in a private temporary folder is not).
 * Where it cannot, the tests make the same failure happen through a preloaded fs hook instead.
 */
export function canRunAsNobody(bin: string): boolean {
  if (process.getuid?.() !== 0) return false
  const probe = spawnSync(
    'setpriv',
    [`--reuid=${unprivileged}`, `--regid=${unprivileged}`, '--clear-groups', process.execPath, bin, '--version'],
    {encoding: 'utf8'}
  )
  return probe.status === 0
}
