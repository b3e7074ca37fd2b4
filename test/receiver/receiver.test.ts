import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { fileURLToPath } from 'node:url'
import { Webhook } from 'svix'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { connect, type Socket } from 'node:net'
import {
  defaultMaxConnections,
  readEnvironment,
  startReceiver,
  verifyDelivery,
  type Receiver,
  type ReceiverOptions
} from '../../examples/receiver/server.ts'

// The reference receiver in examples/receiver, over real HTTP on loopback, with deliveries signed by svix.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const otherSecret = `whsec_${randomBytes(24).toString('base64')}`
const receiptToken = `receipt-${randomBytes(16).toString('hex')}`
const serverPath = fileURLToPath(new URL('../../examples/receiver/server.ts', import.meta.url))
const tenMinutes = 10 * 60 * 1000

/** Every answer and log line the receiver produced in this file, searched for secrets at the end. */
const transcript: string[] = []

interface Answer {
  status: number
  body: string
  headers: Headers
}

interface DeliveryRequest {
  eventId: string
  svixMessageId: string
  body: string
  headers: Record<string, string>
}

interface RecordedReceiver extends Receiver {
  logLines: string[]
}

let receiver: RecordedReceiver

async function startRecordedReceiver(
  options: Pick<ReceiverOptions, 'maxEvents' | 'requestTimeoutMs' | 'maxConnections'> = {}
): Promise<RecordedReceiver> {
  const logLines: string[] = []
  const log = (line: string) => {
    logLines.push(line)
    transcript.push(line)
  }
  return { ...(await startReceiver({ secret, receiptToken, log, ...options })), logLines }
}

beforeEach(async () => {
  receiver = await startRecordedReceiver()
})

afterEach(async () => {
  vi.useRealTimers()
  await receiver.close()
})

interface DeliveryShape {
  at?: Date
  signWith?: string
  /** Fields merged into the generation event. */
  fields?: Record<string, unknown>
  /** A body to sign instead of the generation event. */
  body?: string
}

/** A generation event as Diffio sends it, signed as Svix would sign it. */
function signedDelivery({
  at = new Date(),
  signWith = secret,
  fields = {},
  body
}: DeliveryShape = {}): DeliveryRequest {
  const svixMessageId = `msg_${randomUUID()}`
  const event = {
    eventType: 'generation.completed',
    eventId: `evt_${randomUUID()}`,
    createdAt: at.toISOString(),
    apiKeyId: 'key_test',
    apiProjectId: 'proj_test',
    generationId: 'gen_test',
    status: 'complete',
    ...fields
  }
  const payload = body ?? JSON.stringify(event)
  return {
    eventId: event.eventId,
    svixMessageId,
    body: payload,
    headers: {
      'content-type': 'application/json',
      'svix-id': svixMessageId,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': new Webhook(signWith).sign(svixMessageId, at, payload)
    }
  }
}

async function recordedAnswer(response: Response): Promise<Answer> {
  const body = await response.text()
  transcript.push(body, ...[...response.headers.values()])
  return { status: response.status, body, headers: response.headers }
}

async function deliver(
  delivery: Pick<DeliveryRequest, 'body' | 'headers'>,
  init: RequestInit = {},
  url = receiver.webhookUrl
): Promise<Answer> {
  return recordedAnswer(
    await fetch(url, { method: 'POST', body: delivery.body, headers: delivery.headers, ...init })
  )
}

/** Asks for a receipt with the right token, unless told which Authorization header to send (null: none). */
async function askReceipt(
  id: string,
  { authorization = `Bearer ${receiptToken}` }: { authorization?: string | null } = {}
): Promise<Answer> {
  const headers: Record<string, string> = authorization === null ? {} : { authorization }
  return recordedAnswer(
    await fetch(receiver.receiptUrl.replace('{event-id}', encodeURIComponent(id)), { headers })
  )
}

