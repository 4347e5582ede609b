// Bundles the extension for the .vsix: the client (CommonJS, as VS Code loads it) and the
// language server with its lint worker (the engine and rules) as ES modules, so the extension
// needs no node_modules at run time. Also copies the config schema for `.callplanrc.json` validation.
import {copyFile, mkdir, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const serverPackage = createRequire(import.meta.url).resolve('call-plan-language-server/package.json')
const serverEntry = path.join(path.dirname(serverPackage), 'dist/bin.js')
// The schema of the engine the server uses, so validation and linting never disagree.
const schema = createRequire(serverPackage).resolve('call-plan-lint/schema.json')

/**
 * `call-plan-lint` loads `yaml` through `createRequire(import.meta.url)`, which a bundler cannot
 * follow: give that module a `createRequire` whose `require('yaml')` returns the bundled copy.
 */
const bundledRequire = {
  name: 'bundled-require',
  setup(build) {
    build.onResolve({filter: /^node:module$/}, (args) =>
      args.importer.includes(`${path.sep}call-plan-lint${path.sep}`) ? {path: 'bundled-module', namespace: 'bundled-require'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'bundled-require'}, () => ({
      resolveDir: path.dirname(serverEntry),
      contents: `
        import * as yaml from 'yaml'
        import {createRequire as nodeCreateRequire} from 'module'
        const bundled = {yaml}
        export function createRequire(url) {
          const require = nodeCreateRequire(url)
          return (id) => bundled[id] ?? require(id)
        }`
    }))
  }
}

await rm(path.join(root, 'dist'), {recursive: true, force: true})
await mkdir(path.join(root, 'dist'), {recursive: true})

// The server and its lint worker, which it starts as `./lint-worker.js` beside itself.
for (const [entry, output] of [
  [serverEntry, 'dist/server.mjs'],
  [path.join(path.dirname(serverEntry), 'lint-worker.js'), 'dist/lint-worker.js']
]) {
  await build({
    entryPoints: [entry],
    outfile: path.join(root, output),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    plugins: [bundledRequire],
    // CommonJS dependencies (vscode-languageserver) call `require` for Node built-ins.
    banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
    logLevel: 'warning'
  })
}

await build({
  entryPoints: [path.join(root, 'src/extension.ts')],
  outfile: path.join(root, 'dist/extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning'
})

await copyFile(schema, path.join(root, 'schema.json'))
console.log('Built dist/extension.cjs, dist/server.mjs, dist/lint-worker.js and schema.json')
