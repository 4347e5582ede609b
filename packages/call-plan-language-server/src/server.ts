import path from 'node:path'
import {ruleIds} from 'call-plan-core'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
  type Range
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {disableRuleAction, fixAll, fixAllKind, quickFixes, resolveCommentStyle} from './code-actions.js'
import {diagnosticSource, findingsOf, type Finding} from './diagnostics.js'
import {LintAborted, LintRunner} from './lint-runner.js'
import {hoverAt} from './hover.js'
import {settingsSection, statusNotification, type CallPlanStatus} from './protocol.js'
import {defaultSettings, normalizeSettings, type ServerSettings} from './settings.js'
import {statusOf} from './status.js'

export interface ServerOptions {
  /** Quiet time after the last keystroke before a note is linted again (default 200 ms). */
  debounceMs?: number
  /** Longest time one note may take to check (default 10 s). */
  lintTimeoutMs?: number
}

/** `initializationOptions` a client may send. */
interface InitializationOptions {
  debounceMs?: unknown
  lintTimeoutMs?: unknown
  lintMemoryMb?: unknown
  /** Settings for clients that cannot answer `workspace/configuration`. */
  settings?: unknown
}

interface NoteResult {
  version: number
  findings: Finding[]
}

/** Files whose change can change every note's findings. */
const watchedFiles = ['**/.callplanrc', '**/.callplanrc.{json,yaml,yml}', '**/.callplanignore', '**/package.json']
const configNames = new Set(['.callplanrc', '.callplanrc.json', '.callplanrc.yaml', '.callplanrc.yml', '.callplanignore', 'package.json'])

