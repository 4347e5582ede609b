import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DiagnosticSeverity, FileChangeType, type CodeAction, type Diagnostic, type MarkupContent, type Range, type TextEdit} from 'vscode-languageserver-protocol'
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest'
import {lintText} from 'call-plan-lint'
import {findingsOf, plainMessage} from '../src/diagnostics.js'
import {LspClient, textAt} from './lsp-client.js'
import {
  goodPlan,
  leadingQuestion,
  longQuestionsPlan,
  meetingNotes,
  missingSectionPlan,
  sellerLanguagePlan,
  sellerSentence,
  soonPlan
} from './notes.js'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const docs = 'https://github.com/call-plan-lint/call-plan-lint/tree/main/packages/'
// Far enough before every note's meeting that readiness never depends on the clock.
const config = {root: true, settings: {now: '2026-11-01T09:00:00Z'}}

let root: string
let client: LspClient | undefined
const roots: string[] = []

async function workspace(files: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'call-plan-ls-'))
  roots.push(folder)
  await writeFile(path.join(folder, '.callplanrc.json'), JSON.stringify(config))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), text)
  }
  return folder
}

function uriOf(name: string): string {
  return pathToFileURL(path.join(root, name)).href
}

async function start(options: Partial<Parameters<typeof LspClient.start>[0]> = {}): Promise<LspClient> {
  client = await LspClient.start({root, ...options})
  return client
}

function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === ruleId)
  if (!found) throw new Error(`No \`${ruleId}\` diagnostic in ${JSON.stringify(diagnostics.map((d) => d.code))}`)
  return found
}

function apply(text: string, action: CodeAction, uri: string): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
}

beforeEach(async () => {
  root = await workspace()
})

afterEach(async () => {
  if (client) {
    // Whatever a test did, the server must still be alive to shut down cleanly.
    expect(await client.stop()).toBe(0)
    client = undefined
  }
})

afterAll(async () => {
  await Promise.all(roots.map((folder) => rm(folder, {recursive: true, force: true})))
})

