import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Tests run against the built packages (`pnpm test` builds first), as users get them.
    testTimeout: 30_000
  }
})
