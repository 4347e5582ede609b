import {createHash} from 'node:crypto'

/** What a cached result depends on: the tool version, the configuration and the note's content. */
export function cacheKey(toolVersion: string, configKey: string, content: string): string {
  return createHash('sha256').update(toolVersion).update('\0').update(configKey).update('\0').update(content).digest('hex')
}
