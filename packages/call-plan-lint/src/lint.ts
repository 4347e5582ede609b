import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {analyzeCallPlan, findPathologicalMarkup, isRuleCrash, source, type CallPlanSettings} from 'call-plan-core'
import {createPreset, rules as presetRules, type PresetConfig} from 'remark-preset-lint-call-plan'
import {parseWithCache, type ParseCache} from './parse-cache.js'
import {ConfigError, loadConfig, ruleOptionsOf, type LookupCache, type ResolvedConfig} from './config.js'

export interface LintOptions {
  /** Folder that relative paths and path globs are resolved against (default: `process.cwd()`). */
  cwd?: string
  /** The configuration to use; default: looked up from the note's folder with `loadConfig`. */
  config?: ResolvedConfig
  /** The time to judge readiness against; default: the config's `settings.now`, then the clock. */
  now?: string | Date
  /** Settings and rules that win over the configuration (an editor's own settings). */
  overrides?: PresetConfig
  /** Reuse config and ignore lookups across calls (one run of the CLI). */
  cache?: LookupCache
  /**
   * Reuse the parse of unchanged parts of a note across calls (an editor linting as the user
   * types). Same tree as a full parse; the CLI leaves it out.
   */
  parseCache?: ParseCache
}

/**
 * Lint one note held in memory. `file.data.callPlan` holds the analysis (frontmatter, whether the
 * note is a call plan and why). Throws `ConfigError` when the configuration cannot be used.
 */
export async function lintText(value: string, filePath: string, options: LintOptions = {}): Promise<VFile> {
  const cwd = options.cwd ?? process.cwd()
  const config = options.config ?? (await loadConfig(filePath, {cwd, cache: options.cache, checkOptions: false}))
  const file = new VFile({value, path: filePath, cwd})
  const size = Buffer.byteLength(value)
  if (size > config.maxFileSize) {
    tooLarge(file, size, config.maxFileSize)
    return file
  }
  // The parser would take hours on such markup: say so on the note instead of hanging the run.
  const pathological = findPathologicalMarkup(value)
  if (pathological) {
    const message = file.message(pathological.reason, {place: {line: pathological.line, column: pathological.column}, source})
    message.fatal = false
    return file
  }
  await checkRuleOptions(config)
  const processor = processorFor(config, options.now, options.overrides)
  let tree: Root | undefined
  try {
    tree = options.parseCache ? parseWithCache(processor, value, options.parseCache) : processor.parse(file)
    await processor.run(tree, file)
  } catch (error) {
    // A crash on one note must not end a vault run: report it on the note.
    const message = file.message(`call-plan-lint could not check this note (${(error as Error).message})`, {
      cause: error as Error,
      source
    })
    message.fatal = true
  }
  if (tree) analyzeCallPlan(tree, file)
  return file
}

/** A message on a note too large to check, so the user can raise `maxFileSize` or split the note. */
export function tooLarge(file: VFile, size: number, maxFileSize: number): void {
  const message = file.message(
    `This note is ${megabytes(size)}, over the ${megabytes(maxFileSize)} limit, so it was not checked: split it or raise \`maxFileSize\` in the configuration`,
    {source}
  )
  message.fatal = false
}

function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const processors = new Map<string, Processor<Root, Root, Root>>()
const maxProcessors = 16

function processorFor(config: ResolvedConfig, now: string | Date | undefined, overrides: PresetConfig | undefined) {
  const settings: CallPlanSettings = {...config.settings, ...overrides?.settings}
  if (now !== undefined) settings.now = now
  const rules = {...config.rules, ...overrides?.rules}
  const key = JSON.stringify({settings, rules})
  let processor = processors.get(key)
  if (!processor) {
    processor = unified().use(remarkParse).use(createPreset({settings, rules})).freeze() as unknown as Processor<
      Root,
      Root,
      Root
    >
    if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value!)
    processors.set(key, processor)
  }
  return processor
}

/** A small call plan that makes every rule read its options. */
const probeNote = `---
type: call-plan
account: Probe
date: 2000-01-02
---

# What's in it for the customer?

They cut month-end close from nine days to five.

# Questions

What would change for your team if close took five days?
`

const checkedConfigs = new Map<string, Promise<void>>()

/**
 * Rules validate their own options when they run; run each configured rule once on a small note
 * so that a wrong option is a `ConfigError` naming its file and key, not a message on every note.
 */
export function checkRuleOptions(config: ResolvedConfig): Promise<void> {
  let checked = checkedConfigs.get(config.key)
  if (!checked) {
    checked = probeRules(config)
    checkedConfigs.set(config.key, checked)
  }
  return checked
}

async function probeRules(config: ResolvedConfig): Promise<void> {
  for (const [id, setting] of Object.entries(config.rules)) {
    const options = ruleOptionsOf(setting)
    if (options === undefined) continue
    const rule = presetRules[id as keyof typeof presetRules]
    const probe = unified()
      .use(remarkParse)
      .use({plugins: (createPreset({settings: config.settings}).plugins ?? []).slice(0, 2)})
      .use(rule, ['warn', options])
    const file = new VFile({value: probeNote, path: 'probe.md'})
    await probe.run(probe.parse(file), file)
    // A bad option makes the rule throw; the probe has no crash wording, so the reason is the rule's own.
    const failed = file.messages.find(isRuleCrash)
    if (failed) {
      const split = failed.reason.indexOf(': expected ')
      const problem = split === -1 ? failed.reason : failed.reason.slice(0, split)
      const expected = split === -1 ? 'options the rule accepts (see its README)' : failed.reason.slice(split + ': expected '.length)
      throw new ConfigError(config.ruleOrigins[id] ?? 'the configuration', `rules.${id}`, expected, problem)
    }
  }
}

