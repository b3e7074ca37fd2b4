import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeResult } from '../../src/check-receiver/explain.js'
import { runReceiverCheck } from '../../src/check-receiver/run.js'
import { checkInputDefaults } from '../../src/check-receiver/settings.js'
import type { RawInputs } from '../../src/send-test-event/inputs.js'
import { runSequence } from '../../src/send-test-event/run.js'
import { succeeded, type Outcome } from '../../src/send-test-event/results.js'
import { startDiffioServer } from '../../demo/diffio-server.ts'
import { startConnectProxy } from '../support/connect-proxy.js'
import {
  startHostileListener,
  type HostileBehaviour,
  type HostileListener
} from '../support/hostile-proxy.js'
import { rawInputs } from '../support/inputs.js'
import { withoutProxyVariables, writerKey, explanationOf } from '../support/send-helpers.js'
import { expectExplanation } from '../support/meaning.js'

// Issue 18: every wait ends within its limit whatever a proxy does. Each run goes through the real
// dispatcher to a loopback listener that misbehaves; the wall time is measured around the whole run.

const closers: Array<() => Promise<void>> = []
beforeEach(() => withoutProxyVariables())
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  vi.unstubAllEnvs()
})

/** Generous room for a loaded 2-core machine: a run ends this long after its limits at most. */
const slackMs = 1500

async function hostile(behaviour: HostileBehaviour): Promise<HostileListener> {
  const listener = await startHostileListener(behaviour)
  closers.push(listener.close)
  return listener
}

/** undici reads the lower-case variables first, and the suite blanks both spellings. */
function useProxy(scheme: 'https' | 'http', url: string): void {
  vi.stubEnv(`${scheme}_proxy`, url)
}

