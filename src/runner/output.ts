import { randomUUID } from 'node:crypto'
import { appendFile } from 'node:fs/promises'
import type { Clock } from '../http/clock.js'
import type { Explanation } from '../shared/explanation.js'
import { capped, maxOutputLength, neutralised, outgoingLines } from '../shared/outgoing-text.js'
import { minSecretLength, redactorForInputs, type Redactor } from '../shared/redact.js'

/**
 * A job summary: a heading, a table (the first row its header), then paragraphs or a block of code.
 */
export interface Table {
  heading: string
  rows: string[][]
  paragraphs?: string[]
  code?: string
}

/**
 * Why the step fails when its outputs could not be written, and what the run did, so that is not
 * lost.
 */
export function outputsNotWritten(problem: string, whatHappened: string): Explanation {
  return {
    title: 'Could not set the step outputs',
    message: `${problem}. ${whatHappened}`,
    nextStep:
      'Later steps would read empty outputs. GITHUB_OUTPUT is set by the GitHub runner for each step: run the action as a step of a job, and leave GITHUB_OUTPUT as the runner sets it.'
  }
}

/** Where the runner reads a step's stdout; a test passes its own. */
export type Write = (text: string) => void

/** What a test hands an action instead of the process's stdout and the real clock. */
export interface RunnerSeams {
  write?: Write
  clock?: Clock
}

const writeToStdout: Write = (text) => {
  process.stdout.write(text)
}

export interface RunnerOutputOptions {
  write?: Write
  alsoRedacted?: readonly string[]
}

/**
 * The one way text leaves an action: log lines, groups, annotations, masks, step outputs and the
 * job summary. Everything given to it is redacted, its control characters and runner commands
 * neutralised and its lines capped; only the commands this object writes itself reach the runner.
 */
export class RunnerOutput {
  private readonly redact: Redactor
  private readonly write: Write

  /**
   * `secrets` are masked at once, before anything else is written, and redacted with every form the
   * redactor knows; `alsoRedacted` are other forms of them, redacted but not masked.
   */
  constructor(
    secrets: readonly string[],
    { write = writeToStdout, alsoRedacted = [] }: RunnerOutputOptions = {}
  ) {
    this.write = write
    this.redact = redactorForInputs(...secrets, ...alsoRedacted)
    // Shorter ones are refused unused and never printed; masking them would garble every line they
    // occur in.
    for (const secret of secrets)
      if (secret.trim().length >= minSecretLength) this.command('add-mask', {}, secret.trim())
  }

  info(text: string): void {
    for (const line of this.lines(text)) this.write(`${line}\n`)
  }

  debug(text: string): void {
    this.command('debug', {}, this.clean(text))
  }

  group(title: string): void {
    this.command('group', {}, this.clean(title))
  }

  endGroup(): void {
    this.command('endgroup', {}, '')
  }

  warning(text: string, title?: string): void {
    this.command(
      'warning',
      title === undefined ? {} : { title: this.clean(title) },
      this.clean(text)
    )
  }

  /** Fails the step with a titled annotation saying what happened and what to do. */
  fail({ title, message, nextStep }: Explanation): void {
    process.exitCode = 1
    this.command('error', { title: this.clean(title) }, this.clean(`${message}\n${nextStep}`))
  }

  /**
   * Writes the step outputs to the runner's GITHUB_OUTPUT file; an output longer than GitHub should
   * hold is cut, with a warning. Returns what stopped them being written, if anything did.
   */
  async setOutputs(outputs: Record<string, string>): Promise<string | undefined> {
    const entries = Object.entries(outputs)
    if (entries.length === 0) return undefined
    const file = process.env.GITHUB_OUTPUT
    if (!file) return 'GITHUB_OUTPUT is not set, so there is no file to write the step outputs to'
    const blocks = entries.map(([name, value]) => {
      const { text, cut } = capped(neutralised(this.redact(value)), maxOutputLength)
      if (cut > 0) {
        this.warning(
          `The ${name} output was cut to its first ${text.length} characters, leaving out ${cut}: GitHub allows 1 MB of outputs for a whole job.`,
          'Output cut'
        )
      }
      const delimiter = `ghadelimiter_${randomUUID()}`
      return `${name}<<${delimiter}\n${text}\n${delimiter}\n`
    })
    try {
      await appendFile(file, blocks.join(''))
      return undefined
    } catch (error) {
      return this.clean(
        `GITHUB_OUTPUT (${file}) could not be written: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }

  /** Adds a section to the job summary; outside a runner (a local run) there is none to add to. */
  async summary({ heading, rows, paragraphs = [], code }: Table): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file) return
    const [header, ...body] = rows
    const row = (cells: string[], tag: 'th' | 'td') =>
      `<tr>${cells.map((cell) => `<${tag}>${this.html(cell)}</${tag}>`).join('')}</tr>`
    const html = [
      `<h3>${this.html(heading)}</h3>`,
      ...(header === undefined
        ? []
        : [
            `<table>${[row(header, 'th'), ...body.map((cells) => row(cells, 'td'))].join('')}</table>`
          ]),
      ...paragraphs.map((paragraph) => `<p>${this.html(paragraph)}</p>`),
      ...(code === undefined
        ? []
        : [`<pre lang="http"><code>${this.html(code, '\n')}</code></pre>`])
    ]
    try {
      await appendFile(file, `${html.join('\n')}\n`)
    } catch (error) {
      this.warning(
        `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }

  private lines(text: string): string[] {
    return outgoingLines(text, this.redact)
  }

  private clean(text: string): string {
    return this.lines(text).join('\n')
  }

  /**
   * Text as HTML, its lines joined by `lineBreak`; redacted again once escaped, as escaping could
   * form a secret anew.
   */
  private html(text: string, lineBreak = '<br>'): string {
    const escaped = this.lines(text).map((line) =>
      line.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
    )
    return this.redact(escaped.join(lineBreak))
  }

  /** `::name key=value::data`, escaped as the runner unescapes it. */
  private command(name: string, properties: Record<string, string>, data: string): void {
    const escapeData = (text: string) =>
      text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    const escapeProperty = (text: string) =>
      escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
    const shown = Object.entries(properties).map(
      ([key, value]) => `${key}=${escapeProperty(value)}`
    )
    this.write(`::${name}${shown.length > 0 ? ` ${shown.join(',')}` : ''}::${escapeData(data)}\n`)
  }
}
