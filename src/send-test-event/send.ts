import { setTimeout as sleepFor } from 'node:timers/promises'
import type { Dispatcher } from 'undici'
import { interpretAnswer, type SentEvent } from './answer.js'
import { SendFailure } from './failure.js'
import { createRedactor, type Redactor } from '../shared/redact.js'
import { buildRequest, type TestEventTarget } from './request.js'
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from '../http/retry.js'
import { attemptRequest, createDispatcher } from '../http/request.js'
import { sentence } from '../shared/wording.js'

export interface SendTarget extends TestEventTarget {
  timeoutSeconds: number
  maxRetries: number
}

export interface RetryNotice {
  /** The attempt that just failed, counting from 1. */
  attempt: number
  /** All attempts allowed: 1 + max-retries. */
  attempts: number
  /** Why it failed, already redacted. */
  reason: string
  waitMs: number
}

export interface SendOptions {
  /** Told before each wait, so the caller can log it. */
  onRetry?: (notice: RetryNotice) => void
  backoff?: BackoffPolicy
  sleep?: (ms: number) => Promise<unknown>
  random?: () => number
  /** A dispatcher to share (and leave open); otherwise one is made for this send and closed after it. */
  dispatcher?: Dispatcher
  /** The run's redactor; otherwise one for the key alone. */
  redact?: Redactor
}

export interface Delivery extends SentEvent {
  attempts: number
  durationMs: number
}

/** The log line for a retry, worded the same in a workflow and a terminal. */
export function describeRetry({ attempt, attempts, reason, waitMs }: RetryNotice): string {
  return `Attempt ${attempt} of ${attempts} failed: ${sentence(reason)} ${describeWait(waitMs)}`
}

/** A wait under a second in ms: in tenths of a second, backoff's shortest waits would read "0.0 s". */
function describeWait(waitMs: number): string {
  const ms = Math.round(waitMs)
  if (ms <= 0) return 'Retrying now.'
  return ms < 1000 ? `Retrying in ${ms} ms.` : `Retrying in ${(ms / 1000).toFixed(1)} s.`
}

/** The line that says the event went out. */
export function describeDelivery({ event, attempts }: Delivery): string {
  const tries = attempts === 1 ? '' : ` after ${attempts} attempts`
  return `Sent ${event.eventType} (${event.mode}) as Svix message ${event.svixMessageId}${tries}.`
}

/**
 * Asks Diffio to send the test event, retrying transient failures up to
 * max-retries times. Throws a SendFailure that counts the attempts made.
 */
export async function sendTestEvent(target: SendTarget, options: SendOptions = {}): Promise<Delivery> {
  const redact = options.redact ?? createRedactor(target.apiKey)
  const request = buildRequest(target)
  const attempts = target.maxRetries + 1
  const timeoutMs = target.timeoutSeconds * 1000
  const sleep = options.sleep ?? sleepFor
  const dispatcher = options.dispatcher ?? createDispatcher(timeoutMs, redact)
  const started = performance.now()
  let lastStatus: number | undefined
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await attemptRequest(request, timeoutMs, dispatcher, redact)
        const sent = interpretAnswer(answer, redact)
        return { ...sent, attempts: attempt, durationMs: Math.round(performance.now() - started) }
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error
        lastStatus = error.details.status ?? lastStatus
        if (!error.details.retryable || attempt === attempts) {
          throw error.after({ attempts: attempt, ...(lastStatus !== undefined && { lastStatus }) })
        }
        const waitMs = retryDelayMs(attempt, error.details.retryAfterSeconds, options.backoff ?? defaultBackoff, options.random)
        options.onRetry?.({ attempt, attempts, reason: error.message, waitMs })
        await sleep(waitMs)
      }
    }
  } finally {
    if (options.dispatcher === undefined) await dispatcher.destroy()
  }
}
