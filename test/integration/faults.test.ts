import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { Agent } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  describeRetry,
  describeSendFailure,
  explainSendFailure
} from '../../src/send-test-event/explain.js'
import {
  sendTestEvent,
  type RetryNotice,
  type SendOptions
} from '../../src/send-test-event/send.js'
import { maxBodyBytes } from '../../src/http/request.js'
import { endpointPath } from '../../src/shared/contract.js'
import {
  startDiffioServer,
  testKeys,
  type DiffioServer,
  type DiffioServerOptions
} from '../../demo/diffio-server.ts'
import {
  delivered,
  labelAsInput,
  sendFailure,
  settingsFor,
  withoutProxyVariables
} from '../support/send-helpers.js'
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay.js'
import { runAction } from '../support/action-harness.js'
import { skippingClock } from '../support/in-process.js'
import { expectExplanation, expectWords } from '../support/meaning.js'

const closers: Array<() => Promise<void>> = []

async function diffio(options: DiffioServerOptions = {}): Promise<DiffioServer> {
  const server = await startDiffioServer(options)
  closers.push(server.close)
  return server
}

async function relayTo(url: string): Promise<TcpRelay> {
  const relay = await startTcpRelay(url)
  closers.push(relay.close)
  return relay
}

/** Options that record every wait and retry notice instead of sleeping. */
function recorded(extra: SendOptions = {}) {
  const waits: number[] = []
  const notices: RetryNotice[] = []
  const options: SendOptions = {
    sleep: async (ms) => {
      waits.push(ms)
    },
    onRetry: (notice) => notices.push(notice),
    ...extra
  }
  return { waits, notices, options }
}

const gatewayPage = (status: number) => ({
  status,
  headers: { 'content-type': 'text/html' },
  body: `<html><head><title>${status}</title></head><body><h1>${status} from the gateway</h1></body></html>`
})

beforeEach(() => withoutProxyVariables())

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  vi.unstubAllEnvs()
})

describe('retryable statuses', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a %i and then delivers', async (status) => {
    const server = await diffio()
    server.queue(
      status === 500
        ? { status, body: '{"error":"Failed to send test webhook"}' }
        : gatewayPage(status)
    )
    const { waits, notices, options } = recorded()

    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options)
    )

    expect(server.requests).toHaveLength(2)
    expect(delivery.attempts).toBe(2)
    expect(delivery.status).toBe(200)
    expect(waits).toHaveLength(1)
    expect(notices).toEqual([
      {
        attempt: 1,
        attempts: 3,
        failure: expect.objectContaining({ kind: 'error-status', status }),
        waitMs: waits[0]
      }
    ])
    expect(describeRetry(notices[0]!)).toContain(`Diffio answered ${status}`)
  })

  it('gives up after max-retries + 1 attempts when every attempt fails', async () => {
    const server = await diffio()
    server.queue(gatewayPage(503), gatewayPage(503), gatewayPage(503))
    const { notices, options } = recorded()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options)
    )

    expect(server.requests).toHaveLength(3)
    expect(failure.attempts).toBe(3)
    expect(failure.failure).toMatchObject({ kind: 'error-status', status: 503 })
    expect(notices.map((notice) => notice.attempt)).toEqual([1, 2])
    const explanation = explainSendFailure(failure, { label: labelAsInput })
    expect(explanation.statusClass).toBe('retryable')
    expect(explanation.message.startsWith('Gave up after 3 attempts')).toBe(true)
    expect(explanation.attempts).toBe(3)
  })

  it('makes exactly one attempt when max-retries is 0', async () => {
    const server = await diffio()
    server.queue(gatewayPage(503))
    const { waits, options } = recorded()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '0' }), options)
    )

    expect(server.requests).toHaveLength(1)
    expect(failure.attempts).toBe(1)
    expect(waits).toEqual([])
    expect(explainSendFailure(failure, { label: labelAsInput }).message).not.toContain('Gave up')
  })
})

describe('final statuses', () => {
  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', async (status) => {
    const server = await diffio()
    server.queue({ status, body: `{"error":"status ${status} from the test"}` })
    const { waits, options } = recorded()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options)
    )

    expect(server.requests).toHaveLength(1)
    expect(failure.attempts).toBe(1)
    expect(failure.failure).toMatchObject({
      kind: 'error-status',
      status,
      serverMessage: `status ${status} from the test`
    })
    expect(waits).toEqual([])
  })
})

