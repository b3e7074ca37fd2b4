import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Webhook, WebhookVerificationError } from 'svix'
import { afterEach, describe, expect, it } from 'vitest'
import { endpointPath } from '../../src/shared/contract.ts'
import {
  describeEndpoints,
  diffioServerUsage,
  readProgramSettings,
  startDiffioServer,
  testKeys,
  type DiffioServer,
  type DiffioServerOptions
} from '../../demo/diffio-server.ts'
import { startReceiver, type Receiver } from '../../examples/receiver/server.ts'
import { expectWords } from '../support/meaning.js'

// The loopback Diffio server's deliveries, received over real HTTP on loopback: by the reference
// receiver in examples/receiver where a user would run it, by a recording endpoint where the test
// needs the raw request.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const otherSecret = `whsec_${randomBytes(24).toString('base64')}`
const receiptToken = `receipt-${randomBytes(16).toString('hex')}`
const keyOf = (id: string) => testKeys.find((record) => record.id === id)!.key
const serverPath = fileURLToPath(new URL('../../demo/diffio-server.ts', import.meta.url))
const quickRetries = [0, 10, 10]

const cleanups: Array<() => Promise<unknown>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startDiffio(options: DiffioServerOptions): Promise<DiffioServer> {
  const server = await startDiffioServer(options)
  cleanups.push(() => server.close())
  return server
}

async function startReferenceReceiver(receiverSecret = secret): Promise<Receiver> {
  const receiver = await startReceiver({ secret: receiverSecret, receiptToken })
  cleanups.push(() => receiver.close())
  return receiver
}

interface Arrival {
  headers: IncomingMessage['headers']
  body: string
}

type EndpointAnswer = { status: number; headers?: Record<string, string> } | 'hang'

interface RecordingEndpoint {
  url: string
  arrivals: Arrival[]
}

/** An endpoint that keeps each request as it came and answers from a script, then with `otherwise`. */
async function startRecordingEndpoint(
  script: EndpointAnswer[] = [],
  otherwise: EndpointAnswer = { status: 204 }
): Promise<RecordingEndpoint> {
  const arrivals: Arrival[] = []
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    arrivals.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
    const answer = script[arrivals.length - 1] ?? otherwise
    if (answer !== 'hang') response.writeHead(answer.status, answer.headers).end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  cleanups.push(() => {
    server.closeAllConnections()
    return new Promise((resolve) => server.close(resolve))
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/diffio`,
    arrivals
  }
}

/** A loopback URL nobody listens on. */
async function refusingUrl(): Promise<string> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return `http://127.0.0.1:${port}/webhooks/diffio`
}

interface ApiAnswer {
  status: number
  body: Record<string, string>
}

/** POSTs to the API as a client would; a null key sends none. */
async function sendEvent(
  baseUrl: string,
  body: Record<string, unknown>,
  key: string | null = keyOf('key_writer')
): Promise<ApiAnswer> {
  const response = await fetch(baseUrl + endpointPath, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key !== null && { authorization: `Bearer ${key}` })
    },
    body: JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}

async function until<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  limitMs = 5000
): Promise<T> {
  const deadline = Date.now() + limitMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

function svixHeaders({ headers }: Arrival): Record<string, string> {
  return {
    'svix-id': String(headers['svix-id']),
    'svix-timestamp': String(headers['svix-timestamp']),
    'svix-signature': String(headers['svix-signature'])
  }
}

describe('a 200 answer', () => {
  it('leads to a signed delivery that the reference receiver accepts and records under the 200’s ids', async () => {
    const receiver = await startReferenceReceiver()
    const server = await startDiffio({
      endpoints: { test: [{ url: receiver.webhookUrl, secret }] }
    })

    const answer = await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    expect(answer.status).toBe(200)

    const receiptUrl = receiver.receiptUrl.replace(
      '{event-id}',
      encodeURIComponent(answer.body.eventId!)
    )
    const receipt = await until('the receipt', async () => {
      const response = await fetch(receiptUrl, {
        headers: { authorization: `Bearer ${receiptToken}` }
      })
      return response.status === 200
        ? ((await response.json()) as Record<string, string>)
        : undefined
    })
    expect(receipt).toEqual({
      eventId: answer.body.eventId,
      svixMessageId: answer.body.svixMessageId,
      eventType: 'generation.completed',
      receivedAt: expect.any(String)
    })
    await server.deliveriesSettled()
    expect(server.deliveries).toEqual([
      {
        endpointUrl: receiver.webhookUrl,
        svixMessageId: answer.body.svixMessageId,
        eventId: answer.body.eventId,
        attempt: 1,
        status: 204,
        at: expect.any(Number)
      }
    ])
  })

  it('sends the headers Svix sends, with svix-id the 200’s svixMessageId', async () => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })

    const answer = await sendEvent(server.url, { eventType: 'generation.queued', mode: 'test' })
    await server.deliveriesSettled()

    expect(endpoint.arrivals).toHaveLength(1)
    expect(endpoint.arrivals[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/^Svix-Webhooks\//),
      'svix-id': answer.body.svixMessageId,
      'svix-timestamp': expect.stringMatching(/^\d+$/),
      'svix-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]+=*$/)
    })
  })
})

