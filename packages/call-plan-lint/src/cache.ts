import {mkdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {FileResult} from './result.js'

export const defaultCacheLocation = '.callplancache'

const cacheFormat = 1

interface CacheEntry {
  /** Hash of the tool version, the configuration and the note's content. */
  key: string
  /** The "now" the note was judged against (ISO). */
  now: string
  /** Whether that "now" was the clock (not `--now` or `settings.now`). */
  clock: boolean
  result: FileResult
}

interface CacheData {
  format: number
  entries: Record<string, CacheEntry>
}

/**
 * Results of earlier runs by note, reused when the note's content, the configuration and the tool
 * version are unchanged. Readiness depends on the time too: a call plan whose meeting is still ahead
 * is judged again, unless both runs were told the same `--now`.
 */
export class ResultCache {
  private entries: Record<string, CacheEntry> = {}
  private changed = false

  constructor(readonly location: string) {}

  /** Resolve `--cache-location`: a folder (existing, or ending in `/`) gets the default file name. */
  static async at(location: string | undefined, cwd: string): Promise<ResultCache> {
    let file = path.resolve(cwd, location ?? defaultCacheLocation)
    const isFolder =
      (location !== undefined && /[\\/]$/.test(location)) || (await stat(file).catch(() => undefined))?.isDirectory()
    if (isFolder) file = path.join(file, defaultCacheLocation)
    const cache = new ResultCache(file)
    await cache.read()
    return cache
  }

  /** A cache that cannot be read or does not look right is ignored (and rebuilt), never trusted. */
  private async read(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.location, 'utf8')) as CacheData
      if (data && data.format === cacheFormat && data.entries && typeof data.entries === 'object') {
        this.entries = data.entries
      }
    } catch {
      this.entries = {}
    }
  }

  get(notePath: string, key: string, now: Date, clock: boolean): FileResult | undefined {
    const entry = this.entries[notePath]
    if (!entry || entry.key !== key || !entry.result || !Array.isArray(entry.result.messages)) return undefined
    if (!entry.result.isCallPlan) return entry.result
    if (!clock && !entry.clock && entry.now === now.toISOString()) return entry.result
    // A meeting that was over at both times is never flagged for readiness: still valid.
    const start = entry.result.meeting?.start ? Date.parse(entry.result.meeting.start) : Number.NaN
    const over = start + 2 * 24 * 60 * 60 * 1000
    if (over < Math.min(Date.parse(entry.now), now.getTime())) return entry.result
    return undefined
  }

  set(notePath: string, key: string, now: Date, clock: boolean, result: FileResult): void {
    this.entries[notePath] = {key, now: now.toISOString(), clock, result}
    this.changed = true
  }

  /** Drop a note's entry (a note `--fix` rewrote): it is linted afresh next time. */
  forget(notePath: string): void {
    if (notePath in this.entries) {
      delete this.entries[notePath]
      this.changed = true
    }
  }

  /** Write the cache atomically, so an interrupted run leaves the old one whole. */
  async save(): Promise<void> {
    if (!this.changed) return
    await mkdir(path.dirname(this.location), {recursive: true})
    const temporary = `${this.location}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify({format: cacheFormat, entries: this.entries} satisfies CacheData))
    await rename(temporary, this.location)
  }
}
