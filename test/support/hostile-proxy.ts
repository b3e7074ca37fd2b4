import { createServer, type AddressInfo, type Socket } from 'node:net'

/**
 * A loopback listener that misbehaves as a proxy (or an origin behind one) can: it reads what a
 * client sends, then closes without a word, answers CONNECT with 200 and a body it never ends, or
 * says nothing at all. It counts the connections it gets, so a test can see a client retrying in a loop.
 */

export type HostileBehaviour = 'close-after-reading' | 'answer-200-with-body' | 'silent'

export interface HostileListener {
  url: string
  port: number
  connections: () => number
  /** Connections still open. */
  openConnections: () => number
  close: () => Promise<void>
}

export async function startHostileListener(behaviour: HostileBehaviour): Promise<HostileListener> {
  const sockets = new Set<Socket>()
  let connections = 0
  const server = createServer((socket) => {
    connections += 1
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.once('data', () => {
      if (behaviour === 'close-after-reading') socket.end()
      else if (behaviour === 'answer-200-with-body')
        socket.write('HTTP/1.1 200 Connection established\r\nContent-Length: 5\r\n\r\nhello')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
