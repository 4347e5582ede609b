import type {PluggableList} from 'unified'
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
