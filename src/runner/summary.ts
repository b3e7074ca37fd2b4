import type { Explanation } from '../shared/explanation.js'
import {
  attemptsOf,
  confirmedReceipt,
  statusOf,
  succeeded,
  type EventResult,
  type Outcome
} from '../send-test-event/results.js'
import type { Table } from './output.js'

type Sent = Extract<Outcome, { kind: 'sent' }>
type NotSent = Extract<Outcome, { kind: 'not-sent' }>

/**
 * What a request was for: which matters most when staging and production, or test and live, are in
 * play.
 */
function target(eventTypes: string, settings: Sent['settings']): [string, string][] {
  return [
    ['Event type', eventTypes],
    ['Mode', settings.mode],
    ['Diffio host', new URL(settings.baseUrl).host]
  ]
}
type DryRun = Extract<Outcome, { kind: 'dry-run' }>

const fieldValue = (rows: [string, string][]): string[][] => [['Field', 'Value'], ...rows]

function explained(explanation: Explanation): [string, string][] {
  const rows: [string, string][] = [['Result', explanation.title]]
  if (explanation.status !== undefined) rows.push(['HTTP status', String(explanation.status)])
  if (explanation.statusClass !== undefined) rows.push(['Class', explanation.statusClass])
  if (explanation.serverMessage !== undefined)
    rows.push(['Server message', explanation.serverMessage])
  if (explanation.attempts !== undefined) rows.push(['Attempts', String(explanation.attempts)])
  rows.push(['What happened', explanation.message], ['What to do', explanation.nextStep])
  return rows
}

/** Request, Diffio's answer and the receipt, in ms from the request. */
function timeline(result: EventResult): [string, string][] {
  const { delivery } = result
  const receipt = confirmedReceipt(result)
  if (delivery === undefined) return []
  const rows: [string, string][] = [
    ['Timeline', `request 0 ms, Diffio's ${delivery.status} at ${delivery.durationMs} ms`]
  ]
  if (receipt !== undefined)
    rows[0]![1] += `, receipt at ${delivery.durationMs + receipt.latencyMs} ms (${receipt.latencyMs} ms after Diffio's answer)`
  return rows
}

function oneEvent(result: EventResult, outcome: Sent): Table {
  if (result.outcome === 'failed') {
    const [first, ...rest] = explained(result.explanation)
    return {
      heading: 'Diffio test event failed',
      rows: fieldValue([
        first!,
        ...target(result.eventType, outcome.settings),
        ...rest,
        ...timeline(result)
      ])
    }
  }
  const { delivery } = result
  const { event } = delivery
  const receipt = confirmedReceipt(result)
  const rows: [string, string][] = [
    ['Event type', event.eventType],
    ['Mode', event.mode],
    ['API key id', event.apiKeyId],
    ['Svix message id', event.svixMessageId],
    ['Event id', event.eventId],
    ['HTTP status', String(delivery.status)],
    ['Attempts', String(delivery.attempts)],
    ['Duration', `${delivery.durationMs} ms`],
    ...timeline(result)
  ]
  if (receipt !== undefined) rows.push(['Receipt', receipt.json ?? `confirmed by ${receipt.url}`])
  return {
    heading: receipt ? 'Diffio test event delivered and confirmed' : 'Diffio test event sent',
    rows: fieldValue(rows)
  }
}

function eventRow(result: EventResult): string[] {
  const event = result.delivery?.event
  const confirmed = confirmedReceipt(result)
  const receipt = confirmed === undefined ? '' : `${confirmed.latencyMs} ms after Diffio's answer`
  return [
    result.eventType,
    result.outcome === 'failed' ? result.explanation.title : 'sent',
    String(statusOf(result) ?? ''),
    String(attemptsOf(result)),
    event?.svixMessageId ?? '',
    event?.eventId ?? '',
    result.delivery === undefined ? '' : `${result.delivery.durationMs} ms`,
    receipt
  ]
}

export const summaryFor = {
  invalid: (explanation: Explanation): Table => ({
    heading: 'Diffio test event failed',
    rows: fieldValue(explained(explanation))
  }),

  notSent: ({ explanation, settings }: NotSent): Table => {
    const [first, ...rest] = explained(explanation)
    return {
      heading: 'Diffio test event not sent',
      rows: fieldValue([first!, ...target(settings.eventTypes.join(', '), settings), ...rest])
    }
  },

  dryRun: ({ settings, requests, notes }: DryRun): Table => ({
    heading: 'Diffio test event: dry run',
    rows: fieldValue([
      ['Event type', settings.eventTypes.join(', ')],
      ['Mode', settings.mode],
      ['API key id', settings.apiKeyId ?? '(the key itself)'],
      ...notes.map((note): [string, string] => ['Note', note])
    ]),
    code: requests.map((request) => request.full).join('\n\n')
  }),

  sent: (outcome: Sent): Table => {
    if (outcome.results.length === 1) return oneEvent(outcome.results[0]!, outcome)
    const failed = outcome.results.filter((result) => !succeeded(result)).length
    return {
      heading:
        failed === 0
          ? `Diffio test events: all ${outcome.results.length} sent`
          : `Diffio test events: ${failed} of ${outcome.results.length} failed`,
      rows: [
        [
          'Event type',
          'Result',
          'HTTP status',
          'Attempts',
          'Svix message id',
          'Event id',
          "Diffio's answer",
          'Receipt'
        ],
        ...outcome.results.map(eventRow)
      ],
      paragraphs: [
        `Mode: ${outcome.settings.mode}, Diffio host: ${new URL(outcome.settings.baseUrl).host}`
      ]
    }
  }
}
