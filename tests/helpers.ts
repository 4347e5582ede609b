import type {Root} from 'mdast'
import type {Plugin, PluggableList} from 'unified'
import {expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {remarkCallPlan, type CallPlanSettings} from 'call-plan-core'

/**
 * Lint one note with some plugins (usually `[[rule, options]]`) the way the preset does:
 * frontmatter syntax, then the shared call-plan settings, then the plugins.
 */
export async function lint(
  document: string,
  plugins: PluggableList,
  options: {settings?: CallPlanSettings; path?: string} = {}
): Promise<VFile> {
  const file = new VFile({value: document, path: options.path ?? 'note.md'})
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkCallPlan, options.settings ?? {})
    .use(plugins)
  await processor.run(processor.parse(file), file)
  return file
}

/** Messages as `line:column-line:column: reason`, the form README examples use. */
export function messages(file: VFile): string[] {
  return file.messages.map((message) => {
    const place = message.place
    let where = '1:1'
    if (place && 'start' in place) {
      where = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
    } else if (place) {
      where = `${place.line}:${place.column}`
    }
    return `${where}: ${message.reason}`
  })
}

/** One row of a rule's table: a note and the exact messages it must produce (none when accepted). */
export interface RuleCase<Options> {
  name: string
  note: string
  options?: Options
  expected: string[]
}

/** The messages of one rule on one note, as a warning with `options` when given. */
export async function ruleMessages(rule: Plugin<never[], Root>, note: string, options?: object): Promise<string[]> {
  return messages(await lint(note, [[rule, options ? ['warn', options] : ['warn']]]))
}

/**
 * A rule's table in the style of ESLint's RuleTester, inside the current `describe`: each accepted
 * note and each flagged note with its exact messages.
 */
export function ruleTable<Options>(
  run: (note: string, options?: Options) => Promise<string[]>,
  valid: Array<RuleCase<Options>>,
  invalid: Array<RuleCase<Options>>
): void {
  it.each(valid.map((one) => [one.name, one] as const))('accepts %s', async (_, one) => {
    expect(await run(one.note, one.options)).toEqual(one.expected)
  })

  it.each(invalid.map((one) => [one.name, one] as const))('flags %s', async (_, one) => {
    expect(await run(one.note, one.options)).toEqual(one.expected)
  })
}
