/**
 * Which rule ids an example note expects, from its own text: frontmatter `expect: [...]`,
 * read line by line so broken or refused frontmatter still says it, or an
 * `<!-- expect: id, id -->` comment for notes whose frontmatter is code.
 */
export function expectedRuleIds(text) {
  const comment = text.match(/<!-- expect: ([a-z, -]*) -->/)
  if (comment) return splitIds(comment[1])
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = line.match(/^expect\s*[:=]\s*\[([a-z, "'-]*)\]\s*$/)
    if (match) return splitIds(match[1].replace(/["']/g, ''))
  }
  return undefined
}

function splitIds(list) {
  return list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .sort()
}
