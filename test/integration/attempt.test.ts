import { readFileSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import type { Dispatcher } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDispatcher, isLoopbackHost } from '../../src/http/dispatcher.js'
import { attemptRequest, type Attempt } from '../../src/http/request.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { startHostileListener, type HostileBehaviour } from '../support/hostile-proxy.js'
import { withoutProxyVariables } from '../support/send-helpers.js'

// The floor on its own: one attempt through the real dispatcher, against loopback servers and proxies
// that misbehave, ending as a value within its time limit.

const closers: Array<() => Promise<void>> = []
beforeEach(() => withoutProxyVariables())
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  vi.unstubAllEnvs()
})

const slackMs = 1500
const tlsFixture = (name: string) => new URL(`../fixtures/tls/${name}`, import.meta.url)

function dispatcherFor(timeLimitMs: number): Dispatcher {
  const created = createDispatcher(timeLimitMs)
  if (created.kind !== 'dispatcher')
    throw new Error(`the proxy settings were refused: ${created.detail}`)
  closers.push(() => created.dispatcher.destroy())
  return created.dispatcher
}

async function timedAttempt(
  url: string,
  timeLimitMs: number,
  dispatcher = dispatcherFor(timeLimitMs)
) {
  const started = performance.now()
  const attempt = await attemptRequest({ method: 'GET', url, headers: {} }, timeLimitMs, dispatcher)
  return { attempt, elapsedMs: performance.now() - started }
}