/**
 * The call-plan language server on a connection: lints each open note's buffer as the seller
 * types, with the CLI's engine and configuration, and offers hovers and fixes for what it finds.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const results = new Map<string, NoteResult>()
  const timers = new Map<string, NodeJS.Timeout>()
  const settingsCache = new Map<string, Promise<ServerSettings>>()
  const reportedProblems = new Set<string>()
  let debounceMs = options.debounceMs ?? 200
  let workspaceFolders: string[] = []
  let canAskSettings = false
  let canWatchFiles = false
  let versionedEdits = false
  let canRegisterConfigurationChange = false
  let pushedSettings: unknown
  let lintTimeoutMs = options.lintTimeoutMs
  let runner = new LintRunner({remember: false})
  /** Versions whose lint was aborted once, because a lint of some note ran out of time. */
  const retried = new Map<string, number>()

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities
    canAskSettings = capabilities.workspace?.configuration === true
    canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true
    canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    const init = (params.initializationOptions ?? {}) as InitializationOptions
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs
    if (typeof init.lintTimeoutMs === 'number' && init.lintTimeoutMs > 0) lintTimeoutMs = init.lintTimeoutMs
    pushedSettings = init.settings
    // Config lookups are only remembered when we hear about every change to config files.
    runner = new LintRunner({
      remember: canWatchFiles,
      ...(lintTimeoutMs ? {timeoutMs: lintTimeoutMs} : {}),
      ...(typeof init.lintMemoryMb === 'number' && init.lintMemoryMb > 0 ? {maxMemoryMb: init.lintMemoryMb} : {})
    })

    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    workspaceFolders = folders.flatMap((uri) => fsPath(uri) ?? [])

    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllKind],
          resolveProvider: false
        },
        hoverProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'call-plan-language-server', version: '0.1.0'}
    }
  })

  connection.onInitialized(() => {
    runner.warmUp()
    if (canRegisterConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, {section: settingsSection})
    }
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: watchedFiles.map((globPattern) => ({globPattern}))
      })
    }
    if (workspaceFolders.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.flatMap((folder) => fsPath(folder.uri) ?? []))
        workspaceFolders = workspaceFolders.filter((folder) => !removed.has(folder))
        workspaceFolders.push(...event.added.flatMap((folder) => fsPath(folder.uri) ?? []))
        relintAll()
      })
    }
  })

  documents.onDidChangeContent(({document}) => {
    // First sight of a note (open): lint now; while typing: wait for a pause.
    schedule(document.uri, results.has(document.uri) ? debounceMs : 0)
  })

  documents.onDidClose(({document}) => {
    const uri = document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    results.delete(uri)
    retried.delete(uri)
    settingsCache.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
    void connection.sendNotification(statusNotification, {uri, version: document.version, callPlan: false, ready: false})
  })

  documents.onDidSave(({document}) => {
    // Clients without file watching still tell us when a config file is saved in the editor.
    const name = path.posix.basename(URI.parse(document.uri).path)
    if (configNames.has(name)) configChanged()
  })

  connection.onDidChangeWatchedFiles(() => configChanged())

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.[settingsSection]
    if (settings !== undefined) pushedSettings = settings
    settingsCache.clear()
    relintAll()
  })

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri
    const document = documents.get(uri)
    const result = results.get(uri)
    // Ranges of an older version could point at the wrong text: offer nothing until re-linted.
    if (!document || !result || result.version !== document.version) return []
    const target = {uri, version: document.version, versioned: versionedEdits}
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    const actions: CodeAction[] = []

    if (wants(CodeActionKind.QuickFix)) {
      const here = result.findings.filter((finding) => overlaps(finding.diagnostic.range, params.range))
      actions.push(...quickFixes(target, here))
      const settings = await settingsFor(uri)
      const file = fsPath(uri)
      const style = resolveCommentStyle(settings.commentStyle, file, file ? folderOf(file) : undefined)
      for (const ruleId of new Set(here.flatMap((finding) => finding.ruleId ?? []))) {
        if (!(ruleIds as readonly string[]).includes(ruleId)) continue
        const diagnostics = here.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.diagnostic)
        const action = disableRuleAction(target, document, ruleId, style, diagnostics)
        if (action) actions.push(action)
      }
    }
    if (wants(fixAllKind)) {
      const action = fixAll(target, result.findings)
      if (action) actions.push(action)
    }
    return actions
  })

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const result = results.get(params.textDocument.uri)
    if (!document || !result || result.version !== document.version) return null
    return hoverAt(result.findings, params.position) ?? null
  })

  connection.onShutdown(() => runner.dispose())

  documents.listen(connection)

  function configChanged(): void {
    runner.forget()
    relintAll()
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        validate(uri).catch((error: unknown) => {
          connection.console.error(`call-plan-lint: ${describe(error)}`)
        })
      }, delay)
    )
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const settings = await settingsFor(uri)
    let findings: Finding[] = []
    let callPlan = false
    if (settings.enable) {
      const {filePath, cwd} = locate(uri)
      try {
        const outcome = await runner.lint(document.getText(), filePath, cwd, settings)
        if (outcome.kind === 'linted') {
          findings = findingsOf(outcome.messages, document)
          callPlan = outcome.callPlan
        } else if (outcome.kind === 'config-error') {
          findings = [configProblem(outcome, cwd, document)]
        }
      } catch (error) {
        if (error instanceof LintAborted) {
          // The worker was ended for some note: every note it held gets one more try, and only
          // a note that fails again is reported.
          if (retried.get(uri) !== version) {
            retried.set(uri, version)
            if (documents.get(uri)?.version === version) schedule(uri, 0)
            return
          }
          connection.console.error(`call-plan-lint gave up on ${uri}: ${error.message}`)
          findings = [abortedProblem(error, document)]
        } else {
          // Whatever went wrong, the seller gets one finding and the server keeps serving.
          connection.console.error(`call-plan-lint could not check ${uri}: ${describe(error)}`)
          findings = [internalProblem(error, document)]
        }
      }
    }
    // The seller typed on while this ran: a newer lint is on its way.
    if (documents.get(uri)?.version !== version) return
    results.set(uri, {version, findings})
    const status: CallPlanStatus = statusOf(uri, version, callPlan, findings)
    // Status first: a client that reacts to diagnostics finds the status already there.
    await connection.sendNotification(statusNotification, status)
    await connection.sendDiagnostics({uri, version, diagnostics: findings.map((finding) => finding.diagnostic)})
  }

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!canAskSettings) return Promise.resolve(normalize(pushedSettings))
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace.getConfiguration({scopeUri: uri, section: settingsSection}).then(
        (raw: unknown) => normalize(raw ?? pushedSettings),
        () => normalize(pushedSettings)
      )
      settingsCache.set(uri, settings)
    }
    return settings
  }

  function normalize(raw: unknown): ServerSettings {
    if (raw === undefined || raw === null) return {...defaultSettings}
    const problems: string[] = []
    const settings = normalizeSettings(raw, problems)
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue
      reportedProblems.add(problem)
      void connection.window.showWarningMessage(`Call plan lint: ${problem}; using the default instead.`)
    }
    return settings
  }

  /** Where a note is on disk, and the folder its relative globs and config paths are read from. */
  function locate(uri: string): {filePath: string; cwd: string} {
    const file = fsPath(uri)
    if (file) return {filePath: file, cwd: folderOf(file) ?? path.dirname(file)}
    // An unsaved note: judge it as if it were at the top of the first workspace folder.
    const cwd = workspaceFolders[0] ?? process.cwd()
    const name = path.posix.basename(URI.parse(uri).path) || 'untitled.md'
    return {filePath: path.join(cwd, name), cwd}
  }

  function folderOf(file: string): string | undefined {
    let best: string | undefined
    for (const folder of workspaceFolders) {
      const relative = path.relative(folder, file)
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue
      if (!best || folder.length > best.length) best = folder
    }
    return best
  }
}

function fsPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri)
    return parsed.scheme === 'file' ? parsed.fsPath : undefined
  } catch {
    return undefined
  }
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function firstLine(document: TextDocument): Range {
  const text = document.getText({start: {line: 0, character: 0}, end: {line: 1, character: 0}})
  return {start: {line: 0, character: 0}, end: {line: 0, character: text.replace(/\r?\n$/, '').length}}
}

function abortedProblem(error: LintAborted, document: TextDocument): Finding {
  const why = error.why === 'timeout' ? `checking it took longer than ${error.message}` : `the checker stopped on it (${error.message})`
  const reason = `call-plan-lint could not check this note: ${why}. Editing goes on; the note is checked again after the next change`
  const diagnostic = {range: firstLine(document), severity: DiagnosticSeverity.Error, source: diagnosticSource, message: reason}
  return {diagnostic, ruleId: undefined, reason, note: undefined, expected: [], url: undefined, crashed: true}
}

function configProblem(error: {message: string; file?: string}, cwd: string, document: TextDocument): Finding {
  const reason = `This note was not checked because the lint configuration cannot be used. ${error.message}`
  const diagnostic = {
    range: firstLine(document),
    severity: DiagnosticSeverity.Error,
    source: diagnosticSource,
    message: reason,
    code: 'config',
    ...(error.file
      ? {
          relatedInformation: [
            {
              location: {uri: URI.file(path.resolve(cwd, error.file)).toString(), range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}},
              message: 'The configuration file to fix'
            }
          ]
        }
      : {})
  }
  return {diagnostic, ruleId: undefined, reason, note: undefined, expected: [], url: undefined, crashed: true}
}

function internalProblem(error: unknown, document: TextDocument): Finding {
  const reason = `call-plan-lint could not check this note (${error instanceof Error ? error.message : String(error)}); editing goes on, and the note is checked again on the next change`
  const diagnostic = {range: firstLine(document), severity: DiagnosticSeverity.Error, source: diagnosticSource, message: reason}
  return {diagnostic, ruleId: undefined, reason, note: undefined, expected: [], url: undefined, crashed: true}
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}
