import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  actionFile,
  errorAnnotations,
  inputVariable,
  parseOutputFile,
  readActionDefinition,
  root,
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
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return runShell(checkReceiverActionFile, inputs, env, (write) => checkReceiverShell({ write }))
}

async function runShell(
  file: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  shell: (write: (text: string) => void) => Promise<void>
): Promise<ActionRun> {
  const definition = await readActionDefinition(file)
  const workspace = await mkdtemp(join(tmpdir(), 'diffio-action-'))
  const outputFile = join(workspace, 'output')
  const summaryFile = join(workspace, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const variables: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  for (const [name, input] of Object.entries(definition.inputs))
    variables[inputVariable(name)] = inputs[name] ?? input.default ?? ''
  try {
    let stdout = ''
    const run = await inProcess({ ...variables, ...env }, () => shell((text) => (stdout += text)))
    stdout += run.strayStdout
    return {
      exitCode: run.exitCode,
      stdout,
      stderr: run.strayStderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      errors: errorAnnotations(stdout)
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}
