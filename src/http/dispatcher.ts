import { BlockList, type Socket } from 'node:net'
import { Agent, buildConnector, Dispatcher, EnvHttpProxyAgent, Pool } from 'undici'

/** Proxy variables set but unusable: nothing can be sent. */
export interface UnusableProxy {
  kind: 'unusable-proxy'
  /** The variable undici read, e.g. "https_proxy". */
  variable: string
  /** undici's own text, raw. */
  detail: string
}

/** Codes this module gives the errors it makes, for request.ts to tell them apart. */
export const connectCodes = {
  /** undici's own code for a connection not opened in time, so both read alike. */
  timedOut: 'UND_ERR_CONNECT_TIMEOUT',
  /** The proxy closed the connection instead of answering CONNECT. */
  proxyClosed: 'PROXY_CLOSED',
  /** The proxy put bytes of its own into a plain-http tunnel before any request went through it. */
  proxySentData: 'PROXY_SENT_DATA'
} as const

const proxyVariables = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/** undici wants whole milliseconds, and at least one, for every time limit. */
export function wholeMs(ms: number): number {
  return Math.max(1, Math.ceil(ms))
}

/**
 * The connection pool for a run. Loopback hosts are always reached directly; other hosts through
 * HTTPS_PROXY or HTTP_PROXY when one is set, except those NO_PROXY names. No connection, proxy
 * tunnel
 * and TLS handshake included, takes longer than the time limit to open, and destroying the pool
 * ends
 * those still opening. Redirects are never followed: undici's request() follows none unless asked
 * to.
 */
export function createDispatcher(
  timeLimitMs: number
): { kind: 'dispatcher'; dispatcher: Dispatcher } | UnusableProxy {
  const limitMs = wholeMs(timeLimitMs)
  /**
   * What destroying the pool ends besides undici's own: connections still opening, and sockets to a
   * proxy, which outlive undici's destroy once they carry a tunnel.
   */
  const ends = new Set<() => void>()
  const options = {
    connect: { timeout: limitMs },
    headersTimeout: limitMs,
    bodyTimeout: limitMs,
    factory: (origin: string | URL, poolOptions: object) =>
      boundedPool(origin, poolOptions, limitMs, ends)
  }
  const direct = new Agent(options)
  const variable = proxyVariables.find((name) => (process.env[name] ?? '') !== '')
  if (variable === undefined)
    return { kind: 'dispatcher', dispatcher: new Routes(direct, undefined, ends) }
  try {
    const tunnelled = withoutExperimentalWarning(
      () =>
        new EnvHttpProxyAgent({
          ...options,
          // Passed on to undici's ProxyAgent: the TLS handshakes with the proxy and through the
          // tunnel, and the CONNECT's answer.
          proxyTls: { timeout: limitMs },
          requestTls: { timeout: limitMs },
          clientFactory: (origin: URL, proxyOptions: object) =>
            proxyPool(origin, proxyOptions, limitMs, ends)
        } as EnvHttpProxyAgent.Options)
    )
    return { kind: 'dispatcher', dispatcher: new Routes(direct, tunnelled, ends) }
  } catch (error) {
    void direct.destroy()
    return {
      kind: 'unusable-proxy',
      variable,
      detail: error instanceof Error ? error.message : String(error)
    }
  }
}

/**
 * Made on first use: only a run with a proxy set asks, and a start without one should not pay for
 * it.
 */
let loopback: BlockList | undefined

/** localhost, 127.0.0.0/8 and ::1 (IPv4-mapped forms included), as a URL's hostname spells them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost') return true
  if (loopback === undefined) {
    loopback = new BlockList()
    loopback.addSubnet('127.0.0.0', 8, 'ipv4')
    loopback.addAddress('::1', 'ipv6')
  }
  if (host.startsWith('[')) return loopback.check(host.slice(1, -1), 'ipv6')
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) && loopback.check(host, 'ipv4')
}

/**
 * Sends a loopback request straight, as Go, .NET and Chrome do: through a proxy, 127.0.0.1 would be
 * the proxy's own machine.
 */
class Routes extends Dispatcher {
  private readonly direct: Dispatcher
  private readonly tunnelled: Dispatcher | undefined
  private readonly ends: Set<() => void>

  constructor(direct: Dispatcher, tunnelled: Dispatcher | undefined, ends: Set<() => void>) {
    super()
    this.direct = direct
    this.tunnelled = tunnelled
    this.ends = ends
  }

  override dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandlers
  ): boolean {
    const { hostname } = new URL(String(options.origin))
    const route =
      this.tunnelled === undefined || isLoopbackHost(hostname) ? this.direct : this.tunnelled
    return route.dispatch(options, handler)
  }

  // One signature for undici's promise and callback forms, whose overloads only `any` satisfies;
  // this project awaits the promise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override close(callback?: () => void): any {
    return settled(Promise.all(this.routes().map((route) => route.close())), callback)
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as close(): undici's overloads
  override destroy(...args: unknown[]): any {
    const callback = args.find((arg): arg is () => void => typeof arg === 'function')
    // undici first: a socket it still owns, ended under it, leaves its destroy waiting for a close
    // that never comes.
    const ending = Promise.all(this.routes().map((route) => route.destroy())).then(() => {
      for (const end of this.ends) end()
    })
    return settled(ending, callback)
  }

  private routes(): Dispatcher[] {
    return this.tunnelled === undefined ? [this.direct] : [this.direct, this.tunnelled]
  }
}

function settled(
  ending: Promise<unknown>,
  callback: (() => void) | undefined
): Promise<void> | undefined {
  const done = ending.then(() => undefined)
  if (callback === undefined) return done
  void done.then(callback)
  return undefined
}

