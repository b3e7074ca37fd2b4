import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici'
import { SendFailure } from '../send-test-event/failure.js'
import { printable, type Redactor } from '../shared/redact.js'

/** Diffio's answers, and a receiver's receipts, are a few hundred bytes; anything past this is not them. */
export const maxBodyBytes = 1024 * 1024

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

/** An HTTP answer as it came off the wire, before anything is made of it. */
export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** The body, decoded; only what arrived when it broke off. */
  body: string
  /** Why the body is not whole, when it is not: it broke off, or it was too large to read. */
  brokeOff?: string
}

const proxyVariables = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * A dispatcher that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY when any
 * proxy is set. Redirects are never followed: undici's request() follows
 * none unless asked to.
 */
export function createDispatcher(timeoutMs: number, redact: Redactor): Dispatcher {
  // The attempt's own time limit bounds everything; undici's defaults (10 s to connect, 300 s for
  // headers and body) would cut longer limits short and under another name.
  const options = { connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs }
  const proxied = proxyVariables.find((name) => (process.env[name] ?? '') !== '')
  if (proxied === undefined) return new Agent(options)
  try {
    return withoutExperimentalWarning(() => new EnvHttpProxyAgent(options))
  } catch (error) {
    throw new SendFailure(
      `The proxy settings cannot be used: ${printable(describeError(error), redact)}. ${proxied} and the other proxy variables must be URLs such as http://proxy.example.com:3128.`,
      { kind: 'network', retryable: false }
    )
  }
}

/** undici 6 flags EnvHttpProxyAgent as experimental on stderr, which would only alarm the step's readers. */
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

/** Network faults that a later attempt may not meet; all others are final. */
const transientCodes: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  ENOTFOUND: 'the host name could not be resolved (DNS)',
  EAI_AGAIN: 'the DNS lookup failed for now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the connection was closed before a complete answer'
}

/** undici's own time limits, which createDispatcher sets to the attempt's. */
const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

const certificateCodes = /CERT|UNABLE_TO_VERIFY|SELF_SIGNED|ERR_TLS/

/** llhttp's parse errors and undici's checks of an answer's framing (it asserts a status of at least 100). */
const invalidHttpCodes = /^HPE_|^UND_ERR_HEADERS_OVERFLOW$|^UND_ERR_RES_CONTENT_LENGTH_MISMATCH$|^UND_ERR_RES_EXCEEDED_MAX_SIZE$|^ERR_ASSERTION$/

/** Makes one attempt: the answer, or a SendFailure when none usable came within the time limit. */
export async function attemptRequest(
  httpRequest: HttpRequest,
  timeoutMs: number,
  dispatcher: Dispatcher,
  redact: Redactor
): Promise<Answer> {
  const url = new URL(httpRequest.url)
  const signal = AbortSignal.timeout(Math.ceil(timeoutMs))
  let status: number | undefined
  try {
    const response = await dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: httpRequest.method,
      // Asked for plainly; decodeBody still reads what a server compresses anyway.
      headers: { 'accept-encoding': 'identity', ...httpRequest.headers },
      body: httpRequest.body ?? null,
      signal
    })
    const answered: number = response.statusCode
    status = answered
    const declared = Number(response.headers['content-length'])
    if (declared > maxBodyBytes) {
      discard(response.body)
      // An error answer's status says what happened; its body is only a detail, left unread.
      if (answered >= 300) return { status: answered, headers: response.headers, body: '', brokeOff: `was not read: it declared ${declared} bytes, more than ${maxBodyBytes}` }
      throw tooLarge(answered, `it declared ${declared} bytes`)
    }
    const chunks: Buffer[] = []
    let received = 0
    let brokeOff: string | undefined
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        received += chunk.length
        if (received > maxBodyBytes) {
          discard(response.body)
          if (answered >= 300) return { status: answered, headers: response.headers, body: '', brokeOff: `was not read: more than ${maxBodyBytes} bytes arrived` }
          throw tooLarge(answered, `more than ${maxBodyBytes} bytes arrived`)
        }
        chunks.push(chunk)
      }
    } catch (error) {
      if (error instanceof SendFailure || signal.aborted || timeoutCodes.has(errorCode(error) ?? '')) throw error
      // The answer came and its status stands; only its body is short.
      brokeOff = `broke off after ${received} bytes (${printable(describeError(error), redact).trim()})`
    }
    const encoding = contentCodings(response.headers['content-encoding'])
    const body = brokeOff === undefined ? await decodeBody(Buffer.concat(chunks), encoding, status) : rawText(chunks, encoding)
    return { status, headers: response.headers, body, ...(brokeOff !== undefined && { brokeOff }) }
  } catch (error) {
    if (error instanceof SendFailure) throw error
    if (signal.aborted || timeoutCodes.has(errorCode(error) ?? '')) {
      throw new SendFailure(
        `The attempt timed out after ${timeoutMs / 1000} s ${status === undefined ? 'waiting for an answer' : `reading the ${status} answer's body`}.`,
        { kind: 'timeout', retryable: true, ...(status !== undefined && { status }) }
      )
    }
    throw networkFailure(error, url.host, status, redact)
  }
}

