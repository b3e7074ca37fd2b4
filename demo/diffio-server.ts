import { randomBytes } from 'node:crypto'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { pathToFileURL } from 'node:url'
import { endpointPath, eventTypes } from '../src/core/contract.ts'

/**
 * A stand-in for Diffio's POST /v1/webhooks/send_test_event on loopback, answering as Diffio's API
 * reference describes, with faults that tests can queue in front of the real answers. The demo runs
 * the action against it; the tests do too.
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
  | { status: number; body?: string | ((request: RecordedRequest) => string); headers?: Record<string, string> }
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
}

export interface DiffioServer {
  url: string
  requests: RecordedRequest[]
  queue: (...faults: Fault[]) => void
  close: () => Promise<void>
}

export const testKeys: ApiKeyRecord[] = [
  { key: 'diffio_test_writer_0123456789abcdef', id: 'key_writer', permissions: ['webhooks:write'] },
  { key: 'diffio_test_admin_0123456789abcdef', id: 'key_admin', permissions: ['webhooks:write'], admin: true },
  { key: 'diffio_test_reader_0123456789abcdef', id: 'key_reader', permissions: ['webhooks:read'] },
  { key: 'diffio_test_inactive_0123456789abcdef', id: 'key_inactive', permissions: ['webhooks:write'], active: false }
]

export async function startDiffioServer(options: DiffioServerOptions = {}): Promise<DiffioServer> {
  const keys = options.keys ?? testKeys
  const path = (options.prefix ?? '') + endpointPath
  const requests: RecordedRequest[] = []
  const faults: Fault[] = []
  const sockets = new Set<Socket>()
  let sent = 0

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
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    } catch {
      return reply(400, { error: 'Invalid JSON body' })
    }
    if (body.eventType === undefined || body.eventType === '') return reply(400, { error: 'eventType is required' })
    if (!(eventTypes as readonly unknown[]).includes(body.eventType)) return reply(400, { error: 'eventType is not supported' })
    if (body.mode !== 'test' && body.mode !== 'live') return reply(400, { error: 'mode must be test or live' })
    const sample = body.samplePayload
    if (sample !== undefined && (sample === null || typeof sample !== 'object' || Array.isArray(sample))) {
      return reply(400, { error: 'samplePayload must be an object' })
    }
    const target = typeof body.apiKeyId === 'string' && body.apiKeyId !== '' ? body.apiKeyId : caller.id
    if (target !== caller.id && !caller.admin) {
      return reply(403, { error: 'Non-admin API keys can only send test events for themselves' })
    }

    sent += 1
    reply(200, {
      svixMessageId: `msg_${sent}_${randomBytes(6).toString('hex')}`,
      eventId: `evt_${sent}_${randomBytes(6).toString('hex')}`,
      eventType: body.eventType,
      apiKeyId: target,
      mode: body.mode
    })
  }

  const listener = (incoming: IncomingMessage, response: ServerResponse) => {
    handle(incoming, response).catch(() => response.destroy())
  }
  const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address

  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}${options.prefix ?? ''}`,
    requests,
    queue: (...more) => faults.push(...more),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startDiffioServer({ port: Number(process.env.PORT ?? 0) })
  process.stdout.write(`Diffio test server listening on ${server.url}\nKeys: ${testKeys.map((k) => `${k.key} (${k.id})`).join(', ')}\n`)
}
