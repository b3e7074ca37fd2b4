import { randomBytes } from 'node:crypto'
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { setTimeout as pause } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { Webhook } from 'svix'
import {
  endpointPath,
  eventTypes,
  fieldsDiffioSets,
  modes,
  payloadStatus,
  receiverTimeLimitSeconds,
  type EventType,
  type Mode
} from '../src/shared/contract.ts'

/**
 * A stand-in for Diffio's POST /v1/webhooks/send_test_event on loopback, answering as Diffio's API
 * reference describes, with faults that tests can queue in front of the real answers. The demo runs
 * the action against it; the tests do too. After a 200 it also delivers the event, as Svix would, to
 * the endpoints configured for the request's mode.
 */

export interface ApiKeyRecord {
  key: string
  id: string
  active?: boolean
  permissions?: string[]
  admin?: boolean
}

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
}

/** What the server does with the next request instead of answering as Diffio. */
export type Fault =
  | {
      status: number
      body?: string | ((request: RecordedRequest) => string)
      headers?: Record<string, string>
    }
  | { hang: true }
  | { reset: true }
  | { oversized: number; declareLength: boolean }

export interface DiffioServerOptions {
  keys?: ApiKeyRecord[]
  host?: string
  port?: number
  /** A path prefix the API sits under, as behind a gateway. */
  prefix?: string
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** Where a 200 sends the event, per mode, as the endpoints of the key's Svix app would. */
  endpoints?: EndpointsByMode
  /**
   * The wait before each delivery attempt, in ms: the first counts from the 200, each later one from
   * the failure before it. Svix's own schedule is svixRetryScheduleSeconds; this one is short.
   */
  deliveryRetryDelaysMs?: number[]
  /** Called with each delivery attempt once it has ended. */
  onDeliveryAttempt?: (attempt: DeliveryAttempt) => void
  /** Holds every answer, faults included, this many ms after the request has arrived, as a slow API would. */
  answerDelayMs?: number
  /** Called as each 200 is written, with the event it announces: when Diffio answered, for timing receipts. */
  onAnswered?: (answer: AnsweredEvent) => void
}

/** A 200 the server wrote, and when. */
export interface AnsweredEvent {
  svixMessageId: string
  eventId: string
  eventType: EventType
  mode: Mode
  /** When the 200 was written, in ms since the epoch. */
  at: number
}

/** An endpoint Svix delivers to: its URL and its signing secret (whsec_ followed by base64). */
export interface WebhookEndpoint {
  url: string
  secret: string
}

export type EndpointsByMode = { [mode in Mode]?: WebhookEndpoint[] }

/** One POST of an event to one endpoint, as Svix's dashboard lists attempts. */
export interface DeliveryAttempt {
  endpointUrl: string
  svixMessageId: string
  eventId: string
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number
  /** The endpoint's answer; only a 2xx counts as delivered. */
  status?: number
  /** Why no answer came: a network error, the time limit, or the server closing. */
  error?: string
  /** When the attempt started, in ms since the epoch. */
  at: number
}

export const defaultDeliveryRetryDelaysMs: readonly number[] = [0, 500, 2000]

export interface DiffioServer {
  url: string
  requests: RecordedRequest[]
  /** Every delivery attempt that has ended, oldest first. */
  deliveries: DeliveryAttempt[]
  queue: (...faults: Fault[]) => void
  /** Resolves once every delivery begun so far has succeeded, used up its attempts or been stopped by close. */
  deliveriesSettled: () => Promise<void>
  /** Stops pending retries, cuts in-flight attempts short and waits for them, then stops listening. */
  close: () => Promise<void>
}

/** A message as Svix holds it: the same id and the same bytes on every attempt. */
interface OutgoingMessage {
  svixMessageId: string
  eventId: string
  payload: string
}