describe('the payload', () => {
  const statusByEventType = {
    'generation.queued': 'queued',
    'generation.processing': 'processing',
    'generation.failed': 'error',
    'generation.completed': 'complete'
  }

  it.each(Object.entries(statusByEventType))(
    'of a %s event has status "%s", the 200’s eventId, and samplePayload merged except the fields Diffio sets',
    async (eventType, status) => {
      const endpoint = await startRecordingEndpoint()
      const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })
      const samplePayload = {
        eventType: 'sample.eventType',
        eventId: 'evt_from_sample',
        createdAt: '2001-02-03T04:05:06.000Z',
        apiKeyId: 'key_from_sample',
        status: 'status_from_sample',
        apiProjectId: 'proj_from_sample',
        generationId: 'gen_from_sample',
        hasVideo: true,
        modelKey: 'studio'
      }

      const answer = await sendEvent(server.url, { eventType, mode: 'test', samplePayload })
      await server.deliveriesSettled()

      expect(answer.status).toBe(200)
      const payload = JSON.parse(endpoint.arrivals[0]!.body) as Record<string, unknown>
      expect(payload).toEqual({
        eventType,
        eventId: answer.body.eventId,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        apiKeyId: 'key_writer',
        apiProjectId: 'proj_from_sample',
        generationId: 'gen_from_sample',
        status,
        hasVideo: true,
        modelKey: 'studio'
      })
      expect(payload.createdAt).not.toBe(samplePayload.createdAt)
    }
  )

  it('has a made-up apiProjectId and generationId when samplePayload gives none', async () => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })

    await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(JSON.parse(endpoint.arrivals[0]!.body)).toMatchObject({
      apiProjectId: 'proj_demo',
      generationId: expect.stringMatching(/^gen_[0-9a-f]+$/)
    })
  })

  it('names the key the event was sent for when an admin key names another', async () => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })

    const answer = await sendEvent(
      server.url,
      { eventType: 'generation.completed', mode: 'test', apiKeyId: 'key_writer' },
      keyOf('key_admin')
    )
    await server.deliveriesSettled()

    expect(answer.body.apiKeyId).toBe('key_writer')
    expect(JSON.parse(endpoint.arrivals[0]!.body)).toMatchObject({ apiKeyId: 'key_writer' })
  })
})

