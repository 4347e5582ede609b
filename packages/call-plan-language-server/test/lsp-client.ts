import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import type {CallPlanStatus} from '../src/protocol.js'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node'

export const serverBin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

export interface StartOptions {
  /** Workspace folder (absolute path). */
  root: string
  /** What `workspace/configuration` answers for the `callPlanLint` section. */
  settings?: Record<string, unknown>
  /** Node options before the server script, e.g. `--import` of a test-only module. */
  nodeArgs?: string[]
  /** Leave out capabilities a smaller client (Neovim 0.7) does not have. */
  capabilities?: ClientCapabilities
  /** Sent with `initialize`, after `debounceMs: 0`. */
  initializationOptions?: Record<string, unknown>
}

/** The server's status notification, as the server declares it. */
export type StatusParams = CallPlanStatus

/** A small LSP client speaking JSON-RPC over the server's stdio, as an editor would. */
export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>()
  readonly statuses = new Map<string, StatusParams>()
  readonly registrations: Registration[] = []
  readonly messages: string[] = []
  readonly configurationRequests: unknown[] = []
  settings: Record<string, unknown>
  stderr = ''
  initializeResult!: InitializeResult
  private readonly versions = new Map<string, number>()
  private readonly waiters: Array<{uri: string; test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: StartOptions
  ) {
    this.settings = options.settings ?? {}
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverBin, '--stdio'], {
      cwd: options.root,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const client = new LspClient(child, connection, options)
    child.stderr.on('data', (chunk: Buffer) => {
      client.stderr += chunk.toString()
    })

    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.diagnostics.set(params.uri, params)
      for (const waiter of [...client.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          client.waiters.splice(client.waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    connection.onNotification('callPlanLint/status', (params: StatusParams) => {
      client.statuses.set(params.uri, params)
    })
    connection.onNotification(ShowMessageNotification.type, (params) => {
      client.messages.push(params.message)
    })
    connection.onNotification('window/logMessage', (params: {message: string}) => {
      client.messages.push(params.message)
    })
    connection.onRequest(ConfigurationRequest.type, (params) => {
      client.configurationRequests.push(params)
      return params.items.map((item) => (item.section === 'callPlanLint' ? client.settings : null))
    })
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations)
      return null
    })
    connection.listen()

    const rootUri = pathToFileURL(options.root).href
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{uri: rootUri, name: 'vault'}],
      capabilities: options.capabilities ?? {
        workspace: {
          configuration: true,
          didChangeConfiguration: {dynamicRegistration: true},
          didChangeWatchedFiles: {dynamicRegistration: true},
          workspaceFolders: true
        },
        textDocument: {
          publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
          codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}},
          hover: {contentFormat: ['markdown', 'plaintext']}
        }
      },
      // No pause in tests: every change is linted at once, so tests never wait on a timer.
      initializationOptions: {debounceMs: 0, ...options.initializationOptions}
    })
    await connection.sendNotification(InitializedNotification.type, {})
    return client
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1)
    const published = this.waitForDiagnostics(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text}
    })
    return published
  }

  /** Send a change and wait for the diagnostics of the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 0) + 1
    this.versions.set(uri, version)
    const published = this.waitForDiagnostics(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: changes
    })
    return published
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.waitForDiagnostics(uri, undefined, (params) => params.diagnostics.length === 0)
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    return published
  }

  /** Change the answer to `workspace/configuration` and tell the server, as editors do. */
  async changeSettings(uri: string, settings: Record<string, unknown>): Promise<PublishDiagnosticsParams> {
    this.settings = settings
    const published = this.waitForDiagnostics(uri)
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {callPlanLint: settings}})
    return published
  }

  async filesChanged(uri: string, changes: FileEvent[]): Promise<PublishDiagnosticsParams> {
    const published = this.waitForDiagnostics(uri)
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes})
    return published
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    const diagnostics = (this.diagnostics.get(uri)?.diagnostics ?? []).filter((diagnostic) => touches(diagnostic.range, range))
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range,
      context: only ? {diagnostics, only} : {diagnostics}
    }) as Promise<CodeAction[]>
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position})
  }

  /** The next diagnostics for `uri` (of `version`, when given) that pass `test`. */
  waitForDiagnostics(
    uri: string,
    version?: number,
    test: (params: PublishDiagnosticsParams) => boolean = () => true
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No diagnostics for ${uri}${version ? ` version ${version}` : ''} (server said: ${this.stderr}${this.messages.join('\n')})`)),
        15_000
      )
      this.waiters.push({
        uri,
        test: (params) => (version === undefined || params.version === version) && test(params),
        resolve: (params) => {
          clearTimeout(timer)
          resolve(params)
        }
      })
    })
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)))
    if (this.process.exitCode !== null) return this.process.exitCode
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await exited
    this.connection.dispose()
    return code
  }
}

function touches(a: Range, b: Range): boolean {
  const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/** The text a range covers in a document. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n')
  const offset = (position: Position) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  return text.slice(offset(range.start), offset(range.end))
}