export const testKeys: ApiKeyRecord[] = [
  { key: 'diffio_test_writer_0123456789abcdef', id: 'key_writer', permissions: ['webhooks:write'] },
  {
    key: 'diffio_test_admin_0123456789abcdef',
    id: 'key_admin',
    permissions: ['webhooks:write'],
    admin: true
  },
  { key: 'diffio_test_reader_0123456789abcdef', id: 'key_reader', permissions: ['webhooks:read'] },
  {
    key: 'diffio_test_inactive_0123456789abcdef',
    id: 'key_inactive',
    permissions: ['webhooks:write'],
    active: false
  }
]

export async function startDiffioServer(options: DiffioServerOptions = {}): Promise<DiffioServer> {
  const keys = options.keys ?? testKeys
  const path = (options.prefix ?? '') + endpointPath
  const endpoints = options.endpoints ?? {}
  const retryDelaysMs = options.deliveryRetryDelaysMs ?? defaultDeliveryRetryDelaysMs
  const answerDelayMs = options.answerDelayMs ?? 0
  const problems = [
    ...endpointProblems(endpoints),
    ...retryDelayProblems(retryDelaysMs),
    ...answerDelayProblems(answerDelayMs)
  ]
  if (problems.length > 0) throw new Error(problems.join('; '))
  const requests: RecordedRequest[] = []
  const deliveries: DeliveryAttempt[] = []
  const activeDeliveries = new Set<Promise<void>>()
  const closing = new AbortController()
  const faults: Fault[] = []
  const sockets = new Set<Socket>()
  let sent = 0

  async function deliver(endpoint: WebhookEndpoint, message: OutgoingMessage): Promise<void> {
    const webhook = new Webhook(endpoint.secret)
    for (const [index, delayMs] of retryDelaysMs.entries()) {
      try {
        if (delayMs > 0) await pause(delayMs, undefined, { signal: closing.signal })
      } catch {
        return
      }
      if (closing.signal.aborted) return
      const at = Date.now()
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Svix-Webhooks/1.0 (diffio demo)',
        'svix-id': message.svixMessageId,
        // Svix stamps and signs each attempt afresh; only the id and the body stay the same.
        'svix-timestamp': String(Math.floor(at / 1000)),
        'svix-signature': webhook.sign(message.svixMessageId, new Date(at), message.payload)
      }
      const outcome = await postOnce(endpoint.url, headers, message.payload, closing.signal)
      const attempt: DeliveryAttempt = {
        endpointUrl: endpoint.url,
        svixMessageId: message.svixMessageId,
        eventId: message.eventId,
        attempt: index + 1,
        ...outcome,
        at
      }
      deliveries.push(attempt)
      options.onDeliveryAttempt?.(attempt)
      if ('status' in outcome && isDelivered(outcome.status)) return
    }
  }

  /** Queues the message for every endpoint of the mode, to go out once the 200 has been written. */
  function deliverAfter(answered: Promise<void>, mode: Mode, message: OutgoingMessage): void {
    for (const endpoint of endpoints[mode] ?? []) {
      const delivery: Promise<void> = answered
        .then(() => deliver(endpoint, message))
        .finally(() => activeDeliveries.delete(delivery))
      activeDeliveries.add(delivery)
    }
  }

  const deliveriesSettled = async () => {
    while (activeDeliveries.size > 0) await Promise.all(activeDeliveries)
  }

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const request: RecordedRequest = {
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8')
    }
    requests.push(request)
    // Rejects when the server closes meanwhile; the listener then destroys the response.
    if (answerDelayMs > 0) await pause(answerDelayMs, undefined, { signal: closing.signal })

    const fault = faults.shift()
    if (fault !== undefined) return injectFault(fault, request, response)

    const reply = (status: number, body?: unknown) => {
      response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' })
      response.end(body === undefined ? undefined : JSON.stringify(body))
    }
    if (request.path !== path) return reply(404, { error: 'Not found' })
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'Authorization, Content-Type, X-Api-Key, Xi-Api-Key'
      })
      return response.end()
    }
    if (request.method !== 'POST') return reply(405, { error: 'Method not allowed' })

    const presented = presentedKey(request.headers)
    if (presented === undefined) return reply(401, { error: 'Missing API key' })
    const caller = keys.find((record) => record.key === presented)
    if (caller === undefined) return reply(401, { error: 'Invalid API key' })
    if (caller.active === false) return reply(403, { error: 'API key is not active' })
    if (!(caller.permissions ?? []).includes('webhooks:write')) {
      return reply(403, { error: 'Missing webhooks:write permission' })
    }

    let body: Record<string, unknown>
    try {
      body = JSON.parse(request.body) as Record<string, unknown>
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new Error('not an object')
    } catch {
      return reply(400, { error: 'Invalid JSON body' })
    }
    if (body.eventType === undefined || body.eventType === '')
      return reply(400, { error: 'eventType is required' })
    if (!(eventTypes as readonly unknown[]).includes(body.eventType))
      return reply(400, { error: 'eventType is not supported' })
    if (body.mode !== 'test' && body.mode !== 'live')
      return reply(400, { error: 'mode must be test or live' })
    const sample = body.samplePayload
    if (
      sample !== undefined &&
      (sample === null || typeof sample !== 'object' || Array.isArray(sample))
    ) {
      return reply(400, { error: 'samplePayload must be an object' })
    }
    const target =
      typeof body.apiKeyId === 'string' && body.apiKeyId !== '' ? body.apiKeyId : caller.id
    if (target !== caller.id && !caller.admin) {
      return reply(403, { error: 'Non-admin API keys can only send test events for themselves' })
    }

    sent += 1
    const eventType = body.eventType as EventType
    const mode = body.mode as Mode
    const answer = {
      svixMessageId: `msg_${sent}_${randomBytes(6).toString('hex')}`,
      eventId: `evt_${sent}_${randomBytes(6).toString('hex')}`,
      eventType,
      apiKeyId: target,
      mode
    }
    // 'close' follows the answer's last byte, or the client leaving; Svix has the message either way.
    const answered = new Promise<void>((resolve) => response.once('close', resolve))
    reply(200, answer)
    options.onAnswered?.({
      svixMessageId: answer.svixMessageId,
      eventId: answer.eventId,
      eventType,
      mode,
      at: Date.now()
    })
    if (closing.signal.aborted) return
    const payload = generationEvent({
      ...answer,
      samplePayload: (sample ?? {}) as Record<string, unknown>
    })
    deliverAfter(answered, mode, {
      svixMessageId: answer.svixMessageId,
      eventId: answer.eventId,
      payload
    })
  }

  const listener = (incoming: IncomingMessage, response: ServerResponse) => {
    handle(incoming, response).catch(() => response.destroy())
  }
  const server: Server = options.tls
    ? createHttpsServer(options.tls, listener)
    : createHttpServer(listener)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  )
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address

  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}${options.prefix ?? ''}`,
    requests,
    deliveries,
    queue: (...more) => faults.push(...more),
    deliveriesSettled,
    close: async () => {
      closing.abort(new Error('stopped: the Diffio test server closed'))
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
      await deliveriesSettled()
    }
  }
}

interface SentEvent {
  eventType: EventType
  eventId: string
  apiKeyId: string
  samplePayload: Record<string, unknown>
}

/** A generation event as Diffio builds it: samplePayload merged in, except the fields Diffio sets. */
function generationEvent({ eventType, eventId, apiKeyId, samplePayload }: SentEvent): string {
  const diffioFields: readonly string[] = fieldsDiffioSets
  const merged = Object.entries(samplePayload).filter(([name]) => !diffioFields.includes(name))
  return JSON.stringify({
    apiProjectId: 'proj_demo',
    generationId: `gen_${randomBytes(8).toString('hex')}`,
    ...Object.fromEntries(merged),
    eventType,
    eventId,
    createdAt: new Date().toISOString(),
    apiKeyId,
    status: payloadStatus[eventType]
  })
}

type AttemptOutcome = { status: number } | { error: string }

/**
 * POSTs once, following no redirect, and ends with the endpoint's status or with why none came within
 * Svix's time limit. The time limit covers the whole answer, body included.
 */
function postOnce(
  url: string,
  headers: Record<string, string>,
  body: string,
  closing: AbortSignal
): Promise<AttemptOutcome> {
  const timeLimit = new AbortController()
  const timer = setTimeout(
    () => timeLimit.abort(new Error(`no answer within ${receiverTimeLimitSeconds} s`)),
    receiverTimeLimitSeconds * 1000
  )
  const signal = AbortSignal.any([timeLimit.signal, closing])
  const target = new URL(url)
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<AttemptOutcome>((resolve) => {
    const failed = (error: unknown) =>
      resolve({ error: errorText(signal.aborted ? signal.reason : error) })
    // No agent: each attempt has its own connection, so nothing stays open once it ends.
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        signal
      },
      (response) => {
        response.on('error', failed)
        response.once('close', () => {
          if (response.complete) resolve({ status: response.statusCode ?? 0 })
          else failed(new Error('the answer was cut short'))
        })
        response.resume()
      }
    )
    request.on('error', failed)
    request.end(body)
  }).finally(() => clearTimeout(timer))
}

/** Svix counts only a 2xx as delivered; a 3xx is a failure, and it follows no redirect. */
function isDelivered(status: number): boolean {
  return status >= 200 && status < 300
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** What is wrong with the endpoints, naming each by mode and URL and never repeating its secret. */
function endpointProblems(endpoints: EndpointsByMode): string[] {
  const problems: string[] = []
  for (const [mode, list] of Object.entries(endpoints)) {
    if (!(modes as readonly string[]).includes(mode)) {
      problems.push(`endpoints has a mode "${mode}": expected test or live`)
      continue
    }
    if (!Array.isArray(list)) {
      problems.push(
        `endpoints.${mode} is not a list: expected [{"url": "http(s)://…", "secret": "whsec_…"}]`
      )
      continue
    }
    list.forEach((endpoint: unknown, index) => {
      const name = `endpoints.${mode}[${index}]`
      if (typeof endpoint !== 'object' || endpoint === null) {
        problems.push(
          `${name} is not an object: expected {"url": "http(s)://…", "secret": "whsec_…"}`
        )
        return
      }
      const { url, secret } = endpoint as Record<string, unknown>
      const protocol =
        typeof url === 'string' && URL.canParse(url) ? new URL(url).protocol : undefined
      if (protocol !== 'http:' && protocol !== 'https:')
        problems.push(`${name}.url is not an http(s) URL`)
      const secretForm = 'expected whsec_ followed by base64'
      if (typeof secret !== 'string' || !secret.startsWith('whsec_')) {
        problems.push(`${name}.secret does not start with whsec_: ${secretForm}`)
      } else if (!acceptsSecret(secret)) {
        problems.push(`${name}.secret has no valid base64 after whsec_: ${secretForm}`)
      }
    })
  }
  return problems
}

function acceptsSecret(secret: string): boolean {
  try {
    new Webhook(secret)
    return true
  } catch {
    return false
  }
}

function retryDelayProblems(delaysMs: readonly number[]): string[] {
  const usable =
    delaysMs.length > 0 && delaysMs.every((delay) => Number.isFinite(delay) && delay >= 0)
  return usable
    ? []
    : ['deliveryRetryDelaysMs must list at least one wait, each a number of ms from 0']
}

function answerDelayProblems(delayMs: number): string[] {
  return Number.isFinite(delayMs) && delayMs >= 0
    ? []
    : ['answerDelayMs must be a number of ms from 0']
}

function presentedKey(headers: IncomingMessage['headers']): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]
  const apiKey = headers['x-api-key'] ?? headers['xi-api-key']
  return bearer ?? (typeof apiKey === 'string' ? apiKey : undefined)
}

function injectFault(fault: Fault, request: RecordedRequest, response: ServerResponse): void {
  if ('hang' in fault) return
  if ('reset' in fault) {
    response.socket?.resetAndDestroy()
    return
  }
  if ('oversized' in fault) {
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(fault.declareLength && { 'content-length': String(fault.oversized) })
    })
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    let left = fault.oversized
    const pump = () => {
      while (left > 0 && !response.destroyed) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left)
        left -= piece.length
        if (!response.write(piece)) return void response.once('drain', pump)
      }
      if (!response.destroyed) response.end()
    }
    return pump()
  }
  const body = typeof fault.body === 'function' ? fault.body(request) : (fault.body ?? '')
  response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
  response.end(body)
}

type EndpointsReading = { ok: true; endpoints: EndpointsByMode } | { ok: false; problems: string[] }

/** DIFFIO_DEMO_ENDPOINTS, with every problem at once, each naming the variable and never a secret. */
function readDemoEndpoints(text: string | undefined): EndpointsReading {
  if (text === undefined || text.trim() === '') return { ok: true, endpoints: {} }
  const form =
    'expected JSON like {"test": [{"url": "http://127.0.0.1:8787/webhooks/diffio", "secret": "whsec_…"}], "live": […]}'
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, problems: [`DIFFIO_DEMO_ENDPOINTS is not JSON: ${form}`] }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [`DIFFIO_DEMO_ENDPOINTS is not a JSON object: ${form}`] }
  }
  const endpoints = parsed as EndpointsByMode
  const problems = endpointProblems(endpoints).map((problem) => `DIFFIO_DEMO_ENDPOINTS: ${problem}`)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, endpoints }
}

/**
 * The --deliver-to flags: each a webhook URL for test-mode events, or live=<url> for live-mode ones,
 * all signed with DIFFIO_WEBHOOK_SECRET, the receiver's own variable for the same secret.
 */
function readDeliverTo(targets: readonly string[], secret: string | undefined): EndpointsReading {
  if (targets.length === 0) return { ok: true, endpoints: {} }
  const problems: string[] = []
  const endpoints: { [mode in Mode]: WebhookEndpoint[] } = { test: [], live: [] }
  const secretForm = "the endpoint's signing secret, whsec_ followed by base64"
  if (secret === undefined || secret === '')
    problems.push(`--deliver-to needs DIFFIO_WEBHOOK_SECRET: ${secretForm}`)
  else if (!secret.startsWith('whsec_') || !acceptsSecret(secret))
    problems.push(`DIFFIO_WEBHOOK_SECRET is not ${secretForm}`)
  for (const target of targets) {
    const [, mode = 'test', url = target] = /^(test|live)=(.*)$/.exec(target) ?? []
    const protocol = URL.canParse(url) ? new URL(url).protocol : undefined
    if (protocol !== 'http:' && protocol !== 'https:')
      problems.push(`--deliver-to ${target} is not an http(s) URL: expected <url> or live=<url>`)
    else endpoints[mode as Mode].push({ url, secret: secret ?? '' })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, endpoints }
}

/** One line for the program's stdout; the endpoint's secret is not part of an attempt. */
function describeAttempt({
  endpointUrl,
  svixMessageId,
  eventId,
  attempt,
  status,
  error
}: DeliveryAttempt): string {
  const outcome =
    status === undefined
      ? `failed: ${error}`
      : `${status}, ${isDelivered(status) ? 'delivered' : 'failed'}`
  return `Delivery ${eventId} (svix-id ${svixMessageId}) attempt ${attempt} to ${endpointUrl}: ${outcome}`
}

/** Where the program delivers each mode's events, for its start-up lines. */
export function describeEndpoints(endpoints: EndpointsByMode): string {
  const urls = (mode: Mode) => (endpoints[mode] ?? []).map((endpoint) => endpoint.url)
  if (modes.every((mode) => urls(mode).length === 0)) {
    return 'Delivers no events: no webhook endpoint is configured (--deliver-to <url>; see npm run diffio-server -- --help).'
  }
  return modes
    .map((mode) => `Delivers ${mode}-mode events to ${urls(mode).join(', ') || 'no endpoint'}.`)
    .join('\n')
}

export const diffioServerUsage = `Usage: npm run diffio-server [-- <options>]

