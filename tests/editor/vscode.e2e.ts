import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  chromiumBin,
  codeServerFolders,
  codeServerMissing,
  installExtension,
  listExtensions,
  startCodeServer,
  vaultCopy,
  type CodeServer
} from './code-server.js'

// VS Code itself (code-server in headless Chromium), with the .vsix a user would install.
const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const vsix = path.join(repo, 'packages/vscode-call-plan-lint/vscode-call-plan-lint.vsix')
const artifacts = path.join(repo, 'test-results/vscode')

const missing = codeServerMissing()
// CI runs scripts/setup-editor-tests.sh first: there, a missing tool is a failure, not a skip.
const required = process.env.CI === 'true'
if (missing && !required) console.warn(`[tests/editor/vscode] SKIPPED: ${missing}`)

const missingNote = 'Calls/2026-12-11 Copperfield Construction - no value section.md'
const leadingNote = 'Calls/2026-12-15 Elmwood College - leading questions.md'
const goodNote = 'Calls/2026-12-08 Acme Manufacturing - scrap review.md'

let work: string
let vault: string
let server: CodeServer | undefined
let browser: Browser | undefined
let page: Page

async function command(label: string): Promise<void> {
  await page.keyboard.press('F1')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible'})
  await input.fill(`>${label}`)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: label}).first().waitFor()
  await page.keyboard.press('Enter')
}

async function openNote(relative: string): Promise<void> {
  // Whatever a previous step left open (a menu, a hover) closes first.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible'})
  await input.fill(path.basename(relative, '.md'))
  await page.locator('.quick-input-list .monaco-list-row', {hasText: path.basename(relative, '.md')}).first().waitFor()
  await page.keyboard.press('Enter')
  await page.locator('.tab.active', {hasText: path.basename(relative)}).waitFor()
  await page.locator('.monaco-editor .view-lines').first().waitFor()
}

async function goToLine(line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible'})
  // Go to Line is quick open with a `:` prefix: keep it when typing the place.
  await input.fill(`:${line}:${column}`)
  await page.keyboard.press('Enter')
}

function problemRows() {
  return page.locator('.markers-panel .monaco-list-row')
}

async function snapshot(name: string): Promise<string> {
  const file = path.join(artifacts, `${name}.png`)
  await page.screenshot({path: file})
  return file
}