describe('the signature', () => {
  it('verifies with svix against the endpoint’s secret, over the body exactly as sent, and with no other secret', async () => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })

    await sendEvent(server.url, {
      eventType: 'generation.completed',
      mode: 'test',
      samplePayload: { note: 'ü ✓' }
    })
    await server.deliveriesSettled()

    const arrival = endpoint.arrivals[0]!
    expect(() => new Webhook(secret).verify(arrival.body, svixHeaders(arrival))).not.toThrow()
    expect(() => new Webhook(otherSecret).verify(arrival.body, svixHeaders(arrival))).toThrow(
      WebhookVerificationError
    )
  })

  it('is refused by a receiver holding another secret: every attempt ends in 401 and the attempts stop after the schedule', async () => {
    const receiver = await startReferenceReceiver(otherSecret)
    const server = await startDiffio({
      endpoints: { test: [{ url: receiver.webhookUrl, secret }] },
      deliveryRetryDelaysMs: quickRetries
    })

    const answer = await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(
      server.deliveries.map(({ attempt, status, svixMessageId }) => ({
        attempt,
        status,
        svixMessageId
      }))
    ).toEqual([
      { attempt: 1, status: 401, svixMessageId: answer.body.svixMessageId },
      { attempt: 2, status: 401, svixMessageId: answer.body.svixMessageId },
      { attempt: 3, status: 401, svixMessageId: answer.body.svixMessageId }
    ])
    expect(receiver.events()).toEqual([])
  })
})

describe('endpoints', () => {
  it('of the request’s mode get the event, and those of the other mode do not', async () => {
    const testReceiver = await startReferenceReceiver(secret)
    const liveReceiver = await startReferenceReceiver(otherSecret)
    const server = await startDiffio({
      endpoints: {
        test: [{ url: testReceiver.webhookUrl, secret }],
        live: [{ url: liveReceiver.webhookUrl, secret: otherSecret }]
      }
    })

    const testEvent = await sendEvent(server.url, { eventType: 'generation.queued', mode: 'test' })
    await server.deliveriesSettled()
    expect(testReceiver.events().map((event) => event.eventId)).toEqual([testEvent.body.eventId])
    expect(liveReceiver.events()).toEqual([])

    const liveEvent = await sendEvent(server.url, { eventType: 'generation.failed', mode: 'live' })
    await server.deliveriesSettled()
    expect(liveReceiver.events().map((event) => event.eventId)).toEqual([liveEvent.body.eventId])
    expect(testReceiver.events().map((event) => event.eventId)).toEqual([testEvent.body.eventId])
  })

  it('of the same mode each get the event, signed with their own secret', async () => {
    const first = await startReferenceReceiver(secret)
    const second = await startReferenceReceiver(otherSecret)
    const server = await startDiffio({
      endpoints: {
        test: [
          { url: first.webhookUrl, secret },
          { url: second.webhookUrl, secret: otherSecret }
        ]
      }
    })

    const answer = await sendEvent(server.url, { eventType: 'generation.processing', mode: 'test' })
    await server.deliveriesSettled()

    for (const receiver of [first, second]) {
      expect(receiver.events()).toEqual([
        expect.objectContaining({
          eventId: answer.body.eventId,
          svixMessageId: answer.body.svixMessageId
        })
      ])
    }
  })
})

describe('a failed attempt', () => {
  it('is retried with the same svix-id and body and a fresh, freshly signed timestamp', async () => {
    const endpoint = await startRecordingEndpoint([{ status: 503 }])
    // A wait over a second, so the retry's Unix-seconds stamp cannot equal the first attempt's.
    const server = await startDiffio({
      endpoints: { test: [{ url: endpoint.url, secret }] },
      deliveryRetryDelaysMs: [0, 1100]
    })

    const answer = await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(server.deliveries.map(({ attempt, status }) => ({ attempt, status }))).toEqual([
      { attempt: 1, status: 503 },
      { attempt: 2, status: 204 }
    ])
    const [first, retry] = endpoint.arrivals as [Arrival, Arrival]
    expect(first.headers['svix-id']).toBe(answer.body.svixMessageId)
    expect(retry.headers['svix-id']).toBe(answer.body.svixMessageId)
    expect(retry.body).toBe(first.body)
    expect(Number(retry.headers['svix-timestamp'])).toBeGreaterThan(
      Number(first.headers['svix-timestamp'])
    )
    expect(() => new Webhook(secret).verify(retry.body, svixHeaders(retry))).not.toThrow()
  })

  it('includes a 3xx: the redirect is not followed and the attempt is retried', async () => {
    const receiver = await startReferenceReceiver()
    const endpoint = await startRecordingEndpoint([], {
      status: 307,
      headers: { location: receiver.webhookUrl }
    })
    const server = await startDiffio({
      endpoints: { test: [{ url: endpoint.url, secret }] },
      deliveryRetryDelaysMs: quickRetries
    })

    await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(server.deliveries.map(({ status }) => status)).toEqual([307, 307, 307])
    expect(endpoint.arrivals).toHaveLength(3)
    expect(receiver.events()).toEqual([])
  })

  it('includes a refused connection, recorded with its error and retried', async () => {
    const url = await refusingUrl()
    const server = await startDiffio({
      endpoints: { test: [{ url, secret }] },
      deliveryRetryDelaysMs: quickRetries
    })

    await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(server.deliveries).toHaveLength(3)
    for (const delivery of server.deliveries) {
      expect(delivery.status).toBeUndefined()
      expect(delivery.error).toMatch(/ECONNREFUSED/)
    }
  })
})

