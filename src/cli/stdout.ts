/** A reader that stops early (`| head`, `| jq -e …`) closes the pipe; that ends the output, not the run. */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}
