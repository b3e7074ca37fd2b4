/**
 * A reader that stops early (`| head`, `| jq -e …`) closes the pipe: that ends the output, not the run.
 * Any other failure to write it (a full disk) is said in one line, and the run fails.
 */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return
    process.stderr.write(`error: could not write the output: ${error.message}\n`)
    process.exitCode = 1
  })
}
