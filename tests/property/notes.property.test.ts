/**
 * Property-based tests over generated notes (random Markdown blocks, our section names and
 * synonyms, frontmatter of random types, Obsidian syntax, quotes, Unicode, three line endings),
 * through the engine every front end uses (`lintText`). 2,000 runs per property by default;
 * a failure prints its seed and path: rerun with `FC_SEED=… FC_PATH=… pnpm exec vitest run tests/property`.
 */
import fc from 'fast-check'
import {lintText} from 'call-plan-lint'
import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {note, runParameters} from './arbitraries.js'

const now = '2026-11-30T09:00:00Z'
const cwd = '/nonexistent-vault'

async function lint(text: string, path = 'plan.md'): Promise<VFile> {
  // `config` given: no file-system lookup, so the runs are about the notes alone.
  return lintText(text, `${cwd}/${path}`, {cwd, now, config: config()})
}

let resolved: Awaited<ReturnType<typeof import('call-plan-lint').loadConfig>> | undefined
function config() {
  return resolved!
}

function lines(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length)
}

function summary(file: VFile): string[] {
  return file.messages.map(
    (message) =>
      `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : `${message.line}:${message.column}`} ${message.ruleId} ${message.fatal} ${message.reason} ${JSON.stringify(message.expected ?? null)}`
  )
}

describe('generated notes', () => {
  it('loads the default configuration', async () => {
    const {loadConfig} = await import('call-plan-lint')
    resolved = await loadConfig(`${cwd}/plan.md`, {cwd})
    expect(resolved.maxFileSize).toBe(5 * 1024 * 1024)
  })

  it('never make a rule throw, and every message is inside the note', async () => {
    let withMessages = 0
    let runs = 0
    await fc.assert(
      fc.asyncProperty(note, async (text) => {
        const file = await lint(text)
        runs++
        if (file.messages.length > 0) withMessages++
        const lengths = lines(text)
        for (const message of file.messages) {
          expect(message.reason).not.toMatch(/could not check this note|Cannot read propert|is not a function|Maximum call stack|\n\s+at /)
          expect(message.ruleId === undefined || typeof message.ruleId === 'string').toBe(true)
          const points =
            message.place && 'start' in message.place
              ? [message.place.start, message.place.end]
              : [{line: message.line ?? 1, column: message.column ?? 1}]
          for (const point of points) {
            expect(point.line).toBeGreaterThanOrEqual(1)
            expect(point.line).toBeLessThanOrEqual(lengths.length)
            expect(point.column).toBeGreaterThanOrEqual(1)
            expect(point.column).toBeLessThanOrEqual(lengths[point.line - 1]! + 1)
          }
          if (message.place && 'start' in message.place) {
            const {start, end} = message.place
            expect(start.line < end.line || (start.line === end.line && start.column <= end.column)).toBe(true)
          }
        }
      }),
      runParameters()
    )
    // The property means something only if the rules had things to say about most notes.
    expect(withMessages).toBeGreaterThan(runs / 2)
  }, 600_000)

  it('give the same messages for the same note', async () => {
    await fc.assert(
      fc.asyncProperty(note, async (text) => {
        expect(summary(await lint(text))).toEqual(summary(await lint(text)))
      }),
      runParameters()
    )
  }, 600_000)

  it('give a note the same messages whatever other note was linted before it', async () => {
    await fc.assert(
      fc.asyncProperty(note, note, async (text, other) => {
        const alone = summary(await lint(text))
        await lint(other, 'other.md')
        expect(summary(await lint(text))).toEqual(alone)
      }),
      runParameters()
    )
  }, 600_000)
})
