/**
 * No regular expression in the packages may backtrack super-linearly: a note is untrusted
 * text, and one line of it must not hang the linter. `recheck` (automaton and fuzzing
 * checkers, run offline from its bundled engine) judges every pattern the TypeScript
 * parser finds in packages/<package>/src.
 */
import {fileURLToPath} from 'node:url'
import {check, type Diagnostics} from 'recheck'
import {describe, expect, it} from 'vitest'
import {patternsIn, regexLiterals, type FoundPattern} from './regex-literals.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

async function judge(pattern: FoundPattern): Promise<Diagnostics> {
  return check(pattern.source, pattern.flags, {timeout: 20_000})
}

function verdict(pattern: FoundPattern, result: Diagnostics): string {
  const where = `${pattern.file}:${pattern.line} /${pattern.source}/${pattern.flags}`
  if (result.status === 'vulnerable') return `${where}: ${result.complexity.summary}, attack ${result.attack.pattern}`
  if (result.status === 'unknown') return `${where}: could not be judged (${result.error.kind})`
  return ''
}

describe('regular expressions run in linear time', () => {
  it('the checker itself works here and flags a known bad pattern, found at its line', async () => {
    const found = patternsIn('fixture.ts', "const ok = 1 / 2\n// not /(a+)+/ in a comment\nconst bad = /^(a+)+$/u\nconst built = new RegExp('(x|x)*y', 'g')\n")
    expect(found.map((pattern) => [pattern.line, pattern.source, pattern.flags])).toEqual([
      [3, '^(a+)+$', 'u'],
      [4, '(x|x)*y', 'g']
    ])
    for (const pattern of found) expect((await judge(pattern)).status).toBe('vulnerable')
  })

  it('every pattern in packages/*/src is safe', async () => {
    const patterns = regexLiterals(root)
    // The packages hold dozens of patterns; finding none would mean the scan is broken.
    expect(patterns.length).toBeGreaterThan(20)
    const problems: string[] = []
    for (const pattern of patterns) {
      const problem = verdict(pattern, await judge(pattern))
      if (problem) problems.push(problem)
    }
    expect(problems).toEqual([])
  }, 120_000)
})
