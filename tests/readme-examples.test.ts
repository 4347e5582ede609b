/**
 * Every rule's README examples are its tests: a `##### \`name.md\`` heading, an optional
 * ```json block of rule options, the ```markdown note, and a ```text block with the exact
 * messages (`line:column-line:column: reason`, one a line). No ```text block: no messages.
 * What a README says a rule flags and accepts can never drift from what it does.
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Code, Heading} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {lint, messages} from './helpers.js'

interface Example {
  name: string
  options?: Record<string, unknown>
  note: string
  expected: string[]
}

const packagesFolder = new URL('../packages/', import.meta.url).pathname
const rulePackages = readdirSync(packagesFolder).filter((name) => name.startsWith('remark-lint-'))

function examplesOf(readme: string): Example[] {
  const tree = unified().use(remarkParse).parse(readme)
  const examples: Example[] = []
  let current: Partial<Example> | undefined
  const finish = () => {
    if (current?.name && current.note !== undefined) {
      examples.push({expected: [], ...current} as Example)
    }
    current = undefined
  }
  for (const node of tree.children) {
    if (node.type === 'heading') {
      finish()
      const text = toString(node as Heading)
      if ((node as Heading).depth === 5 && text.endsWith('.md')) current = {name: text}
      continue
    }
    if (!current || node.type !== 'code') continue
    const code = node as Code
    if (code.lang === 'json') current.options = JSON.parse(code.value) as Record<string, unknown>
    else if (code.lang === 'markdown') current.note = code.value + '\n'
    else if (code.lang === 'text') current.expected = code.value.split('\n').filter(Boolean)
  }
  finish()
  return examples
}

describe.each(rulePackages)('%s README examples', (name) => {
  const readmePath = join(packagesFolder, name, 'README.md')
  const examples = existsSync(readmePath) ? examplesOf(readFileSync(readmePath, 'utf8')) : []

  it('has at least one flagged and one accepted example', () => {
    expect(examples.some((example) => example.expected.length > 0)).toBe(true)
    expect(examples.some((example) => example.expected.length === 0)).toBe(true)
  })

  it.each(examples.map((example) => [example.name, example] as const))('%s', async (_, example) => {
    const {default: rule} = (await import(name)) as {default: never}
    const file = await lint(example.note, [[rule, example.options ? ['warn', example.options] : ['warn']]])
    expect(messages(file)).toEqual(example.expected)
  })
})
