import { createHmac, timingSafeEqual } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'svix'
import { afterEach, expect } from 'vitest'

/**
 * Webhook receivers on loopback that get the check wrong in the ways real ones do, each recording what
 * reached it. The receiver that gets it right is the reference one in examples/receiver.
 */

export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

export interface TestReceiver {
  url: string
  webhookUrl: string
  requests: ReceivedRequest[]
  close(): Promise<void>
}

type Answer = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** A receiver at /webhooks/diffio that answers every request as `answer` says. */
export async function startTestReceiver(answer: Answer): Promise<TestReceiver> {
  const requests: ReceivedRequest[] = []
  const server = createServer((request, response) => {
    void (async () => {
      const received = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: await readBody(request)
      }
      requests.push(received)
      await answer(received, response)
    })().catch(() => response.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    webhookUrl: `${url}/webhooks/diffio`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function answerJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

/** Takes anything: never looks at a signature. */
export function startAcceptingReceiver(): Promise<TestReceiver> {
  return startTestReceiver((_request, response) => answerJson(response, 200, { received: true }))
}

/**
 * Verifies the v1 signature over the raw body, but never compares svix-timestamp with its clock, so a
 * replayed delivery passes. The HMAC is computed here, as Svix's documentation describes it.
 */
export function startTimestampIgnoringReceiver(secret: string): Promise<TestReceiver> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return startTestReceiver((request, response) => {
    const id = request.headers['svix-id']
    const timestamp = request.headers['svix-timestamp']
    const signatures = request.headers['svix-signature']
    if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') {
      return answerJson(response, 400, { error: 'missing svix headers' })
    }
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${request.body}`).digest()
    const matches = signatures.split(' ').some((entry) => {
      const [version, signature = ''] = entry.split(',')
      const presented = Buffer.from(signature, 'base64')
      return (
        version === 'v1' &&
        presented.length === expected.length &&
        timingSafeEqual(presented, expected)
      )
    })
    if (matches) answerJson(response, 200, { received: true })
    else answerJson(response, 401, { error: 'no matching signature' })
  })
}

/** One step of Svix verification done wrong, as receivers in the wild do it. */
export interface Mistakes {
  /** What the HMAC is computed over instead of the raw body. */
  signedBody?:
    | 'reserialized'
    | 'python-reserialized'
    | 'python-dumps'
    | 'pretty-reserialized'
    | 'latin1'
    | 'body-only'
  /** What the HMAC is keyed with instead of the base64 after whsec_, decoded. */
  key?: 'secret-text' | 'prefix-in-key'
  /** How svix-signature is compared instead of entry by entry, v1 only. */
  signatures?: 'first-entry-only' | 'whole-header'
  /** Reads only the webhook-* header names (as standardwebhooks does), or only svix-*. */
  headerNames?: 'webhook-only' | 'svix-only'
  /** Answers 409 to a svix-id it has seen. */
  conflictOnRepeat?: boolean
  /** Records nothing though it answers 2xx, or records every delivery before verifying it. */
  records?: 'nothing' | 'before-verifying'
  /** After its first delivery, answers every request with this status: a rate limiter, a WAF, a crashed process. */
  afterFirst?: number
  /** Lets the exception of a failed verification become a 500, as an Express handler without a try does. */
  throwsOnRefusal?: boolean
  /** Never looks at a signature: answers 204 to every delivery and records it. */
  verifiesNothing?: boolean
}

export const receiptToken = 'receipt-token-for-check-receiver-tests'

/** Python's json.dumps(value, separators=(",", ":")): compact, but every character outside ASCII escaped. */
function pythonDumps(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Python's json.dumps(value) with its defaults: ", " and ": " between members, every character outside ASCII escaped. */
function pythonDefaultDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDefaultDumps).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([name, member]) => `${pythonDumps(name)}: ${pythonDefaultDumps(member)}`)
      .join(', ')}}`
  }
  return pythonDumps(value)
}

export type MistakenReceiver = TestReceiver & { receiptUrl: string; recorded: Map<string, Receipt> }

/** What the receipt route answers for an event it recorded, naming it as the receipt protocol asks. */
interface Receipt {
  eventId: string | undefined
  svixMessageId: string | undefined
}

/**
 * A receiver that verifies by hand, as Svix's documentation describes it, with receipts at
 * /receipts/{id}; correct unless `mistakes` says otherwise, so each mistake is the only one.
 */
export async function startHandwrittenReceiver(
  secret: string,
  mistakes: Mistakes = {}
): Promise<MistakenReceiver> {
  const recorded = new Map<string, Receipt>()
  const seen = new Set<string>()
  let deliveries = 0
  const key =
    mistakes.key === 'secret-text'
      ? Buffer.from(secret)
      : mistakes.key === 'prefix-in-key'
        ? Buffer.from(secret, 'base64')
        : Buffer.from(secret.slice(6), 'base64')
  const receiver = await startTestReceiver((request, response) => {
    const receipt = /^\/receipts\/([^/?]+)/.exec(request.path)?.[1]
    if (receipt !== undefined) {
      if (request.headers.authorization !== `Bearer ${receiptToken}`)
        return answerJson(response, 401, { error: 'token' })
      const id = decodeURIComponent(receipt)
      const found = recorded.get(id)
      return found === undefined
        ? answerJson(response, 404, { error: 'not received' })
        : answerJson(response, 200, found)
    }
    deliveries++
    if (mistakes.afterFirst !== undefined && deliveries > 1)
      return answerJson(response, mistakes.afterFirst, { error: 'blocked' })
    const header = (name: string) => {
      const names =
        mistakes.headerNames === 'webhook-only'
          ? [`webhook-${name}`]
          : mistakes.headerNames === 'svix-only'
            ? [`svix-${name}`]
            : [`svix-${name}`, `webhook-${name}`]
      return names
        .map((each) => request.headers[each])
        .find((value): value is string => typeof value === 'string')
    }
    const [id, timestamp, signatures] = [header('id'), header('timestamp'), header('signature')]
    const payload = (() => {
      try {
        return JSON.parse(request.body) as { eventId?: string }
      } catch {
        return {}
      }
    })()
    const record = () => {
      const receipt = { eventId: payload.eventId, svixMessageId: id }
      for (const each of [id, payload.eventId]) if (each !== undefined) recorded.set(each, receipt)
    }
    if (mistakes.records === 'before-verifying' || mistakes.verifiesNothing) record()
    if (mistakes.verifiesNothing) return void response.writeHead(204).end()
    const refuse = (status: number, error: string) => {
      if (mistakes.throwsOnRefusal)
        return answerJson(response, 500, { error: 'Internal Server Error' })
      answerJson(response, status, { error })
    }
    if (id === undefined || timestamp === undefined || signatures === undefined)
      return refuse(400, 'missing headers')
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return refuse(401, 'timestamp')
    const body =
      mistakes.signedBody === 'reserialized'
        ? JSON.stringify(JSON.parse(request.body))
        : mistakes.signedBody === 'python-reserialized'
          ? pythonDumps(JSON.parse(request.body))
          : mistakes.signedBody === 'python-dumps'
            ? pythonDefaultDumps(JSON.parse(request.body))
            : mistakes.signedBody === 'pretty-reserialized'
              ? JSON.stringify(JSON.parse(request.body), null, 2)
              : mistakes.signedBody === 'latin1'
                ? Buffer.from(request.body, 'utf8').toString('latin1')
                : request.body
    const content = mistakes.signedBody === 'body-only' ? body : `${id}.${timestamp}.${body}`
    const expected = createHmac('sha256', key).update(content).digest('base64')
    const entries = signatures.split(' ')
    const matches =
      mistakes.signatures === 'whole-header'
        ? signatures === `v1,${expected}`
        : (mistakes.signatures === 'first-entry-only' ? entries.slice(0, 1) : entries).some(
            (entry) => {
              const [version, signature = ''] = entry.split(',')
              return (
                version === 'v1' &&
                signature.length === expected.length &&
                timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
              )
            }
          )
    if (!matches) return refuse(401, 'no matching signature')
    if (mistakes.conflictOnRepeat && seen.has(id))
      return answerJson(response, 409, { error: 'already received' })
    seen.add(id)
    if (mistakes.records !== 'nothing') record()
    response.writeHead(204).end()
  })
  return { ...receiver, receiptUrl: `${receiver.url}/receipts/{event-id}`, recorded }
}

/** A receiver that verifies with svix's Webhook.verify over the raw body, which reads svix-* or webhook-* names. */
export function startSvixReceiver(secret: string): Promise<TestReceiver> {
  return startTestReceiver((request, response) => {
    try {
      new Webhook(secret).verify(request.body, request.headers as Record<string, string>)
    } catch {
      return answerJson(response, 401, { error: 'not verified' })
    }
    response.writeHead(204).end()
  })
}

/** Answers 204, but only after `delayMs`. */
export function startSlowReceiver(delayMs: number): Promise<TestReceiver> {
  return startTestReceiver(async (_request, response) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (!response.destroyed) response.writeHead(204).end()
  })
}

/** Fails on everything, as a receiver with a broken deploy does. */
export function startFailingReceiver(): Promise<TestReceiver> {
  return startTestReceiver((_request, response) =>
    answerJson(response, 500, { error: 'internal error' })
  )
}

/** Sends everything elsewhere, as a host that moved or adds a trailing slash does. */
export function startRedirectingReceiver(): Promise<TestReceiver> {
  return startTestReceiver((request, response) => {
    response.writeHead(302, { location: `https://receiver.example.com${request.path}` }).end()
  })
}

/**
 * The signing secret and a receipt token in every form a receiver might echo them: as typed, the key
 * (the bytes after whsec_) in base64, base64url, hex, a byte array and as text, and URL-encoded.
 */
export function echoedSecretForms(secret: string, token: string): string[] {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  return [
    secret,
    secret.slice('whsec_'.length),
    key.toString('hex'),
    key.toString('hex').toUpperCase(),
    key.toString('base64url'),
    key.toString('base64').replace(/=+$/, ''),
    JSON.stringify([...key]),
    `[${[...key].join(', ')}]`,
    key.toString('latin1'),
    key.toString('utf8'),
    encodeURIComponent(secret),
    token
  ]
}

/** Refuses everything with a redirect whose location carries the secret, and a body that echoes `forms`, then the key's raw bytes. */
export function startEchoingReceiver(secret: string, forms: string[]): Promise<TestReceiver> {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  return startTestReceiver((_request, response) => {
    response.writeHead(302, { location: `https://x.example/?s=${encodeURIComponent(secret)}` })
    response.write(`wrong: ${forms.join(' | ')}`)
    response.end(key)
  })
}

/** That no form is in the text, neither as it is nor as it is printed, its control characters become spaces. */
export function expectNoneShown(text: string, forms: readonly string[]): void {
  const printed = (form: string) => form.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
  for (const form of forms) {
    expect(text).not.toContain(form)
    expect(text).not.toContain(printed(form))
  }
}

/** A function that awaits a starting server and closes it after the test that started it. */
export function closedAfterEach(): <T extends { close(): Promise<void> }>(
  starting: Promise<T>
) => Promise<T> {
  const running: Array<{ close(): Promise<void> }> = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()))
  })
  return async (starting) => {
    const server = await starting
    running.push(server)
    return server
  }
}
