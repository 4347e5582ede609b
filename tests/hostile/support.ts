import {unified} from 'unified'
import remarkParse from 'remark-parse'
import preset from 'remark-preset-lint-call-plan'
import {VFile} from 'vfile'
import {expect} from 'vitest'

/** One note through the preset exactly as a remark user runs it. */
export async function lintWithPreset(value: string | Uint8Array, path = 'note.md'): Promise<VFile> {
  const file = new VFile({value, path})
  const processor = unified().use(remarkParse).use(preset)
  await processor.run(processor.parse(file), file)
  return file
}

/** Lengths of the lines of a text, split the way unist positions count lines. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length)
}

/** Every message has a position inside the text, and none is a crash dressed as a message. */
export function expectSaneMessages(file: VFile, text = String(file)): void {
  const lines = lineLengths(text)
  for (const message of file.messages) {
    expect(message.reason).not.toMatch(/Cannot read propert|is not a function|Maximum call stack|\n\s+at /)
    expect(message.line, message.reason).toBeGreaterThanOrEqual(1)
    expect(message.line!, message.reason).toBeLessThanOrEqual(lines.length)
    expect(message.column!, message.reason).toBeGreaterThanOrEqual(1)
    expect(message.column!, message.reason).toBeLessThanOrEqual(lines[message.line! - 1]! + 1)
  }
}

/** Messages as `line:column ruleId`, to compare runs. */
export function summary(file: VFile): string[] {
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.source}: ${message.reason}`)
}