describe('Retry-After', () => {
  it.each([429, 503])('waits the 1 s a %i asks for', async (status) => {
    const server = await diffio()
    server.queue({ status, headers: { 'retry-after': '1' }, body: '{"error":"Slow down"}' })
    const { waits, options } = recorded()

    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options)
    )

    expect(waits).toEqual([1000])
    expect(delivery.attempts).toBe(2)
    expect(server.requests).toHaveLength(2)
  })

  it('waits until an HTTP-date Retry-After', async () => {
    const server = await diffio()
    server.queue({
      status: 503,
      headers: { 'retry-after': new Date(Date.now() + 10_000).toUTCString() },
      body: ''
    })
    const { waits, options } = recorded()

    await delivered(sendTestEvent(settingsFor(server, { 'max-retries': '1' }), options))

    expect(waits).toHaveLength(1)
    // The date has whole seconds, so the wait rounds to 9 or 10 s.
    expect(waits[0]).toBeGreaterThanOrEqual(9000)
    expect(waits[0]).toBeLessThanOrEqual(10_000)
  })

  it('caps a Retry-After at 60 s', async () => {
    const server = await diffio()
    server.queue({
      status: 429,
      headers: { 'retry-after': '3600' },
      body: '{"error":"Rate limited"}'
    })
    const { waits, options } = recorded()

    await delivered(sendTestEvent(settingsFor(server, { 'max-retries': '1' }), options))

    expect(waits).toEqual([60_000])
  })

  it('falls back to backoff when Retry-After is unreadable', async () => {
    const server = await diffio()
    server.queue({
      status: 429,
      headers: { 'retry-after': 'soon' },
      body: '{"error":"Rate limited"}'
    })
    const { waits, options } = recorded({ random: () => 1 })

    await delivered(sendTestEvent(settingsFor(server, { 'max-retries': '1' }), options))

    expect(waits).toEqual([500])
  })
})

describe('backoff', () => {
  it('waits within [0, min(8000, 500 * 2^(n-1))] before retry n', async () => {
    const server = await diffio()
    server.queue(
      ...Array.from({ length: 6 }, () => ({
        status: 500,
        body: '{"error":"Svix is not configured"}'
      }))
    )
    const { waits, notices, options } = recorded()

    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'max-retries': '6' }), options)
    )

    expect(delivery.attempts).toBe(7)
    expect(server.requests).toHaveLength(7)
    expect(notices.map((notice) => notice.waitMs)).toEqual(waits)
    waits.forEach((waitMs, index) => {
      expect(waitMs).toBeGreaterThanOrEqual(0)
      expect(waitMs).toBeLessThanOrEqual(Math.min(8000, 500 * 2 ** index))
    })
  })

  it('doubles from 500 ms up to the 8 s cap at the top of the jitter', async () => {
    const server = await diffio()
    server.queue(...Array.from({ length: 10 }, () => gatewayPage(502)))
    const { waits, options } = recorded({ random: () => 1 })

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '9' }), options)
    )

    expect(failure.attempts).toBe(10)
    expect(server.requests).toHaveLength(10)
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000])
  })

  it('follows a given backoff policy', async () => {
    const server = await diffio()
    server.queue(gatewayPage(502), gatewayPage(502))
    const { waits, options } = recorded({
      random: () => 1,
      backoff: { baseMs: 1, capMs: 2, retryAfterCapMs: 5 }
    })

    await delivered(sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options))

    expect(waits).toEqual([1, 2])
  })
})

describe('timeouts', () => {
  it('gives up on a server that accepts and never answers', async () => {
    const server = await diffio()
    server.queue({ hang: true })

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'timeout-seconds': '1', 'max-retries': '0' }))
    )

    expect(failure.failure).toMatchObject({
      kind: 'no-answer',
      noAnswer: { reason: 'timed-out', transient: true }
    })
    expect(describeSendFailure(failure.failure)).toContain('timed out after 1 s')
    expect(server.requests).toHaveLength(1)
  })

  it('retries an attempt that timed out', async () => {
    const server = await diffio()
    server.queue({ hang: true })
    const { options } = recorded()

    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'timeout-seconds': '0.5', 'max-retries': '1' }), options)
    )

    expect(delivery.attempts).toBe(2)
    expect(server.requests).toHaveLength(2)
  })

  it('times out a 200 whose body stops arriving', async () => {
    const stalling: Server = createHttpServer((request, response) => {
      request.resume()
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"svixMessageId": "msg_')
    })
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve))
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          stalling.closeAllConnections()
          stalling.close(() => resolve())
        })
    )
    const { port } = stalling.address() as AddressInfo

    const failure = await sendFailure(
      sendTestEvent(
        settingsFor(`http://127.0.0.1:${port}`, { 'timeout-seconds': '0.5', 'max-retries': '0' })
      )
    )

    expect(failure.failure).toMatchObject({
      kind: 'unreadable-body',
      status: 200,
      problem: { kind: 'too-slow' }
    })
    expect(describeSendFailure(failure.failure)).toContain("reading the 200 answer's body")
    expectExplanation(explainSendFailure(failure, { label: labelAsInput }), {
      title: ['timed out'],
      input: 'timeout-seconds'
    })
  })
})

