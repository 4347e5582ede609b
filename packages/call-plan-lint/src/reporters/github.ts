import type {FileResult} from '../result.js'

/**
 * GitHub Actions workflow commands: each message becomes an annotation on the note's line
 * in the pull request (`::warning file=…,line=…::…`).
 */
export function reportGithub(results: FileResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      const command = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties: string[] = [`file=${escapeProperty(result.path)}`]
      const place = message.place
      if (place && 'start' in place) {
        properties.push(`line=${place.start.line}`, `col=${place.start.column}`)
        properties.push(`endLine=${place.end.line}`, `endColumn=${place.end.column}`)
      } else if (place) {
        properties.push(`line=${place.line}`, `col=${place.column}`)
      }
      const title = message.ruleId ? `call-plan-lint(${message.ruleId})` : 'call-plan-lint'
      properties.push(`title=${escapeProperty(title)}`)
      const text = message.note ? `${message.reason}\n${message.note}` : message.reason
      lines.push(`::${command} ${properties.join(',')}::${escapeData(text)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
