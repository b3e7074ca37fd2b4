import type { AnsweredEvent as TestEvent } from './contract.js'
import { Problem, readHttpUrl, stringInput } from './input-readers.js'
import { listed } from './wording.js'

/** The placeholders a receipt-url may hold, each filled from Diffio's answer. */
export const receiptPlaceholders = [
  '{event-id}',
  '{svix-message-id}',
  '{event-type}',
  '{mode}'
] as const

type Placeholder = (typeof receiptPlaceholders)[number]

/**
 * The placeholders that name one event: a receipt-url needs one, or nothing tells the receiver
 * which event is asked about.
 */
const idPlaceholders: readonly Placeholder[] = ['{event-id}', '{svix-message-id}']

/** What each placeholder stands for, in a sentence. */
const placeholderMeaning: Record<Placeholder, string> = {
  '{event-id}': 'event id',
  '{svix-message-id}': 'Svix message id',
  '{event-type}': 'event type',
  '{mode}': 'mode'
}

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

/** The receipt URL for one event, or why it cannot be asked: a sentence that follows "but". */
export type FilledReceiptUrl = { url: string } | { refused: string }

/**
 * The receipt URL for an event: the placeholders filled from Diffio's answer, percent-encoded, and
 * parsed. Percent-encoding leaves only letters, digits and -_.!~*'() as they are, so a value can
 * change
 * the URL's structure only by being empty or a "." or ".." path segment
 * (`/api/receipts/{event-id}/status`
 * with `..` is /api/status): those are refused, and so is any filling that leaves the template's
 * origin.
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
    const gave = `Diffio's answer gave the ${placeholderMeaning[placeholder]} as`
    if (value === '')
      return {
        refused: `${gave} an empty string, which would leave ${placeholder} out of the receipt URL`
      }
    if (value === '.' || value === '..') {
      return {
        refused: `${gave} ${JSON.stringify(value)}, which a URL path reads as ${value === '.' ? 'the folder it is in' : 'the folder above'}, not as an id`
      }
    }
  }
  const written = originOf(filledWith(template, () => probeFillings[0]))
  const url = filledWith(template, (placeholder) => values[placeholder])
  const origin = originOf(url)
  if (written === undefined || origin !== written) {
    return {
      refused: `the ids in Diffio's answer would send the receipt request ${origin === undefined ? 'to no valid URL' : `to ${origin}`}, not to the receipt URL's host`
    }
  }
  return { url: new URL(url).href }
}

/**
 * The receipt-url input: its placeholders, and the origin they leave fixed, checked before anything
 * is sent.
 */
export const receiptUrlInput = stringInput(readReceiptUrlTemplate)
