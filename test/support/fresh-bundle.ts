import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder the fresh bundle is built into (its dist/), with status.json once the build ends. */
    freshBundle: string
  }
}

/**
 * vitest's global setup: builds the bundle from the source with the project's own bundle script, into
 * a folder of its own and never over dist/, in the background while the in-process tests run. The smoke
 * tests wait for it (test/support/bundle-runner.ts); the committed dist/ is left to CI's dist check.
 */
export default async function buildFreshBundle(project: TestProject): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(join(tmpdir(), 'diffio-fresh-bundle-'))
  const build = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '..', '..', 'scripts', 'bundle.ts'),
      '--out-dir',
      join(scratch, 'dist')
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let log = ''
  build.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  build.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const ended = new Promise<void>((resolve) => {
    build.on('error', (error) => (log += String(error)))
    build.on('close', (code, signal) => {
      void writeFile(join(scratch, 'status.json'), JSON.stringify({ code, signal, log })).finally(
        resolve
      )
    })
  })
  project.provide('freshBundle', scratch)
  return async () => {
    // A run of a few test files may end before the build does, and need none of it.
    if (build.exitCode === null && build.signalCode === null) build.kill()
    await ended
    await rm(scratch, { recursive: true, force: true })
  }
}