A stand-in for Diffio's POST /v1/webhooks/send_test_event on 127.0.0.1, answering as Diffio's API
reference says, for the test keys it lists when it starts. After each 200 it delivers the event,
signed as Svix signs it, to the webhook endpoints configured for the event's mode, and prints a line
for each delivery attempt. Nothing leaves this machine unless an endpoint's URL points elsewhere.

Options:
  --port <port>        the port to listen on (default: $PORT, or 0 for a free one)
  --deliver-to <url>   deliver test-mode events to this webhook URL, signed with the secret in
                       DIFFIO_WEBHOOK_SECRET; live=<url> for live-mode events; repeatable
  -h, --help           show this help

Environment:
  PORT                    the port, when --port is not given
  DIFFIO_WEBHOOK_SECRET   the signing secret (whsec_...) for --deliver-to, the same value the
                          reference receiver (npm run receiver) verifies with
  DIFFIO_DEMO_ENDPOINTS   endpoints as JSON, each with its own secret, added to --deliver-to's:
                          {"test": [{"url": "http://...", "secret": "whsec_..."}], "live": [...]}

Its first line on stdout is "Diffio test server listening on <url>". It stops on Ctrl-C.
`

/** What the program was asked to do: show its usage, or listen on a port and deliver to endpoints. */
export type ProgramSettings =
  | { help: true }
  | { help: false; port: number; endpoints: EndpointsByMode }
  | { problems: string[] }

/** The program's flags and variables, with every problem at once, never repeating a secret. */
export function readProgramSettings(args: string[], env: NodeJS.ProcessEnv): ProgramSettings {
  let flags: { port?: string | undefined; 'deliver-to': string[]; help: boolean }
  try {
    flags = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        'deliver-to': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return { problems: [error instanceof Error ? error.message : String(error)] }
  }
  if (flags.help) return { help: true }
  const port = flags.port ?? env.PORT ?? '0'
  const readings = [
    readDeliverTo(flags['deliver-to'], env.DIFFIO_WEBHOOK_SECRET),
    readDemoEndpoints(env.DIFFIO_DEMO_ENDPOINTS)
  ]
  const problems = [
    ...(/^\d{1,5}$/.test(port) && Number(port) <= 65535
      ? []
      : [
          `${flags.port === undefined ? 'PORT' : '--port'} must be a port number from 0 to 65535, not "${port}"`
        ]),
    ...readings.flatMap((reading) => (reading.ok ? [] : reading.problems))
  ]
  if (problems.length > 0) return { problems }
  const endpoints: EndpointsByMode = {}
  for (const reading of readings) {
    if (!reading.ok) continue
    for (const mode of modes)
      endpoints[mode] = [...(endpoints[mode] ?? []), ...(reading.endpoints[mode] ?? [])]
  }
  return { help: false, port: Number(port), endpoints }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const settings = readProgramSettings(process.argv.slice(2), process.env)
  if ('problems' in settings) {
    process.stderr.write(
      `${settings.problems.join('\n')}\nnpm run diffio-server -- --help shows the flags and variables.\n`
    )
    process.exit(2)
  }
  if (settings.help) {
    process.stdout.write(diffioServerUsage)
    process.exit(0)
  }
  const server = await startDiffioServer({
    port: settings.port,
    endpoints: settings.endpoints,
    onDeliveryAttempt: (attempt) => process.stdout.write(`${describeAttempt(attempt)}\n`)
  })
  process.stdout.write(
    `Diffio test server listening on ${server.url}\nKeys: ${testKeys.map((k) => `${k.key} (${k.id})`).join(', ')}\n`
  )
  process.stdout.write(`${describeEndpoints(settings.endpoints)}\n`)
}
