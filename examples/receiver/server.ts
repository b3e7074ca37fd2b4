import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { Webhook, WebhookVerificationError } from 'svix'

export const webhookPath = '/webhooks/diffio'
/** Answers 200 once the receiver serves: what wait-for-url can poll right after a deploy. */
export const healthPath = '/healthz'
export const defaultMaxEvents = 1000
export const defaultMaxBodyBytes = 256 * 1024
/** Svix gives up on an attempt after 15 s, so a request still arriving by then is no delivery. */
export const defaultRequestTimeoutMs = 15_000
/** Each open connection may hold up to maxBodyBytes of an upload: 64 of them, 16 MiB at most. */
export const defaultMaxConnections = 64
/** As short a receipt token as the action accepts: anything shorter is guessable. */
export const minReceiptTokenLength = 16
const receiptPathPattern = /^\/receipts\/([^/]+)$/
/** The signature headers by their svix-* names, as Diffio sends them, and their Standard Webhooks names. */
const signatureHeaderNames = {
  id: ['svix-id', 'webhook-id'],
  timestamp: ['svix-timestamp', 'webhook-timestamp'],
  signature: ['svix-signature', 'webhook-signature']
} as const

export interface ReceiverOptions {
  secret: string
  receiptToken: string
  maxEvents?: number
  maxBodyBytes?: number
  /** How long a request may take to arrive whole, headers and body; a slower one is cut off. */
  requestTimeoutMs?: number
  /** Connections beyond this many at once are closed as they open. */
  maxConnections?: number
  log?: (line: string) => void
}

export interface Receiver {
  url: string
  webhookUrl: string
  /** A template: replace `{event-id}` with an event id or a svix message id. */
  receiptUrl: string
  healthUrl: string
  events(): ReceivedEvent[]
  close(): Promise<void>
}

/** What a receipt answers with, and all the receiver keeps of a delivery. */
export interface ReceivedEvent {
  eventId: string
  svixMessageId: string
  eventType: string
  receivedAt: string
}

/** Request headers as node:http gives them: names in lower case. */
export type DeliveryHeaders = Readonly<Record<string, string | string[] | undefined>>

export type DeliveryVerdict =
  { verified: true; svixMessageId: string } | { verified: false; status: 400 | 401; reason: string }

/**
 * Checks a delivery's Svix signature over its raw body with svix's own `Webhook.verify`, which also
 * refuses timestamps more than 5 minutes from this machine's clock. The headers are read under their
 * svix-* names or, as svix reads them too, their webhook-* names. 400: not a Svix delivery at all;
 * 401: a Svix delivery this secret does not vouch for.
 */
export function verifyDelivery(
  secret: string,
  rawBody: Buffer | string,
  headers: DeliveryHeaders
): DeliveryVerdict {
  const read = (names: readonly string[]) =>
    names
      .map((name) => headers[name])
      .find((value) => typeof value === 'string' && value !== '') as string | undefined
  const [id, timestamp, signature] = [
    read(signatureHeaderNames.id),
    read(signatureHeaderNames.timestamp),
    read(signatureHeaderNames.signature)
  ]
  if (id === undefined || timestamp === undefined || signature === undefined) {
    const missing = Object.values(signatureHeaderNames).filter((names) => read(names) === undefined)
    return {
      verified: false,
      status: 400,
      reason: `missing ${missing.map(([svixName, webhookName]) => `${svixName} (or ${webhookName})`).join(', ')}`
    }
  }
  // svix's parseInt would take "1614265330abc"; a malformed header is a bad request, not a forgery.
  if (!/^\d+$/.test(timestamp))
    return { verified: false, status: 400, reason: 'svix-timestamp is not Unix seconds' }
  try {
    new Webhook(secret).verify(rawBody, {
      'svix-id': id,
      'svix-timestamp': timestamp,
      'svix-signature': signature
    })
  } catch (error) {
    if (error instanceof WebhookVerificationError)
      return { verified: false, status: 401, reason: explainRefusal(error.message) }
    throw error
  }
  return { verified: true, svixMessageId: id }
}

