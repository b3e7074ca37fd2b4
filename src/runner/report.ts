import * as core from '@actions/core'
import type { Explanation } from '../shared/explanation.js'
import type { Redactor } from '../shared/redact.js'

/** How both actions report to the runner: outputs, annotations and the job summary. */

/** A job summary: a heading, a table (the first row its header), then paragraphs or a block of code. */
export interface Table {
  heading: string
  rows: string[][]
  paragraphs?: string[]
  code?: string
}

export function setOutputs(outputs: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  } catch (error) {
    core.warning(`Could not set the outputs: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Fails the step with a titled annotation: setFailed with a title, which setFailed itself cannot carry. */
export function annotate({ title, message, nextStep }: Explanation): void {
  process.exitCode = core.ExitCode.Failure
  core.error(`${message}\n${nextStep}`, { title })
}

export async function writeSummary({ heading, rows, paragraphs = [], code }: Table, redact: Redactor): Promise<void> {
  // Outside a runner (tests, local runs) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    core.summary.addHeading(redact(escapeHtml(heading)), 3)
    const [header, ...body] = rows
    if (header !== undefined) {
      core.summary.addTable([
        header.map((data) => ({ data, header: true })),
        // Redacted once escaped: escaping could assemble a secret from harmless server text.
        ...body.map((row) => row.map((value) => redact(cell(value))))
      ])
    }
    for (const paragraph of paragraphs) core.summary.addRaw(`<p>${redact(cell(paragraph))}</p>`, true)
    if (code !== undefined) core.summary.addCodeBlock(redact(escapeHtml(code)), 'http')
    await core.summary.write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${redact(error instanceof Error ? error.message : String(error))}`)
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
}

function cell(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>')
}
