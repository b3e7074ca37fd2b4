import { vi } from 'vitest'
import { explainSendFailure } from '../../src/send-test-event/explain.js'
import { isRetryable } from '../../src/send-test-event/failure.js'
import type { RawInputs } from '../../src/send-test-event/inputs.js'
import type {
  Delivery,
  FailedSend,
  SendResult,
  SendTarget
} from '../../src/send-test-event/send.js'
import type { EventResult } from '../../src/send-test-event/results.js'
import type { ReceiptResult } from '../../src/send-test-event/receipt.js'
import type { Explanation } from '../../src/shared/explanation.js'
import { acceptedSettings, rawInputs } from './inputs.js'
import { testKeys, type DiffioServer } from '../../demo/diffio-server.ts'

export const writerKey = testKeys.find((record) => record.id === 'key_writer')!.key

/** One event's send as the action would build it from its inputs, aimed at a loopback server. */
export function settingsFor(
  server: DiffioServer | string,
  inputs: Partial<RawInputs> = {}
): SendTarget {
  const { settings } = acceptedSettings(
    rawInputs({
      'api-key': writerKey,
      'base-url': typeof server === 'string' ? server : server.url,
      'timeout-seconds': '5',
      'max-retries': '0',
      ...inputs
    })
  )
  return { ...settings, eventType: settings.eventTypes[0]! }
}

/** The failure a send ended in; fails the test if the event was sent. */
export async function sendFailure(sending: Promise<SendResult>): Promise<FailedSend> {
  const result = await sending
  if (result.kind === 'sent')
    throw new Error(
      `expected the send to fail, but it delivered ${JSON.stringify(result.delivery)}`
    )
  return result
}

/** The delivery a send ended in; fails the test if it failed. */
export async function delivered(sending: Promise<SendResult>): Promise<Delivery> {
  const result = await sending
  if (result.kind === 'failed')
    throw new Error(
      `expected the send to deliver, but it failed: ${JSON.stringify(result.failure)}`
    )
  return result.delivery
}

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const

/** Keeps a proxy set on the machine running the tests from carrying loopback requests elsewhere. */
export function withoutProxyVariables(): void {
  for (const name of proxyVariables) vi.stubEnv(name, '')
}

export const labelAsInput = (input: string) => input

/** A failed send's failure with what is derived from it: whether it is retried, and the status class the explanation names. */
export function failureFacts(failed: FailedSend) {
  const { statusClass } = explainSendFailure(failed, { label: labelAsInput })
  return {
    ...failed.failure,
    retryable: isRetryable(failed.failure),
    ...(statusClass !== undefined && { statusClass })
  }
}

/** Why an event type failed, as the shells show it; none when it went through. */
export function explanationOf(result: EventResult): Explanation | undefined {
  return result.outcome === 'failed' ? result.explanation : undefined
}

/** The receipt wait's result, whether or not it confirmed the event; none when there was no wait. */
export function receiptOf(result: EventResult): ReceiptResult | undefined {
  if (result.outcome === 'ok') return result.receipt
  return result.failure.kind === 'no-receipt' ? result.failure.receipt : undefined
}
