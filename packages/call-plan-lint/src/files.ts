import {stat} from 'node:fs/promises'
import path from 'node:path'

/** A note the run was asked about, in the order the user gave it. */
export interface Candidate {
  absolute: string
  /** Relative to the working folder, with `/` (absolute when outside it). */
  path: string
  /** Named on the command line (not found in a folder or by a glob). */
  explicit: boolean
  /** Folder against which default-skipped folders are judged: the folder searched, or the working folder. */
  base: string
}

export interface Expansion {
  candidates: Candidate[]
  /** Named paths that do not exist and are not globs. */
  missing: Candidate[]
}

const noteGlob = '**/*.{md,markdown}'
const globMagic = /[*?[\]{}()!]/

/**
 * Files to lint from paths, folders and globs. Folders are searched for `.md`/`.markdown`
 * notes, skipping dot-folders (`.obsidian/`, `.trash/`, …) and `node_modules/`. Order is stable:
 * arguments in the order given, files found in a folder or by a glob sorted by path.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<Expansion> {
  const seen = new Set<string>()
  const candidates: Candidate[] = []
  const missing: Candidate[] = []
  const add = (absolute: string, explicit: boolean, base: string, into = candidates) => {
    if (seen.has(absolute)) return
    seen.add(absolute)
    into.push({absolute, path: displayPath(absolute, cwd), explicit, base})
  }

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input)
    const stats = await stat(absolute).catch(() => undefined)
    if (stats?.isDirectory()) {
      for (const found of await glob([noteGlob], absolute)) add(found, false, absolute)
    } else if (stats) {
      add(absolute, true, cwd)
    } else if (globMagic.test(input)) {
      for (const found of await glob([input.split(path.sep).join('/')], cwd)) add(found, false, cwd)
    } else {
      add(absolute, true, cwd, missing)
    }
  }
  return {candidates, missing}
}

async function glob(patterns: string[], cwd: string): Promise<string[]> {
  // Loaded only when a folder or glob is given: a pre-commit run names its files.
  const {glob: tinyglobby} = await import('tinyglobby')
  const found = await tinyglobby(patterns, {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    caseSensitiveMatch: false,
    ignore: ['**/node_modules/**']
  })
  return found.map((file) => path.resolve(file)).sort(comparePaths)
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return absolute.split(path.sep).join('/')
  return relative.split(path.sep).join('/')
}
