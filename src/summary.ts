import * as core from '@actions/core'
import type { Explanation } from './core/explain.js'
import type { Redactor } from './core/redact.js'
import type { Delivery } from './core/send.js'
import type { Settings } from './core/settings.js'

type Row = [string, string]

export async function writeSuccessSummary(delivery: Delivery, redact: Redactor): Promise<void> {
  const { event } = delivery
  await writeSummary(redact, 'Diffio test event sent', [
    ['Event type', event.eventType],
    ['Mode', event.mode],
    ['API key id', event.apiKeyId],
    ['Svix message id', event.svixMessageId],
    ['Event id', event.eventId],
    ['HTTP status', String(delivery.status)],
    ['Attempts', String(delivery.attempts)],
    ['Duration', `${delivery.durationMs} ms`]
  ])
}

/** What a failed request was for: which matters most when staging and production, or test and live, are in play. */
export interface FailedRequest {
  eventType: string
  mode: string
  host: string
}

export async function writeFailureSummary(explanation: Explanation, redact: Redactor, request?: FailedRequest): Promise<void> {
  const rows: Row[] = [['Result', explanation.title]]
  if (request !== undefined) rows.push(['Event type', request.eventType], ['Mode', request.mode], ['Diffio host', request.host])
  if (explanation.status !== undefined) rows.push(['HTTP status', String(explanation.status)])
  if (explanation.statusClass !== undefined) rows.push(['Class', explanation.statusClass])
  if (explanation.serverMessage !== undefined) rows.push(['Server message', explanation.serverMessage])
  if (explanation.attempts !== undefined) rows.push(['Attempts', String(explanation.attempts)])
  rows.push(['What happened', explanation.message], ['What to do', explanation.nextStep])
  await writeSummary(redact, 'Diffio test event failed', rows)
}

export async function writeDryRunSummary(settings: Settings, request: string, redact: Redactor): Promise<void> {
  await writeSummary(
    redact,
    'Diffio test event: dry run',
    [
      ['Event type', settings.eventTypes.join(', ')],
      ['Mode', settings.mode],
      ['API key id', settings.apiKeyId ?? '(the key itself)']
    ],
    request
  )
}

async function writeSummary(redact: Redactor, heading: string, rows: Row[], code?: string): Promise<void> {
  // Outside a runner (tests, local runs) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    core.summary.addHeading(heading, 3).addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      // Redacted once escaped: escaping could assemble a secret from harmless server text.
      ...rows.map(([field, value]) => [field, redact(cell(value))])
    ])
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