describe('a genuine delivery', () => {
  it('has no receipt before it arrives, is accepted, and then has a receipt by event id and by svix message id', async () => {
    const delivery = signedDelivery()
    expect((await askReceipt(delivery.eventId)).status).toBe(404)
    expect(JSON.parse((await askReceipt(delivery.svixMessageId)).body)).toEqual({
      error: 'not received'
    })

    const answer = await deliver(delivery)
    expect(answer.status).toBeGreaterThanOrEqual(200)
    expect(answer.status).toBeLessThan(300)

    const byEventId = await askReceipt(delivery.eventId)
    const bySvixMessageId = await askReceipt(delivery.svixMessageId)
    expect(byEventId.status).toBe(200)
    expect(bySvixMessageId.status).toBe(200)
    expect(byEventId.headers.get('content-type')).toBe('application/json')
    const receipt = JSON.parse(byEventId.body) as Record<string, string>
    expect(receipt).toEqual({
      eventId: delivery.eventId,
      svixMessageId: delivery.svixMessageId,
      eventType: 'generation.completed',
      receivedAt: expect.any(String)
    })
    expect(new Date(receipt.receivedAt!).toISOString()).toBe(receipt.receivedAt)
    expect(JSON.parse(bySvixMessageId.body)).toEqual(receipt)
  })

  it('has its receipt found by a percent-encoded id', async () => {
    const delivery = signedDelivery({
      fields: { eventType: 'generation.queued', eventId: 'evt 1/ü?#' }
    })
    expect((await deliver(delivery)).status).toBe(204)
    const receipt = await askReceipt('evt 1/ü?#')
    expect(receipt.status).toBe(200)
    expect(JSON.parse(receipt.body)).toMatchObject({
      eventId: 'evt 1/ü?#',
      eventType: 'generation.queued'
    })
  })

  it('is accepted under the Standard Webhooks header names too, as svix reads them, and has its receipt', async () => {
    const delivery = signedDelivery()
    const headers = Object.fromEntries(
      Object.entries(delivery.headers).map(([name, value]) => [
        name.replace(/^svix-/, 'webhook-'),
        value
      ])
    )
    expect(Object.keys(headers)).toContain('webhook-signature')
    expect((await deliver({ ...delivery, headers })).status).toBe(204)
    expect((await askReceipt(delivery.svixMessageId)).status).toBe(200)
  })

  it('is refused under webhook-* names when the signature does not verify', async () => {
    const delivery = signedDelivery({ signWith: otherSecret })
    const headers = Object.fromEntries(
      Object.entries(delivery.headers).map(([name, value]) => [
        name.replace(/^svix-/, 'webhook-'),
        value
      ])
    )
    expect((await deliver({ ...delivery, headers })).status).toBe(401)
    expect(receiver.events()).toEqual([])
  })

  it('is logged on one line with its event type and id', async () => {
    const delivery = signedDelivery()
    await deliver(delivery)
    expect(receiver.logLines).toEqual([expect.stringMatching(/^accepted generation\.completed /)])
    expect(receiver.logLines[0]).toContain(delivery.eventId)
  })
})

interface Refusal {
  name: string
  status: number
  request: () => { delivery: DeliveryRequest; init?: RequestInit; url?: string }
}

const refusals: Refusal[] = [
  {
    name: 'it comes without its svix headers',
    status: 400,
    request: () => {
      const delivery = signedDelivery()
      return { delivery: { ...delivery, headers: { 'content-type': 'application/json' } } }
    }
  },
  {
    name: 'its body was changed after signing',
    status: 401,
    request: () => {
      const delivery = signedDelivery()
      return { delivery: { ...delivery, body: delivery.body.replace('"complete"', '"error"') } }
    }
  },
  {
    name: 'it was signed with another secret',
    status: 401,
    request: () => ({ delivery: signedDelivery({ signWith: otherSecret }) })
  },
  {
    name: 'it was signed for a timestamp 10 minutes old',
    status: 401,
    request: () => ({ delivery: signedDelivery({ at: new Date(Date.now() - tenMinutes) }) })
  },
  {
    name: 'it was signed for a timestamp 10 minutes ahead',
    status: 401,
    request: () => ({ delivery: signedDelivery({ at: new Date(Date.now() + tenMinutes) }) })
  },
  {
    name: 'its only signature has a version the receiver does not know (v2)',
    status: 401,
    request: () => {
      const delivery = signedDelivery()
      const signature = delivery.headers['svix-signature']!.replace(/^v1,/, 'v2,')
      return {
        delivery: { ...delivery, headers: { ...delivery.headers, 'svix-signature': signature } }
      }
    }
  },
  {
    name: 'its svix-timestamp is not Unix seconds',
    status: 400,
    request: () => {
      const delivery = signedDelivery()
      const timestamp = `${delivery.headers['svix-timestamp']}abc`
      return {
        delivery: { ...delivery, headers: { ...delivery.headers, 'svix-timestamp': timestamp } }
      }
    }
  },
  {
    name: 'its body is correctly signed but not JSON',
    status: 400,
    request: () => ({
      delivery: signedDelivery({ body: 'eventId=evt_1&eventType=generation.completed' })
    })
  },
  {
    name: 'its body is correctly signed but larger than 256 KiB',
    status: 413,
    request: () => ({ delivery: signedDelivery({ fields: { padding: 'x'.repeat(256 * 1024) } }) })
  },
  {
    name: 'it is sent with the wrong method',
    status: 405,
    request: () => ({ delivery: signedDelivery(), init: { method: 'PUT' } })
  },
  {
    name: 'it is sent to an unknown path',
    status: 404,
    request: () => ({
      delivery: signedDelivery(),
      url: receiver.webhookUrl.replace('/diffio', '/difio')
    })
  }
]