describe('broken connections', () => {
  it('retries a reset connection and then delivers', async () => {
    const server = await diffio()
    server.queue({ reset: true })
    const { notices, options } = recorded()

    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), options)
    )

    expect(delivery.attempts).toBe(2)
    expect(server.requests).toHaveLength(2)
    expect(notices[0]?.failure).toMatchObject({
      kind: 'no-answer',
      noAnswer: { reason: 'reset', transient: true }
    })
    expectWords(describeSendFailure(notices[0]!.failure), ['could not reach', /127\.0\.0\.1:\d+/])
  })

  it('retries a refused connection max-retries times and fails as a network error', async () => {
    const closed = createNetServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const { notices, options } = recorded()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(`http://127.0.0.1:${port}`, { 'max-retries': '2' }), options)
    )

    expect(failure.failure).toMatchObject({
      kind: 'no-answer',
      noAnswer: { reason: 'refused', transient: true }
    })
    expectWords(describeSendFailure(failure.failure), [
      'could not reach',
      `127.0.0.1:${port}`,
      'refused'
    ])
    expect(notices).toHaveLength(2)
    expect(failure.attempts).toBe(3)
    expectExplanation(explainSendFailure(failure, { label: labelAsInput }), {
      title: ['could not reach'],
      input: 'base-url'
    })
  })
})

describe('failures beyond the status line: time limits, lost statuses, TLS and proxy settings', () => {
  it("reports undici's own time limits as this attempt's time-out", async () => {
    const server = await diffio()
    server.queue({ hang: true })
    const dispatcher = new Agent({ headersTimeout: 200 })
    closers.push(() => dispatcher.close())

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'timeout-seconds': '5' }), { dispatcher })
    )

    expect(failure.failure).toMatchObject({
      kind: 'no-answer',
      noAnswer: { reason: 'timed-out', transient: true }
    })
    expect(describeSendFailure(failure.failure)).toContain('timed out after 5 s')
  })

  it('keeps the status of the last answer when a later attempt got none', async () => {
    const server = await diffio()
    server.queue({ status: 503, body: '{"error":"busy"}' }, { reset: true })
    const { options } = recorded()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '1' }), options)
    )

    expect(failure.failure.kind).toBe('no-answer')
    expect(failure.lastStatus).toBe(503)
    expect(explainSendFailure(failure, { label: labelAsInput })).toMatchObject({
      title: 'Could not reach Diffio on the last attempt (an earlier one got 503)',
      status: 503
    })
  })

  it('says to check that the port speaks https when the TLS handshake fails, on one line', async () => {
    const server = await diffio()

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server.url.replace('http:', 'https:')))
    )

    expect(failure.failure).toMatchObject({
      kind: 'no-answer',
      noAnswer: { reason: 'tls-handshake', transient: false }
    })
    const message = describeSendFailure(failure.failure)
    expectWords(message, ['TLS handshake failed', 'port speaks https'])
    expect(message).not.toMatch(/[\r\n]/)
    expect(server.requests).toHaveLength(0)
  })

  it('names the proxy variable when it is not a URL, and sends nothing', async () => {
    const server = await diffio()
    // undici reads the lower-case name first, and the suite blanks both.
    vi.stubEnv('https_proxy', 'proxy.corp:3128')

    const failure = await sendFailure(sendTestEvent(settingsFor(server)))

    expect(failure).toMatchObject({
      attempts: 0,
      failure: { kind: 'unusable-proxy', variable: 'https_proxy' }
    })
    expectWords(describeSendFailure(failure.failure), [
      'proxy settings cannot be used',
      'https_proxy',
      'http://proxy.example.com:3128'
    ])
    expect(server.requests).toHaveLength(0)
  })
})

describe('redirects', () => {
  it.each([301, 302, 307, 308])(
    'does not follow a %i, so the key stays with the first server',
    async (status) => {
      const first = await diffio()
      const second = await diffio()
      const location = second.url + endpointPath
      first.queue({ status, headers: { location }, body: '' })

      const failure = await sendFailure(
        sendTestEvent(settingsFor(first, { 'max-retries': '2' }), recorded().options)
      )

      expect(failure.failure).toEqual({ kind: 'redirect', status, location })
      expect(describeSendFailure(failure.failure)).toContain(location)
      expect(first.requests).toHaveLength(1)
      expect(second.requests).toEqual([])
    }
  )
})