/** svix's messages, in the words of this receiver's log. */
function explainRefusal(svixMessage: string): string {
  if (svixMessage === 'No matching signature found')
    return 'no v1 signature matches this body and secret'
  if (svixMessage === 'Message timestamp too old')
    return 'svix-timestamp is more than 5 minutes old'
  if (svixMessage === 'Message timestamp too new')
    return 'svix-timestamp is more than 5 minutes ahead'
  return `signature not verified (${svixMessage})`
}

type PayloadReading =
  { ok: true; eventId: string; eventType: string } | { ok: false; reason: string }

/** Reads the two fields the receiver keeps from a verified body. */
export function readDiffioEvent(rawBody: Buffer | string): PayloadReading {
  let payload: unknown
  try {
    payload = JSON.parse(rawBody.toString())
  } catch {
    return { ok: false, reason: 'body is not JSON' }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'body is not a JSON object' }
  }
  const { eventId, eventType } = payload as Record<string, unknown>
  if (typeof eventId !== 'string' || eventId === '')
    return { ok: false, reason: 'payload has no eventId string' }
  if (typeof eventType !== 'string' || eventType === '')
    return { ok: false, reason: 'payload has no eventType string' }
  return { ok: true, eventId, eventType }
}

/** The problem with a signing secret, in words that never repeat it; undefined when it is usable. */
export function signingSecretProblem(secret: string): string | undefined {
  if (!secret.startsWith('whsec_')) return 'does not start with whsec_'
  try {
    new Webhook(secret)
  } catch {
    return 'has no valid base64 after whsec_'
  }
  return undefined
}

/** Verified events, oldest first, found by svix message id or by event id. */
class EventStore {
  readonly #maxEvents: number
  readonly #bySvixMessageId = new Map<string, ReceivedEvent>()
  readonly #svixMessageIdByEventId = new Map<string, string>()

  constructor(maxEvents: number) {
    this.#maxEvents = maxEvents
  }

  /** False when Svix retried a message already recorded; the first arrival stays. */
  record(event: ReceivedEvent): boolean {
    if (this.#bySvixMessageId.has(event.svixMessageId)) return false
    this.#bySvixMessageId.set(event.svixMessageId, event)
    this.#svixMessageIdByEventId.set(event.eventId, event.svixMessageId)
    for (const oldest of this.#bySvixMessageId.values()) {
      if (this.#bySvixMessageId.size <= this.#maxEvents) break
      this.#forget(oldest)
    }
    return true
  }

  find(id: string): ReceivedEvent | undefined {
    const svixMessageId = this.#bySvixMessageId.has(id) ? id : this.#svixMessageIdByEventId.get(id)
    return svixMessageId === undefined ? undefined : this.#bySvixMessageId.get(svixMessageId)
  }

  list(): ReceivedEvent[] {
    return [...this.#bySvixMessageId.values()]
  }

  #forget(event: ReceivedEvent): void {
    this.#bySvixMessageId.delete(event.svixMessageId)
    // A later message may carry the same event id; its index entry stays.
    if (this.#svixMessageIdByEventId.get(event.eventId) === event.svixMessageId) {
      this.#svixMessageIdByEventId.delete(event.eventId)
    }
  }
}

/** Digests have equal lengths whatever the token lengths, which timingSafeEqual needs. */
function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

function presentsReceiptToken(authorization: string | undefined, expectedDigest: Buffer): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  return presented !== undefined && timingSafeEqual(tokenDigest(presented), expectedDigest)
}

/** Resolves undefined as soon as the body is known to exceed the cap, without reading the rest. */
function readRawBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(request.headers['content-length']) > maxBytes) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) {
        chunks.push(chunk)
        return
      }
      request.off('data', onData).off('end', onEnd).pause()
      resolve(undefined)
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    request.on('data', onData).once('end', onEnd).once('error', reject)
  })
}

function answerJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body))
}

