import { describeStatus, headerValue, readErrorBody, type TestEvent } from './answer.js'
import type { Explanation } from '../shared/explanation.js'
import { SendFailure } from './failure.js'
import { receiptPlaceholders, type InputLabel } from './inputs.js'
import { pollUntil, type PollContext, type PollVerdict } from '../http/poll.js'
import { printable, redactJson, type Redactor } from '../shared/redact.js'
import { parseRetryAfter, retryableStatuses } from '../http/retry.js'
import type { ReceiptSettings } from './settings.js'
import { attemptRequest, type Answer } from '../http/request.js'
import { userAgent } from '../shared/version.js'
import { counted } from '../shared/wording.js'

/** A receipt's body longer than this is not passed on as the receipt output: outputs are for ids, not documents. */
export const maxReceiptLength = 4096

export type ReceiptResult =
  | { delivered: true; latencyMs: number; polls: number; url: string; /** The receiver's JSON answer, compact and redacted. */ json?: string }
  | { delivered: false; polls: number; url: string; explanation: Explanation }

/** The receipt URL for an event: the placeholders filled from Diffio's answer, percent-encoded. */
export function receiptUrlFor(template: string, event: TestEvent): string {
  const values: Record<(typeof receiptPlaceholders)[number], string> = {
    '{event-id}': event.eventId,
    '{svix-message-id}': event.svixMessageId,
    '{event-type}': event.eventType,
    '{mode}': event.mode
  }
  // Each value is encoded before it goes in, so no value can hold a placeholder filled after it.
  return receiptPlaceholders.reduce((url, placeholder) => url.replaceAll(placeholder, encodeURIComponent(values[placeholder])), template)
}

/**
 * Polls the receiver's receipt URL for the event Diffio accepted, per the receipt protocol: 2xx once
 * it has it, 404 until then; 408, 429, 5xx, time-outs and passing network faults mean not yet; any
 * other answer ends the wait at once. The latency counts from Diffio's answer, which is when this starts.
 */
export async function awaitReceipt(receipt: ReceiptSettings, event: TestEvent, context: PollContext): Promise<ReceiptResult> {
  const url = receiptUrlFor(receipt.urlTemplate, event)
  const shownUrl = printable(url, context.redact)
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent }
  if (receipt.token !== undefined) headers.authorization = `Bearer ${receipt.token}`
  let answered = false

  const poll = async (timeLimitMs: number): Promise<PollVerdict<Answer, Ended>> => {
    let answer: Answer
    try {
      answer = await attemptRequest({ method: 'GET', url, headers }, timeLimitMs, context.dispatcher, context.redact)
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error
      const { kind, status, retryable } = error.details
      if (status !== undefined) answered = true
      // A 2xx says the receiver has the event, whether or not its body could be read whole.
      if (status !== undefined && status >= 200 && status <= 299) return { found: { status, headers: {}, body: '' } }
      // A time-out or a dropped connection may pass; an untrusted certificate or a refusing proxy will not.
      if (kind === 'timeout' || (kind === 'network' && retryable)) return notYet(`failed: ${error.message}`, context)
      return { final: { failed: error } }
    }
    answered = true
    const { status } = answer
    if (status >= 200 && status <= 299) return { found: answer }
    const said = `answered ${describeStatus(status)} (${readErrorBody(answer.body, status, context.redact).serverMessage})`
    if (status === 404) return notYet(said, context)
    if (retryableStatuses.has(status) || status >= 500) {
      const retryAfter = parseRetryAfter(headerValue(answer.headers, 'retry-after'))
      return notYet(said, context, retryAfter === undefined ? undefined : retryAfter * 1000)
    }
    return { final: { refusedBy: answer } }
  }

  const result = await pollUntil(poll, {
    deadlineMs: receipt.timeoutSeconds * 1000,
    pollTimeLimitMs: context.pollTimeLimitMs,
    ...(context.sleep !== undefined && { sleep: context.sleep })
  })
  const { polls } = result
  if ('found' in result) {
    const json = receiptJson(result.found.body, context.redact)
    return { delivered: true, latencyMs: result.elapsedMs, polls, url: shownUrl, ...(json !== undefined && { json }) }
  }
  const explanation =
    'final' in result
      ? ended(result.final, shownUrl, receipt, context)
      : (answered ? neverConfirmed : neverAnswered)(event, shownUrl, result.lastSeen, polls, receipt, context.label)
  return { delivered: false, polls, url: shownUrl, explanation }
}

