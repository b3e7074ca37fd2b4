import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { root } from '../../demo/action-runner.ts'

export interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** Runs the bundled CLI as a terminal or another CI system would. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(root, 'dist', 'cli.js'), ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
      (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr })
    )
  })
}
