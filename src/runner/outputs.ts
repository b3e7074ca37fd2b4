import {
  attemptsOf,
  confirmedReceipt,
  statusOf,
  succeeded,
  type EventResult,
  type Outcome
} from '../send-test-event/results.js'
import type { EventType } from '../shared/contract.js'

/** The step outputs for a run that sent something, as action.yml describes them. */
export function sentOutputs({
  settings,
  results,
  waitedMs
}: Extract<Outcome, { kind: 'sent' }>): Record<string, string> {
  const receiptAsked = settings.receipt !== undefined
  return {
    results: JSON.stringify(results.map((result) => resultEntry(result, receiptAsked))),
    ...(receiptAsked && {
      delivered: String(results.every((result) => confirmedReceipt(result) !== undefined))
    }),
    ...(waitedMs !== undefined && { 'waited-ms': String(waitedMs) }),
    ...(results.length === 1 && singleOutputs(results[0]!))
  }
}

/** The outputs that only mean something for one event type. */
function singleOutputs(result: EventResult): Record<string, string> {
  const { delivery } = result
  const event = delivery?.event
  const status = statusOf(result)
  const receipt = confirmedReceipt(result)
  return {
    ...(status !== undefined && { 'status-code': String(status) }),
    ...(event !== undefined && {
      'svix-message-id': event.svixMessageId,
      'event-id': event.eventId,
      'event-type': event.eventType,
      mode: event.mode,
      'api-key-id': event.apiKeyId,
      response: delivery!.json
    }),
    ...(receipt !== undefined && {
      'receipt-latency-ms': String(receipt.latencyMs),
      ...(receipt.json !== undefined && { receipt: receipt.json })
    })
  }
}

/** One entry of the `results` output. */
export interface ResultEntry {
  eventType: EventType
  ok: boolean
  statusCode: number | null
  attempts: number
  svixMessageId?: string
  eventId?: string
  mode?: string
  apiKeyId?: string
  delivered?: boolean
  receiptLatencyMs?: number
  error?: string
}

export function resultEntry(result: EventResult, receiptAsked: boolean): ResultEntry {
  const event = result.delivery?.event
  const receipt = confirmedReceipt(result)
  return {
    eventType: result.eventType,
    ok: succeeded(result),
    statusCode: statusOf(result) ?? null,
    attempts: attemptsOf(result),
    ...(event !== undefined && {
      svixMessageId: event.svixMessageId,
      eventId: event.eventId,
      mode: event.mode,
      apiKeyId: event.apiKeyId
    }),
    ...(receiptAsked && { delivered: receipt !== undefined }),
    ...(receipt !== undefined && { receiptLatencyMs: receipt.latencyMs }),
    ...(result.outcome === 'failed' && { error: result.explanation.title })
  }
}
