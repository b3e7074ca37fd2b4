import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request as the stand-in receiver saw it. */
export interface SeenRequest {
  path: string
  authorization?: string
  at: number
}

export interface StandInReceiver {
  url: string
  requests: SeenRequest[]
  close: () => Promise<void>
}

/**
 * A loopback server standing in for a receiver's receipt route or health check: `answer` decides each
 * reply from the request and how many came before it.
 */
export async function startStandIn(
  answer: (request: IncomingMessage, response: ServerResponse, seen: SeenRequest[]) => void
): Promise<StandInReceiver> {
  const requests: SeenRequest[] = []
  const server = createServer((request, response) => {
    const seen = {
      path: request.url ?? '',
      at: performance.now(),
      ...(request.headers.authorization !== undefined && {
        authorization: request.headers.authorization
      })
    }
    requests.push(seen)
    request.resume()
    answer(request, response, requests)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A receipt naming the ids a receipt URL's path asks about; the Diffio stand-in's ids begin evt_ and msg_. */
export function receiptFor(path: string): Record<string, string> {
  const ids = decodeURIComponent(path).match(/\b(evt|msg)_\w+/g) ?? []
  return Object.fromEntries(
    ids.map((id) => [id.startsWith('evt_') ? 'eventId' : 'svixMessageId', id])
  )
}

/** Answers as the receipt protocol says: 404 until `after` requests came, then 200 with JSON naming the event. */
export function receiptAfter(notYet: number) {
  return (_request: IncomingMessage, response: ServerResponse, seen: SeenRequest[]) => {
    if (seen.length <= notYet) return json(response, 404, { error: 'not received' })
    json(response, 200, receiptFor(seen.at(-1)!.path))
  }
}

export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}
