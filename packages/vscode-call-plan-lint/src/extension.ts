import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {statusNotification, type CallPlanStatus} from 'call-plan-language-server/protocol'

/**
 * The extension only starts the bundled language server and shows what it says: every
 * finding, hover and fix comes from the server, the same one any LSP editor can use.
 */
let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Call Plan Lint', {log: true})
  const statuses = new Map<string, CallPlanStatus>()
  const statusItem = vscode.window.createStatusBarItem('callPlanLint.status', vscode.StatusBarAlignment.Left, 50)
  statusItem.name = 'Call plan readiness'
  context.subscriptions.push(output, statusItem)

  const module = context.asAbsolutePath('dist/server.mjs')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--inspect=6019']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'untitled', language: 'markdown'}
    ],
    outputChannel: output
  }
  client = new LanguageClient('callPlanLint', 'Call Plan Lint', serverOptions, clientOptions)

  const showStatus = () => {
    const editor = vscode.window.activeTextEditor
    const status = editor ? statuses.get(editor.document.uri.toString()) : undefined
    if (!status?.callPlan) {
      statusItem.hide()
      return
    }
    if (status.ready) {
      statusItem.text = '$(check) Call plan: ready'
      statusItem.tooltip = "The plan says what's in it for the customer."
      statusItem.backgroundColor = undefined
      statusItem.command = undefined
    } else {
      statusItem.text = `$(warning) Call plan: not ready — ${shorten(plain(status.reason ?? ''))}`
      statusItem.tooltip = new vscode.MarkdownString(`**Not ready for the call.** ${status.reason ?? ''}`)
      statusItem.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground')
      statusItem.command = 'workbench.actions.view.problems'
    }
    statusItem.show()
  }

  context.subscriptions.push(
    client.onNotification(statusNotification, (status: CallPlanStatus) => {
      statuses.set(status.uri, status)
      showStatus()
    }),
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidCloseTextDocument((document) => {
      statuses.delete(document.uri.toString())
      showStatus()
    }),
    vscode.commands.registerCommand('callPlanLint.restartServer', async () => {
      statuses.clear()
      showStatus()
      output.appendLine('Restarting the call-plan language server.')
      await client?.restart()
    })
  )

  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}

/** Reasons quote values in backticks; the status bar shows plain text. */
function plain(reason: string): string {
  return reason.replaceAll('`', '')
}

function shorten(text: string): string {
  const firstPart = text.split(':')[0] ?? text
  return firstPart.length > 70 ? `${firstPart.slice(0, 69)}…` : firstPart
}