describe('no delivery', () => {
  it.each([
    {
      when: 'no key is presented (401)',
      key: null,
      body: { eventType: 'generation.completed', mode: 'test' },
      status: 401
    },
    {
      when: 'the key is unknown (401)',
      key: 'diffio_test_unknown',
      body: { eventType: 'generation.completed', mode: 'test' },
      status: 401
    },
    {
      when: 'the key lacks webhooks:write (403)',
      key: keyOf('key_reader'),
      body: { eventType: 'generation.completed', mode: 'test' },
      status: 403
    },
    {
      when: 'the eventType is not supported (400)',
      key: keyOf('key_writer'),
      body: { eventType: 'generation.nope', mode: 'test' },
      status: 400
    },
    {
      when: 'the mode is neither test nor live (400)',
      key: keyOf('key_writer'),
      body: { eventType: 'generation.completed', mode: 'prod' },
      status: 400
    }
  ])('goes out when $when', async ({ key, body, status }) => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })

    expect((await sendEvent(server.url, body, key)).status).toBe(status)
    const control = await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await server.deliveriesSettled()

    expect(endpoint.arrivals.map((arrival) => JSON.parse(arrival.body).eventId)).toEqual([
      control.body.eventId
    ])
  })

  it('goes out when a queued fault answers in place of Diffio, even with a 200', async () => {
    const endpoint = await startRecordingEndpoint()
    const server = await startDiffio({ endpoints: { test: [{ url: endpoint.url, secret }] } })
    server.queue(
      { status: 500, body: '{"error":"Failed to send test webhook"}' },
      { status: 200, body: '{}' }
    )

    expect(
      (await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })).status
    ).toBe(500)
    expect(
      (await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })).status
    ).toBe(200)
    await server.deliveriesSettled()

    expect(endpoint.arrivals).toEqual([])
    expect(server.deliveries).toEqual([])
  })
})

