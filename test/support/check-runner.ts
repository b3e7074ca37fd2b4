import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { inputVariable, parseOutputFile, root, type ActionRun } from '../../demo/action-runner.ts'
import type { CliRun } from './cli-runner.ts'

/** Runs the bundled check-receiver action and CLI as the runner and a terminal do. */

export const checkReceiverActionFile = join(root, 'check-receiver', 'action.yml')

interface ActionDefinition {
  name: string
  description: string
  inputs: Record<string, { default?: string; required?: boolean; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export async function readCheckReceiverDefinition(): Promise<ActionDefinition> {
  return parse(await readFile(checkReceiverActionFile, 'utf8')) as ActionDefinition
}

/** Runs runs.main, resolved from check-receiver/ as the runner resolves it, with action.yml's defaults. */
export async function runCheckReceiverAction(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const definition = await readCheckReceiverDefinition()
  const workspace = await mkdtemp(join(tmpdir(), 'diffio-check-receiver-'))
  const outputFile = join(workspace, 'output')
  const summaryFile = join(workspace, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const inputEnv: Record<string, string> = {}
  for (const [name, input] of Object.entries(definition.inputs)) {
    inputEnv[inputVariable(name)] = inputs[name] ?? input.default ?? ''
  }
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...inputEnv,
    ...env
  }
  const main = join(dirname(checkReceiverActionFile), definition.runs.main)
  try {
    const { exitCode, stdout, stderr } = await run(main, [], childEnv, workspace)
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      errors: stdout
        .split('\n')
        .filter((line) => line.startsWith('::error'))
        .map((line) => line.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/** Runs dist/check-receiver-cli.js with only PATH and the given variables in its environment. */
export function runCheckReceiverCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return run(join(root, 'dist', 'check-receiver-cli.js'), args, { PATH: process.env.PATH, ...env })
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [script, ...args], { env, cwd, timeout: 60_000 }, (_error, stdout, stderr) =>
      resolve({ exitCode: child.exitCode, stdout, stderr })
    )
  })
}
