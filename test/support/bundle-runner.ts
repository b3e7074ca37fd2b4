import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'
import { actionFile, runAction, type ActionRun } from '../../demo/action-runner.ts'
import { checkReceiverActionFile } from './action-harness.js'
import type { CliRun } from './cli-harness.js'

/** Runs the bundle built fresh for this test run (test/support/fresh-bundle.ts) as child processes, the way the runner and a terminal do. */

/** How long a smoke test waits for the bundle, which builds while the other tests run. */
export const bundleWaitMs = 180_000

/** The fresh bundle's folder, once it is built; throws with the build's own words when it failed. */
export async function freshBundle(): Promise<string> {
  const scratch = inject('freshBundle')
  const deadline = performance.now() + bundleWaitMs
  for (;;) {
    let status: { code: number | null; signal: string | null; log: string }
    try {
      status = JSON.parse(await readFile(join(scratch, 'status.json'), 'utf8')) as typeof status
    } catch {
      if (performance.now() > deadline)
        throw new Error(`the fresh bundle was not built within ${bundleWaitMs / 1000} s`)
      await sleep(100)
      continue
    }
    if (status.code !== 0) {
      // ncc's errors quote its own minified source: the readable lines say what went wrong.
      const said = status.log
        .split('\n')
        .filter((line) => line.length < 500)
        .slice(0, 30)
        .join('\n')
      throw new Error(
        `npm test could not build the bundle from the source (exit ${status.code ?? status.signal}); npm run bundle shows the same:\n${said}`
      )
    }
    return join(scratch, 'dist')
  }
}

/** The main action's bundled entry point, given the inputs and variables as the runner gives them. */
export async function runBundledAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return runAction(inputs, env, actionFile, join(await freshBundle(), 'index.js'))
}

export async function runBundledCheckReceiverAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return runAction(
    inputs,
    env,
    checkReceiverActionFile,
    join(await freshBundle(), 'check-receiver.js')
  )
}

/** A bundled CLI run as a terminal or another CI system would, with only PATH and the given variables. */
export async function runBundledCli(
  script: 'cli.js' | 'check-receiver-cli.js',
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<CliRun> {
  const path = join(await freshBundle(), script)
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
      (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr })
    )
  })
}
