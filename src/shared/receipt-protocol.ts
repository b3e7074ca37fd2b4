import type { Dispatcher } from 'undici'
import { attemptRequest, type Answer, type NoAnswer } from '../http/request.js'
import { parseRetryAfter, retryableStatuses } from '../http/retry.js'
import type { AnsweredEvent as TestEvent } from './contract.js'
import { Problem, readHttpUrl, stringInput } from './input-readers.js'
import { headerValue } from './server-text.js'
import { userAgent } from './version.js'
import { listed } from './wording.js'

/**
 * The receipt protocol, which a receiver adds to confirm what it received: the receipt URL template
 * and how it is filled, one GET of it, and the rule that makes a 2xx a receipt for an event.
 */

/** The placeholders a receipt-url may hold, each filled from Diffio's answer. */
export const receiptPlaceholders = [
  '{event-id}',
  '{svix-message-id}',
  '{event-type}',
  '{mode}'
] as const

export type Placeholder = (typeof receiptPlaceholders)[number]

/**
 * The placeholders that name one event: a receipt-url needs one, or nothing tells the receiver
 * which event is asked about.
 */
const idPlaceholders: readonly Placeholder[] = ['{event-id}', '{svix-message-id}']

const example = 'https://hooks.example.com/receipts/{event-id}'

/**
 * The template filled with `value` for each placeholder, percent-encoded. Each value is encoded
 * before it goes in, so no value can hold a placeholder filled after it, nor a `/`, `?`, `#`, `\`,
 * `@` or `:`.
 */
function filledWith(template: string, value: (placeholder: Placeholder) => string): string {
  return receiptPlaceholders.reduce(
    (url, placeholder) => url.replaceAll(placeholder, encodeURIComponent(value(placeholder))),
    template
  )
}

/**
 * Fillings that differ in every way a host or a port could take them: if the template lets the ids
 * choose the scheme, host or port, these give different origins, or some parse and some do not.
 */
const probeFillings = ['a', 'b', '1'] as const

/**
 * The origin (scheme, host and port) a filled template parses to, or undefined when it is no URL.
 */
function originOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).origin : undefined
}

/**
 * Reads the receipt-url input: an https URL (http on loopback) with {event-id} or {svix-message-id}
 * in it, whose origin is fixed by the template alone, however the placeholders are filled; decided
 * on the parsed URL, as the request will be, so `https:/{event-id}/r` (which parses as https://…/r)
 * is refused as `https://{event-id}/r` is.
 */
export function readReceiptUrlTemplate(text: string): string | undefined | Problem {
  if (text === '') return undefined
  if (!idPlaceholders.some((placeholder) => text.includes(placeholder))) {
    return new Problem(
      `must contain {event-id} or {svix-message-id}, so the receiver can tell which event is asked about, e.g. ${example}; got ${JSON.stringify(text)}`
    )
  }
  const unknown = /\{[^}]*\}/.exec(filledWith(text, () => 'x'))?.[0]
  if (unknown !== undefined)
    return new Problem(
      `has the placeholder ${unknown}; the placeholders are ${listed(receiptPlaceholders, 'and')}`
    )
  const origins = new Set(probeFillings.map((filling) => originOf(filledWith(text, () => filling))))
  if (origins.size > 1) {
    const hosts = [...origins].filter(
      (origin): origin is string => origin !== undefined && origin !== 'null'
    )
    const shown =
      hosts.length > 1 ? ` (filled with different ids, it would go to ${listed(hosts, 'and')})` : ''
    return new Problem(
      `must keep its placeholders in the path or the query, so the ids Diffio returns cannot choose where the receipt token goes${shown}; got ${JSON.stringify(text)}`
    )
  }
  const url = readHttpUrl(
    filledWith(text, () => probeFillings[0]),
    example,
    'the receipt token',
    text
  )
  return url instanceof Problem ? url : text
}

