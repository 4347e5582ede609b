import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import path from 'node:path'

/** Where scripts/setup-editor-tests.sh puts code-server and its Node 24. */
export const editorCache = process.env.CALL_PLAN_EDITOR_CACHE ?? '/opt/call-plan-editor-tests'
export const codeServerBin = path.join(editorCache, 'bin/code-server')
export const chromiumBin = process.env.CALL_PLAN_CHROMIUM ?? '/usr/bin/chromium'

/** The time the example vault is written for (its imminent call is imminent then), as in the demo. */
export const exampleNow = '2026-12-01T08:00'

/** Why the real-editor test cannot run here, or undefined when it can. */
export function codeServerMissing(): string | undefined {
  const setup = 'run `bash scripts/setup-editor-tests.sh` as root'
  if (!existsSync(codeServerBin)) return `code-server is not installed at ${codeServerBin} (${setup})`
  if (!existsSync(chromiumBin)) return `chromium is not installed at ${chromiumBin} (${setup})`
  return undefined
}

/**
 * A copy of the example vault whose config pins "now" to the time the vault is written for: an
 * editor has no `--now`, and readiness findings must not depend on the day the test runs.
 */
export function vaultCopy(exampleVault: string, work: string): string {
  const copy = path.join(work, 'vault')
  cpSync(exampleVault, copy, {recursive: true})
  const configFile = path.join(copy, '.callplanrc.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as {settings?: Record<string, unknown>; $schema?: string}
  config.settings = {...config.settings, now: exampleNow}
  // Its relative `$schema` points into this repository, not from the copy: without it, the editor
  // validates the file with the schema the extension contributes, as in a user's own vault.
  delete config.$schema
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  return copy
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface CodeServer {
  url: string
  process: ChildProcess
  log: () => string
  stop: () => Promise<void>
}

/** Per-run folders: nothing of the person running the test is read or written. */
export function codeServerFolders(work: string) {
  const folders = {
    userData: path.join(work, 'user-data'),
    extensions: path.join(work, 'extensions'),
    config: path.join(work, 'config.yaml')
  }
  mkdirSync(path.join(folders.userData, 'User'), {recursive: true})
  mkdirSync(folders.extensions, {recursive: true})
  writeFileSync(folders.config, 'auth: none\ncert: false\n')
  return folders
}

export function installExtension(folders: ReturnType<typeof codeServerFolders>, vsix: string): string {
  const run = spawnSync(
    codeServerBin,
    ['--config', folders.config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, '--install-extension', vsix, '--force'],
    {encoding: 'utf8', timeout: 120_000}
  )
  if (run.status !== 0) throw new Error(`code-server --install-extension failed: ${run.stderr}${run.stdout}`)
  return run.stdout + run.stderr
}

export function listExtensions(folders: ReturnType<typeof codeServerFolders>): string {
  const run = spawnSync(
    codeServerBin,
    ['--config', folders.config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, '--list-extensions'],
    {encoding: 'utf8', timeout: 60_000}
  )
  return run.stdout
}

export async function startCodeServer(folders: ReturnType<typeof codeServerFolders>, folder: string): Promise<CodeServer> {
  const port = await freePort()
  let output = ''
  const child = spawn(
    codeServerBin,
    [
      '--config', folders.config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', folders.userData,
      '--extensions-dir', folders.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      folder
    ],
    {stdio: ['ignore', 'pipe', 'pipe'], detached: false}
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output}`)
    try {
      const response = await fetch(url, {redirect: 'manual'})
      if (response.status < 500) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not start: ${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    process: child,
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  }
}
