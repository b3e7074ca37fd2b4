import { join } from 'node:path'
import {
  actionFile,
  readActionDefinition,
  root,
  runStep,
  type ActionDefinition,
  type ActionRun
} from '../../demo/action-runner.ts'
import type { Clock } from '../../src/http/clock.js'
import { runCheckReceiverAction as checkReceiverShell } from '../../src/runner/check-receiver.js'
import { run as sendTestEventShell } from '../../src/runner/send-test-event.js'
import { inProcess } from './in-process.js'

/**
 * Runs an action's shell from src/ in this process as the GitHub runner runs its bundle: the inputs as
 * INPUT_* variables with action.yml's defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the
 * step's stdout as the runner reads it.
 */

export const checkReceiverActionFile = join(root, 'check-receiver', 'action.yml')

export function readCheckReceiverDefinition(): Promise<ActionDefinition> {
  return readActionDefinition(checkReceiverActionFile)
}

/** `env` sets, or with undefined unsets, any other variable: GITHUB_OUTPUT, GITHUB_EVENT_PATH, HTTPS_PROXY, a stray INPUT_*. */
export function runAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  { clock }: { clock?: Clock } = {}
): Promise<ActionRun> {
  return runShell(actionFile, inputs, env, (write) =>
    sendTestEventShell({ write, ...(clock !== undefined && { clock }) })
  )
}

export function runCheckReceiverAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  { clock }: { clock?: Clock } = {}
): Promise<ActionRun> {
  return runShell(checkReceiverActionFile, inputs, env, (write) =>
    checkReceiverShell({ write, ...(clock !== undefined && { clock }) })
  )
}

function runShell(
  file: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  shell: (write: (text: string) => void) => Promise<void>
): Promise<ActionRun> {
  return runStep(file, inputs, async (variables) => {
    let stdout = ''
    const run = await inProcess({ ...variables, ...env }, () => shell((text) => (stdout += text)))
    return { exitCode: run.exitCode, stdout: stdout + run.strayStdout, stderr: run.strayStderr }
  })
}