/** A value the sender chose, made safe for one log line. */
function quoted(value: string | string[] | undefined): string {
  return JSON.stringify(String(value).slice(0, 100))
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

export async function startReceiver(
  options: ReceiverOptions & { port?: number; host?: string }
): Promise<Receiver> {
  const { secret, receiptToken, port = 0, host = '127.0.0.1', log = () => {} } = options
  const maxEvents = options.maxEvents ?? defaultMaxEvents
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes
  const requestTimeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs
  const maxConnections = options.maxConnections ?? defaultMaxConnections
  const secretProblem = signingSecretProblem(secret)
  if (secretProblem !== undefined) throw new Error(`secret ${secretProblem}`)
  if (receiptToken.length < minReceiptTokenLength)
    throw new Error(`receiptToken must be at least ${minReceiptTokenLength} characters`)
  if (!Number.isInteger(maxEvents) || maxEvents < 1)
    throw new Error('maxEvents must be a whole number from 1')
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1)
    throw new Error('maxBodyBytes must be a whole number from 1')
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 1)
    throw new Error('requestTimeoutMs must be a whole number from 1')
  if (!Number.isInteger(maxConnections) || maxConnections < 1)
    throw new Error('maxConnections must be a whole number from 1')

  const store = new EventStore(maxEvents)
  const receiptTokenDigest = tokenDigest(receiptToken)

  async function receiveDelivery(
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const refuse = (status: number, reason: string, headers: Record<string, string> = {}) => {
      const svixId = request.headers['svix-id'] ?? request.headers['webhook-id']
      log(
        `refused ${status}: ${reason}${svixId === undefined ? '' : ` (svix-id ${quoted(svixId)})`}`
      )
      answerJson(response, status, { error: reason }, headers)
    }
    const rawBody = await readRawBody(request, maxBodyBytes)
    // Closing the connection is what lets the receiver skip the rest of an oversized body.
    if (rawBody === undefined)
      return refuse(413, `body is larger than ${maxBodyBytes} bytes`, { connection: 'close' })
    const verdict = verifyDelivery(secret, rawBody, request.headers)
    if (!verdict.verified) return refuse(verdict.status, verdict.reason)
    const payload = readDiffioEvent(rawBody)
    if (!payload.ok) return refuse(400, payload.reason)
    const { eventId, eventType } = payload
    const { svixMessageId } = verdict
    const isNew = store.record({
      eventId,
      svixMessageId,
      eventType,
      receivedAt: new Date().toISOString()
    })
    const retryNote = isNew ? '' : ', a retry of one already recorded'
    log(`accepted ${eventType} ${quoted(eventId)} (svix-id ${quoted(svixMessageId)})${retryNote}`)
    response.writeHead(204).end()
  }

  function answerReceipt(
    request: IncomingMessage,
    response: ServerResponse,
    encodedId: string
  ): void {
    const authorization = request.headers.authorization
    if (!presentsReceiptToken(authorization, receiptTokenDigest)) {
      const challenge =
        authorization === undefined
          ? 'Bearer realm="receipts"'
          : 'Bearer realm="receipts", error="invalid_token"'
      const error = 'a receipt needs Authorization: Bearer <receipt token>'
      return answerJson(response, 401, { error }, { 'www-authenticate': challenge })
    }
    let id: string
    try {
      id = decodeURIComponent(encodedId)
    } catch {
      return answerJson(response, 400, {
        error: 'the id in the path is not valid percent-encoding'
      })
    }
    const event = store.find(id)
    if (event === undefined) return answerJson(response, 404, { error: 'not received' })
    answerJson(response, 200, event)
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname } = new URL(request.url ?? '/', 'http://receiver')
    if (pathname === webhookPath) {
      if (request.method !== 'POST')
        return answerJson(response, 405, { error: 'deliveries are POST' }, { allow: 'POST' })
      return receiveDelivery(request, response)
    }
    if (pathname === healthPath && request.method === 'GET')
      return answerJson(response, 200, { ok: true })
    const receipt = receiptPathPattern.exec(pathname)
    if (receipt?.[1] !== undefined) {
      if (request.method !== 'GET')
        return answerJson(response, 405, { error: 'receipts are GET' }, { allow: 'GET' })
      return answerReceipt(request, response, receipt[1])
    }
    answerJson(response, 404, { error: 'no such route' })
  }

  const limits = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    // node:http looks for requests past their time only this often (every 30 s by default): often enough to cut them on time.
    connectionsCheckingInterval: Math.min(100, requestTimeoutMs)
  }
  const server = createServer(limits, (request, response) => {
    route(request, response).catch((error: unknown) => {
      // node:http has answered 408 to a request too slow to arrive, or the sender left mid-upload.
      if (!request.complete)
        return log(
          `cut off: the request did not arrive whole (its sender left, or it took longer than ${requestTimeoutMs / 1000} s)`
        )
      log(`failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!response.headersSent)
        answerJson(response, 500, { error: 'the receiver failed' }, { connection: 'close' })
      else response.destroy()
    })
  })
  server.maxConnections = maxConnections
  server.on('drop', () => log(`dropped a connection: ${maxConnections} are open already`))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })

  const url = `http://${hostForUrl(host)}:${(server.address() as AddressInfo).port}`
  return {
    url,
    webhookUrl: url + webhookPath,
    receiptUrl: `${url}/receipts/{event-id}`,
    healthUrl: url + healthPath,
    events: () => store.list(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        // Svix retries a delivery cut short, so closing need not wait for a slow sender.
        server.closeAllConnections()
      })
  }
}

type Environment = Readonly<Record<string, string | undefined>>
type EnvironmentReading =
  | { ok: true; settings: { secret: string; receiptToken: string; port: number; host: string } }
  | { ok: false; problems: string[] }

/** Every problem with the environment at once, each naming its variable and the expected form. */
export function readEnvironment(environment: Environment): EnvironmentReading {
  const problems: string[] = []
  const secret = environment.DIFFIO_WEBHOOK_SECRET ?? ''
  const receiptToken = environment.RECEIPT_TOKEN ?? ''
  const portText = environment.PORT || '8787'
  const host = environment.HOST || '127.0.0.1'
  const secretForm = "the endpoint's signing secret, whsec_ followed by base64"
  if (secret === '') problems.push(`DIFFIO_WEBHOOK_SECRET is not set: expected ${secretForm}`)
  else {
    const problem = signingSecretProblem(secret)
    if (problem !== undefined)
      problems.push(`DIFFIO_WEBHOOK_SECRET ${problem}: expected ${secretForm}`)
  }
  if (receiptToken === '') {
    problems.push(
      'RECEIPT_TOKEN is not set: expected the token receipt requests present as Authorization: Bearer <token>'
    )
  } else if (receiptToken.length < minReceiptTokenLength) {
    problems.push(
      `RECEIPT_TOKEN is ${receiptToken.length} characters long: expected at least ${minReceiptTokenLength}, as the action's receipt-token requires (openssl rand -hex 32 makes one)`
    )
  }
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port > 65535) {
    problems.push(
      `PORT is ${quoted(portText)}: expected a whole number from 0 to 65535 (0 picks a free port)`
    )
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, settings: { secret, receiptToken, port, host } }
}

async function main(): Promise<void> {
  const reading = readEnvironment(process.env)
  if (!reading.ok) {
    for (const problem of reading.problems) process.stderr.write(`${problem}\n`)
    process.exitCode = 2
    return
  }
  const { host, port } = reading.settings
  let receiver: Receiver
  try {
    receiver = await startReceiver({
      ...reading.settings,
      log: (line) => process.stderr.write(`${line}\n`)
    })
  } catch (error) {
    process.stderr.write(
      `cannot listen on ${hostForUrl(host)}:${port}: ${error instanceof Error ? error.message : String(error)}\n`
    )
    process.exitCode = 1
    return
  }
  process.stdout.write(`Diffio receiver listening on ${receiver.url}\n`)
  const stop = () => void receiver.close()
  process.once('SIGINT', stop).once('SIGTERM', stop)
}

// Node 24 sets import.meta.main; older Nodes compare the script path.
const isEntryPoint = import.meta.main ?? process.argv[1] === fileURLToPath(import.meta.url)
if (isEntryPoint) await main()
