/**
 * Preloaded into the CLI (`node --require`) by the `--fix` tests, never by the tool itself, to
 * make what cannot be timed happen on cue, at the moment `--fix` creates its temporary file
 * (after it read the note and computed the fix, before it replaces the note):
 * - CALL_PLAN_CHANGE_ON_FIX=<absolute note path>: another program (an editor, a sync client)
 *   saves the note, appending a line;
 * - CALL_PLAN_FAIL_WRITE=1: writing the temporary file fails as on a full disk (ENOSPC);
 * - CALL_PLAN_DENY_TEMPORARY=1: creating the temporary file fails as in a folder the user may
 *   not write (EACCES), for runs where a real permission failure cannot be arranged.
 */
const fs = require('node:fs')
const path = require('node:path')
const {syncBuiltinESMExports} = require('node:module')

const changeOnFix = process.env.CALL_PLAN_CHANGE_ON_FIX
const failWrite = process.env.CALL_PLAN_FAIL_WRITE === '1'
const denyTemporary = process.env.CALL_PLAN_DENY_TEMPORARY === '1'
const temporaryDescriptors = new Set()

const isTemporary = (file) => String(file).endsWith('.call-plan-lint.tmp')

const openSync = fs.openSync
fs.openSync = function (file, flags, ...rest) {
  if (denyTemporary && isTemporary(file)) {
    const error = new Error(`EACCES: permission denied, open '${file}'`)
    error.code = 'EACCES'
    error.errno = -13
    error.path = String(file)
    throw error
  }
  const descriptor = openSync.call(this, file, flags, ...rest)
  if (isTemporary(file) && flags === 'wx') {
    temporaryDescriptors.add(descriptor)
    // The temporary file of a note is named after it: `.<note name>.<random>.call-plan-lint.tmp`.
    const forNote = changeOnFix && path.basename(String(file)).startsWith(`.${path.basename(changeOnFix)}.`)
    if (forNote) fs.appendFileSync(changeOnFix, 'Edited in another app meanwhile.\n')
  }
  return descriptor
}

const writeSync = fs.writeSync
fs.writeSync = function (descriptor, ...rest) {
  if (failWrite && temporaryDescriptors.has(descriptor)) {
    const error = new Error('ENOSPC: no space left on device, write')
    error.code = 'ENOSPC'
    error.errno = -28
    throw error
  }
  return writeSync.call(this, descriptor, ...rest)
}

syncBuiltinESMExports()
