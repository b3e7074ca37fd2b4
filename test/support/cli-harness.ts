import type { Clock } from '../../src/http/clock.js'
import { checkReceiverCli } from '../../src/terminal/check-receiver.js'
import { cli } from '../../src/terminal/send-test-event.js'
import { inProcess } from './in-process.js'

/** Runs a CLI's shell from src/ in this process as a terminal runs its bundle: arguments and environment in, stdout, stderr and the exit code out. */

export interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  { clock }: { clock?: Clock } = {}
): Promise<CliRun> {
  return runShell(env, (streams) =>
    cli(args, env, { ...streams, ...(clock !== undefined && { clock }) })
  )
}

export function runCheckReceiverCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  { clock }: { clock?: Clock } = {}
): Promise<CliRun> {
  return runShell(env, (streams) =>
    checkReceiverCli(args, env, { ...streams, ...(clock !== undefined && { clock }) })
  )
}

async function runShell(
  env: NodeJS.ProcessEnv,
  shell: (streams: {
    stdout: (text: string) => void
    stderr: (text: string) => void
  }) => Promise<number>
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  // The environment is the process's too: the proxy variables are read there.
  const run = await inProcess(env, () =>
    shell({ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  )
  return {
    exitCode: run.result,
    stdout: stdout + run.strayStdout,
    stderr: stderr + run.strayStderr
  }
}
