// The floor: read and parse every note with remark-parse + remark-frontmatter, nothing else,
// in one thread. Any linter over the same notes does at least this much work.
import {readFile} from 'node:fs/promises'
import {glob} from 'tinyglobby'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'

const root = process.argv[2] ?? '.'
const files = await glob(['**/*.{md,markdown}'], {cwd: root, absolute: true, dot: false, ignore: ['**/node_modules/**']})
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])
let nodes = 0
for (const file of files.sort()) {
  const tree = processor.parse(await readFile(file, 'utf8'))
  nodes += tree.children.length
}
console.log(`parsed ${files.length} notes (${nodes} top-level nodes)`)
