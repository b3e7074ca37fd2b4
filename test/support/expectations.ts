import { expect } from 'vitest'

/** No line of the output looks like a frame of a JavaScript stack trace. */
export function expectNoStackTrace(run: { stdout: string; stderr: string }): void {
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}