describe('close()', () => {
  it('while a retry waits cancels the retry', async () => {
    const endpoint = await startRecordingEndpoint([], { status: 503 })
    const server = await startDiffio({
      endpoints: { test: [{ url: endpoint.url, secret }] },
      deliveryRetryDelaysMs: [0, 60_000]
    })

    await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await until('the first attempt', () => server.deliveries[0])
    await server.close()

    expect(server.deliveries.map(({ attempt, status }) => ({ attempt, status }))).toEqual([
      { attempt: 1, status: 503 }
    ])
    expect(endpoint.arrivals).toHaveLength(1)
  })

  it('during an attempt to an endpoint that never answers cuts it short and records why', async () => {
    const endpoint = await startRecordingEndpoint([], 'hang')
    const server = await startDiffio({
      endpoints: { test: [{ url: endpoint.url, secret }] },
      deliveryRetryDelaysMs: [0, 60_000]
    })

    const answer = await sendEvent(server.url, { eventType: 'generation.completed', mode: 'test' })
    await until('the attempt to arrive', () => endpoint.arrivals[0])
    await server.close()

    expect(server.deliveries).toEqual([
      {
        endpointUrl: endpoint.url,
        svixMessageId: answer.body.svixMessageId,
        eventId: answer.body.eventId,
        attempt: 1,
        error: expect.stringMatching(/\bstopped\b.*\bclosed\b/),
        at: expect.any(Number)
      }
    ])
  })

  // A process of its own, free of the test runner's timers: it must end by itself once it has closed
  // everything it opened, which it cannot while a retry's 60 s wait or an attempt's 15 s limit is pending.
  const closeProbe = `
    import { once } from 'node:events'
    import { createServer } from 'node:http'
    import { startDiffioServer, testKeys } from ${JSON.stringify(pathToFileURL(serverPath).href)}
    const scenario = process.env.SCENARIO
    let arrivals = 0
    const endpoint = createServer((request, response) => {
      request.resume().once('end', () => {
        arrivals += 1
        if (scenario !== 'attempt-hangs') response.writeHead(503).end()
      })
    })
    endpoint.listen(0, '127.0.0.1')
    await once(endpoint, 'listening')
    const url = 'http://127.0.0.1:' + endpoint.address().port + '/webhooks/diffio'
    const endpoints = { test: [{ url, secret: process.env.SECRET }] }
    const server = await startDiffioServer({ endpoints, deliveryRetryDelaysMs: [0, 60000] })
    const answer = await fetch(server.url + ${JSON.stringify(endpointPath)}, {
      method: 'POST',
      headers: { authorization: 'Bearer ' + testKeys[0].key, 'content-type': 'application/json' },
      body: JSON.stringify({ eventType: 'generation.completed', mode: 'test' })
    })
    await answer.text()
    const ready = { 'retry-waits': () => server.deliveries.length > 0, 'attempt-hangs': () => arrivals > 0 }[scenario]
    while (ready !== undefined && !ready()) await new Promise((resolve) => setTimeout(resolve, 10))
    await server.close()
    endpoint.closeAllConnections()
    endpoint.close()
    const timers = process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length
    console.log(JSON.stringify({ status: answer.status, timers, attempts: server.deliveries.length }))
  `

  it.each([
    { scenario: 'right-after-the-200', when: 'right after a 200 to an endpoint that always fails' },
    { scenario: 'retry-waits', when: 'while a retry waits' },
    { scenario: 'attempt-hangs', when: 'while an attempt waits for an answer' }
  ])('$when leaves no timer behind, so the process ends by itself', async ({ scenario }) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', closeProbe], {
      env: { PATH: process.env.PATH, SCENARIO: scenario, SECRET: secret },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    // Far below the 60 s retry wait: a process still running by then would have been held open by it.
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 10_000)
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
    clearTimeout(watchdog)

    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' })
    const report = JSON.parse(stdout) as { status: number; timers: number; attempts: number }
    expect(report.status).toBe(200)
    expect(report.timers).toBe(0)
    expect(report.attempts).toBeLessThanOrEqual(1)
  })
})

describe('startDiffioServer', () => {
  it('refuses an endpoint whose secret is not whsec_ and base64, without repeating the secret', async () => {
    const notASecret = `sk_${randomBytes(8).toString('hex')}`
    const broken = 'whsec_!!!'
    const starting = startDiffioServer({
      endpoints: {
        test: [{ url: 'http://127.0.0.1:1/webhooks/diffio', secret: notASecret }],
        live: [{ url: 'not a url', secret: broken }]
      }
    })

    const error = await starting.then(
      () => new Error('expected startDiffioServer to refuse'),
      (refusal: unknown) => refusal as Error
    )
    expect(error.message).toContain('endpoints.test[0].secret does not start with whsec_')
    expect(error.message).toContain('endpoints.live[0].url is not an http(s) URL')
    expect(error.message).toContain('endpoints.live[0].secret has no valid base64 after whsec_')
    expect(error.message).not.toContain(notASecret)
    expect(error.message).not.toContain(broken)
  })

  it('refuses an empty retry schedule', async () => {
    await expect(startDiffioServer({ deliveryRetryDelaysMs: [] })).rejects.toThrow(
      /deliveryRetryDelaysMs/
    )
  })
})