/** Why an event's ids cannot fill the receipt URL. */
export type Unfillable =
  /** An id is empty, which would leave its placeholder out. */
  | { kind: 'empty-id'; placeholder: Placeholder }
  /** An id is a "." or ".." path segment, which a URL reads as a folder, not an id. */
  | { kind: 'dot-segment'; placeholder: Placeholder; value: '.' | '..' }
  /** The filled URL leaves the template's origin; `origin` is where it would go, if anywhere. */
  | { kind: 'leaves-origin'; origin?: string }

/** The receipt URL for one event, or why it cannot be asked. */
export type FilledReceiptUrl = { url: string } | { refused: Unfillable }

/**
 * The receipt URL for an event: the placeholders filled from Diffio's answer, percent-encoded, and
 * parsed. Percent-encoding leaves only letters, digits and -_.!~*'() as they are, so a value can
 * change the URL's structure only by being empty or a "." or ".." path segment
 * (`/api/receipts/{event-id}/status` with `..` is /api/status): those are refused, and so is any
 * filling that leaves the template's origin.
 */
export function fillReceiptUrl(template: string, event: TestEvent): FilledReceiptUrl {
  const values: Record<Placeholder, string> = {
    '{event-id}': event.eventId,
    '{svix-message-id}': event.svixMessageId,
    '{event-type}': event.eventType,
    '{mode}': event.mode
  }
  for (const placeholder of receiptPlaceholders.filter((used) => template.includes(used))) {
    const value = values[placeholder]
    if (value === '') return { refused: { kind: 'empty-id', placeholder } }
    if (value === '.' || value === '..')
      return { refused: { kind: 'dot-segment', placeholder, value } }
  }
  const written = originOf(filledWith(template, () => probeFillings[0]))
  const url = filledWith(template, (placeholder) => values[placeholder])
  const origin = originOf(url)
  if (written === undefined || origin !== written)
    return { refused: { kind: 'leaves-origin', ...(origin !== undefined && { origin }) } }
  return { url: new URL(url).href }
}

/**
 * The receipt-url input: its placeholders, and the origin they leave fixed, checked before anything
 * is sent.
 */
export const receiptUrlInput = stringInput(readReceiptUrlTemplate)

/**
 * What one GET of a receipt URL says, by the receipt protocol: the receiver has the event (2xx);
 * not yet (404); it is busy (408, 429, 5xx, with how long it asked to wait); no answer came this
 * time (a time-out, a passing network fault); or an answer that polling again will not change.
 */
export type ReceiptLookup =
  | { kind: 'found' | 'not-yet' | 'refused'; answer: Answer }
  | { kind: 'busy'; answer: Answer; retryAfterMs?: number }
  | { kind: 'no-answer' | 'failed'; failure: NoAnswer }

export async function lookUpReceipt(
  url: string,
  token: string | undefined,
  timeLimitMs: number,
  { dispatcher }: { dispatcher: Dispatcher }
): Promise<ReceiptLookup> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  const answer = await attemptRequest({ method: 'GET', url, headers }, timeLimitMs, dispatcher)
  // A time-out or a dropped connection may pass; an untrusted certificate or a refusing proxy will
  // not.
  if (answer.kind === 'no-answer')
    return { kind: answer.transient ? 'no-answer' : 'failed', failure: answer }
  const { status } = answer
  if (status >= 200 && status <= 299) return { kind: 'found', answer }
  if (status === 404) return { kind: 'not-yet', answer }
  if (retryableStatuses.has(status) || status >= 500) {
    const retryAfter = parseRetryAfter(headerValue(answer.headers, 'retry-after'))
    return {
      kind: 'busy',
      answer,
      ...(retryAfter !== undefined && { retryAfterMs: retryAfter * 1000 })
    }
  }
  return { kind: 'refused', answer }
}

/**
 * The fields of a receipt that say which event it is for, as Diffio's answer and the payload name
 * them.
 */
const receiptFields = ['eventId', 'svixMessageId', 'eventType'] as const
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
 * such as a single-page app's index page, names no event, so its 200 confirms nothing.
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
