import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { root } from '../../demo/action-runner.ts'

export interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** Runs a bundled CLI (dist/cli.js unless told) as a terminal or another CI system would, with only PATH and the given variables. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, script = 'cli.js'): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(root, 'dist', script), ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
      (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr })
    )
  })
}