describe('a delivery the receiver cannot verify', () => {
  it.each(refusals)(
    'is refused with $status when $name, and leaves no receipt',
    async ({ status, request }) => {
      const { delivery, init, url } = request()
      const answer = await deliver(delivery, init, url)
      expect(answer.status).toBe(status)
      expect(JSON.parse(answer.body)).toEqual({ error: expect.any(String) })
      expect((await askReceipt(delivery.eventId)).status).toBe(404)
      expect((await askReceipt(delivery.svixMessageId)).status).toBe(404)
      expect(receiver.events()).toEqual([])
    }
  )

  it('is answered 413 as soon as its Content-Length is over the cap, before the body is sent', async () => {
    const delivery = signedDelivery()
    const request = httpRequest(receiver.webhookUrl, {
      method: 'POST',
      headers: { ...delivery.headers, 'content-length': String(64 * 1024 * 1024) }
    })
    request.on('error', () => {})
    request.flushHeaders()
    const [response] = (await once(request, 'response')) as [IncomingMessage]
    request.destroy()
    expect(response.statusCode).toBe(413)
    expect((await askReceipt(delivery.eventId)).status).toBe(404)
  })

  it('is answered 413 once the bytes it sent pass the cap, without waiting for the rest', async () => {
    const delivery = signedDelivery()
    const request = httpRequest(receiver.webhookUrl, { method: 'POST', headers: delivery.headers })
    request.on('error', () => {})
    request.write('x'.repeat(256 * 1024 + 1))
    const [response] = (await once(request, 'response')) as [IncomingMessage]
    request.destroy()
    expect(response.statusCode).toBe(413)
    expect((await askReceipt(delivery.eventId)).status).toBe(404)
  })

  it('is logged on one line saying why it was refused', async () => {
    await deliver(signedDelivery({ signWith: otherSecret }))
    expect(receiver.logLines).toEqual([
      expect.stringMatching(/^refused 401: no v1 signature matches/)
    ])
  })
})

describe('a receipt', () => {
  it.each([
    { name: 'no Authorization header', authorization: null },
    { name: 'a wrong token', authorization: 'Bearer not-the-token' },
    { name: 'the token with one character more', authorization: `Bearer ${receiptToken}x` },
    { name: 'the token under another scheme', authorization: `Basic ${receiptToken}` }
  ])('is refused with 401 and a Bearer challenge given $name', async ({ authorization }) => {
    const delivery = signedDelivery()
    await deliver(delivery)
    const answer = await askReceipt(delivery.eventId, { authorization })
    expect(answer.status).toBe(401)
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /)
    expect(answer.body).not.toContain(delivery.svixMessageId)
  })
})

describe('the health route', () => {
  it('answers 200 without a token, for wait-for-url to poll right after a deploy', async () => {
    const response = await fetch(receiver.healthUrl)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })
})

