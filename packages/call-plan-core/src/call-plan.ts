import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import picomatch from 'picomatch'
import {readFrontmatter, type Frontmatter} from './frontmatter.js'
import {inlineTags} from './obsidian.js'
import {noteText} from './text.js'

/** How to recognise a call plan among the notes of a vault. */
export interface CallPlanDetection {
  /** Frontmatter field that names the note type (default: `type`). */
  typeField?: string
  /** Values of that field that make a call plan (default: `['call-plan']`). */
  typeValues?: string[]
  /** Tags that make a call plan, in frontmatter `tags` or inline `#tag` (default: `['call-plan']`). */
  tags?: string[]
  /** Globs (relative to the working folder) of notes that are always call plans (default: none). */
  paths?: string[]
}

/** Shared settings of every call-plan rule, set once by `remarkCallPlan`. */
export interface CallPlanSettings {
  detection?: CallPlanDetection
  /** The seller's own company names, for the language rules. */
  sellerNames?: string[]
  /** The seller's product names, for the language rules. */
  productNames?: string[]
  /** The time to judge readiness against (ISO date-time); default: the clock. */
  now?: string | Date
}

export interface CallPlanAnalysis {
  frontmatter: Frontmatter
  isCallPlan: boolean
  /** Why the note counts as a call plan, for `--verbose` output. */
  because?: string
  settings: CallPlanSettings
}

interface CallPlanData {
  callPlanSettings?: CallPlanSettings
  callPlan?: CallPlanAnalysis
}

/** Store the shared settings on each file before the rules run. */
export function setCallPlanSettings(file: VFile, settings: CallPlanSettings): void {
  const data = file.data as CallPlanData
  data.callPlanSettings = settings
  delete data.callPlan
}

/**
 * What every rule needs to know about a note, computed once per file
 * (frontmatter, whether it is a call plan) and shared by all rules.
 */
export function analyzeCallPlan(tree: Root, file: VFile): CallPlanAnalysis {
  const data = file.data as CallPlanData
  if (data.callPlan) return data.callPlan
  const settings = data.callPlanSettings ?? {}
  const frontmatter = readFrontmatter(noteText(file))
  // A broken or refused block still says what the note is, line by line.
  const fields = frontmatter.problem ? looseFields(frontmatter.looseData) : frontmatter.data
  const because = callPlanReason(fields, tree, file, settings.detection ?? {})
  const analysis: CallPlanAnalysis = {
    frontmatter,
    isCallPlan: because !== undefined,
    settings
  }
  if (because !== undefined) analysis.because = because
  data.callPlan = analysis
  return analysis
}

function callPlanReason(
  data: Record<string, unknown>,
  tree: Root,
  file: VFile,
  detection: CallPlanDetection
): string | undefined {
  const typeField = detection.typeField ?? 'type'
  const typeValues = (detection.typeValues ?? ['call-plan']).map(lower)
  const tags = (detection.tags ?? ['call-plan']).map(normalizeTag)

  const declared = data[typeField]
  for (const value of Array.isArray(declared) ? declared : [declared]) {
    if (typeof value === 'string' && typeValues.includes(lower(value))) {
      return `frontmatter \`${typeField}: ${value}\``
    }
  }

  for (const tag of frontmatterTags(data)) {
    if (tagMatches(tag, tags)) return `frontmatter tag \`${tag}\``
  }

  for (const tag of inlineTags(tree)) {
    if (tagMatches(tag.name, tags)) return `tag \`#${tag.name}\` on line ${tag.line}`
  }

  if (detection.paths && detection.paths.length > 0 && file.path) {
    const relative = file.path.startsWith('/') ? relativePath(file.cwd, file.path) : file.path
    const matcher = picomatch(detection.paths, {dot: true})
    if (matcher(relative.replaceAll('\\', '/'))) return `its path matches \`${detection.paths.join('`, `')}\``
  }

  return undefined
}

function looseFields(loose: Record<string, string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {...loose}
  for (const key of ['tags', 'tag']) {
    const value = loose[key]
    if (value !== undefined) fields[key] = value.replace(/^\[|\]$/g, '').replace(/["']/g, '')
  }
  return fields
}

function relativePath(cwd: string, path: string): string {
  const base = cwd.endsWith('/') ? cwd : cwd + '/'
  return path.startsWith(base) ? path.slice(base.length) : path
}

/** Tags listed in frontmatter (`tags` or `tag`), as a list, a comma- or space-separated string. */
export function frontmatterTags(data: Record<string, unknown>): string[] {
  const found: string[] = []
  for (const key of ['tags', 'tag']) {
    const value = data[key]
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : []
    for (const item of items) {
      if (typeof item === 'string' && item.trim()) found.push(normalizeTag(item))
    }
  }
  return found
}

function tagMatches(tag: string, wanted: string[]): boolean {
  const normalized = normalizeTag(tag)
  // Obsidian nests tags: `#call-plan/discovery` is still a call plan.
  return wanted.some((one) => normalized === one || normalized.startsWith(one + '/'))
}

function normalizeTag(tag: string): string {
  return lower(tag.trim().replace(/^#/, ''))
}

function lower(value: string): string {
  return value.toLowerCase()
}
