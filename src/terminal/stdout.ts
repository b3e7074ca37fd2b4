import { TerminalOutput } from './output.js'

/**
 * A reader that stops early (`| head`, `| jq -e …`) closes the pipe: that ends the output, not the
 * run. Any other failure to write it (a full disk) is said in one line, and the run fails.
 */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return
    new TerminalOutput([]).err(`error: could not write the output: ${error.message}`)
    process.exitCode = 1
  })
}
