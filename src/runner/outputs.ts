import {
  confirmedReceipt,
  resultEntry,
  statusOf,
  type EventResult,
  type Outcome
} from '../send-test-event/run.js'

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
