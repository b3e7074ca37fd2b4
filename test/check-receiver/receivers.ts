import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

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
      return version === 'v1' && presented.length === expected.length && timingSafeEqual(presented, expected)
    })
    if (matches) answerJson(response, 200, { received: true })
    else answerJson(response, 401, { error: 'no matching signature' })
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
  return startTestReceiver((_request, response) => answerJson(response, 500, { error: 'internal error' }))
}

/** Sends everything elsewhere, as a host that moved or adds a trailing slash does. */
export function startRedirectingReceiver(): Promise<TestReceiver> {
  return startTestReceiver((request, response) => {
    response.writeHead(302, { location: `https://receiver.example.com${request.path}` }).end()
  })
}

/** A function that awaits a starting server and closes it after the test that started it. */
export function closedAfterEach(): <T extends { close(): Promise<void> }>(starting: Promise<T>) => Promise<T> {
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
