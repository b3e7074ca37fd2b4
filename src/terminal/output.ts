import type { Clock } from '../http/clock.js'
import type { Explanation } from '../shared/explanation.js'
import { outgoingLines } from '../shared/outgoing-text.js'
import { redactorForInputs, type Redactor } from '../shared/redact.js'

/** Where a terminal reads a CLI's text; a test passes its own. */
export type Write = (text: string) => void

export interface Streams {
  stdout: Write
  stderr: Write
}

/** What a test hands a CLI instead of the process's streams and the real clock. */
export type TerminalSeams = Partial<Streams> & { clock?: Clock }

const processStreams: Streams = {
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  }
}

/**
 * The one way text leaves a CLI: stdout for the results a script reads, stderr for everything a
 * person reads. Everything given to it is redacted, and its control characters and runner commands
 * neutralised (the CLI may run inside a workflow's run: step), and its lines capped.
 */
export class TerminalOutput {
  private readonly redact: Redactor
  private readonly streams: Streams

  constructor(secrets: readonly string[], streams: Partial<Streams> = {}) {
    this.redact = redactorForInputs(...secrets)
    this.streams = { ...processStreams, ...streams }
  }

  /** Lines for stdout. */
  out(text: string): void {
    this.streams.stdout(this.lines(text))
  }

  /** Lines for stderr. */
  err(text: string): void {
    this.streams.stderr(this.lines(text))
  }

  /** A failure on stderr: its title once, what happened, and what to do. */
  error({ title, message, nextStep }: Explanation, prefix = ''): void {
    this.err(`error: ${prefix}${title}\n${message}\n${nextStep}`)
  }

  /** Each line ended with a newline; text that ends with one gets no empty line after it. */
  private lines(text: string): string {
    return outgoingLines(text.replace(/\n$/, ''), this.redact)
      .map((line) => `${line}\n`)
      .join('')
  }
}
