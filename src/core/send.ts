import { setTimeout as sleepFor } from 'node:timers/promises'
import type { Dispatcher } from 'undici'
import { interpretAnswer, type SentEvent } from './answer.js'
import { SendFailure } from './failure.js'
import { createRedactor, type Redactor } from './redact.js'
import { buildRequest } from './request.js'
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './retry.js'
import type { Settings } from './settings.js'
import { attemptRequest, createDispatcher } from './transport.js'

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
  dispatcher?: Dispatcher
}

export interface Delivery extends SentEvent {
  attempts: number
  durationMs: number
}

/** The log line for a retry, worded the same in a workflow and a terminal. */
export function describeRetry({ attempt, attempts, reason, waitMs }: RetryNotice): string {
  return `Attempt ${attempt} of ${attempts} failed: ${reason} Retrying in ${(waitMs / 1000).toFixed(1)} s.`
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
export async function sendTestEvent(settings: Settings, options: SendOptions = {}): Promise<Delivery> {
  const redact: Redactor = createRedactor(settings.apiKey)
  const testEventRequest = buildRequest(settings)
  const attempts = settings.maxRetries + 1
  const sleep = options.sleep ?? sleepFor
  const dispatcher = options.dispatcher ?? createDispatcher(settings, redact)
  const started = performance.now()
  let lastStatus: number | undefined
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await attemptRequest(testEventRequest, settings.timeoutSeconds, dispatcher, redact)
        const sent = interpretAnswer(answer, redact)
        return { ...sent, attempts: attempt, durationMs: Math.round(performance.now() - started) }
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error
        error.attempts = attempt
        lastStatus = error.details.status ?? lastStatus
        if (lastStatus !== undefined) error.lastStatus = lastStatus
        if (!error.details.retryable || attempt === attempts) throw error
        const waitMs = retryDelayMs(attempt, error.details.retryAfterSeconds, options.backoff ?? defaultBackoff, options.random)
        options.onRetry?.({ attempt, attempts, reason: error.message, waitMs })
        await sleep(waitMs)
      }
    }
  } finally {
    if (options.dispatcher === undefined) await dispatcher.destroy()
  }
}