/** Runs the sequence in-process and times it; a run still going after `budgetMs` fails the test instead of hanging it. */
async function timedRun(
  inputs: Partial<RawInputs>,
  budgetMs: number
): Promise<{ outcome: Outcome; elapsedMs: number }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the run was still going after ${budgetMs} ms`)),
      budgetMs
    )
  })
  try {
    const outcome = await Promise.race([
      runSequence(rawInputs(inputs), { label: (input) => input, keyHint: 'Pass the key.' }),
      overBudget
    ])
    return { outcome, elapsedMs: performance.now() - started }
  } finally {
    clearTimeout(timer)
  }
}

/** The one event's failure in a run that sent. */
function eventFailure(outcome: Outcome) {
  if (outcome.kind !== 'sent') throw new Error(`expected a run that sent, got ${outcome.kind}`)
  const [result] = outcome.results
  expect(succeeded(result!)).toBe(false)
  return explanationOf(result!)!
}

describe('a proxy that reads CONNECT and closes without answering', () => {
  it('ends the send at once, on one connection, saying the proxy closed it', async () => {
    const proxy = await hostile('close-after-reading')
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      { 'base-url': 'https://diffio.test', 'timeout-seconds': '3', 'max-retries': '0' },
      3000 + slackMs
    )

    expect(elapsedMs).toBeLessThan(3000 + slackMs)
    expectExplanation(eventFailure(outcome), {
      title: ['could not reach'],
      message: ['proxy closed the connection', 'tunnel', 'diffio.test'],
      nextStep: ['HTTPS_PROXY']
    })
    expect(proxy.connections()).toBe(1)
  })

  it('retries max-retries times, one connection an attempt, and no longer', async () => {
    const proxy = await hostile('close-after-reading')
    useProxy('https', proxy.url)

    // Backoff before the two retries is at most 0.5 s and 1 s.
    const { outcome, elapsedMs } = await timedRun(
      { 'base-url': 'https://diffio.test', 'timeout-seconds': '2', 'max-retries': '2' },
      3 * 2000 + 1500 + slackMs
    )

    expect(elapsedMs).toBeLessThan(3 * 2000 + 1500 + slackMs)
    expect(eventFailure(outcome).message).toMatch(/\b3 attempts\b/)
    expect(proxy.connections()).toBe(3)
  })

  it('is never asked for a plain-http loopback base-url under HTTP_PROXY: the send goes straight', async () => {
    const diffio = await startDiffioServer()
    closers.push(diffio.close)
    const proxy = await hostile('close-after-reading')
    useProxy('http', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      { 'api-key': writerKey, 'base-url': diffio.url, 'timeout-seconds': '3', 'max-retries': '0' },
      3000 + slackMs
    )

    expect(elapsedMs).toBeLessThan(3000 + slackMs)
    expect(outcome.kind).toBe('sent')
    if (outcome.kind === 'sent') expect(outcome.results.every(succeeded)).toBe(true)
    expect(proxy.connections()).toBe(0)
  })

  it('ends the readiness wait at wait-timeout-seconds, polling at its intervals', async () => {
    const proxy = await hostile('close-after-reading')
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      {
        'base-url': 'https://diffio.test',
        'wait-for-url': 'https://receiver.test/health',
        'wait-timeout-seconds': '2',
        'timeout-seconds': '3'
      },
      2000 + slackMs
    )

    expect(elapsedMs).toBeLessThan(2000 + slackMs)
    expect(outcome.kind).toBe('not-sent')
    if (outcome.kind !== 'not-sent') return
    expectExplanation(outcome.explanation, {
      title: ['wait-for-url', 'not ready', /\b2 s\b/],
      message: ['nothing was sent', 'proxy closed the connection'],
      input: 'wait-timeout-seconds'
    })
    // 250 ms apart for the first 5 s: about 8 polls in 2 s, not thousands.
    expect(proxy.connections()).toBeLessThanOrEqual(12)
  })

  it('ends the receipt wait at receipt-timeout-seconds, with Diffio reached directly on loopback', async () => {
    const diffio = await startDiffioServer()
    closers.push(diffio.close)
    const proxy = await hostile('close-after-reading')
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      {
        'api-key': writerKey,
        'base-url': diffio.url,
        'receipt-url': 'https://receiver.test/receipts/{event-id}',
        'receipt-timeout-seconds': '2',
        'timeout-seconds': '3'
      },
      2000 + slackMs
    )

    expect(elapsedMs).toBeLessThan(2000 + slackMs)
    expectExplanation(eventFailure(outcome), {
      title: ['receipt URL', 'never answered', /\b2 s\b/],
      input: 'receipt-url'
    })
    expect(diffio.requests).toHaveLength(1)
    expect(proxy.connections()).toBeLessThanOrEqual(12)
  })

  it("ends check-receiver's genuine delivery at once", async () => {
    const proxy = await hostile('close-after-reading')
    useProxy('https', proxy.url)
    const started = performance.now()

    const outcome = await runReceiverCheck(
      {
        ...checkInputDefaults,
        url: 'https://receiver.test/webhooks',
        'webhook-secret': `whsec_${randomBytes(24).toString('base64')}`,
        'timeout-seconds': '3'
      },
      {}
    )

    expect(performance.now() - started).toBeLessThan(3000 + slackMs)
    expect(outcome.kind).toBe('checked')
    if (outcome.kind !== 'checked') return
    expect(outcome.results[0]).toMatchObject({ check: 'genuine', got: 'unreachable' })
    expect(outcome.results[0]?.fault).toMatchObject({
      kind: 'no-answer',
      host: 'receiver.test',
      noAnswer: { reason: 'proxy' }
    })
    expect(describeResult(outcome.results[0]!, 'svix')).toContain('The proxy closed the connection')
    expect(proxy.connections()).toBe(1)
  })
})

describe('a proxy that answers CONNECT with 200 and a body, and never closes', () => {
  it('ends the send at once, on one connection, without retrying', async () => {
    const proxy = await hostile('answer-200-with-body')
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      { 'base-url': 'https://diffio.test', 'timeout-seconds': '3', 'max-retries': '2' },
      3000 + slackMs
    )

    expect(elapsedMs).toBeLessThan(3000 + slackMs)
    expectExplanation(eventFailure(outcome), { title: ['could not reach'] })
    expect(proxy.connections()).toBe(1)
  })
})

describe('a proxy that reads CONNECT and never answers', () => {
  it('ends the attempt at timeout-seconds and says it timed out', async () => {
    const proxy = await hostile('silent')
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      { 'base-url': 'https://diffio.test', 'timeout-seconds': '1.5', 'max-retries': '0' },
      1500 + slackMs
    )

    expect(elapsedMs).toBeGreaterThanOrEqual(1450)
    expect(elapsedMs).toBeLessThan(1500 + slackMs)
    expectExplanation(eventFailure(outcome), {
      title: ['timed out'],
      message: ['timed out', /\b1\.5 s\b/],
      input: 'timeout-seconds'
    })
  })
})

describe('a tunnel whose origin never answers the TLS handshake', () => {
  it('ends the attempt at timeout-seconds, not at the 10 s undici gives a handshake', async () => {
    const origin = await hostile('silent')
    const proxy = await startConnectProxy({ aliases: { 'diffio.test': '127.0.0.1' } })
    closers.push(proxy.close)
    useProxy('https', proxy.url)

    const { outcome, elapsedMs } = await timedRun(
      {
        'base-url': `https://diffio.test:${origin.port}`,
        'timeout-seconds': '1',
        'max-retries': '0'
      },
      1000 + slackMs
    )

    expect(proxy.connects).toEqual([`diffio.test:${origin.port}`])
    expect(elapsedMs).toBeLessThan(1000 + slackMs)
    expectExplanation(eventFailure(outcome), {
      title: ['timed out'],
      message: ['timed out', /\b1 s\b/],
      input: 'timeout-seconds'
    })
  })
})