/** A raw connection to the receiver that sends `start` and then, while open, `trickle` every 100 ms. */
function slowSender(
  start: string,
  trickle = ''
): { socket: Socket; answer: () => string; closed: Promise<number> } {
  const opened = performance.now()
  const socket = connect(Number(new URL(receiver.url).port), '127.0.0.1')
  let answer = ''
  socket.setEncoding('utf8').on('data', (text: string) => (answer += text))
  socket.on('error', () => {})
  socket.write(start)
  const timer = setInterval(() => socket.write(trickle), 100)
  // Not events.once: it rejects on the 'error' a connection the receiver drops may raise before closing.
  const closed = new Promise<number>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer)
      resolve(performance.now() - opened)
    })
  )
  return { socket, answer: () => answer, closed }
}

const heldUpload = `POST /webhooks/diffio HTTP/1.1\r\nhost: receiver\r\ncontent-type: application/json\r\ncontent-length: ${128 * 1024}\r\n\r\n{`

describe('the limits that keep a slow or crowded sender from holding the receiver', () => {
  it('cuts a delivery whose body still trickles in at the configured time limit, answering 408', async () => {
    await receiver.close()
    receiver = await startRecordedReceiver({ requestTimeoutMs: 1000 })
    const sender = slowSender(heldUpload, 'x')

    const closedAfterMs = await sender.closed
    expect(closedAfterMs).toBeGreaterThanOrEqual(950)
    expect(closedAfterMs).toBeLessThan(1400)
    expect(sender.answer()).toMatch(/^HTTP\/1\.1 408 /)
    expect(receiver.logLines).toEqual([
      expect.stringMatching(/^cut off: the request did not arrive whole .*longer than 1 s/)
    ])
  })

  it('cuts a request whose headers never end at the same limit', async () => {
    await receiver.close()
    receiver = await startRecordedReceiver({ requestTimeoutMs: 1000 })
    const sender = slowSender('POST /webhooks/diffio HTTP/1.1\r\nhost: receiver\r\n', 'x')

    const closedAfterMs = await sender.closed
    expect(closedAfterMs).toBeGreaterThanOrEqual(950)
    expect(closedAfterMs).toBeLessThan(1400)
  })

  it('closes connections beyond maxConnections as they open, and serves again once one of them ends', async () => {
    await receiver.close()
    receiver = await startRecordedReceiver({ maxConnections: 2 })
    const held = [slowSender(heldUpload), slowSender(heldUpload)]
    await Promise.all(held.map(({ socket }) => once(socket, 'connect')))

    const crowded = slowSender('GET /healthz HTTP/1.1\r\nhost: receiver\r\n\r\n')
    expect(await crowded.closed).toBeLessThan(500)
    expect(crowded.answer()).toBe('')
    expect(receiver.logLines).toContain('dropped a connection: 2 are open already')

    held[0]!.socket.destroy()
    await held[0]!.closed
    // The receiver counts the connection gone once its own end has closed, a moment after this end.
    let status: number | undefined
    for (let tries = 0; status === undefined && tries < 20; tries++) {
      status = await fetch(receiver.healthUrl).then(
        (response) => response.status,
        () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 25))
      )
    }
    expect(status).toBe(200)
    held[1]!.socket.destroy()
  })

  it(`holds at most ${defaultMaxConnections} connections unless told otherwise`, async () => {
    const held = Array.from({ length: defaultMaxConnections }, () => slowSender(heldUpload))
    await Promise.all(held.map(({ socket }) => once(socket, 'connect')))
    await new Promise((resolve) => setTimeout(resolve, 50))

    const crowded = slowSender('GET /healthz HTTP/1.1\r\nhost: receiver\r\n\r\n')
    expect(await crowded.closed).toBeLessThan(500)
    expect(crowded.answer()).toBe('')
    for (const { socket } of held) socket.destroy()
  })
})

describe('the receipt token', () => {
  it('is refused at start when shorter than 16 characters, naming RECEIPT_TOKEN and the length, not the value', () => {
    const reading = readEnvironment({ DIFFIO_WEBHOOK_SECRET: secret, RECEIPT_TOKEN: 'hunter2' })
    expect(reading).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^RECEIPT_TOKEN is 7 characters long: expected at least 16/)]
    })
    expect(JSON.stringify(reading)).not.toContain('hunter2')
    expect(
      readEnvironment({ DIFFIO_WEBHOOK_SECRET: secret, RECEIPT_TOKEN: 'x'.repeat(16) }).ok
    ).toBe(true)
  })

  it('is refused by startReceiver when shorter than 16 characters', async () => {
    await expect(startReceiver({ secret, receiptToken: 'x'.repeat(15) })).rejects.toThrow(
      'receiptToken must be at least 16 characters'
    )
  })
})

