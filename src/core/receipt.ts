import { describeStatus, headerValue, readErrorBody, type TestEvent } from './answer.js'
import type { Explanation } from './explain.js'
import { SendFailure } from './failure.js'
import type { InputLabel } from './inputs.js'
import { pollUntil, type PollContext, type PollVerdict } from './poll.js'
import { printable, redactJson, type Redactor } from './redact.js'
import { parseRetryAfter, retryableStatuses } from './retry.js'
import type { ReceiptSettings } from './settings.js'
import { attemptRequest, type Answer } from './transport.js'
import { userAgent } from './version.js'

/** A receipt's body longer than this is not passed on as the receipt output: outputs are for ids, not documents. */
export const maxReceiptLength = 4096

export type ReceiptResult =
  | { delivered: true; latencyMs: number; polls: number; url: string; /** The receiver's JSON answer, compact and redacted. */ json?: string }
  | { delivered: false; polls: number; url: string; explanation: Explanation }


/** The receipt URL for an event: the placeholders filled from Diffio's answer, percent-encoded. */
export function receiptUrlFor(template: string, event: TestEvent): string {
  const values: Record<string, string> = {
    '{event-id}': event.eventId,
    '{svix-message-id}': event.svixMessageId,
    '{event-type}': event.eventType,
    '{mode}': event.mode
  }
  return template.replace(/\{(?:event-id|svix-message-id|event-type|mode)\}/g, (placeholder) => encodeURIComponent(values[placeholder]!))
}

/** A receipt answer that says the token or the URL is wrong: polling longer will not help. */
class ReceiptRefused extends Error {}

/**
 * Polls the receiver's receipt URL for the event Diffio accepted, per the receipt protocol: 2xx once
 * it has it, 404 until then; 408, 429, 5xx, time-outs and network faults are passing; any other
 * answer ends the wait at once. The latency counts from Diffio's answer, which is when this starts.
 */
export async function awaitReceipt(receipt: ReceiptSettings, event: TestEvent, context: PollContext): Promise<ReceiptResult> {
  const url = receiptUrlFor(receipt.urlTemplate, event)
  const shownUrl = printable(url, context.redact)
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent }
  if (receipt.token !== undefined) headers.authorization = `Bearer ${receipt.token}`
  let answer: Answer | undefined
  let polls = 0

  const poll = async (timeLimitMs: number): Promise<PollVerdict<Answer>> => {
    polls += 1
    try {
      answer = await attemptRequest({ method: 'GET', url, headers }, timeLimitMs, context.dispatcher, context.redact)
    } catch (error) {
      // A time-out or a dropped connection may pass; an untrusted certificate or a refusing proxy will not.
      if (error instanceof SendFailure && (error.details.kind === 'timeout' || (error.details.kind === 'network' && error.details.retryable))) {
        return notYet(error.message, context)
      }
      throw error
    }
    const { status } = answer
    if (status >= 200 && status <= 299) return { found: answer }
    if (status === 404) return notYet('404: not received yet', context)
    if (retryableStatuses.has(status) || status >= 500) {
      const retryAfter = parseRetryAfter(headerValue(answer.headers, 'retry-after'))
      return notYet(describeStatus(status), context, retryAfter === undefined ? undefined : retryAfter * 1000)
    }
    throw new ReceiptRefused()
  }

  try {
    const result = await pollUntil(poll, {
      deadlineMs: receipt.timeoutSeconds * 1000,
      pollTimeLimitMs: context.pollTimeLimitMs,
      ...(context.sleep !== undefined && { sleep: context.sleep })
    })
    if ('found' in result) {
      const json = receiptJson(result.found.body, context.redact)
      return { delivered: true, latencyMs: result.elapsedMs, polls: result.polls, url: shownUrl, ...(json !== undefined && { json }) }
    }
    const explanation = neverConfirmed(event, shownUrl, result.lastSeen, result.polls, receipt, context.label)
    return { delivered: false, polls: result.polls, url: shownUrl, explanation }
  } catch (error) {
    return { delivered: false, polls, url: shownUrl, explanation: refused(error, answer, shownUrl, receipt, context) }
  }
}

function notYet(why: string, context: PollContext, retryAfterMs?: number): PollVerdict<Answer> {
  context.onPoll?.(`Receipt not there yet: ${why}`)
  return retryAfterMs === undefined ? { notYet: why } : { notYet: why, retryAfterMs }
}

/** The receiver's answer as compact JSON, when it is JSON and short enough to pass on. */
function receiptJson(body: string, redact: Redactor): string | undefined {
  try {
    const json = JSON.stringify(redactJson(JSON.parse(body), redact))
    return json.length <= maxReceiptLength ? json : undefined
  } catch {
    return undefined
  }
}

function neverConfirmed(
  event: TestEvent,
  url: string,
  lastSeen: string,
  polls: number,
  receipt: ReceiptSettings,
  label: InputLabel
): Explanation {
  return {
    title: `No receipt for ${event.eventType} within ${receipt.timeoutSeconds} s`,
    message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but the receiver did not confirm it: GET ${url} answered ${lastSeen} at the last of ${polls} polls in ${receipt.timeoutSeconds} s.`,
    nextStep: `Check that the endpoint configured in Diffio for ${event.mode} mode is this receiver; look in the receiver's logs for signature failures (a wrong signing secret is the usual cause); and check that it records event ids as the receipt protocol says. If deliveries are slow, raise ${label('receipt-timeout-seconds')}.`
  }
}

function refused(error: unknown, answer: Answer | undefined, url: string, receipt: ReceiptSettings, context: PollContext): Explanation {
  if (!(error instanceof ReceiptRefused) || answer === undefined) {
    const why = error instanceof Error ? error.message : String(error)
    return {
      title: 'The receipt URL gave no usable answer',
      message: `GET ${url} failed: ${printable(why, context.redact)}`,
      nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, reachable from this runner (HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
    }
  }
  const { status } = answer
  const said = ` (${readErrorBody(answer.body, status, context.redact).serverMessage})`
  if (status === 401 || status === 403) {
    return {
      title: `The receiver refused the receipt token (${status})`,
      message: `GET ${url} answered ${describeStatus(status)}${said}.`,
      nextStep:
        receipt.token === undefined
          ? `The receiver wants a token: set ${context.label('receipt-token')} to the token it expects.`
          : `Check ${context.label('receipt-token')}: it must be the token the receiver expects as Authorization: Bearer.`
    }
  }
  const location = status >= 300 && status <= 399 ? ` to ${printable(headerValue(answer.headers, 'location') ?? '(no Location header)', context.redact)}, which is not followed` : ''
  return {
    title: `The receipt URL answered ${status}`,
    message: `GET ${url} answered ${describeStatus(status)}${location}${said}; the receipt protocol answers 200 or 404.`,
    nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, with {event-id} or {svix-message-id} where the id goes.`
  }
}
