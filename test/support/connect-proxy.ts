import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { connect, isIP, type AddressInfo, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * An HTTP CONNECT proxy on loopback, standing in for a corporate proxy. It
 * records every CONNECT target and tunnels only to loopback hosts, so a test
 * can never reach another machine through it. Names in `aliases` stand for a
 * loopback host, so a test can reach a loopback server by a name that is not
 * loopback (loopback names are never sent through a proxy).
 */

export interface ConnectProxyOptions {
  /** Answer every CONNECT with 407 Proxy Authentication Required instead of tunnelling. */
  requireAuth?: boolean
  /** Host names the proxy tunnels to a loopback host, e.g. { 'diffio.test': '127.0.0.1' }. */
  aliases?: Record<string, string>
}

export interface ConnectProxy {
  url: string
  /** Each CONNECT target as the client sent it, e.g. "localhost:8443". */
  connects: string[]
  /** Each request that was not a CONNECT (a plain forward), as "METHOD target"; the proxy answers them 405. */
  forwards: string[]
  close: () => Promise<void>
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

function isLoopback(host: string): boolean {
  if (loopbackNames.has(host)) return true
  return isIP(host) === 4 && host.startsWith('127.')
}

/** Splits "host:port" or "[v6]:port"; undefined when it is neither. */
function parseTarget(target: string): { host: string; port: number } | undefined {
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(target)
  if (match === null) return undefined
  const host = match[1]!.replace(/^\[|\]$/g, '')
  const port = Number(match[2])
  return port > 0 && port < 65536 ? { host, port } : undefined
}

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const connects: string[] = []
  const forwards: string[] = []
  const sockets = new Set<Duplex>()
  const track = (socket: Duplex) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    forwards.push(`${request.method} ${request.url}`)
    response.writeHead(405, { 'content-type': 'text/plain' })
    response.end('This test proxy only tunnels with CONNECT.\n')
  })

  server.on('connect', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    track(client)
    client.on('error', () => client.destroy())
    const target = request.url ?? ''
    connects.push(target)
    const refuse = (statusLine: string, extraHeaders = '') => {
      client.end(
        `HTTP/1.1 ${statusLine}\r\n${extraHeaders}Content-Length: 0\r\nConnection: close\r\n\r\n`
      )
    }
    if (options.requireAuth) {
      return refuse(
        '407 Proxy Authentication Required',
        'Proxy-Authenticate: Basic realm="test proxy"\r\n'
      )
    }
    const parsed = parseTarget(target)
    if (parsed === undefined) return refuse('400 Bad Request')
    const host = options.aliases?.[parsed.host] ?? parsed.host
    if (!isLoopback(host)) return refuse('403 Forbidden')

    const upstream: Socket = connect(parsed.port, host)
    track(upstream)
    let tunnelled = false
    upstream.on('error', () => {
      if (tunnelled) client.destroy()
      else refuse('502 Bad Gateway')
    })
    upstream.on('connect', () => {
      tunnelled = true
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => {
      if (tunnelled) client.destroy()
    })
  })

  server.on('connection', (socket: Socket) => track(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    forwards,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
