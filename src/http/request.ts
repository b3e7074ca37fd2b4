import type { Dispatcher } from 'undici'
import { connectCodes, wholeMs } from './dispatcher.js'

/**
 * Diffio's answers, and a receiver's receipts, are a few hundred bytes; anything past this is not
 * them.
 */
export const maxBodyBytes = 1024 * 1024

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

export type Headers = Record<string, string | string[] | undefined>

/** Why the body of an answer is not there whole. */
export type BodyProblem =
  /**
   * Larger than maxBodyBytes: as its Content-Length declared, as it arrived, or once decompressed;
   * left unread.
   */
  | { kind: 'too-large'; how: 'declared' | 'arrived' | 'decompressed'; declaredBytes?: number }
  /** The connection broke after `receivedBytes` of it. */
  | { kind: 'cut-short'; receivedBytes: number; detail: string }
  /** It stopped arriving, and the attempt's time ran out. */
  | { kind: 'too-slow'; receivedBytes: number; timeLimitMs: number }
  /** Compressed in a coding that is unknown here, or corrupt. */
  | { kind: 'undecodable'; coding: string; corrupt: boolean }

/** An HTTP answer as it came off the wire, before anything is made of it. */
export interface Answer {
  kind: 'answer'
  status: number
  headers: Headers
  /**
   * The body as text; with a body problem, what arrived of it (nothing when it was left unread or
   * could not be decoded).
   */
  body: string
  bodyProblem?: BodyProblem
}

export type NoAnswerReason =
  | 'refused'
  | 'reset'
  | 'dns'
  | 'unreachable'
  | 'timed-out'
  | 'tls-untrusted'
  | 'tls-handshake'
  | 'proxy'
  | 'not-http'
  | 'other'

/** Why no answer came. */
export interface NoAnswer {
  kind: 'no-answer'
  reason: NoAnswerReason
  /** Whether another attempt may meet something else. */
  transient: boolean
  /** The error code the reason was read from, e.g. ECONNRESET or EPIPE for a reset. */
  code?: string
  /** The proxy's status, when it refused to open a tunnel. */
  proxyStatus?: number
  /** The attempt's time limit, when it ran out. */
  timeLimitMs?: number
  /** The error's own text, raw: unredacted, possibly several lines. */
  detail: string
}

/** How one attempt ended. */
export type Attempt = Answer | NoAnswer

/** What an attempt has seen so far, for an answer whose time runs out part way. */
interface Progress {
  status?: number
  headers?: Headers
  chunks: Buffer[]
  receivedBytes: number
}

/**
 * Makes one attempt: the answer, or why none came. It ends within the time limit, whatever the
 * server or a proxy does, and throws only on a bug.
 */
export async function attemptRequest(
  httpRequest: HttpRequest,
  timeLimitMs: number,
  dispatcher: Dispatcher
): Promise<Attempt> {
  const controller = new AbortController()
  const progress: Progress = { chunks: [], receivedBytes: 0 }
  let timer: NodeJS.Timeout | undefined
  // undici leaves a request queued behind a connection that is still opening deaf to its signal;
  // this does not wait for it.
  const timeUp = new Promise<Attempt>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve(outOfTime(progress, timeLimitMs))
    }, wholeMs(timeLimitMs))
  })
  try {
    return await Promise.race([
      exchange(httpRequest, timeLimitMs, dispatcher, controller.signal, progress),
      timeUp
    ])
  } finally {
    clearTimeout(timer)
  }
}

async function exchange(
  httpRequest: HttpRequest,
  timeLimitMs: number,
  dispatcher: Dispatcher,
  signal: AbortSignal,
  progress: Progress
): Promise<Attempt> {
  const url = new URL(httpRequest.url)
  let response: Dispatcher.ResponseData
  try {
    response = await dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: httpRequest.method,
      // Asked for plainly; decodeBody still reads what a server compresses anyway.
      headers: { 'accept-encoding': 'identity', ...httpRequest.headers },
      body: httpRequest.body ?? null,
      signal
    })
  } catch (error) {
    return noAnswer(error, signal.aborted, timeLimitMs)
  }
  const { statusCode: status, headers } = response
  progress.status = status
  progress.headers = headers
  const answer = (body: string, bodyProblem?: BodyProblem): Answer => ({
    kind: 'answer',
    status,
    headers,
    body,
    ...(bodyProblem !== undefined && { bodyProblem })
  })
  const declaredBytes = Number(headers['content-length'])
  if (declaredBytes > maxBodyBytes) {
    discard(response.body)
    return answer('', { kind: 'too-large', how: 'declared', declaredBytes })
  }
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      progress.receivedBytes += chunk.length
      if (progress.receivedBytes > maxBodyBytes) {
        discard(response.body)
        return answer('', { kind: 'too-large', how: 'arrived' })
      }
      progress.chunks.push(chunk)
    }
  } catch (error) {
    if (signal.aborted || timeoutCodes.has(errorCode(error) ?? ''))
      return outOfTime(progress, timeLimitMs)
    // The answer came and its status stands; only its body is short.
    const cutShort: BodyProblem = {
      kind: 'cut-short',
      receivedBytes: progress.receivedBytes,
      detail: describeError(error)
    }
    return answer(rawText(progress.chunks, headers), cutShort)
  }
  const decoded = await decodeBody(
    Buffer.concat(progress.chunks),
    contentCodings(headers['content-encoding'])
  )
  return typeof decoded === 'string' ? answer(decoded) : answer('', decoded)
}

