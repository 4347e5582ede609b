import {unified} from 'unified'
import remarkParse from 'remark-parse'
const unit = process.argv[2]
const out = []
for (const n of [10000, 20000, 40000]) {
  const v = unit.repeat(n / unit.length)
  const c0 = process.cpuUsage()
  unified().use(remarkParse).parse(v)
  const c = process.cpuUsage(c0)
  out.push(Math.round((c.user + c.system) / 1000))
}
console.log(JSON.stringify(unit), out.join(' '), 'ms cpu (parse only, 10k 20k 40k chars)')