type Connect = (
  options: { protocol?: string },
  callback: (error: Error | null, socket: Socket | null) => void
) => unknown

/**
 * A pool whose connections open within the time limit or not at all. undici's ProxyAgent hands its
 * tunnel-opening function to the pool as `connect`; a plain Agent hands the connect options.
 */
function boundedPool(
  origin: string | URL,
  options: object,
  limitMs: number,
  ends: Set<() => void>
): Pool {
  const given = (options as { connect?: Connect | buildConnector.BuildOptions }).connect
  const tunnel = typeof given === 'function'
  const connect = tunnel ? given : (buildConnector({ ...given, timeout: limitMs }) as Connect)
  const boundedConnect: Connect = (connectOptions, callback) => {
    let socket: Socket | undefined
    let open = true
    const finish = (error: Error | null, opened: Socket | null) => {
      if (!open) {
        // Too late, or a second answer: undici's ProxyAgent can call back twice after a refused
        // CONNECT.
        opened?.destroy()
        return
      }
      open = false
      clearTimeout(timer)
      ends.delete(end)
      if (error !== null || opened === null)
        return callback(tunnel ? proxyError(error) : (error ?? new Error('no socket')), null)
      if (tunnel && connectOptions.protocol === 'http:' && opened.readableLength > 0) {
        opened.destroy()
        return callback(
          codedError(
            'the proxy sent data into the tunnel before any request',
            connectCodes.proxySentData
          ),
          null
        )
      }
      readPastContinue(opened)
      callback(null, opened)
    }
    const end = () => {
      finish(
        codedError(`the connection did not open within ${limitMs} ms`, connectCodes.timedOut),
        null
      )
      socket?.destroy()
    }
    const timer = setTimeout(end, limitMs)
    ends.add(end)
    const returned = connect(connectOptions, finish)
    if (isSocket(returned)) socket = returned
  }
  return new Pool(origin, {
    ...options,
    connect: boundedConnect as unknown as buildConnector.connector
  })
}

/**
 * The pool undici's ProxyAgent sends CONNECT through: its answer within the time limit, and each of
 * its sockets ended with the pool.
 */
function proxyPool(origin: URL, options: object, limitMs: number, ends: Set<() => void>): Pool {
  const connect = (options as { connect: Connect }).connect
  const trackedConnect: Connect = (connectOptions, callback) =>
    connect(connectOptions, (error, socket) => {
      if (socket !== null) {
        const end = () => socket.destroy()
        ends.add(end)
        socket.once('close', () => ends.delete(end))
      }
      callback(error, socket)
    })
  return new Pool(origin, {
    ...options,
    headersTimeout: limitMs,
    connect: trackedConnect as unknown as buildConnector.connector
  })
}

/**
 * undici keeps a request queued and connects again at once when a connection closes before any
 * request ran on it, which against a proxy that closes every CONNECT is thousands of tries a
 * second.
 * Under another code, the close fails the queued request instead.
 */
function proxyError(error: Error | null): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_INFO' && error !== null) return error
  return codedError(
    'the proxy closed the connection without answering CONNECT',
    connectCodes.proxyClosed,
    error ?? undefined
  )
}

function codedError(message: string, code: string, cause?: Error): Error {
  return Object.assign(new Error(message, cause === undefined ? {} : { cause }), { code })
}

function isSocket(value: unknown): value is Socket {
  return (
    typeof value === 'object' && value !== null && typeof (value as Socket).destroy === 'function'
  )
}

/** The first 12 characters of a status line: "HTTP/1.1 200". */
const statusLineStart = /^HTTP\/1\.[01] \d{3}$/
const requestLine = /^[A-Z]+ \S+ HTTP\/1\.1\r\n/

/**
 * undici drops the connection on a 100 (Continue) it did not ask for, though RFC 9110 has a client
 * read on to the final answer. Until an answer's final status line, each 100 is renamed 103 on its
 * way into undici's parser, which reads informational answers past; the bytes after stay as they
 * are.
 */
function readPastContinue(socket: Socket): void {
  const { read, write } = socket
  let awaitingFinal = false
  /** The current line's first characters, up to a status line's 12. */
  let line = ''
  socket.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && requestLine.test(chunk)) {
      awaitingFinal = true
      line = ''
    }
    return Reflect.apply(write, this, [chunk, ...rest]) as boolean
  } as Socket['write']
  socket.read = function (this: Socket, size?: number) {
    const chunk: unknown = Reflect.apply(read, this, size === undefined ? [] : [size])
    if (!awaitingFinal || !Buffer.isBuffer(chunk)) return chunk
    for (let index = 0; index < chunk.length && awaitingFinal; index++) {
      if (chunk[index] === 0x0a) line = ''
      else if (line.length < 12) {
        line += String.fromCharCode(chunk[index]!)
        if (line.length < 12 || !statusLineStart.test(line)) continue
        // HTTP/1.0 has no 1xx answers, so an HTTP/1.0 100 is left for undici to refuse.
        if (line === 'HTTP/1.1 100') chunk[index] = 0x33
        else awaitingFinal = false
      }
    }
    return chunk
  }
}

/**
 * undici 6 flags EnvHttpProxyAgent as experimental on stderr, which would only alarm the step's
 * readers.
 */
function withoutExperimentalWarning<T>(create: () => T): T {
  const emitWarning = process.emitWarning
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = (rest[0] as { code?: string } | undefined)?.code
    if (code !== 'UNDICI-EHPA') Reflect.apply(emitWarning, process, [warning, ...rest])
  }) as typeof process.emitWarning
  try {
    return create()
  } finally {
    process.emitWarning = emitWarning
  }
}
