import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // As tsconfig.json's paths do for the bundle: the tests run the same trimmed undici.
  resolve: {
    alias: [
      {
        find: /^undici$/,
        replacement: fileURLToPath(new URL('./src/http/undici.ts', import.meta.url))
      }
    ]
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/fresh-bundle.ts'],
    // Most tests wait on loopback servers and child processes, not the CPU: more files at once than cores.
    maxWorkers: 5,
    // A worker per file costs about half a second to start; the tests restore what they change.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
