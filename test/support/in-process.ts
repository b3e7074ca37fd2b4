/**
 * Runs a shell of this project in the test's own process as if it were a process of its own: with only
 * the environment variables the test gives among those the program reads, and with whatever it writes
 * to the process's stdout or stderr caught, so a write that bypasses the output object shows up too.
 */

/** The variables the program reads from its environment; any the machine running the tests sets are hidden. */
const readByTheProgram = /^(INPUT_|GITHUB_|RUNNER_|DIFFIO_)|^(https?_proxy|no_proxy|all_proxy)$/i

export interface CaughtRun<T> {
  result: T
  exitCode: number
  /** What went to process.stdout and process.stderr directly, not through a stream the test passed. */
  strayStdout: string
  strayStderr: string
}

/**
 * Calls `body` with `variables` set (undefined unsets one) and every other variable the program reads
 * unset, then puts the environment and process.exitCode back. One run at a time: tests in a file run
 * one after another.
 */
export async function inProcess<T>(
  variables: NodeJS.ProcessEnv,
  body: () => Promise<T>
): Promise<CaughtRun<T>> {
  const savedEnvironment = { ...process.env }
  const savedExitCode = process.exitCode
  const stdoutWrite = process.stdout.write
  const stderrWrite = process.stderr.write
  let strayStdout = ''
  let strayStderr = ''
  for (const name of Object.keys(process.env))
    if (readByTheProgram.test(name)) delete process.env[name]
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  process.exitCode = undefined
  process.stdout.write = ((chunk: string | Uint8Array) => {
    strayStdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    strayStderr += String(chunk)
    return true
  }) as typeof process.stderr.write
  try {
    const result = await body()
    return { result, exitCode: Number(process.exitCode ?? 0), strayStdout, strayStderr }
  } finally {
    process.stdout.write = stdoutWrite
    process.stderr.write = stderrWrite
    process.exitCode = savedExitCode
    for (const name of Object.keys(process.env))
      if (!(name in savedEnvironment)) delete process.env[name]
    Object.assign(process.env, savedEnvironment)
  }
}

/**
 * A clock whose waits end at once and count as time passed, so a poll that waits 250 ms between tries
 * runs as fast as the server answers, while a request that hangs still takes its real time.
 */
export function skippingClock(): { now: () => number; sleep: (ms: number) => Promise<void> } {
  let skippedMs = 0
  return {
    now: () => performance.now() + skippedMs,
    sleep: (ms) => {
      skippedMs += Math.max(0, ms)
      return new Promise((resolve) => setImmediate(resolve))
    }
  }
}
