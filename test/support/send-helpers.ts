import { expect, vi } from 'vitest'
import { SendFailure } from '../../src/send-test-event/failure.js'
import type { RawInputs } from '../../src/send-test-event/inputs.js'
import type { SendTarget } from '../../src/send-test-event/send.js'
import { parseSettings } from '../../src/send-test-event/settings.js'
import { rawInputs } from './inputs.js'
import { testKeys, type DiffioServer } from '../../demo/diffio-server.ts'

export const writerKey = testKeys.find((record) => record.id === 'key_writer')!.key

/** One event's send as the action would build it from its inputs, aimed at a loopback server. */
export function settingsFor(server: DiffioServer | string, inputs: Partial<RawInputs> = {}): SendTarget {
  const { settings } = parseSettings(
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

/** The SendFailure a send ended in; fails the test if it ended any other way. */
export async function sendFailure(sending: Promise<unknown>): Promise<SendFailure> {
  const outcome = await sending.then(
    (value) => ({ value }),
    (error: unknown) => ({ error })
  )
  if (!('error' in outcome)) throw new Error(`expected the send to fail, but it gave ${JSON.stringify(outcome.value)}`)
  expect(outcome.error).toBeInstanceOf(SendFailure)
  return outcome.error as SendFailure
}

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const

/** Keeps a proxy set on the machine running the tests from carrying loopback requests elsewhere. */
export function withoutProxyVariables(): void {
  for (const name of proxyVariables) vi.stubEnv(name, '')
}

export const labelAsInput = (input: string) => input