/** A Content-Encoding header as one lower-case list, or undefined when there is none. */
function contentCodings(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value.join(',') : value)?.trim().toLowerCase() || undefined
}

/** The body as text, decompressed when a server compressed it though asked not to; still within the size cap. */
async function decodeBody(bytes: Buffer, encoding: string | undefined, status: number): Promise<string> {
  if (encoding === undefined || encoding === 'identity') return bytes.toString('utf8')
  // Loaded only for a compressed answer, which a server sends only when it ignores accept-encoding.
  const zlib = await import('node:zlib')
  const options = { maxOutputLength: maxBodyBytes }
  const decoders: Record<string, (input: Buffer) => Buffer> = {
    identity: (input) => input,
    gzip: (input) => zlib.gunzipSync(input, options),
    'x-gzip': (input) => zlib.gunzipSync(input, options),
    // Servers send both zlib-wrapped and raw deflate under this name.
    deflate: (input) => (input[0] === 0x78 ? zlib.inflateSync(input, options) : zlib.inflateRawSync(input, options)),
    br: (input) => zlib.brotliDecompressSync(input, options)
  }
  // Codings are listed in the order they were applied, so they come off last first.
  const codings = encoding.split(',').map((coding) => coding.trim()).filter((coding) => coding !== '').reverse()
  const unknown = codings.find((coding) => !Object.hasOwn(decoders, coding))
  if (unknown !== undefined) throw unreadable(status, `it is encoded as ${JSON.stringify(unknown)}, which this tool cannot decode`)
  let decoded = bytes
  for (const coding of codings) {
    try {
      decoded = decoders[coding]!(decoded)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(status, `more than ${maxBodyBytes} bytes once decompressed`)
      throw unreadable(status, `its ${coding} encoding is corrupt`)
    }
  }
  return decoded.toString('utf8')
}

/** What arrived of a body that broke off: compressed text cannot be decoded in part, so none of it. */
function rawText(chunks: Buffer[], encoding: string | undefined): string {
  return encoding === undefined || encoding === 'identity' ? Buffer.concat(chunks).toString('utf8') : ''
}

function unreadable(status: number, why: string): SendFailure {
  return new SendFailure(`The ${status} answer's body cannot be read: ${why}.`, { kind: 'unexpected-answer', retryable: false, status })
}

/** Drops a body unread; undici reports that as an error on the stream, which nobody needs to hear. */
function discard(body: NodeJS.ReadableStream & { destroy: () => void }): void {
  body.on('error', () => {})
  body.destroy()
}

function tooLarge(status: number, why: string): SendFailure {
  return new SendFailure(
    `The ${status} answer's body is larger than ${maxBodyBytes} bytes (${why}), so it was not read.`,
    { kind: 'too-large', retryable: false, status }
  )
}

function networkFailure(error: unknown, host: string, status: number | undefined, redact: Redactor): SendFailure {
  const code = errorCode(error)
  const detail = printable(describeError(error), redact).trim()
  const answered = status === undefined ? {} : { status }
  const proxyStatus = /Proxy response \((\d{3})\)/.exec(detail)?.[1]
  if (proxyStatus !== undefined) {
    const why =
      proxyStatus === '407'
        ? 'it wants credentials, which go in the proxy URL (http://user:password@proxy:port)'
        : `it answered ${proxyStatus}`
    return new SendFailure(`The proxy refused to open a tunnel to ${host}: ${why}.`, {
      kind: 'network',
      retryable: proxyStatus.startsWith('5')
    })
  }
  if ((code !== undefined && invalidHttpCodes.test(code)) || /\bbad response\b/.test(detail)) {
    // It answered, with something that is not HTTP: the request may have been taken, so it is not sent again.
    return new SendFailure(`${host} answered with something that is not valid HTTP (${detail}).`, {
      kind: 'unexpected-answer',
      retryable: false,
      ...answered
    })
  }
  if (code !== undefined && code in transientCodes) {
    const where = status === undefined ? `Could not reach ${host}` : `The ${status} answer from ${host} broke off`
    return new SendFailure(`${where}: ${transientCodes[code]} (${detail}).`, {
      kind: 'network',
      retryable: true,
      ...answered
    })
  }
  if (code !== undefined && certificateCodes.test(code)) {
    return new SendFailure(
      `Could not reach ${host}: its TLS certificate is not trusted (${detail}). If your network uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate file.`,
      { kind: 'network', retryable: false }
    )
  }
  if (code?.startsWith('ERR_SSL') || code === 'EPROTO') {
    // OpenSSL's text carries its source path; its reason ("wrong version number") is what a reader needs.
    const reason = /routines:[^:]*:([^:]+)/.exec(detail)?.[1] ?? detail
    return new SendFailure(
      `Could not reach ${host}: the TLS handshake failed (${reason}). Check that this port speaks https.`,
      { kind: 'network', retryable: false }
    )
  }
  return new SendFailure(`Could not reach ${host}: ${detail}.`, { kind: 'network', retryable: false, ...answered })
}

/** The first error code on the error or its causes (undici wraps system errors). */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as NodeJS.ErrnoException).code
    if (typeof code === 'string') return code
    current = current.cause
  }
  return undefined
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}
