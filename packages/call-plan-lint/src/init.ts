import {access, mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {defaultSeverities} from 'remark-preset-lint-call-plan'
import {ignoreFileName} from './ignore.js'

export class InitRefused extends Error {}

const templateName = 'Call plan.md'

const template = `---
type: call-plan
account: 
date: "{{date:YYYY-MM-DD}}"
time: 
attendees: []
tags: [call-plan]
---

# What's in it for the customer?

<!-- In their words: what do they get out of this call? A result they can measure, a risk that goes away, a decision made easier. Not what we want to show them. -->

# What they are trying to achieve

# What stands in their way

# Why now

<!-- Do they care enough to act, and why this quarter rather than next? -->

# Questions

<!-- Open questions that let them tell you: "What would change for your team if…?", "How do you handle … today?" -->
`

/**
 * Write a starter \`.callplanrc.json\` and a call-plan template note (in the Obsidian templates
 * folder when the vault has one). Refuses, writing nothing, when either file already exists.
 * A \`.callplanignore\` that skips the template is added only when none exists.
 */
export async function init(cwd: string): Promise<{written: string[]; notes: string[]}> {
  const configPath = path.join(cwd, '.callplanrc.json')
  const templateFolder = await templatesFolder(cwd)
  const templatePath = path.join(templateFolder ?? cwd, templateFolder ? templateName : 'Call plan template.md')
  const relativeTemplate = path.relative(cwd, templatePath).split(path.sep).join('/')

  const existing: string[] = []
  for (const file of [configPath, templatePath]) {
    if (await exists(file)) existing.push(path.relative(cwd, file).split(path.sep).join('/'))
  }
  if (existing.length > 0) {
    throw new InitRefused(
      `Not overwriting ${existing.map((file) => `\`${file}\``).join(' and ')}: move ${existing.length > 1 ? 'them' : 'it'} away first to start again`
    )
  }

  const config: Record<string, unknown> = {}
  const localSchema = path.join(cwd, 'node_modules', 'call-plan-lint', 'schema.json')
  if (await exists(localSchema)) config.$schema = './node_modules/call-plan-lint/schema.json'
  Object.assign(config, {
    settings: {
      sellerNames: [],
      productNames: [],
      detection: {typeField: 'type', typeValues: ['call-plan'], tags: ['call-plan']}
    },
    // Every rule with its default, so the seller sees what there is to turn up or down.
    rules: {...defaultSeverities}
  })

  const written: string[] = []
  const notes: string[] = []
  // `wx`: fail rather than overwrite a file created since the check above.
  await writeFile(configPath, JSON.stringify(config, undefined, 2) + '\n', {flag: 'wx'})
  written.push('.callplanrc.json')
  await mkdir(path.dirname(templatePath), {recursive: true})
  await writeFile(templatePath, template, {flag: 'wx'})
  written.push(relativeTemplate)

  // The template is a call plan with blanks: keep it out of the vault's findings.
  const ignorePath = path.join(cwd, ignoreFileName)
  if (await exists(ignorePath)) {
    notes.push(`Add \`${relativeTemplate}\` to ${ignoreFileName} so the template itself is not linted`)
  } else {
    await writeFile(ignorePath, `# Notes call-plan-lint skips (gitignore syntax)\n${relativeTemplate}\n`, {flag: 'wx'})
    written.push(ignoreFileName)
  }
  return {written, notes}
}

/** The vault's templates folder: Obsidian's configured one, or `Templates/` when it exists. */
async function templatesFolder(cwd: string): Promise<string | undefined> {
  try {
    const settings = JSON.parse(await readFile(path.join(cwd, '.obsidian', 'templates.json'), 'utf8')) as {folder?: unknown}
    if (typeof settings.folder === 'string' && settings.folder.trim()) {
      const folder = path.resolve(cwd, settings.folder.trim())
      if (folder.startsWith(cwd + path.sep) && (await stat(folder).catch(() => undefined))?.isDirectory()) return folder
    }
  } catch {
    // No Obsidian templates settings: fall back to the usual folder name.
  }
  for (const name of ['Templates', 'templates']) {
    const folder = path.join(cwd, name)
    if ((await stat(folder).catch(() => undefined))?.isDirectory()) return folder
  }
  return undefined
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