describe('the event store', () => {
  it('keeps one entry for a delivery Svix retried with the same svix-id', async () => {
    const delivery = signedDelivery()
    expect((await deliver(delivery)).status).toBe(204)
    const firstReceipt = (await askReceipt(delivery.eventId)).body
    // Svix signs each attempt afresh; the message id stays.
    const retriedAt = new Date(Date.now() + 5000)
    const retryHeaders = {
      ...delivery.headers,
      'svix-timestamp': String(Math.floor(retriedAt.getTime() / 1000)),
      'svix-signature': new Webhook(secret).sign(delivery.svixMessageId, retriedAt, delivery.body)
    }
    expect((await deliver({ body: delivery.body, headers: retryHeaders })).status).toBe(204)
    expect(receiver.events()).toHaveLength(1)
    expect((await askReceipt(delivery.svixMessageId)).body).toBe(firstReceipt)
  })

  it('forgets the oldest events beyond maxEvents', async () => {
    await receiver.close()
    receiver = await startRecordedReceiver({ maxEvents: 3 })
    const deliveries = Array.from({ length: 5 }, () => signedDelivery())
    for (const delivery of deliveries) expect((await deliver(delivery)).status).toBe(204)
    const receiptStatuses: number[][] = []
    for (const { eventId, svixMessageId } of deliveries) {
      receiptStatuses.push([
        (await askReceipt(eventId)).status,
        (await askReceipt(svixMessageId)).status
      ])
    }
    expect(receiptStatuses).toEqual([
      [404, 404],
      [404, 404],
      [200, 200],
      [200, 200],
      [200, 200]
    ])
    expect(receiver.events().map((event) => event.eventId)).toEqual(
      deliveries.slice(2).map((delivery) => delivery.eventId)
    )
  })
})

describe("Svix's published example", () => {
  const example = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    svixMessageId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    body: '{"test": 2432232314}',
    signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
  }
  const headers = {
    'svix-id': example.svixMessageId,
    'svix-timestamp': String(example.timestamp),
    'svix-signature': example.signature
  }

  it("is what svix's sign produces, and what svix's verify accepts on a clock at its timestamp", () => {
    const signature = new Webhook(example.secret).sign(
      example.svixMessageId,
      new Date(example.timestamp * 1000),
      example.body
    )
    expect(signature).toBe(example.signature)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(example.timestamp * 1000)
    expect(() => new Webhook(example.secret).verify(example.body, headers)).not.toThrow()
  })

  it("is accepted by the receiver's verification on a clock at its timestamp, and refused with one byte changed", () => {
    // svix's verify reads Date.now and takes no clock, so the clock itself is set.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(example.timestamp * 1000)
    expect(verifyDelivery(example.secret, Buffer.from(example.body), headers)).toEqual({
      verified: true,
      svixMessageId: example.svixMessageId
    })
    expect(verifyDelivery(example.secret, Buffer.from('{"test": 2432232315}'), headers)).toEqual({
      verified: false,
      status: 401,
      reason: expect.stringMatching(/\bsignature\b/)
    })
  })

  it('is refused on a clock 5 minutes and 1 second past its timestamp', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime((example.timestamp + 301) * 1000)
    expect(verifyDelivery(example.secret, example.body, headers)).toEqual({
      verified: false,
      status: 401,
      reason: expect.stringMatching(/\bsvix-timestamp\b.*\bold\b/)
    })
  })
})

interface ProgramRun {
  child: ChildProcess
  stdout: string[]
  stderr: string[]
  exit: Promise<[number | null, NodeJS.Signals | null]>
}

