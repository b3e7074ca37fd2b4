import { resultEntry, type EventResult, type Outcome } from '../send-test-event/run.js'

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
      delivered: String(results.every((result) => result.receipt?.delivered === true))
    }),
    ...(waitedMs !== undefined && { 'waited-ms': String(waitedMs) }),
    ...(results.length === 1 && singleOutputs(results[0]!))
  }
}

/** The outputs that only mean something for one event type. */
function singleOutputs({ delivery, status, receipt }: EventResult): Record<string, string> {
  const event = delivery?.event
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
    ...(receipt?.delivered === true && {
      'receipt-latency-ms': String(receipt.latencyMs),
      ...(receipt.json !== undefined && { receipt: receipt.json })
    })
  }
}
