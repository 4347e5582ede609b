import {unified} from 'unified'
import remarkParse from 'remark-parse'
const blocks = {
  para: 'Acme wants to cut scrap on line 4; [[Acme/Plant 2|the plant]] reported #scrap at 4% with "we lose a shift a week".\n\n',
  list: '- goal:: fewer reworks\n\n',
  callout: '> [!note] Context\n> Their quota is theirs, not ours. See https://example.com/a?b=c for the report.\n\n',
  heading: '## Notes\n\n',
  plain: 'Acme wants to cut scrap on line four and reported scrap at four percent.\n\n',
  wl: 'a [[b|c]] d\n\n',
  br: 'a [b] d\n\n',
}
for (const [name, b] of Object.entries(blocks)) {
  const out = []
  for (const size of [200000, 400000, 800000]) {
    const v = b.repeat(Math.ceil(size / b.length))
    const t = performance.now()
    unified().use(remarkParse).parse(v)
    out.push(Math.round(performance.now() - t))
  }
  console.log(name, out.join(' '))
}
