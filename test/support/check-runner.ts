import { join } from 'node:path'
import { readActionDefinition, root, runAction, type ActionDefinition, type ActionRun } from '../../demo/action-runner.ts'
import { runCli, type CliRun } from './cli-runner.js'

/** Runs the bundled check-receiver action and CLI as the runner and a terminal do. */

export const checkReceiverActionFile = join(root, 'check-receiver', 'action.yml')

export function readCheckReceiverDefinition(): Promise<ActionDefinition> {
  return readActionDefinition(checkReceiverActionFile)
}

export function runCheckReceiverAction(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  return runAction(inputs, env, checkReceiverActionFile)
}

export function runCheckReceiverCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCli(args, env, 'check-receiver-cli.js')
}
