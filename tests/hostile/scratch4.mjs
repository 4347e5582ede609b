import {unified} from 'unified'
import remarkParse from 'remark-parse'
const blocks = {bq1: '> a\n\n', bq2: '> [!note] T\n> b [[x|y]] c\n\n', li: '- a\n\n', br: 'a [b] d\n\n', wl: 'a [[b|c]] d\n\n', para: 'a b c d\n\n'}
const b = blocks[process.argv[2]]
const out = []
for (const n of [4000, 8000, 16000, 32000]) {
  const v = b.repeat(n)
  const c0 = process.cpuUsage()
  unified().use(remarkParse).parse(v)
  const c = process.cpuUsage(c0)
  out.push(Math.round((c.user + c.system) / 1000))
}
console.log(process.argv[2], out.join(' '), 'ms cpu')