describe.skipIf(missing && !required)('VS Code (code-server) with the packaged extension', () => {
  beforeAll(async () => {
    if (missing) throw new Error(missing)
    rmSync(artifacts, {recursive: true, force: true})
    mkdirSync(artifacts, {recursive: true})
    work = mkdtempSync(path.join(tmpdir(), 'call-plan-vscode-'))
    vault = vaultCopy(path.join(repo, 'examples/vault'), work)
    const folders = codeServerFolders(work)
    writeFileSync(
      path.join(folders.userData, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'files.autoSave': 'off',
        'window.commandCenter': false,
        'workbench.layoutControl.enabled': false
      })
    )
    expect(installExtension(folders, vsix)).toMatch(/successfully installed/)
    expect(listExtensions(folders)).toContain('call-plan-lint.vscode-call-plan-lint')
    server = await startCodeServer(folders, vault)
    browser = await chromium.launch({
      executablePath: chromiumBin,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = await browser.newPage({viewport: {width: 1440, height: 900}})
    page.setDefaultTimeout(30_000)
    await page.goto(`${server.url}?folder=${encodeURIComponent(vault)}`)
    await page.locator('.monaco-workbench').waitFor()
    // The vault is not trusted, so everything below runs in Restricted Mode: the extension
    // declares that it never runs workspace code, and must work there.
    await page.locator('.statusbar-item', {hasText: 'Restricted Mode'}).waitFor()
  }, 180_000)

  afterEach(async (context) => {
    // What the screen showed when a step failed, next to the other artefacts.
    if (context.task.result?.state === 'fail') {
      await snapshot(`failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (work) rmSync(work, {recursive: true, force: true})
  })

  it('shows the findings of a bad note in the Problems panel and the status bar', async () => {
    await openNote(missingNote)
    await command('View: Focus Problems')
    const row = problemRows().filter({hasText: 'customer-value-section'})
    await row.first().waitFor({timeout: 60_000})
    await expect.poll(async () => (await row.first().textContent()) ?? '').toMatch(/Missing .What's in it for the customer\?. section/)
    await expect.poll(async () => (await problemRows().allTextContents()).join('\n')).toContain('call-plan-lint')

    const status = page.locator('.statusbar-item', {hasText: 'Call plan:'})
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/Call plan: not ready — Missing What's in it for the customer\? section/)
  })

  it('applies a quick fix: the value-section skeleton is inserted into the note', async () => {
    await openNote(missingNote)
    // The finding sits at the end of the title (line 8, after its 37 characters).
    await goToLine(8, 38)
    await page.keyboard.press('Control+.')
    const fix = page.locator('.action-widget .monaco-list-row', {hasText: "Insert “## What's in it for the customer?”"})
    await fix.waitFor()
    await snapshot('quick-fix')
    await fix.click()
    // The editor renders spaces as no-break spaces, and its line elements in no fixed order.
    await expect
      .poll(async () => ((await page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').replaceAll('\u00a0', ' '))
      .toContain("## What's in it for the customer?")
    await page.keyboard.press('Control+S')
    const file = path.join(vault, missingNote)
    await expect.poll(() => readFileSync(file, 'utf8')).toMatch(/# Copperfield Construction site visit\r?\n\r?\n## What's in it for the customer\?\r?\n\r?\n- They leave with …/)
    // The missing-section finding is gone from the Problems panel; the note is judged again.
    await expect.poll(async () => (await problemRows().allTextContents()).join('\n')).not.toMatch(/Missing .What's in it for the customer/)
  })

  it('explains a leading question on hover', async () => {
    await openNote(leadingNote)
    const text = readFileSync(path.join(vault, leadingNote), 'utf8').split(/\r?\n/)
    const line = text.findIndex((candidate) => /wouldn't you agree/i.test(candidate))
    expect(line).toBeGreaterThan(0)
    await goToLine(line + 1, 12)
    await command('Show or Focus Hover')
    const hover = page.locator('.monaco-hover', {hasText: 'leading question'})
    await hover.first().waitFor()
    await expect.poll(async () => (await hover.first().textContent()) ?? '').toMatch(/Ask an open question/)
    await expect.poll(async () => (await problemRows().allTextContents()).join('\n')).toContain('leading-question')
    await snapshot('hover')
  })

  it('validates .callplanrc.json with the schema and re-checks open notes when it changes', async () => {
    const configFile = path.join(vault, '.callplanrc.json')
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>
    const problems = async () => (await problemRows().allTextContents()).join('\n').replaceAll('\u00a0', ' ')
    try {
      writeFileSync(configFile, JSON.stringify({...config, rulez: {}}, null, 2))
      await openNote('.callplanrc.json')
      // The schema (contributed by the extension) flags the key; the server says why notes are not checked.
      await expect.poll(problems, {timeout: 30_000}).toMatch(/Property rulez is not allowed/)
      await expect.poll(problems, {timeout: 30_000}).toMatch(/lint configuration cannot be used/)

      // Fixed on disk, with one rule turned off: the server hears of it and checks the open notes again.
      writeFileSync(configFile, JSON.stringify({...config, rules: {...(config.rules as object), 'leading-question': 'off'}}, null, 2))
      await expect.poll(problems, {timeout: 30_000}).not.toMatch(/lint configuration cannot be used|Property rulez/)
      await expect.poll(problems, {timeout: 30_000}).not.toContain('leading-question')
    } finally {
      writeFileSync(configFile, JSON.stringify(config, null, 2))
    }
    await expect.poll(problems, {timeout: 30_000}).toContain('leading-question')
  })

  it('shows nothing but “ready” on a customer-centric plan', async () => {
    await openNote(goodNote)
    const status = page.locator('.statusbar-item', {hasText: 'Call plan:'})
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/Call plan: ready/)
    // The Problems panel lists problems per note: none under the good note.
    await expect.poll(async () => (await problemRows().allTextContents()).join('\n')).not.toContain('Acme Manufacturing')
  })
})