/** Why a receipt URL's answer ended the wait: it refused (the token or the URL is wrong), or it cannot work as written. */
type Ended = { refusedBy: Answer } | { failed: SendFailure }

function notYet(why: string, context: PollContext, retryAfterMs?: number): PollVerdict<Answer> {
  context.onPoll?.(`Waiting for the receipt: not there yet; the receipt URL ${why}`)
  return retryAfterMs === undefined ? { notYet: why } : { notYet: why, retryAfterMs }
}

/** The receiver's answer as compact JSON, when it is JSON, holds no secret that cannot be cut out, and is short enough to pass on. */
function receiptJson(body: string, redact: Redactor): string | undefined {
  try {
    const json = JSON.stringify(redactJson(JSON.parse(body), redact))
    // Each string was redacted, so a secret can only be left in a number or across two strings.
    if (redact(json) !== json) return undefined
    return json.length <= maxReceiptLength ? json : undefined
  } catch {
    return undefined
  }
}

type Unconfirmed = (event: TestEvent, url: string, lastSeen: string, polls: number, receipt: ReceiptSettings, label: InputLabel) => Explanation

const neverConfirmed: Unconfirmed = (event, url, lastSeen, polls, receipt, label) => ({
  title: `No receipt for ${event.eventType} within ${receipt.timeoutSeconds} s`,
  message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but the receiver did not confirm it: after ${counted(polls, 'poll')} in ${receipt.timeoutSeconds} s, GET ${url} last ${lastSeen}.`,
  nextStep: `Check that the endpoint configured in Diffio for ${event.mode} mode is this receiver; look in the receiver's logs for signature failures (a wrong signing secret is the usual cause); and check that it records event ids as the receipt protocol says, at the path in ${label('receipt-url')}. If deliveries are slow, raise ${label('receipt-timeout-seconds')}.`
})

const neverAnswered: Unconfirmed = (event, url, lastSeen, polls, receipt, label) => ({
  title: `The receipt URL never answered within ${receipt.timeoutSeconds} s`,
  message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but GET ${url} got no answer in ${counted(polls, 'try', 'tries')}; the last one ${lastSeen}`,
  nextStep: `Check that ${label('receipt-url')} is the receiver's receipt route and that this runner can reach it (DNS, firewall, HTTPS_PROXY/NO_PROXY for proxies).`
})

function ended(end: Ended, url: string, receipt: ReceiptSettings, context: PollContext): Explanation {
  if ('failed' in end) {
    return {
      title: 'The receipt URL gave no usable answer',
      message: `GET ${url} failed: ${printable(end.failed.message, context.redact)}`,
      nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, reachable from this runner (HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
    }
  }
  const answer = end.refusedBy
  const { status } = answer
  const said = answer.body.trim() === '' ? '' : ` (${readErrorBody(answer.body, status, context.redact).serverMessage})`
  if (status === 401 || status === 403) {
    const given = receipt.token !== undefined
    return {
      title: given ? `The receiver refused the receipt token (${status})` : `The receiver wants a receipt token (${status})`,
      message: `GET ${url} answered ${describeStatus(status)}${said}.`,
      nextStep: given
        ? `Check ${context.label('receipt-token')}: it must be the token the receiver expects as Authorization: Bearer.`
        : `Set ${context.label('receipt-token')} to the token the receiver expects as Authorization: Bearer.`
    }
  }
  const location = status >= 300 && status <= 399 ? ` to ${printable(headerValue(answer.headers, 'location') ?? '(no Location header)', context.redact)}, which is not followed` : ''
  return {
    title: `The receipt URL answered ${status}`,
    message: `GET ${url} answered ${describeStatus(status)}${location}${said}; the receipt protocol answers 200 or 404.`,
    nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, with {event-id} or {svix-message-id} where the id goes.`
  }
}
