import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

/**
 * A TCP relay on loopback in front of another loopback server, counting the
 * bytes it passes back to the client. Both directions respect backpressure,
 * so the count shows how much of an answer the client actually drew.
 */

export interface TcpRelay {
  /** The target URL with the relay's port in place of the target's. */
  url: string
  bytesToClient: () => number
  close: () => Promise<void>
}

export async function startTcpRelay(targetUrl: string): Promise<TcpRelay> {
  const target = new URL(targetUrl)
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') {
    throw new Error(`the relay forwards only to loopback; got ${target.hostname}`)
  }
  const sockets = new Set<Socket>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  let relayed = 0

  const server = createServer((client) => {
    track(client)
    const upstream = connect(Number(target.port), target.hostname)
    track(upstream)
    upstream.on('data', (chunk: Buffer) => {
      relayed += chunk.length
    })
    client.pipe(upstream)
    upstream.pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = new URL(targetUrl)
  url.host = `127.0.0.1:${port}`

  return {
    url: url.href.replace(/\/$/, ''),
    bytesToClient: () => relayed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