describe('oversized answers', () => {
  const twoMiB = 2 * 1024 * 1024

  async function refusesTwoMiB(declareLength: boolean) {
    const server = await diffio()
    server.queue({ oversized: twoMiB, declareLength })

    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), recorded().options)
    )

    expect(failure.failure).toMatchObject({
      kind: 'unreadable-body',
      status: 200,
      problem: { kind: 'too-large' }
    })
    expect(describeSendFailure(failure.failure)).toContain(
      declareLength ? `it declared ${twoMiB} bytes` : `more than ${maxBodyBytes} bytes arrived`
    )
    expect(server.requests).toHaveLength(1)
  }

  it('refuses a 2 MiB chunked body once more than 1 MiB arrived', () => refusesTwoMiB(false))

  it('refuses a 2 MiB body from its content-length alone', () => refusesTwoMiB(true))

  it('stops reading a 50 MiB chunked body soon after the cap', async () => {
    const fiftyMiB = 50 * 1024 * 1024
    const server = await diffio()
    server.queue({ oversized: fiftyMiB, declareLength: false })
    const relay = await relayTo(server.url)

    const failure = await sendFailure(sendTestEvent(settingsFor(relay.url)))

    expect(failure.failure).toMatchObject({
      kind: 'unreadable-body',
      problem: { kind: 'too-large' }
    })
    // Socket buffers let a few MiB more through the relay, never the whole body.
    expect(relay.bytesToClient()).toBeLessThan(fiftyMiB / 4)
  })
})

describe('an error body that echoes the API key, as the action shows it', () => {
  const echoKey = 'diffio_live_ech0"\\s3cr3t/+=&?'
  const keyForms = [echoKey, JSON.stringify(echoKey).slice(1, -1), encodeURIComponent(echoKey)]
  const echoedKey = (request: { headers: { authorization?: string | undefined } }) =>
    (request.headers.authorization ?? '').replace(/^Bearer /, '')

  it.each([
    [
      'raw in a non-JSON 401 body',
      {
        status: 401,
        headers: { 'content-type': 'text/plain' },
        body: (r) => `bad key: ${echoedKey(r)}`
      }
    ],
    [
      'raw in a JSON error',
      { status: 401, body: (r) => JSON.stringify({ error: `Invalid API key ${echoedKey(r)}` }) }
    ],
    [
      'JSON-escaped in a JSON error',
      {
        status: 403,
        body: (r) => JSON.stringify({ error: `key ${JSON.stringify(echoedKey(r))} inactive` })
      }
    ],
    [
      'URL-encoded in a JSON error',
      {
        status: 404,
        body: (r) => JSON.stringify({ error: `no /keys/${encodeURIComponent(echoedKey(r))}` })
      }
    ],
    [
      'in the error code',
      { status: 402, body: (r) => JSON.stringify({ error: 'Payment failed', code: echoedKey(r) }) }
    ],
    [
      'in an HTML gateway page',
      {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: (r) => `<html><body><p>Bad gateway for ${echoedKey(r)}</p></body></html>`
      }
    ],
    [
      'in a 200 body that is not JSON',
      {
        status: 200,
        headers: { 'content-type': 'text/plain' },
        body: (r) => `hello ${echoedKey(r)}`
      }
    ],
    [
      'in a redirect location',
      {
        status: 302,
        headers: {
          location: `http://127.0.0.1:1/?key=${encodeURIComponent(echoKey)}&raw=${echoKey}`
        },
        body: ''
      }
    ]
  ] satisfies Array<[string, Parameters<DiffioServer['queue']>[0]]>)(
    'never shows the key when it comes back %s',
    async (_case, fault) => {
      const server = await diffio({
        keys: [...testKeys, { key: echoKey, id: 'key_echo', permissions: ['webhooks:write'] }]
      })
      server.queue(fault, fault)
      const run = await runAction(
        { 'api-key': echoKey, 'base-url': server.url, 'max-retries': '1' },
        {},
        { clock: skippingClock() }
      )

      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${echoKey}`)
      expect(run.exitCode).toBe(1)
      expect(run.outputs['status-code']).toBe(String(fault.status))
      const shown = [
        run.stdout.replace(/^::add-mask::.*$/gm, ''),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs)
      ]
      for (const text of shown) {
        for (const form of keyForms) expect(text).not.toContain(form)
      }
      expect(run.errors.join('\n')).toContain('***')
    }
  )
})
