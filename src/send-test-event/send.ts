import { setTimeout as sleepFor } from 'node:timers/promises'
import type { Dispatcher } from 'undici'
import { interpretAnswer, type AnswerReading, type SentEvent } from './answer.js'
import { isRetryable, type SendFailure } from './failure.js'
import { buildRequest, type TestEventTarget } from './request.js'
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from '../http/retry.js'
import { createDispatcher } from '../http/dispatcher.js'
import { attemptRequest } from '../http/request.js'

export interface SendTarget extends TestEventTarget {
  timeoutSeconds: number
  maxRetries: number
}

export interface RetryNotice {
  /** The attempt that just failed, counting from 1. */
  attempt: number
  /** All attempts allowed: 1 + max-retries. */
  attempts: number
  /** Why it failed. */
  failure: SendFailure
  waitMs: number
}

export interface SendOptions {
  /** Told before each wait, so the caller can log it. */
  onRetry?: (notice: RetryNotice) => void
  backoff?: BackoffPolicy
  sleep?: (ms: number) => Promise<unknown>
  /** Where the send's duration is read from. */
  now?: () => number
  random?: () => number
  /**
   * A dispatcher to share (and leave open); otherwise one is made for this send and closed after
   * it.
   */
  dispatcher?: Dispatcher
}

export interface Delivery extends SentEvent {
  attempts: number
  durationMs: number
}

/** How a send went: the event sent, or the failure of its last attempt. */
export type SendResult =
  | { kind: 'sent'; delivery: Delivery }
  | {
      kind: 'failed'
      failure: SendFailure
      /** Attempts made in all; 0 when the proxy settings stopped the first. */
      attempts: number
      /**
       * The status of the last answer any attempt got: the failing one's or, when it got none, an
       * earlier one's.
       */
      lastStatus?: number
    }

/** A send that failed, with the attempts it took. */
export type FailedSend = Extract<SendResult, { kind: 'failed' }>

/** Asks Diffio to send the test event, retrying what may pass up to max-retries times. */
export async function sendTestEvent(
  target: SendTarget,
  options: SendOptions = {}
): Promise<SendResult> {
  const request = buildRequest(target)
  const host = new URL(request.url).host
  const attempts = target.maxRetries + 1
  const timeoutMs = target.timeoutSeconds * 1000
  const sleep = options.sleep ?? sleepFor
  const created =
    options.dispatcher === undefined
      ? createDispatcher(timeoutMs)
      : { kind: 'dispatcher' as const, dispatcher: options.dispatcher }
  if (created.kind === 'unusable-proxy') return { kind: 'failed', failure: created, attempts: 0 }
  const { dispatcher } = created
  const now = options.now ?? (() => performance.now())
  const started = now()
  let lastStatus: number | undefined
  try {
    for (let attempt = 1; ; attempt++) {
      const attempted = await attemptRequest(request, timeoutMs, dispatcher)
      const reading: AnswerReading =
        attempted.kind === 'answer'
          ? interpretAnswer(attempted, target)
          : { kind: 'failed', failure: { kind: 'no-answer', noAnswer: attempted, host } }
      if (reading.kind === 'sent') {
        return {
          kind: 'sent',
          delivery: {
            ...reading.sent,
            attempts: attempt,
            durationMs: Math.round(now() - started)
          }
        }
      }
      if (attempted.kind === 'answer') lastStatus = attempted.status
      const { failure } = reading
      if (!isRetryable(failure) || attempt === attempts) {
        return {
          kind: 'failed',
          failure,
          attempts: attempt,
          ...(lastStatus !== undefined && { lastStatus })
        }
      }
      const retryAfterSeconds =
        failure.kind === 'error-status' ? failure.retryAfterSeconds : undefined
      const waitMs = retryDelayMs(
        attempt,
        retryAfterSeconds,
        options.backoff ?? defaultBackoff,
        options.random
      )
      options.onRetry?.({ attempt, attempts, failure, waitMs })
      await sleep(waitMs)
    }
  } finally {
    if (options.dispatcher === undefined) await dispatcher.destroy()
  }
}
