import {unified} from 'unified'
import remarkParse from 'remark-parse'
import preset from 'remark-preset-lint-call-plan'
import {VFile} from 'vfile'
import * as c from './cases.js'
const size = Number(process.argv[2])
const value = c.largeNote(size)
const p = unified().use(remarkParse).use(preset)
let t = performance.now()
const file = new VFile({value, path: 'n.md'})
const tree = p.parse(file)
console.log('parse', Math.round(performance.now() - t))
t = performance.now()
await p.run(tree, file)
console.log('run', Math.round(performance.now() - t), file.messages.length)
