import {defineConfig} from 'vitest/config'

// The code-server test has its own run (`pnpm test:vscode`): it needs the packaged .vsix and
// the tools of scripts/setup-editor-tests.sh, and takes about a minute.
export default defineConfig({
  test: {
    include: ['tests/editor/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false
  }
})
