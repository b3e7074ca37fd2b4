import { pollUntil, type PollVerdict } from '../http/poll.js'
import type { Answer, NoAnswer } from '../http/request.js'
import type { Explanation } from '../shared/explanation.js'
import { bodyProblemClause, describeNoAnswer } from '../shared/http-wording.js'
import { holdsSecretOutsideStrings } from '../shared/redact.js'
import {
  compactJson,
  describeStatus,
  headerValue,
  oneLine,
  shorten
} from '../shared/server-text.js'
import { counted } from '../shared/wording.js'
import { readErrorBody, type TestEvent } from './answer.js'
import type { InputLabel } from './inputs.js'
import { receiptProof, type ReceiptProof } from '../shared/receipt-proof.js'
import { fillReceiptUrl } from '../shared/receipt-url.js'
import { lookUpReceipt } from '../shared/receipt-lookup.js'
import type { ReceiptSettings } from './settings.js'
import type { WaitContext } from './wait-context.js'
import { svixFirstRetryMs } from '../shared/contract.js'

/** A receipt's body longer than this is not passed on as the receipt output: outputs are for ids, not documents. */
export const maxReceiptLength = 4096

export type ReceiptResult =
  | {
      delivered: true
      latencyMs: number
      polls: number
      url: string
      /** The receiver's JSON answer, compact; the shells redact what they show. */ json?: string
    }
  | { delivered: false; polls: number; url: string; explanation: Explanation }

/**
 * Polls the receiver's receipt URL for the event Diffio accepted, per the receipt protocol: a 2xx
 * whose body names the event once it has it, 404 until then; 408, 429, 5xx, a 2xx that names no event,
 * time-outs and passing network faults mean not yet; any other answer ends the wait at once. The
 * latency counts from Diffio's answer, which is when this starts.
 */
export async function awaitReceipt(
  receipt: ReceiptSettings,
  event: TestEvent,
  context: WaitContext
): Promise<ReceiptResult> {
  const filled = fillReceiptUrl(receipt.urlTemplate, event)
  if ('refused' in filled) {
    return {
      delivered: false,
      polls: 0,
      url: receipt.urlTemplate,
      explanation: unfillable(event, filled.refused, context.label)
    }
  }
  const { url } = filled
  const shownUrl = oneLine(url)
  const { host } = new URL(url)
  let answered = false
  /** Set while the last answer was a 2xx that named no event: what the end of the wait must then say. */
  let unproven: { status: number; why: string } | undefined

  const poll = async (timeLimitMs: number): Promise<PollVerdict<Answer, Ended>> => {
    unproven = undefined
    const lookup = await lookUpReceipt(url, receipt.token, timeLimitMs, context)
    if (lookup.kind !== 'no-answer' && lookup.kind !== 'failed') answered = true
    switch (lookup.kind) {
      case 'found': {
        const proof = receiptProof(lookup.answer.body, event)
        if (proof.proves) return { found: lookup.answer }
        unproven = {
          status: lookup.answer.status,
          why: withoutProof(proof, lookup.answer)
        }
        return notYet(
          `answered ${describeStatus(lookup.answer.status)} without naming the event: ${unproven.why}`,
          context
        )
      }
      case 'not-yet':
      case 'busy': {
        const { status } = lookup.answer
        const said = `answered ${describeStatus(status)} (${readErrorBody(lookup.answer.body, status).serverMessage})`
        return notYet(said, context, lookup.kind === 'busy' ? lookup.retryAfterMs : undefined)
      }
      case 'no-answer':
        return notYet(`failed: ${describeNoAnswer(lookup.failure, host)}`, context)
      case 'refused':
        return { final: { refusedBy: lookup.answer } }
      case 'failed':
        return { final: { failed: lookup.failure } }
    }
  }

  const result = await pollUntil(poll, {
    deadlineMs: receipt.timeoutSeconds * 1000,
    briskMs: svixFirstRetryMs,
    pollTimeLimitMs: context.pollTimeLimitMs,
    ...(context.sleep !== undefined && { sleep: context.sleep }),
    ...(context.now !== undefined && { now: context.now })
  })
  const { polls } = result
  if ('found' in result) {
    const json = receiptJson(result.found.body, receipt.token)
    return {
      delivered: true,
      latencyMs: result.elapsedMs,
      polls,
      url: shownUrl,
      ...(json !== undefined && { json })
    }
  }
  const explanation =
    'final' in result
      ? ended(result.final, shownUrl, host, receipt, context)
      : unproven !== undefined
        ? neverProven(event, shownUrl, unproven, polls, receipt, context.label)
        : (answered ? neverConfirmed : neverAnswered)(
            event,
            shownUrl,
            result.lastSeen,
            polls,
            receipt,
            context.label
          )
  return { delivered: false, polls, url: shownUrl, explanation }
}

/** Why a receipt URL's answer ended the wait: it refused (the token or the URL is wrong), or it cannot work as written. */
type Ended = { refusedBy: Answer } | { failed: NoAnswer }

function notYet(why: string, context: WaitContext, retryAfterMs?: number): PollVerdict<Answer> {
  context.onPoll?.(`Waiting for the receipt: not there yet; the receipt URL ${why}`)
  return retryAfterMs === undefined ? { notYet: why } : { notYet: why, retryAfterMs }
}

/**
 * The receiver's answer as compact JSON, when it is JSON, short enough to pass on, and holds the token
 * nowhere the shells cannot cut it out of (a number, say).
 */