describe('call-plan-language-server over stdio', () => {
  it('announces incremental sync, hovers and its code action kinds, and watches config files', async () => {
    const lsp = await start()
    const capabilities = lsp.initializeResult.capabilities
    expect(capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(capabilities.hoverProvider).toBe(true)
    expect(capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.callPlanLint']
    })
    // Registrations arrive right after `initialized`; opening a note makes sure they were handled.
    await lsp.open(uriOf('note.md'), goodPlan)
    const watcher = lsp.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles')
    expect(watcher?.registerOptions).toEqual({
      watchers: [
        {globPattern: '**/.callplanrc'},
        {globPattern: '**/.callplanrc.{json,yaml,yml}'},
        {globPattern: '**/.callplanignore'},
        {globPattern: '**/package.json'}
      ]
    })
  })

  it('lints the unsaved buffer on open: rule id, docs link, severity and exact ranges', async () => {
    const lsp = await start()
    const uri = uriOf('Calls/copperfield.md')
    const {diagnostics, version} = await lsp.open(uri, missingSectionPlan)
    expect(version).toBe(1)
    expect(diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['customer-value-section', 'leading-question'])

    const question = byRule(diagnostics, 'leading-question')
    expect(question).toMatchObject({
      source: 'call-plan-lint',
      severity: DiagnosticSeverity.Warning,
      codeDescription: {href: `${docs}remark-lint-leading-question#readme`},
      range: {start: {line: 22, character: 2}, end: {line: 22, character: 65}}
    })
    expect(textAt(missingSectionPlan, question.range)).toBe(leadingQuestion)
    expect(question.message).toMatch(/leading question/)

    // The missing section is a place to insert it: after the note's title.
    const section = byRule(diagnostics, 'customer-value-section')
    expect(section.range).toEqual({start: {line: 6, character: 37}, end: {line: 6, character: 37}})
    expect(section.codeDescription?.href).toBe(`${docs}remark-lint-customer-value-section#readme`)
  })

  it('marks a whole seller-centric sentence of the value section', async () => {
    const lsp = await start()
    const uri = uriOf('brightline.md')
    const {diagnostics} = await lsp.open(uri, sellerLanguagePlan)
    const language = diagnostics.filter((diagnostic) => diagnostic.code === 'customer-value-language')
    expect(language).toHaveLength(1)
    expect(textAt(sellerLanguagePlan, language[0]!.range)).toBe(sellerSentence)
  })

  it('reports nothing on a customer-centric plan or on a note that is not a call plan', async () => {
    const lsp = await start()
    expect((await lsp.open(uriOf('acme.md'), goodPlan)).diagnostics).toEqual([])
    expect(lsp.statuses.get(uriOf('acme.md'))).toMatchObject({callPlan: true, ready: true})
    expect((await lsp.open(uriOf('Meetings/sync.md'), meetingNotes)).diagnostics).toEqual([])
    expect(lsp.statuses.get(uriOf('Meetings/sync.md'))).toMatchObject({callPlan: false})
  })

  it('re-lints on every change, tagged with the document version', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    await lsp.open(uri, missingSectionPlan)
    const line = 22
    const fixed = await lsp.change(uri, [
      {
        range: {start: {line, character: 2}, end: {line, character: leadingQuestion.length + 2}},
        text: 'What would a shared schedule change for the site manager?'
      }
    ])
    expect(fixed.version).toBe(2)
    expect(fixed.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])
    expect(lsp.statuses.get(uri)).toMatchObject({version: 2, callPlan: true, ready: false, ruleId: 'customer-value-section'})
  })

  it('after every edit of a long question list, reports what a fresh check of the text finds', async () => {
    // The server re-reads only the items and sentences an edit touches: the result must be the
    // one the CLI's engine gives for the whole text, with nothing remembered.
    const lsp = await start()
    const uri = uriOf('plan.md')
    const document = TextDocument.create(uri, 'markdown', 1, longQuestionsPlan)
    await lsp.open(uri, longQuestionsPlan)
    const first = longQuestionsPlan.split('\n').indexOf('## Questions') + 2
    // Each edit is made on the text as it is by then, as an editor sends them.
    const lineEnd = (line: number) => ({line, character: document.getText().split('\n')[line]!.length})
    const insert = (position: Range['start'], text: string) => ({range: {start: position, end: position}, text})
    const remove = (start: Range['start'], end: Range['start']) => ({range: {start, end}, text: ''})
    const cue = "Wouldn't you agree that "
    const edits: Array<() => {range: Range; text: string}> = [
      // Typing in an item, then in the value section.
      () => insert(lineEnd(first + 10), ' now'),
      () => insert(lineEnd(11), ' We will demo our platform.'),
      // An open question turned into a leading one, and back.
      () => insert({line: first + 4, character: 2}, cue),
      () => remove({line: first + 4, character: 2}, {line: first + 4, character: 2 + cue.length}),
      // A new item; a blank line that makes the list loose, and gone again.
      () => insert(lineEnd(first + 20), '\n- Right?'),
      () => insert(lineEnd(first + 5), '\n'),
      () => remove(lineEnd(first + 5), {line: first + 6, character: 0}),
      // An item continued on an indented line, and a line that stops being an item.
      () => insert(lineEnd(first + 30), '\n  so that the audit passes, right?'),
      () => remove({line: first + 15, character: 0}, {line: first + 15, character: 2}),
      // The last item deleted.
      () => remove({line: document.lineCount - 2, character: 0}, {line: document.lineCount - 1, character: 0})
    ]
    for (const [index, next] of edits.entries()) {
      const edit = next()
      const published = await lsp.change(uri, [edit])
      TextDocument.update(document, [edit], index + 2)
      const fresh = await lintText(document.getText(), path.join(root, 'plan.md'), {cwd: root})
      const expected = findingsOf(fresh.messages.map(plainMessage), document).map((finding) => finding.diagnostic)
      expect(published.diagnostics, `after edit ${index + 1}`).toEqual(expected)
    }
    expect(document.getText()).toContain('\n- Right?\n')
  })

  it('offers the rule’s `expected` text as a quick fix that replaces the finding’s range', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const section = byRule(diagnostics, 'customer-value-section')
    const actions = await lsp.codeActions(uri, section.range)
    const fix = actions.find((action) => action.kind === 'quickfix' && action.title.startsWith('Insert'))
    expect(fix?.title).toBe('Insert “## What\'s in it for the customer?”')
    expect(fix?.isPreferred).toBe(true)
    expect(fix?.diagnostics?.[0]?.code).toBe('customer-value-section')

    const fixedText = apply(missingSectionPlan, fix!, uri)
    expect(fixedText).toContain("# Copperfield Construction site visit\n\n## What's in it for the customer?\n")
    // After the fix, what is left is the seller's to write: the prompts, not a missing section.
    const after = await lsp.change(uri, [{text: fixedText}])
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('customer-value-section:missing')
    expect(textAt(fixedText, byRule(after.diagnostics, 'leading-question').range)).toBe(leadingQuestion)
  })

  it('ties each fix to the version it was computed on when the client takes versioned edits', async () => {
    const lsp = await start({
      capabilities: {
        workspace: {configuration: true, workspaceEdit: {documentChanges: true}},
        textDocument: {codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}}}
      }
    })
    const uri = uriOf('note.md')
    await lsp.open(uri, missingSectionPlan)
    const changed = await lsp.change(uri, [{text: missingSectionPlan + '\nOne more line.\n'}])
    const section = byRule(changed.diagnostics, 'customer-value-section')
    const [fix] = (await lsp.codeActions(uri, section.range)).filter((action) => action.title.startsWith('Insert'))
    // An editor refuses a versioned edit for text that changed since: the fix cannot land in the wrong place.
    expect(fix?.edit?.changes).toBeUndefined()
    expect(fix?.edit?.documentChanges).toEqual([
      {textDocument: {uri, version: changed.version}, edits: [expect.objectContaining({range: section.range})]}
    ])
  })

  it('disables a rule for the note with an HTML comment after the frontmatter outside Obsidian', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const question = byRule(diagnostics, 'leading-question')
    const actions = await lsp.codeActions(uri, question.range)
    const disable = actions.find((action) => action.title === 'Disable leading-question for this note')
    expect(disable?.edit?.changes?.[uri]).toEqual([
      {range: {start: {line: 5, character: 0}, end: {line: 5, character: 0}}, newText: '<!--lint disable leading-question-->\n'}
    ])
    const disabled = apply(missingSectionPlan, disable!, uri)
    const after = await lsp.change(uri, [{text: disabled}])
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])

    // A second rule joins the same comment instead of stacking another one.
    const section = byRule(after.diagnostics, 'customer-value-section')
    const second = (await lsp.codeActions(uri, section.range)).find((action) => action.title.startsWith('Disable'))
    const both = apply(disabled, second!, uri)
    expect(both.split('\n')[5]).toBe('<!--lint disable leading-question customer-value-section-->')
    expect((await lsp.change(uri, [{text: both}])).diagnostics).toEqual([])
  })

  it('writes the Obsidian `%%` comment in a vault with a .obsidian folder', async () => {
    await mkdir(path.join(root, '.obsidian'))
    const lsp = await start()
    const uri = uriOf('Calls/note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const actions = await lsp.codeActions(uri, byRule(diagnostics, 'leading-question').range)
    const disable = actions.find((action) => action.title.startsWith('Disable'))
    const disabled = apply(missingSectionPlan, disable!, uri)
    expect(disabled.split('\n').slice(4, 8)).toEqual(['---', '%% lint disable leading-question %%', '', '# Copperfield Construction site visit'])
    const after = await lsp.change(uri, [{text: disabled}])
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])
  })

  it('follows the `commentStyle` setting over the vault’s look', async () => {
    await mkdir(path.join(root, '.obsidian'))
    const lsp = await start({settings: {commentStyle: 'html'}})
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const actions = await lsp.codeActions(uri, byRule(diagnostics, 'leading-question').range)
    expect(actions.find((action) => action.title.startsWith('Disable'))?.edit?.changes?.[uri]?.[0]?.newText).toBe(
      '<!--lint disable leading-question-->\n'
    )
  })

  it('fixes all safe findings on request (`source.fixAll`): insertions only, never rewrites', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    await lsp.open(uri, missingSectionPlan)
    const actions = await lsp.codeActions(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, ['source.fixAll'])
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.callPlanLint'])
    const edits = actions[0]!.edit!.changes![uri]!
    expect(edits).toHaveLength(1)
    expect(edits[0]!.range.start).toEqual(edits[0]!.range.end)
    expect(apply(missingSectionPlan, actions[0]!, uri)).toContain(leadingQuestion)
  })

  it('explains a flagged sentence on hover: the reason, what to write instead, the rule', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const question = byRule(diagnostics, 'leading-question')
    const hover = await lsp.hover(uri, {line: 22, character: 20})
    const value = (hover?.contents as MarkupContent).value
    expect((hover?.contents as MarkupContent).kind).toBe('markdown')
    expect(value).toContain(`**${question.message}**`)
    expect(value).toMatch(/\*\*Instead:\*\* Ask an open question/)
    expect(value).toContain(`[\`leading-question\`](${docs}remark-lint-leading-question#readme)`)
    expect(hover?.range).toEqual(question.range)
    // Nothing to say about unflagged text.
    expect(await lsp.hover(uri, {line: 23, character: 5})).toBeNull()
  })

  it('applies editor settings and re-lints open notes when they change', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    await lsp.open(uri, missingSectionPlan)

    const off = await lsp.changeSettings(uri, {rules: {'leading-question': 'off'}})
    expect(off.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])

    const error = await lsp.changeSettings(uri, {rules: {'leading-question': 'error'}})
    expect(byRule(error.diagnostics, 'leading-question').severity).toBe(DiagnosticSeverity.Error)

    const disabled = await lsp.changeSettings(uri, {enable: false})
    expect(disabled.diagnostics).toEqual([])

    // Settings are asked per note, so folder-level settings can differ.
    expect(lsp.configurationRequests.at(-1)).toEqual({items: [{scopeUri: uri, section: 'callPlanLint'}]})
  })

  it('takes extra seller and product names from the settings', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    const plan = sellerLanguagePlan.replace(sellerSentence, 'Zephyr cuts the re-keying by half.')
    const before = await lsp.open(uri, plan)
    expect(before.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('customer-value-language')
    const after = await lsp.changeSettings(uri, {productNames: ['Zephyr']})
    expect(textAt(plan, byRule(after.diagnostics, 'customer-value-language').range)).toBe('Zephyr cuts the re-keying by half.')
  })

  it('widens the readiness window from the settings, keeping the configured options', async () => {
    await writeFile(path.join(root, '.callplanrc.json'), JSON.stringify({root: true, settings: {now: '2026-12-01T09:00:00Z'}}))
    const lsp = await start()
    const uri = uriOf('soon.md')
    // Two days ahead: outside the default window of 24 hours.
    const before = await lsp.open(uri, soonPlan)
    expect(before.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('call-readiness')
    expect(lsp.statuses.get(uri)).toMatchObject({ready: false, ruleId: 'customer-value-section'})

    const after = await lsp.changeSettings(uri, {readinessWindow: 72})
    const readiness = byRule(after.diagnostics, 'call-readiness')
    expect(readiness.severity).toBe(DiagnosticSeverity.Error)
    expect(lsp.statuses.get(uri)).toMatchObject({callPlan: true, ready: false, ruleId: 'call-readiness', reason: readiness.message})
  })

  it('judges an unsaved note as if it were at the top of the workspace', async () => {
    const lsp = await start()
    const {diagnostics} = await lsp.open('untitled:Untitled-1', missingSectionPlan)
    expect(diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['customer-value-section', 'leading-question'])
  })

  it('serves a client without `workspace/configuration` or file watching (settings at start-up)', async () => {
    const lsp = await start({capabilities: {}, initializationOptions: {settings: {rules: {'leading-question': 'off'}}}})
    expect(lsp.registrations).toEqual([])
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])
    expect(lsp.configurationRequests).toEqual([])
    // Without a watcher, a config change on disk is seen on the next edit.
    await writeFile(path.join(root, '.callplanrc.json'), JSON.stringify({...config, rules: {'customer-value-section': 'off'}}))
    const next = await lsp.change(uri, [{text: missingSectionPlan + '\n'}])
    expect(next.diagnostics).toEqual([])
  })

  it('re-lints open notes when a config or ignore file changes on disk', async () => {
    const lsp = await start()
    const uri = uriOf('Calls/note.md')
    await lsp.open(uri, missingSectionPlan)

    const configFile = path.join(root, '.callplanrc.json')
    await writeFile(configFile, JSON.stringify({...config, rules: {'customer-value-section': 'off'}}))
    const quieter = await lsp.filesChanged(uri, [{uri: pathToFileURL(configFile).href, type: FileChangeType.Changed}])
    expect(quieter.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['leading-question'])

    const ignoreFile = path.join(root, '.callplanignore')
    await writeFile(ignoreFile, 'Calls/\n')
    const ignored = await lsp.filesChanged(uri, [{uri: pathToFileURL(ignoreFile).href, type: FileChangeType.Created}])
    expect(ignored.diagnostics).toEqual([])
  })

  it('reports an unusable config on the note, names the file, and recovers when it is fixed', async () => {
    const configFile = path.join(root, '.callplanrc.json')
    await writeFile(configFile, '{"rules": {"leading-question": "loud"}}')
    const lsp = await start()
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: DiagnosticSeverity.Error, code: 'config'})
    expect(diagnostics[0]!.message).toContain('.callplanrc.json')
    expect(diagnostics[0]!.relatedInformation?.[0]?.location.uri).toBe(pathToFileURL(configFile).href)

    await writeFile(configFile, JSON.stringify(config))
    const fixed = await lsp.filesChanged(uri, [{uri: pathToFileURL(configFile).href, type: FileChangeType.Changed}])
    expect(fixed.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['customer-value-section', 'leading-question'])
  })

  it('never runs JavaScript config or plugins from the workspace', async () => {
    await copyFile(path.join(fixtures, 'writes-marker.cjs'), path.join(root, '.callplanrc.cjs'))
    await copyFile(path.join(fixtures, 'writes-marker.cjs'), path.join(root, '.callplanrc.js'))
    await copyFile(path.join(fixtures, 'writes-marker.cjs'), path.join(root, 'evil-plugin.cjs'))
    await writeFile(path.join(root, '.callplanrc.json'), JSON.stringify({...config, plugins: [['./evil-plugin.cjs']]}))
    const lsp = await start()
    const {diagnostics} = await lsp.open(uriOf('note.md'), missingSectionPlan)
    expect(existsSync(path.join(root, 'RAN-WORKSPACE-CODE'))).toBe(false)
    // The JS config would have turned `leading-question` off; it was never read. The plugin name is
    // reported as a config problem, not loaded.
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toEqual(['customer-value-section'])
  })

  it('turns a rule that throws into one finding naming the rule, and keeps serving', async () => {
    const lsp = await start({nodeArgs: ['--import', pathToFileURL(path.join(fixtures, 'throwing-rule.js')).href]})
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, missingSectionPlan)
    const crashed = diagnostics.filter((diagnostic) => diagnostic.code === 'leading-question')
    expect(crashed).toHaveLength(1)
    expect(crashed[0]!.severity).toBe(DiagnosticSeverity.Error)
    expect(crashed[0]!.message).toBe(
      'The `leading-question` check could not read this note, so it was skipped; the other checks still ran (Simulated bug in a rule)'
    )
    // The other rules still judged the note, and the next edit is linted as usual.
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('customer-value-section')
    const next = await lsp.change(uri, [{text: goodPlan}])
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['leading-question'])
    // A crash has no place in the note, so nothing to fix there (the rule can be turned off in the settings).
    expect(next.diagnostics[0]!.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    expect(await lsp.codeActions(uri, next.diagnostics[0]!.range, ['quickfix'])).toEqual([])
  })

  it('ends a check that never finishes, reports it on that note only, and goes on', async () => {
    const lsp = await start({
      nodeArgs: ['--import', pathToFileURL(path.join(fixtures, 'runaway-rule.js')).href],
      initializationOptions: {lintTimeoutMs: 1000}
    })
    const good = uriOf('good.md')
    expect((await lsp.open(good, goodPlan)).diagnostics).toEqual([])
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, `${missingSectionPlan}\nLOOP-FOREVER\n`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: DiagnosticSeverity.Error, range: {start: {line: 0, character: 0}}})
    expect(diagnostics[0]!.message).toBe(
      'call-plan-lint could not check this note: checking it took longer than 1 second. Editing goes on; the note is checked again after the next change'
    )
    // A fresh worker checks the next version, and the other note as before.
    const next = await lsp.change(uri, [{text: missingSectionPlan}])
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])
    expect((await lsp.change(good, [{text: goodPlan + '\n'}])).diagnostics).toEqual([])
  })

  it('survives a check that runs out of memory', async () => {
    const lsp = await start({
      nodeArgs: ['--import', pathToFileURL(path.join(fixtures, 'runaway-rule.js')).href],
      initializationOptions: {lintMemoryMb: 64}
    })
    const uri = uriOf('note.md')
    const {diagnostics} = await lsp.open(uri, `${missingSectionPlan}\nEAT-MEMORY\n`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.message).toMatch(/^call-plan-lint could not check this note: the checker stopped on it \(.*memory/i)
    const next = await lsp.change(uri, [{text: missingSectionPlan}])
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['customer-value-section'])
  })

  it('clears a note’s diagnostics and status when it is closed', async () => {
    const lsp = await start()
    const uri = uriOf('note.md')
    expect((await lsp.open(uri, missingSectionPlan)).diagnostics).toHaveLength(2)
    const closed = await lsp.close(uri)
    expect(closed.diagnostics).toEqual([])
    await expect.poll(() => lsp.statuses.get(uri)?.callPlan).toBe(false)
    expect(await lsp.hover(uri, {line: 22, character: 20})).toBeNull()
  })
})
