import { pollUntil, type PollVerdict } from '../http/poll.js'
import type { Answer, BodyProblem, NoAnswer } from '../http/request.js'
import { secretChecks } from '../shared/redact.js'
import { compactJson, headerValue, oneLine, shorten } from '../shared/server-text.js'
import { readErrorBody, type TestEvent } from './answer.js'
import type { ServerSaid } from './failure.js'
import {
  fillReceiptUrl,
  lookUpReceipt,
  receiptProof,
  type ReceiptProof,
  type Unfillable
} from '../shared/receipt-protocol.js'
import type { ReceiptSettings } from './settings.js'
import type { WaitContext } from './wait-context.js'
import { svixFirstRetryMs } from '../shared/contract.js'

/**
 * A receipt's body longer than this is not passed on as the receipt output: outputs are for ids,
 * not documents.
 */
const maxReceiptLength = 4096

/** Why a 2xx body is no receipt for the event. */
export type Unproven =
  /**
   * Not JSON: `start` is its first characters on one line, empty when the body is; or it was not
   * read whole.
   */
  | { because: 'not-json'; start: string; bodyProblem?: BodyProblem }
  | { because: 'not-an-object' | 'names-no-event' }
  /** It names another event: the field, and its value as JSON, cut short. */
  | { because: 'names-another-event'; field: string; value: string }

/** What one poll of the receipt URL found instead of a receipt. */
export type ReceiptSighting =
  | { kind: 'unproven'; status: number; unproven: Unproven }
  /** 404 (not yet) or 408, 429 or 5xx (busy), with what the body said. */
  | { kind: 'not-yet' | 'busy'; status: number; said: ServerSaid }
  | { kind: 'no-answer'; noAnswer: NoAnswer; host: string }

/** Why no receipt confirms the event. */
export type ReceiptMissing =
  /** An id Diffio gave cannot go into the URL's path, so nothing was asked. */
  | { kind: 'unfillable'; refused: Unfillable }
  /**
   * No usable answer, and waiting would not change that (an untrusted certificate, a refusing
   * proxy).
   */
  | { kind: 'unusable'; noAnswer: NoAnswer; host: string }
  /** An answer the receipt protocol does not give (401, 403, 3xx, 400…), which ends the wait. */
  /** `location`: where a 3xx pointed, on one line; null when it named nowhere. */
  | { kind: 'refused'; status: number; said: ServerSaid; location?: string | null }
  /** The time ran out: whether any poll got an answer, and what the last one found. */
  | { kind: 'timed-out'; answered: boolean; lastSeen: ReceiptSighting }

export type ReceiptResult =
  | {
      delivered: true
      latencyMs: number
      polls: number
      url: string
      /** The receiver's JSON answer, compact; the shells redact what they show. */
      json?: string
    }
  | { delivered: false; polls: number; url: string; missing: ReceiptMissing }

/**
 * Polls the receiver's receipt URL for the event Diffio accepted, per the receipt protocol: a 2xx
 * whose body names the event once it has it, 404 until then; 408, 429, 5xx, a 2xx that names no
 * event, time-outs and passing network faults mean not yet; any other answer ends the wait at once.
 * The latency counts from Diffio's answer, which is when this starts.
 */
export async function awaitReceipt(
  receipt: ReceiptSettings,
  event: TestEvent,
  context: WaitContext<ReceiptSighting>
): Promise<ReceiptResult> {
  const filled = fillReceiptUrl(receipt.urlTemplate, event)
  if ('refused' in filled) {
    const missing = { kind: 'unfillable' as const, refused: filled.refused }
    return { delivered: false, polls: 0, url: receipt.urlTemplate, missing }
  }
  const { url } = filled
  const { host } = new URL(url)
  let answered = false

  const poll = async (
    timeLimitMs: number
  ): Promise<PollVerdict<Answer, ReceiptMissing, ReceiptSighting>> => {
    const lookup = await lookUpReceipt(url, receipt.token, timeLimitMs, context)
    let seen: ReceiptSighting
    switch (lookup.kind) {
      case 'found': {
        answered = true
        const proof = receiptProof(lookup.answer.body, event)
        if (proof.proves) return { found: lookup.answer }
        seen = {
          kind: 'unproven',
          status: lookup.answer.status,
          unproven: unproven(proof, lookup.answer)
        }
        break
      }
      case 'not-yet':
      case 'busy': {
        answered = true
        const { status, body } = lookup.answer
        seen = {
          kind: lookup.kind,
          status,
          said: readErrorBody(body)
        }
        break
      }
      case 'no-answer':
        seen = { kind: 'no-answer', noAnswer: lookup.failure, host }
        break
      case 'refused':
        return { final: refusal(lookup.answer) }
      case 'failed':
        return { final: { kind: 'unusable', noAnswer: lookup.failure, host } }
    }
    context.onPoll?.(seen)
    const retryAfterMs = lookup.kind === 'busy' ? lookup.retryAfterMs : undefined
    return retryAfterMs === undefined ? { notYet: seen } : { notYet: seen, retryAfterMs }
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
      url,
      ...(json !== undefined && { json })
    }
  }
  const missing: ReceiptMissing =
    'final' in result ? result.final : { kind: 'timed-out', answered, lastSeen: result.lastSeen }
  return { delivered: false, polls, url, missing }
}

/**
 * The receiver's answer as compact JSON, when it is JSON, short enough to pass on, and holds the
 * token nowhere the shells cannot cut it out of (a number, say).
 */
function receiptJson(body: string, token: string | undefined): string | undefined {
  const json = compactJson(body)
  if (json === undefined || json.length > maxReceiptLength) return undefined
  return token !== undefined && secretChecks(token).outsideStrings(json) ? undefined : json
}

function unproven(proof: Exclude<ReceiptProof, { proves: true }>, answer: Answer): Unproven {
  switch (proof.because) {
    case 'not-json':
      return {
        because: 'not-json',
        start: shorten(oneLine(answer.body).replace(/\s+/g, ' '), 60),
        ...(answer.bodyProblem !== undefined && { bodyProblem: answer.bodyProblem })
      }
    case 'names-another-event': {
      const value = shorten(oneLine(JSON.stringify(proof.value) ?? String(proof.value)), 80)
      return { because: 'names-another-event', field: proof.field, value }
    }
    default:
      return { because: proof.because }
  }
}

function refusal(answer: Answer): ReceiptMissing {
  const { status, body, headers } = answer
  const refused = { kind: 'refused' as const, status, said: readErrorBody(body) }
  if (status < 300 || status > 399) return refused
  const pointed = headerValue(headers, 'location')
  return { ...refused, location: pointed === undefined ? null : shorten(oneLine(pointed)) }
}