function receiptJson(body: string, token: string | undefined): string | undefined {
  const json = compactJson(body)
  if (json === undefined || json.length > maxReceiptLength) return undefined
  return token !== undefined && holdsSecretOutsideStrings(json, token) ? undefined : json
}

type Unconfirmed = (
  event: TestEvent,
  url: string,
  lastSeen: string,
  polls: number,
  receipt: ReceiptSettings,
  label: InputLabel
) => Explanation

const neverConfirmed: Unconfirmed = (event, url, lastSeen, polls, receipt, label) => ({
  title: `No receipt for ${event.eventType} within ${receipt.timeoutSeconds} s`,
  message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but the receiver did not confirm it: after ${counted(polls, 'poll')} in ${receipt.timeoutSeconds} s, GET ${url} last ${lastSeen}.`,
  nextStep: `Check that the endpoint configured in Diffio for ${event.mode} mode is this receiver; look in the receiver's logs for signature failures (a wrong signing secret is the usual cause); and check that it records event ids as the receipt protocol says, at the path in ${label('receipt-url')}. If deliveries are slow, raise ${label('receipt-timeout-seconds')}.`
})

/** Why a 2xx body is no receipt, in words that follow "without naming the event:". */
function withoutProof(proof: Exclude<ReceiptProof, { proves: true }>, answer: Answer): string {
  switch (proof.because) {
    case 'not-json': {
      if (answer.bodyProblem !== undefined)
        return `its body ${bodyProblemClause(answer.bodyProblem)}`
      const start = oneLine(answer.body).replace(/\s+/g, ' ')
      return start === ''
        ? 'its body is empty'
        : `its body is not JSON (it begins: ${shorten(start, 60)})`
    }
    case 'not-an-object':
      return 'its body is JSON, but not an object'
    case 'names-no-event':
      return 'its JSON has neither eventId nor svixMessageId'
    case 'names-another-event':
      return `its JSON names another event (${proof.field} ${shorten(oneLine(JSON.stringify(proof.value) ?? String(proof.value)), 80)})`
  }
}

function neverProven(
  event: TestEvent,
  url: string,
  answer: { status: number; why: string },
  polls: number,
  receipt: ReceiptSettings,
  label: InputLabel
): Explanation {
  return {
    title: `The receipt URL answered ${answer.status} without naming ${event.eventType}`,
    message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but the receiver did not confirm it: after ${counted(polls, 'poll')} in ${receipt.timeoutSeconds} s, GET ${url} last answered ${describeStatus(answer.status)}, and ${answer.why}. A receipt is a JSON object naming the event: "eventId": "${event.eventId}" or "svixMessageId": "${event.svixMessageId}".`,
    nextStep: `Check ${label('receipt-url')}: a catch-all route (a single-page app's index page, a generic 200) answers every path. The receiver's receipt route must answer JSON naming the event once it has it, and 404 until then, as the receipt protocol says.`
  }
}

const neverAnswered: Unconfirmed = (event, url, lastSeen, polls, receipt, label) => ({
  title: `The receipt URL never answered within ${receipt.timeoutSeconds} s`,
  message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but GET ${url} got no answer in ${counted(polls, 'try', 'tries')}; the last one ${lastSeen}`,
  nextStep: `Check that ${label('receipt-url')} is the receiver's receipt route and that this runner can reach it (DNS, firewall, HTTPS_PROXY/NO_PROXY for proxies).`
})

function unfillable(event: TestEvent, refused: string, label: InputLabel): Explanation {
  return {
    title: `The receipt URL cannot be asked about ${event.eventType}`,
    message: `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId}), but ${refused}. So the receipt URL was not requested and the receipt token was not sent.`,
    nextStep: `Look for the event in the receiver's own log by its ids. Such a value is safe in the query of ${label('receipt-url')} (…/receipts?id={event-id}), where it cannot change the path.`
  }
}

function ended(
  end: Ended,
  url: string,
  host: string,
  receipt: ReceiptSettings,
  context: WaitContext
): Explanation {
  if ('failed' in end) {
    return {
      title: 'The receipt URL gave no usable answer',
      message: `GET ${url} failed: ${oneLine(describeNoAnswer(end.failed, host))}`,
      nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, reachable from this runner (HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
    }
  }
  const answer = end.refusedBy
  const { status } = answer
  const said =
    answer.body.trim() === '' ? '' : ` (${readErrorBody(answer.body, status).serverMessage})`
  if (status === 401 || status === 403) {
    const given = receipt.token !== undefined
    return {
      title: given
        ? `The receiver refused the receipt token (${status})`
        : `The receiver wants a receipt token (${status})`,
      message: `GET ${url} answered ${describeStatus(status)}${said}.`,
      nextStep: given
        ? `Check ${context.label('receipt-token')}: it must be the token the receiver expects as Authorization: Bearer.`
        : `Set ${context.label('receipt-token')} to the token the receiver expects as Authorization: Bearer.`
    }
  }
  const location =
    status >= 300 && status <= 399
      ? ` to ${shorten(oneLine(headerValue(answer.headers, 'location') ?? '(no Location header)'))}, which is not followed`
      : ''
  return {
    title: `The receipt URL answered ${status}`,
    message: `GET ${url} answered ${describeStatus(status)}${location}${said}; the receipt protocol answers 200 or 404.`,
    nextStep: `Check ${context.label('receipt-url')}: it should be the receiver's receipt route, with {event-id} or {svix-message-id} where the id goes.`
  }
}
