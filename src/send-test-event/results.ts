/** What a run of send-test-event comes to, as data: the outcome and each event type's result. */
import type { EventType, Mode } from '../shared/contract.js'
import type { Explanation } from '../shared/explanation.js'
import type { ReceiptResult } from './receipt.js'
import type { Delivery, FailedSend } from './send.js'
import type { ReceiptSettings, Settings } from './settings.js'
import { failureStatus } from './failure.js'

/** A request as logs show it: the Authorization header's key replaced. */
export interface DescribedRequest {
  eventType: EventType
  mode: Mode
  /** "POST https://…" */
  line: string
  body: string
  /** Every header and the body. */
  full: string
}

/**
 * What every event type's result has: its request, and its lines after it, in order (what a log
 * group shows).
 */
interface EventBase {
  eventType: EventType
  request: DescribedRequest
  log: string[]
}

/** A receipt that confirmed the event, and one that did not. */
export type Confirmed = Extract<ReceiptResult, { delivered: true }>
export type Unconfirmed = Extract<ReceiptResult, { delivered: false }>

/** Why an event type failed: Diffio did not accept it, or it did and no receipt confirms it. */
export type EventFailure =
  | { kind: 'not-sent'; send: FailedSend }
  | { kind: 'no-receipt'; receipt: Unconfirmed }
  /** Diffio gave it the event id of another event type of this run, whose receipt wait it is. */
  | { kind: 'shared-event-id'; first: EventType }

/**
 * How one event type went, from the request to the receipt: ok (Diffio accepted it and, when a
 * receipt-url was given, the receiver confirmed it), or failed, with why and its explanation.
 */
export type EventResult = EventBase &
  (
    | { outcome: 'ok'; delivery: Delivery; receipt?: Confirmed }
    | {
        outcome: 'failed'
        failure: Extract<EventFailure, { kind: 'not-sent' }>
        explanation: Explanation
        delivery?: undefined
      }
    | {
        outcome: 'failed'
        failure: Exclude<EventFailure, { kind: 'not-sent' }>
        explanation: Explanation
        /** Diffio's 200 answer. */
        delivery: Delivery
      }
  )

/**
 * The settings as an outcome carries them: without the key and the receipt token, which nothing
 * shows.
 */
export type ShownSettings = Omit<Settings, 'apiKey' | 'receipt'> & {
  receipt?: Omit<ReceiptSettings, 'token'>
}

export type Outcome =
  /** The inputs cannot be used; nothing was sent. */
  | { kind: 'invalid'; explanation: Explanation }
  | { kind: 'dry-run'; settings: ShownSettings; requests: DescribedRequest[]; notes: string[] }
  /** Nothing was sent: wait-for-url never answered 2xx, or the proxy settings cannot be used. */
  | { kind: 'not-sent'; settings: ShownSettings; explanation: Explanation; waitedMs?: number }
  | { kind: 'sent'; settings: ShownSettings; results: EventResult[]; waitedMs?: number }

/** Diffio accepted the event and, when a receipt was asked for, the receiver confirmed it. */
export function succeeded(result: EventResult): boolean {
  return result.outcome === 'ok'
}

/** The status of the last answer Diffio gave, when one came. */
export function statusOf(result: EventResult): number | undefined {
  if (result.delivery !== undefined) return result.delivery.status
  const { send } = result.failure
  return send.lastStatus ?? failureStatus(send.failure)
}

/** How many attempts the send took. */
export function attemptsOf(result: EventResult): number {
  if (result.delivery !== undefined) return result.delivery.attempts
  return result.failure.send.attempts
}

/** The receipt that confirmed the event, when one did. */
export function confirmedReceipt(result: EventResult): Confirmed | undefined {
  return result.outcome === 'ok' ? result.receipt : undefined
}
