import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Ignore} from 'ignore'
import {LookupCache, type LookupOptions} from './config.js'

export const ignoreFileName = '.callplanignore'

/** Folders of a vault that never hold notes to lint (besides every dot-folder). */
export const skippedFolders = ['.obsidian', '.trash', 'node_modules']

/** Whether a note is skipped: in `.obsidian/`, `.trash/`, `node_modules/` or a dot-folder, or ignored by a `.callplanignore`. */
export async function isIgnored(filePath: string, options: LookupOptions = {}): Promise<boolean> {
  return (await ignoreReason(filePath, options)) !== undefined
}

/** Why a note is skipped (for `--verbose`), or `undefined` when it is not. */
export async function ignoreReason(
  filePath: string,
  options: LookupOptions & {
    /** Folder against which default-skipped folders are judged (default: `cwd`). */
    base?: string
  } = {}
): Promise<string | undefined> {
  const cwd = options.cwd ?? process.cwd()
  const cache = options.cache ?? new LookupCache()
  const absolute = path.resolve(cwd, filePath)
  const folder = skippedFolder(path.relative(options.base ?? cwd, absolute))
  if (folder) return `inside \`${folder}/\`, which is skipped by default`

  // Every ignore file from the filesystem root down to the note's folder, like nested .gitignore
  // files: a nearer file can re-include (`!pattern`) what a farther one ignored.
  const folders: string[] = []
  for (let current = path.dirname(absolute); ; ) {
    folders.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  let reason: string | undefined
  for (const current of folders) {
    const rules = await ignoreRulesIn(current, cache)
    if (!rules) continue
    const relative = path.relative(current, absolute).split(path.sep).join('/')
    const result = rules.matcher.checkIgnore(relative)
    if (result.ignored) {
      const where = path.relative(cwd, rules.file).split(path.sep).join('/') || ignoreFileName
      reason = `matches \`${result.rule?.pattern ?? relative}\` in ${where}`
    } else if (result.unignored) {
      reason = undefined
    }
  }
  return reason
}

/** The first folder of a path (relative to the working folder) that is skipped by default. */
export function skippedFolder(relative: string): string | undefined {
  const parts = relative.split(/[\\/]/)
  parts.pop()
  for (const part of parts) {
    if (part === '..' || part === '.' || part === '') continue
    if (part.startsWith('.') || skippedFolders.includes(part)) return part
  }
  return undefined
}

interface IgnoreRules {
  file: string
  matcher: Ignore
}

function ignoreRulesIn(folder: string, cache: LookupCache): Promise<IgnoreRules | undefined> {
  let found = cache.ignores.get(folder) as Promise<IgnoreRules | undefined> | undefined
  if (!found) {
    found = readIgnoreFile(folder)
    cache.ignores.set(folder, found)
  }
  return found
}

async function readIgnoreFile(folder: string): Promise<IgnoreRules | undefined> {
  const file = path.join(folder, ignoreFileName)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  const {default: ignore} = await import('ignore')
  return {file, matcher: ignore().add(text)}
}
