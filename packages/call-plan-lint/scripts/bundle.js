// Bundles the compiled CLI (dist/cli.js and the worker) into dist/bundle/, so a short run — a
// pre-commit hook on a few notes — loads a handful of files instead of some four hundred small
// modules (half of its start-up time). Lazy imports stay lazy (code splitting). The launcher
// (dist/bin.js) uses the bundle only while every file it was built from is unchanged, and falls
// back to dist/cli.js otherwise, so a stale bundle never runs.
import {statSync, writeFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = path.join(root, 'dist', 'bundle')
rmSync(outdir, {recursive: true, force: true})

const result = await build({
  absWorkingDir: root,
  entryPoints: {cli: 'dist/cli.js', worker: 'dist/worker.js'},
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  // tinypool starts its workers from files next to its own code; yaml is loaded on demand.
  // esprima is only an optional extra of js-yaml 3 (for `!!js/function`, which is never wanted).
  external: ['tinypool', 'yaml', 'esprima'],
  // CommonJS dependencies (gray-matter) call `require` for Node's own modules. js-yaml 3 tries
  // to load esprima at start-up for its `!!js/function` type, which the safe schema gray-matter
  // uses never reads: refusing it here saves loading a JavaScript parser on every run.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module'; const __nodeRequire = __createRequire(import.meta.url); const require = Object.assign((id) => { if (id === 'esprima') throw new Error('esprima is not loaded'); return __nodeRequire(id) }, __nodeRequire);"
  }
})

const inputs = Object.keys(result.metafile.inputs).map((input) => {
  const file = path.resolve(root, input)
  const stats = statSync(file)
  return {file, mtimeMs: stats.mtimeMs, size: stats.size}
})
writeFileSync(path.join(outdir, 'inputs.json'), JSON.stringify(inputs))
process.stderr.write(`bundled ${inputs.length} files into dist/bundle/\n`)