describe("diffio-server.ts's flags and variables", () => {
  it('takes --deliver-to as a test-mode endpoint and live=<url> as a live-mode one, both signed with DIFFIO_WEBHOOK_SECRET', () => {
    const settings = readProgramSettings(
      [
        '--deliver-to',
        'http://127.0.0.1:8787/a',
        '--deliver-to',
        'live=https://example.test/b?x=1'
      ],
      {
        DIFFIO_WEBHOOK_SECRET: secret
      }
    )

    expect(settings).toEqual({
      help: false,
      port: 0,
      endpoints: {
        test: [{ url: 'http://127.0.0.1:8787/a', secret }],
        live: [{ url: 'https://example.test/b?x=1', secret }]
      }
    })
  })

  it('names every problem at once: no DIFFIO_WEBHOOK_SECRET, a URL that is not http(s), a port that is not a number', () => {
    const settings = readProgramSettings(
      ['--port', 'http', '--deliver-to', 'ftp://127.0.0.1/hook'],
      {}
    )
    const problems = 'problems' in settings ? settings.problems.join('\n') : ''

    expect(problems).toContain('--deliver-to needs DIFFIO_WEBHOOK_SECRET')
    expect(problems).toContain('--deliver-to ftp://127.0.0.1/hook is not an http(s) URL')
    expect(problems).toContain('--port must be a port number')
  })

  it('refuses a DIFFIO_WEBHOOK_SECRET that is not whsec_ and base64, without repeating it', () => {
    const wrongSecret = `sk_${randomBytes(8).toString('hex')}`
    const settings = readProgramSettings(['--deliver-to', 'http://127.0.0.1:1/'], {
      DIFFIO_WEBHOOK_SECRET: wrongSecret
    })

    expect('problems' in settings && settings.problems).toEqual([
      expect.stringContaining('DIFFIO_WEBHOOK_SECRET is not')
    ])
    expect(JSON.stringify(settings)).not.toContain(wrongSecret)
  })

  it('adds the endpoints of DIFFIO_DEMO_ENDPOINTS to those of --deliver-to, and takes the port from PORT', () => {
    const fromVariable = { url: 'http://127.0.0.1:9/other', secret: otherSecret }
    const settings = readProgramSettings(['--deliver-to', 'http://127.0.0.1:8787/a'], {
      PORT: '4010',
      DIFFIO_WEBHOOK_SECRET: secret,
      DIFFIO_DEMO_ENDPOINTS: JSON.stringify({ test: [fromVariable] })
    })

    expect(settings).toMatchObject({
      port: 4010,
      endpoints: { test: [{ url: 'http://127.0.0.1:8787/a', secret }, fromVariable] }
    })
  })

  it('says in its start-up lines where each mode goes, and which flag to give when it delivers nowhere', () => {
    expect(describeEndpoints({})).toMatch(/^Delivers no events: .*--deliver-to <url>.*--help/)
    const lines = describeEndpoints({ live: [{ url: 'http://127.0.0.1:1/h', secret }] }).split('\n')
    expect(lines).toHaveLength(2)
    expectWords(lines[0], ['test-mode', 'no endpoint'])
    expectWords(lines[1], ['live-mode', 'http://127.0.0.1:1/h'])
  })

  it('documents --port, --deliver-to, PORT, DIFFIO_WEBHOOK_SECRET and DIFFIO_DEMO_ENDPOINTS in --help, within 100 columns', () => {
    expect(readProgramSettings(['--help'], {})).toEqual({ help: true })
    for (const name of [
      '--port',
      '--deliver-to',
      'PORT',
      'DIFFIO_WEBHOOK_SECRET',
      'DIFFIO_DEMO_ENDPOINTS'
    ])
      expect(diffioServerUsage).toContain(name)
    expect(diffioServerUsage.split('\n').filter((line) => [...line].length > 100)).toEqual([])
  })
})