/** A TCP server that answers each request on a connection with the next of `replies`, each a list of writes (a number waits that many ms). */
async function scripted(...replies: (string | number)[][]) {
  const sockets = new Set<Socket>()
  let requests = 0
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let buffered = ''
    socket.on('data', async (chunk: Buffer) => {
      buffered += chunk.toString('latin1')
      while (buffered.includes('\r\n\r\n')) {
        buffered = buffered.slice(buffered.indexOf('\r\n\r\n') + 4)
        const reply = replies[requests++] ?? []
        for (const step of reply) {
          if (typeof step === 'number') await new Promise((resolve) => setTimeout(resolve, step))
          else if (!socket.destroyed) socket.write(step)
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  )
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests
  }
}

const ok = (body: string) =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`
const continued = 'HTTP/1.1 100 Continue\r\n\r\n'

function expectAnswer(attempt: Attempt, status: number, body: string): void {
  expect(attempt).toMatchObject({ kind: 'answer', status, body })
  expect(attempt).not.toHaveProperty('bodyProblem')
}

describe('an unsolicited 100 Continue before the final answer', () => {
  it('is read past to the answer, as RFC 9110 has a client do', async () => {
    const server = await scripted([continued + ok('{"a":1}')])
    const { attempt } = await timedAttempt(server.url, 3000)
    expectAnswer(attempt, 200, '{"a":1}')
  })

  it('is read past when the answer follows in a later packet', async () => {
    const server = await scripted([continued, 100, ok('{"a":2}')])
    expectAnswer((await timedAttempt(server.url, 3000)).attempt, 200, '{"a":2}')
  })

  it('is read past when its status line arrives in two pieces, with headers of its own', async () => {
    const server = await scripted([
      'HTTP/1.1 10',
      50,
      '0 Continue\r\nx-interim: yes\r\n\r\n',
      50,
      ok('{"a":3}')
    ])
    expectAnswer((await timedAttempt(server.url, 3000)).attempt, 200, '{"a":3}')
  })

  it('is read past however many come', async () => {
    const server = await scripted([continued, continued, 20, continued, ok('{"a":4}')])
    expectAnswer((await timedAttempt(server.url, 3000)).attempt, 200, '{"a":4}')
  })

  it('is not HTTP when it claims HTTP/1.0, which has no 1xx answers: the attempt ends at once', async () => {
    const server = await scripted(['HTTP/1.0 100 Continue\r\n\r\n', ok('{}')])
    const { attempt, elapsedMs } = await timedAttempt(server.url, 3000)
    expect(attempt).toMatchObject({ kind: 'no-answer', reason: 'not-http', transient: false })
    expect(elapsedMs).toBeLessThan(slackMs)
  })

  it('is read past on each answer of a reused connection', async () => {
    const server = await scripted([continued + ok('{"a":5}')], [continued, 20, ok('{"a":6}')])
    const dispatcher = dispatcherFor(3000)
    expectAnswer((await timedAttempt(server.url, 3000, dispatcher)).attempt, 200, '{"a":5}')
    expectAnswer((await timedAttempt(server.url, 3000, dispatcher)).attempt, 200, '{"a":6}')
    expect(server.requests()).toBe(2)
  })

  it('leaves the final answer as it came, a body line that looks like one included', async () => {
    const body = 'first\nHTTP/1.1 100 Continue\n'
    const server = await scripted([
      continued + `HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n${body}`
    ])
    expectAnswer((await timedAttempt(server.url, 3000)).attempt, 200, body)
  })

  it('with no final answer after it, ends at the time limit as no answer', async () => {
    const server = await scripted([continued])
    const { attempt, elapsedMs } = await timedAttempt(server.url, 1000)
    expect(attempt).toMatchObject({
      kind: 'no-answer',
      reason: 'timed-out',
      transient: true,
      timeLimitMs: 1000
    })
    expect(elapsedMs).toBeLessThan(1000 + slackMs)
  })
})

describe('a time limit that is not a whole number of milliseconds', () => {
  it.each([1.005, 1.001, 1.0001])('works at %s s', async (seconds) => {
    const server = await scripted([ok('{}')])
    expectAnswer((await timedAttempt(server.url, seconds * 1000)).attempt, 200, '{}')
  })

  it('works at 0.0005 s, ending as a value', async () => {
    const server = await scripted([ok('{}')])
    const { attempt, elapsedMs } = await timedAttempt(server.url, 0.0005 * 1000)
    expect(['answer', 'no-answer']).toContain(attempt.kind)
    if (attempt.kind === 'no-answer') expect(attempt.reason).toBe('timed-out')
    expect(elapsedMs).toBeLessThan(slackMs)
  })
})

describe('a plain-http request through HTTP_PROXY to a proxy that misbehaves', () => {
  it.each([
    ['close-after-reading', 'proxy', true],
    ['answer-200-with-body', 'proxy', false]
  ] as [HostileBehaviour, string, boolean][])(
    'ends at once when the proxy does %s, on one connection',
    async (behaviour, reason, transient) => {
      const proxy = await startHostileListener(behaviour)
      closers.push(proxy.close)
      vi.stubEnv('http_proxy', proxy.url)

      const { attempt, elapsedMs } = await timedAttempt(
        'http://diffio.test/v1/webhooks/send_test_event',
        3000
      )

      expect(attempt).toMatchObject({ kind: 'no-answer', reason, transient })
      expect(elapsedMs).toBeLessThan(3000 + slackMs)
      expect(proxy.connections()).toBe(1)
    }
  )

  it('ends at the time limit when the proxy never answers, and destroying the pool closes the connection', async () => {
    const proxy = await startHostileListener('silent')
    closers.push(proxy.close)
    vi.stubEnv('http_proxy', proxy.url)
    const created = createDispatcher(10_000)
    if (created.kind !== 'dispatcher') throw new Error('proxy refused')

    const { attempt, elapsedMs } = await timedAttempt(
      'http://diffio.test/',
      500,
      created.dispatcher
    )
    expect(attempt).toMatchObject({ kind: 'no-answer', reason: 'timed-out', timeLimitMs: 500 })
    expect(elapsedMs).toBeLessThan(500 + slackMs)

    const destroying = performance.now()
    await created.dispatcher.destroy()
    expect(performance.now() - destroying).toBeLessThan(slackMs)
    await vi.waitFor(() => expect(proxy.openConnections()).toBe(0))
  })
})

describe('destroying the pool after an attempt ran out of time', () => {
  /** An attempt given 500 ms on a pool that allows 10 s, then the pool destroyed: the origin must see its connection close. */
  async function endsTheConnection(url: string, origin: { openConnections: () => number }) {
    const created = createDispatcher(10_000)
    if (created.kind !== 'dispatcher') throw new Error('proxy refused')
    const { attempt } = await timedAttempt(url, 500, created.dispatcher)
    expect(attempt).toMatchObject({ kind: 'no-answer', reason: 'timed-out' })
    expect(origin.openConnections()).toBe(1)

    await created.dispatcher.destroy()
    await vi.waitFor(() => expect(origin.openConnections()).toBe(0), { timeout: 1000 })
  }

  it('ends a TLS handshake still waiting on a silent server', async () => {
    const origin = await startHostileListener('silent')
    closers.push(origin.close)
    await endsTheConnection(`https://127.0.0.1:${origin.port}/`, origin)
  })

  it('ends an https connection kept alive through a tunnel, and resolves', async () => {
    const server = createHttpsServer(
      {
        key: readFileSync(tlsFixture('server-key.pem')),
        cert: readFileSync(tlsFixture('server.pem'))
      },
      (_request, response) => response.end('{}')
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const proxy = await startConnectProxy({ aliases: { 'diffio.test': '127.0.0.1' } })
    closers.push(proxy.close)
    vi.stubEnv('https_proxy', proxy.url)
    // The test CA can only be trusted at start-up (NODE_EXTRA_CA_CERTS); this test needs the tunnel, not the trust.
    vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0')
    const created = createDispatcher(5000)
    if (created.kind !== 'dispatcher') throw new Error('proxy refused')

    const { attempt } = await timedAttempt(
      `https://diffio.test:${(server.address() as AddressInfo).port}/`,
      3000,
      created.dispatcher
    )
    expectAnswer(attempt, 200, '{}')
    expect(proxy.connects).toHaveLength(1)

    let destroyed = false
    void created.dispatcher.destroy().then(() => (destroyed = true))
    await vi.waitFor(() => expect(destroyed).toBe(true), { timeout: 1500 })
  })

  it('ends a TLS handshake still waiting inside a proxy tunnel', async () => {
    const origin = await startHostileListener('silent')
    closers.push(origin.close)
    const proxy = await startConnectProxy({ aliases: { 'diffio.test': '127.0.0.1' } })
    closers.push(proxy.close)
    vi.stubEnv('https_proxy', proxy.url)
    await endsTheConnection(`https://diffio.test:${origin.port}/`, origin)
  })
})

