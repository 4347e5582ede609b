#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h') || args.length === 0) {
  process.stdout.write(
    [
      'Usage: call-plan-language-server --stdio',
      '',
      'The call-plan-lint language server: checks sales call plans as you type in any LSP editor.',
      'Transports: --stdio (usual), --node-ipc, --socket=<port>.',
      ''
    ].join('\n')
  )
  process.exit(args.length === 0 ? 2 : 0)
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write('0.1.0\n')
  process.exit(0)
}

// A bug must not take the server down with it (the editor would restart it in a loop):
// report it to the editor's log and keep serving.
const connection = createConnection(ProposedFeatures.all)
process.on('uncaughtException', (error) => connection.console.error(`call-plan-language-server: ${error.stack ?? error.message}`))
process.on('unhandledRejection', (error) => connection.console.error(`call-plan-language-server: ${String(error)}`))

startServer(connection)
connection.listen()
