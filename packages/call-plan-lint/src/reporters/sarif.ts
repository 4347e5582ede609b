import {pathToFileURL} from 'node:url'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import {ruleUrl, type RuleId} from 'call-plan-core'
import {defaultSeverities} from 'remark-preset-lint-call-plan'
import {knownRuleIds} from '../config.js'
import type {FileResult} from '../result.js'

const descriptions: Record<RuleId, string> = {
  'customer-value-section': 'The plan has a section saying what is in it for the customer, and it says something.',
  'customer-value-language': 'The customer-value section is written from the customer’s side, not the seller’s.',
  'leading-question': 'Discovery questions are open, not leading the customer into a pitch.',
  'call-plan-frontmatter': 'The frontmatter can be read and holds the fields a plan needs.',
  'customer-context': 'The plan says what the customer wants to achieve, what stands in the way, and why now.',
  'call-readiness': 'A call that is soon has a plan that answers what is in it for the customer.'
}

/** Messages that are not a rule's: a note that could not be read or was too large. */
const fileRuleId = 'call-plan-lint'

/** SARIF 2.1.0 for code-scanning tools; paths are relative to `SRCROOT`, the working folder. */
export function reportSarif(results: FileResult[], options: {cwd: string; version: string}): string {
  const rules: ReportingDescriptor[] = knownRuleIds.map((id) => ({
    id,
    name: id,
    shortDescription: {text: descriptions[id]},
    helpUri: ruleUrl(id),
    defaultConfiguration: {level: defaultSeverities[id] === 'error' ? 'error' : 'warning'}
  }))
  rules.push({
    id: fileRuleId,
    name: 'note-could-not-be-checked',
    shortDescription: {text: 'The note could not be read, or was too large to check.'},
    helpUri: 'https://github.com/call-plan-lint/call-plan-lint/tree/main/packages/call-plan-lint#readme'
  })
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))

  const sarifResults: Result[] = []
  for (const file of results) {
    for (const message of file.messages) {
      const ruleId = message.ruleId && ruleIndex.has(message.ruleId) ? message.ruleId : fileRuleId
      const result: Result = {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.note ? `${message.reason}\n\n${message.note}` : message.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: encodeURI(file.path), uriBaseId: 'SRCROOT'},
              ...regionOf(message.place)
            }
          }
        ]
      }
      sarifResults.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'call-plan-lint',
            version: options.version,
            informationUri: 'https://github.com/call-plan-lint/call-plan-lint',
            rules
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToFileURL(options.cwd + '/').href}},
        results: sarifResults
      }
    ]
  }
  return JSON.stringify(log, undefined, 2) + '\n'
}

function regionOf(place: FileResult['messages'][number]['place']) {
  if (!place) return {}
  if ('start' in place) {
    return {
      region: {
        startLine: place.start.line,
        startColumn: place.start.column,
        endLine: place.end.line,
        endColumn: place.end.column
      }
    }
  }
  return {region: {startLine: place.line, startColumn: place.column}}
}
