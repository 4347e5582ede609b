/**
 * Preloaded into the CLI (`node --require`) to make a race happen on cue: the note named by
 * CALL_PLAN_VANISH is deleted just before the CLI reads it, after listing it, and the
 * note named by CALL_PLAN_DENY fails to read with EACCES (for runs where a real permission
 * failure cannot be arranged). Every fs entry point a reader may use is wrapped.
 */
const fs = require('node:fs')
const {syncBuiltinESMExports} = require('node:module')

const vanish = process.env.CALL_PLAN_VANISH
const deny = process.env.CALL_PLAN_DENY

function before(path) {
  const name = String(path)
  if (vanish && name.endsWith(vanish) && fs.existsSync(name)) fs.unlinkSync(name)
  if (deny && name.endsWith(deny)) {
    const error = new Error(`EACCES: permission denied, open '${name}'`)
    error.code = 'EACCES'
    error.errno = -13
    error.path = name
    throw error
  }
}

function wrapSync(object, key) {
  const original = object[key]
  object[key] = function (path, ...rest) {
    before(path)
    return original.call(this, path, ...rest)
  }
}

function wrapCallback(object, key) {
  const original = object[key]
  object[key] = function (path, ...rest) {
    try {
      before(path)
    } catch (error) {
      const callback = rest[rest.length - 1]
      if (typeof callback === 'function') return void process.nextTick(callback, error)
      throw error
    }
    return original.call(this, path, ...rest)
  }
}

function wrapPromise(object, key) {
  const original = object[key]
  object[key] = async function (path, ...rest) {
    before(path)
    return original.call(this, path, ...rest)
  }
}

// Only reads are wrapped: listing and `stat` still see the note, as in a real race.
for (const key of ['readFileSync', 'openSync', 'createReadStream']) wrapSync(fs, key)
for (const key of ['readFile', 'open']) wrapCallback(fs, key)
for (const key of ['readFile', 'open']) wrapPromise(fs.promises, key)
syncBuiltinESMExports()
