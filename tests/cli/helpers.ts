import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The built command line, as `pnpm exec call-plan-lint` runs it. */
export const bin = fileURLToPath(new URL('../../packages/call-plan-lint/dist/bin.js', import.meta.url))

export interface Outcome {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the CLI in a folder, the way a user or a hook would (no terminal, not in CI). */
export function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: {...process.env, CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}
