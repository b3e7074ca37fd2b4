import type { AnsweredEvent as TestEvent } from './contract.js'

/**
 * The fields of a receipt that say which event it is for, as Diffio's answer and the payload name
 * them.
 */
export const receiptFields = ['eventId', 'svixMessageId', 'eventType'] as const
type ReceiptField = (typeof receiptFields)[number]

/** Whether a 2xx answer's body is a receipt for the event, and if not, why not. */
export type ReceiptProof =
  | { proves: true }
  | { proves: false; because: 'not-json' | 'not-an-object' | 'names-no-event' }
  | { proves: false; because: 'names-another-event'; field: ReceiptField; value: unknown }

/**
 * The receipt protocol's rule for a 2xx: its body is a JSON object that names the event, by its
 * `eventId` or its `svixMessageId` as Diffio's answer gave them, and names no other (a different
 * `eventId`, `svixMessageId` or `eventType`). A catch-all route that answers 200 to every path,
 * such
 * as a single-page app's index page, names no event, so its 200 confirms nothing.
 */
export function receiptProof(body: string, event: TestEvent): ReceiptProof {
  let receipt: unknown
  try {
    // A byte order mark is not JSON, but some servers put one before it.
    receipt = JSON.parse(body.replace(/^\uFEFF/, ''))
  } catch {
    return { proves: false, because: 'not-json' }
  }
  if (receipt === null || typeof receipt !== 'object' || Array.isArray(receipt))
    return { proves: false, because: 'not-an-object' }
  const named = receipt as Partial<Record<ReceiptField, unknown>>
  const other = receiptFields.find(
    (field) => named[field] !== undefined && named[field] !== null && named[field] !== event[field]
  )
  if (other !== undefined)
    return { proves: false, because: 'names-another-event', field: other, value: named[other] }
  if (named.eventId === event.eventId || named.svixMessageId === event.svixMessageId)
    return { proves: true }
  return { proves: false, because: 'names-no-event' }
}