describe('diffio-server.ts run as a program', () => {
  function runProgram(environment: Record<string, string>, args: string[] = []) {
    const child = spawn(process.execPath, [serverPath, ...args], {
      env: { PATH: process.env.PATH, ...environment },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const output = { stdout: '', stderr: '' }
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output.stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output.stderr += text))
    const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await exit
      }
    })
    return { child, output, exit }
  }

  it('reads DIFFIO_DEMO_ENDPOINTS, delivers, and prints a line per attempt that never shows the secret', async () => {
    const receiver = await startReferenceReceiver()
    const run = runProgram({
      PORT: '0',
      DIFFIO_DEMO_ENDPOINTS: JSON.stringify({ test: [{ url: receiver.webhookUrl, secret }] })
    })

    const url = await until(
      'the listening line',
      () => /^Diffio test server listening on (\S+)$/m.exec(run.output.stdout)?.[1]
    )
    const answer = await sendEvent(url, { eventType: 'generation.completed', mode: 'test' })
    const line = await until(
      'the attempt line',
      () => /^Delivery .* attempt 1 .*$/m.exec(run.output.stdout)?.[0]
    )

    expectWords(line, [
      answer.body.eventId!,
      answer.body.svixMessageId!,
      /\battempt 1\b/,
      receiver.webhookUrl,
      /\b204\b/,
      'delivered'
    ])
    expect(receiver.events().map((event) => event.eventId)).toEqual([answer.body.eventId])
    expect(run.output.stdout).toContain(`Delivers test-mode events to ${receiver.webhookUrl}.`)
    expect(run.output.stdout).toContain('Delivers live-mode events to no endpoint.')
    expect(run.output.stdout + run.output.stderr).not.toContain(secret.slice('whsec_'.length))
  })

  it('delivers to --deliver-to, signed with DIFFIO_WEBHOOK_SECRET, and says where in its start-up lines', async () => {
    const receiver = await startReferenceReceiver()
    const run = runProgram({ DIFFIO_WEBHOOK_SECRET: secret }, [
      '--port',
      '0',
      '--deliver-to',
      `live=${receiver.webhookUrl}`
    ])

    const url = await until(
      'the listening line',
      () => /^Diffio test server listening on (\S+)$/m.exec(run.output.stdout)?.[1]
    )
    const answer = await sendEvent(url, { eventType: 'generation.failed', mode: 'live' })
    await until(
      'the attempt line',
      () => /^Delivery .* attempt 1 .*$/m.exec(run.output.stdout)?.[0]
    )

    expect(receiver.events().map((event) => event.eventId)).toEqual([answer.body.eventId])
    expect(run.output.stdout).toContain(`Delivers live-mode events to ${receiver.webhookUrl}.`)
    expect(run.output.stdout).toContain('Delivers test-mode events to no endpoint.')
    expect(run.output.stdout + run.output.stderr).not.toContain(secret.slice('whsec_'.length))
  })

  it('exits 2 naming DIFFIO_DEMO_ENDPOINTS, without repeating the secret, when an endpoint is wrong', async () => {
    const notASecret = `sk_${randomBytes(8).toString('hex')}`
    const run = runProgram({
      PORT: '0',
      DIFFIO_DEMO_ENDPOINTS: JSON.stringify({
        live: [{ url: 'http://127.0.0.1:1/', secret: notASecret }]
      })
    })

    const [code] = await run.exit
    expect(code).toBe(2)
    expect(run.output.stdout).toBe('')
    const lines = run.output.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expectWords(lines[0], [/^DIFFIO_DEMO_ENDPOINTS\b/, 'endpoints.live[0].secret', 'whsec_'])
    expectWords(lines[1], ['--help'])
  })

  it('exits 2 naming DIFFIO_DEMO_ENDPOINTS when it is not JSON', async () => {
    const run = runProgram({ PORT: '0', DIFFIO_DEMO_ENDPOINTS: '{test:' })

    const [code] = await run.exit
    expect(code).toBe(2)
    expect(run.output.stderr).toMatch(/^DIFFIO_DEMO_ENDPOINTS is not JSON: expected JSON like/)
  })
})