/** The attempt's time ran out: a stalled body if the answer had begun, no answer otherwise. */
function outOfTime(progress: Progress, timeLimitMs: number): Attempt {
  if (progress.status === undefined || progress.headers === undefined) {
    return {
      kind: 'no-answer',
      reason: 'timed-out',
      transient: true,
      timeLimitMs,
      detail: `no answer within ${timeLimitMs} ms`
    }
  }
  const { status, headers, receivedBytes } = progress
  return {
    kind: 'answer',
    status,
    headers,
    body: rawText(progress.chunks, headers),
    bodyProblem: { kind: 'too-slow', receivedBytes, timeLimitMs }
  }
}

/** A Content-Encoding header as one lower-case list, or undefined when there is none. */
function contentCodings(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value.join(',') : value)?.trim().toLowerCase() || undefined
}

/**
 * The body as text, decompressed when a server compressed it though asked not to; still within the
 * size cap.
 */
async function decodeBody(
  bytes: Buffer,
  encoding: string | undefined
): Promise<string | BodyProblem> {
  if (encoding === undefined || encoding === 'identity') return bytes.toString('utf8')
  // Loaded only for a compressed answer, which a server sends only when it ignores accept-encoding.
  const zlib = await import('node:zlib')
  const options = { maxOutputLength: maxBodyBytes }
  const decoders: Record<string, (input: Buffer) => Buffer> = {
    identity: (input) => input,
    gzip: (input) => zlib.gunzipSync(input, options),
    'x-gzip': (input) => zlib.gunzipSync(input, options),
    // Servers send both zlib-wrapped and raw deflate under this name.
    deflate: (input) =>
      input[0] === 0x78 ? zlib.inflateSync(input, options) : zlib.inflateRawSync(input, options),
    br: (input) => zlib.brotliDecompressSync(input, options)
  }
  // Codings are listed in the order they were applied, so they come off last first.
  const codings = encoding
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '')
    .reverse()
  const unknown = codings.find((coding) => !Object.hasOwn(decoders, coding))
  if (unknown !== undefined) return { kind: 'undecodable', coding: unknown, corrupt: false }
  let decoded = bytes
  for (const coding of codings) {
    try {
      decoded = decoders[coding]!(decoded)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return { kind: 'too-large', how: 'decompressed' }
      return { kind: 'undecodable', coding, corrupt: true }
    }
  }
  return decoded.toString('utf8')
}

/**
 * What arrived of a body that broke off: compressed text cannot be decoded in part, so none of it.
 */
function rawText(chunks: Buffer[], headers: Headers): string {
  const encoding = contentCodings(headers['content-encoding'])
  return encoding === undefined || encoding === 'identity'
    ? Buffer.concat(chunks).toString('utf8')
    : ''
}

/**
 * Drops a body unread; undici reports that as an error on the stream, which nobody needs to hear.
 */
function discard(body: NodeJS.ReadableStream & { destroy: () => void }): void {
  body.on('error', () => {})
  body.destroy()
}

/** Faults a later attempt may not meet, by the reason they give. */
const transientCodes: Record<string, NoAnswerReason> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  [connectCodes.proxyClosed]: 'proxy'
}

/** undici's own time limits, which the dispatcher sets to the attempt's. */
const timeoutCodes = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
])

const certificateCodes = /CERT|UNABLE_TO_VERIFY|SELF_SIGNED|ERR_TLS/

/**
 * llhttp's parse errors and undici's checks of an answer's framing (it asserts a status of at least
 * 100).
 */
const invalidHttpCodes =
  /^HPE_|^UND_ERR_HEADERS_OVERFLOW$|^UND_ERR_RES_CONTENT_LENGTH_MISMATCH$|^UND_ERR_RES_EXCEEDED_MAX_SIZE$|^ERR_ASSERTION$/

function noAnswer(error: unknown, aborted: boolean, timeLimitMs: number): NoAnswer {
  const code = errorCode(error)
  const detail = describeError(error)
  const coded = code === undefined ? {} : { code }
  if (aborted || timeoutCodes.has(code ?? ''))
    return {
      kind: 'no-answer',
      reason: 'timed-out',
      transient: true,
      timeLimitMs,
      detail,
      ...coded
    }
  const proxyStatus = /Proxy response \((\d{3})\)/.exec(detail)?.[1]
  if (proxyStatus !== undefined) {
    return {
      kind: 'no-answer',
      reason: 'proxy',
      transient: proxyStatus.startsWith('5'),
      proxyStatus: Number(proxyStatus),
      detail,
      ...coded
    }
  }
  if (code === connectCodes.proxySentData)
    return { kind: 'no-answer', reason: 'proxy', transient: false, detail, ...coded }
  // It answered, with something that is not HTTP: the request may have been taken, so it is not
  // sent again.
  if ((code !== undefined && invalidHttpCodes.test(code)) || /\bbad response\b/.test(detail)) {
    return { kind: 'no-answer', reason: 'not-http', transient: false, detail, ...coded }
  }
  const transient = code === undefined ? undefined : transientCodes[code]
  if (transient !== undefined)
    return { kind: 'no-answer', reason: transient, transient: true, detail, ...coded }
  if (code !== undefined && certificateCodes.test(code))
    return { kind: 'no-answer', reason: 'tls-untrusted', transient: false, detail, ...coded }
  if (code?.startsWith('ERR_SSL') || code === 'EPROTO')
    return { kind: 'no-answer', reason: 'tls-handshake', transient: false, detail, ...coded }
  return { kind: 'no-answer', reason: 'other', transient: false, detail, ...coded }
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