/** server.ts started the way its README says, with the given environment instead of this one's. */
function runProgram(environment: Record<string, string>): ProgramRun {
  const inherited = { ...process.env }
  for (const name of ['DIFFIO_WEBHOOK_SECRET', 'RECEIPT_TOKEN', 'PORT', 'HOST'])
    delete inherited[name]
  const child = spawn(process.execPath, [serverPath], {
    env: { ...inherited, ...environment },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const run: ProgramRun = {
    child,
    stdout: [],
    stderr: [],
    exit: once(child, 'exit') as ProgramRun['exit']
  }
  child.stdout!.setEncoding('utf8').on('data', (text: string) => run.stdout.push(text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => run.stderr.push(text))
  return run
}

/** Resolves with the first stdout line; rejects if the program exits first. */
function firstLine(run: ProgramRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = run.stdout.join('')
      if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')))
    }
    run.child.stdout!.on('data', check)
    run.exit.then(
      ([code]) => reject(new Error(`exited with ${code} before listening: ${run.stderr.join('')}`)),
      reject
    )
  })
}

describe('server.ts run as a program', () => {
  it('prints one line when listening, records a delivery, answers its receipt and stops on SIGTERM', async () => {
    const run = runProgram({
      DIFFIO_WEBHOOK_SECRET: secret,
      RECEIPT_TOKEN: receiptToken,
      PORT: '0',
      HOST: '127.0.0.1'
    })
    try {
      const line = await firstLine(run)
      const url = /^Diffio receiver listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1]
      expect(url, line).toBeDefined()

      const delivery = signedDelivery()
      expect((await deliver(delivery, {}, `${url}/webhooks/diffio`)).status).toBe(204)
      const receipt = await recordedAnswer(
        await fetch(`${url}/receipts/${delivery.eventId}`, {
          headers: { authorization: `Bearer ${receiptToken}` }
        })
      )
      expect(receipt.status).toBe(200)
      expect(JSON.parse(receipt.body)).toMatchObject({
        eventId: delivery.eventId,
        svixMessageId: delivery.svixMessageId
      })

      run.child.kill('SIGTERM')
      expect(await run.exit).toEqual([0, null])
      expect(run.stdout.join('')).toBe(`${line}\n`)
      expect(run.stderr.join('')).toContain(`accepted generation.completed "${delivery.eventId}"`)
    } finally {
      run.child.kill('SIGKILL')
      transcript.push(...run.stdout, ...run.stderr)
    }
  })

  it('exits 2 with one line naming DIFFIO_WEBHOOK_SECRET, and no stack trace, when it is missing', async () => {
    const run = runProgram({ RECEIPT_TOKEN: receiptToken, PORT: '0' })
    const [code] = await run.exit
    transcript.push(...run.stdout, ...run.stderr)
    expect(code).toBe(2)
    expect(run.stdout.join('')).toBe('')
    const lines = run.stderr.join('').trimEnd().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/^DIFFIO_WEBHOOK_SECRET is not set: expected .*whsec_/)
    ])
  })

  it('exits 2 naming the variable, without repeating it, when DIFFIO_WEBHOOK_SECRET is not a whsec_ secret', async () => {
    const notASecret = `sk_${randomBytes(8).toString('hex')}`
    const run = runProgram({ DIFFIO_WEBHOOK_SECRET: notASecret, RECEIPT_TOKEN: receiptToken })
    const [code] = await run.exit
    transcript.push(...run.stdout, ...run.stderr)
    expect(code).toBe(2)
    expect(run.stderr.join('')).toMatch(
      /^DIFFIO_WEBHOOK_SECRET does not start with whsec_: expected .*\n$/
    )
    expect(run.stderr.join('')).not.toContain(notASecret)
  })
})

describe('the webhook secret and the receipt token', () => {
  it('appear in no answer and no log line the receiver produced in these tests', async () => {
    const delivery = signedDelivery()
    await deliver(delivery)
    await deliver(signedDelivery({ signWith: otherSecret }))
    await deliver({ ...delivery, headers: { 'svix-id': 'msg_1' } })
    await askReceipt(delivery.eventId)
    await askReceipt(delivery.eventId, { authorization: `Bearer ${receiptToken.slice(1)}` })
    await askReceipt(delivery.eventId, { authorization: null })

    expect(transcript.length).toBeGreaterThan(40)
    const leaks = transcript.filter((text) =>
      [secret, secret.slice('whsec_'.length), receiptToken].some((value) => text.includes(value))
    )
    expect(leaks).toEqual([])
  })
})
