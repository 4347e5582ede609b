import type {Hover, Position, Range} from 'vscode-languageserver'
import type {Finding} from './diagnostics.js'

/**
 * Hover on a flagged range: what is wrong, why the customer would care and what to write instead
 * (the rule's `note`), with a link to the rule's page.
 */
export function hoverAt(findings: Finding[], position: Position): Hover | undefined {
  const here = findings.filter((finding) => contains(finding.diagnostic.range, position))
  if (here.length === 0) return undefined
  const parts = here.map((finding) => {
    const lines = [`**${finding.reason}**`]
    if (finding.note) lines.push('', `**Instead:** ${finding.note}`)
    if (finding.ruleId) {
      lines.push('', finding.url ? `[\`${finding.ruleId}\`](${finding.url})` : `\`${finding.ruleId}\``)
    }
    return lines.join('\n')
  })
  // The narrowest range is the one the seller points at.
  const range = here
    .map((finding) => finding.diagnostic.range)
    .reduce((narrowest, candidate) => (span(candidate) < span(narrowest) ? candidate : narrowest))
  return {contents: {kind: 'markdown', value: parts.join('\n\n---\n\n')}, range}
}

function contains(range: Range, position: Position): boolean {
  const {start, end} = range
  if (position.line < start.line || position.line > end.line) return false
  if (position.line === start.line && position.character < start.character) return false
  if (position.line === end.line && position.character > end.character) return false
  return true
}

function span(range: Range): number {
  return (range.end.line - range.start.line) * 100_000 + (range.end.character - range.start.character)
}
