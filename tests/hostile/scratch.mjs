import {unified} from 'unified'
import remarkParse from 'remark-parse'
import preset from 'remark-preset-lint-call-plan'
import {VFile} from 'vfile'
import * as c from './cases.js'
async function run(name, value) {
  const file = new VFile({value, path: 'n.md'})
  const p = unified().use(remarkParse).use(preset)
  const t = performance.now()
  try { await p.run(p.parse(file), file) } catch (e) { console.log(name, 'THROW', String(e).slice(0, 200)); return }
  console.log(name, Math.round(performance.now() - t), 'ms', file.messages.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).slice(0,3), file.data.callPlan?.frontmatter?.problem)
}
for (const f of c.javascriptFences) await run(f, c.javascriptFrontmatter(f, '/tmp/marker'))
await run('laughs', c.billionLaughs())
for (const t of Object.keys(c.customTags)) await run(t, c.customTagNote(t))
await run('unclosed', c.unclosedFrontmatter)
await run('10MB', c.largeNote(10e6))
for (const [n, u] of Object.entries(c.lineUnits)) await run('line ' + n, c.singleLine(1e6, u))
await run('bq', c.nestedBlockquotes(10000))
await run('lists', c.nestedLists(10000))
await run('olists', c.nestedOrderedListLines(1000))
await run('only fm', c.onlyFrontmatter)
await run('empty', '')
await run('binary', c.binaryBytes())
await run('utf8', c.invalidUtf8Bytes())
await run('nul', c.nulNote)
for (const e of ['\n', '\r\n', '\r']) await run('eol' + JSON.stringify(e), c.withLineEndings(c.positionedNote, e))