describe('loopback hosts and proxies', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['[::ffff:7f00:1]', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['[::2]', false],
    ['localhost.example.com', false],
    ['api.diffio.ai', false]
  ])('counts %s as loopback: %s', (hostname, loopback) => {
    expect(isLoopbackHost(hostname)).toBe(loopback)
  })

  it.each(['127.0.0.1', 'localhost', '[::1]', '127.0.0.2'])(
    'sends a request to %s straight, never to HTTP_PROXY or HTTPS_PROXY, with its credentials',
    async (host) => {
      const seen: (string | undefined)[] = []
      const listenOn = host === 'localhost' ? '127.0.0.1' : host.replace(/^\[|\]$/g, '')
      const server = createHttpServer((request, response) => {
        seen.push(request.headers.authorization)
        response.end('{}')
      })
      await new Promise<void>((resolve) => server.listen(0, listenOn, resolve))
      closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
      const proxy = await startConnectProxy()
      closers.push(proxy.close)
      vi.stubEnv('http_proxy', proxy.url)
      vi.stubEnv('https_proxy', proxy.url)
      const url = `http://${host}:${(server.address() as AddressInfo).port}/receipts/evt_1`

      const attempt = await attemptRequest(
        { method: 'GET', url, headers: { authorization: 'Bearer token_0123456789abcdef' } },
        3000,
        dispatcherFor(3000)
      )

      expectAnswer(attempt, 200, '{}')
      expect(seen).toEqual(['Bearer token_0123456789abcdef'])
      expect(proxy.connects).toEqual([])
      expect(proxy.forwards).toEqual([])
    }
  )

  it('still sends a host that is not loopback through the proxy', async () => {
    const server = await scripted([ok('{}')])
    const proxy = await startConnectProxy({ aliases: { 'receiver.test': '127.0.0.1' } })
    closers.push(proxy.close)
    vi.stubEnv('http_proxy', proxy.url)
    const port = new URL(server.url).port

    expectAnswer((await timedAttempt(`http://receiver.test:${port}/`, 3000)).attempt, 200, '{}')
    expect(proxy.connects).toEqual([`receiver.test:${port}`])
  })
})
