import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {FileResult} from '../result.js'

/** Results as vfile-reporter prints them; colour only when asked (a terminal). */
export function reportHuman(results: FileResult[], options: {cwd: string; color: boolean; verbose: boolean}): string {
  const files = results.map((result) => {
    const file = new VFile({path: result.path, cwd: options.cwd})
    for (const plain of result.messages) {
      const message = new VFileMessage(plain.reason, {
        place: plain.place,
        ruleId: plain.ruleId,
        source: plain.source
      })
      message.fatal = plain.fatal
      message.file = result.path
      if (plain.url) message.url = plain.url
      if (plain.note) message.note = plain.note
      if (plain.expected) message.expected = plain.expected
      if (plain.actual) message.actual = plain.actual
      file.messages.push(message)
    }
    return file
  })
  if (files.length === 0) return ''
  return reporter(files, {color: options.color, verbose: options.verbose})
}
