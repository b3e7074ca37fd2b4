import { STATUS_CODES } from 'node:http'
import { z } from 'zod/mini'
import { answerFields } from '../shared/contract.js'
import { SendFailure } from './failure.js'
import { printable, redactJson, type Redactor } from '../shared/redact.js'
import { parseRetryAfter, retryableStatuses, retryAfterStatuses } from '../http/retry.js'
import type { Answer } from '../http/request.js'

const testEventSchema = z.object(
  Object.fromEntries(answerFields.map((field) => [field, z.string()])) as Record<(typeof answerFields)[number], z.ZodMiniString>
)

export type TestEvent = z.infer<typeof testEventSchema>

export interface SentEvent {
  status: number
  event: TestEvent
  /** The whole 200 body as compact JSON, redacted. */
  json: string
}

const errorBodySchema = z.object({ error: z.string(), code: z.optional(z.union([z.string(), z.number()])) })

/** Server text longer than this is cut: a message is a sentence, and a job summary has a size limit. */
const serverTextLength = 300

/**
 * The API reference's class for a status: how Diffio says a client should treat it. Statuses the
 * reference does not list get the class of their family; only the statuses retried are "retryable".
 */
export function classifyStatus(status: number): string {
  switch (status) {
    case 200:
      return 'complete'
    case 204:
      return 'empty response'
    case 400:
      return 'client error'
    case 401:
      return 'auth error'
    case 403:
      return 'permission error'
    case 405:
      return 'fix required'
  }
  if (retryableStatuses.has(status)) return 'retryable'
  if (status >= 500 && status <= 599) return 'server error'
  if (status >= 400 && status <= 499) return 'client error'
  if (status >= 300 && status <= 399) return 'redirect'
  return 'unexpected'
}

/** Turns one answer into the sent event, or throws a SendFailure that says what went wrong. */
export function interpretAnswer(answer: Answer, redact: Redactor): SentEvent {
  const { status } = answer
  const statusText = describeStatus(status)

  if (status === 200 && answer.brokeOff !== undefined) {
    // Diffio may have sent the event; another attempt gets a whole answer, at worst for a second event.
    throw new SendFailure(`Diffio answered 200 OK, but the body ${answer.brokeOff}, so the outputs cannot be set.`, {
      kind: 'unexpected-answer',
      retryable: true,
      status
    })
  }
  if (status === 200) return readTestEvent(answer, redact)

  if (status >= 300 && status <= 399) {
    const location = shorten(printable(headerValue(answer.headers, 'location') ?? '(no Location header)', redact))
    throw new SendFailure(
      `Diffio answered ${statusText}, a redirect to ${location}. Redirects are not followed, so the API key is sent nowhere else.`,
      { kind: 'redirect', retryable: false, status, statusClass: classifyStatus(status), location }
    )
  }

  if (status < 400) {
    throw new SendFailure(
      `Diffio answered ${statusText}, which the API reference does not describe for this request (only 200 means the test event was sent).`,
      { kind: 'unexpected-answer', retryable: false, status, statusClass: classifyStatus(status) }
    )
  }

  const { serverMessage, code } = readErrorBody(answer.body, status, redact)
  const statusClass = classifyStatus(status)
  const retryAfter = retryAfterStatuses.has(status)
    ? parseRetryAfter(headerValue(answer.headers, 'retry-after'))
    : undefined
  const cut = answer.brokeOff === undefined ? '' : ` (the body ${answer.brokeOff})`
  throw new SendFailure(
    `Diffio answered ${statusText} (${statusClass}): ${serverMessage}${code === undefined ? '' : ` [code: ${code}]`}${cut}`,
    {
      kind: 'api',
      retryable: retryableStatuses.has(status),
      status,
      statusClass,
      serverMessage,
      ...(code !== undefined && { code }),
      ...(retryAfter !== undefined && { retryAfterSeconds: retryAfter })
    }
  )
}

function readTestEvent(answer: Answer, redact: Redactor): SentEvent {
  const unexpected = (why: string) =>
    new SendFailure(`Diffio answered 200 OK, but ${why}, so the outputs cannot be set.`, {
      kind: 'unexpected-answer',
      retryable: false,
      status: answer.status
    })

  const parsed = parseJson(answer.body)
  if (parsed === undefined) {
    throw unexpected(`the body is not JSON (${describeExcerpt(excerpt(answer.body, redact))})`)
  }
  let body: unknown
  let json: string
  try {
    body = redactJson(parsed, redact)
    json = JSON.stringify(body)
  } catch {
    // Both recurse, so a body nested thousands deep overflows the stack.
    throw unexpected('the body is nested too deeply to read')
  }
  if (redact(json) !== json) {
    // Each string was redacted, so the key can only be left spanning two of them, or in a number.
    throw unexpected('the body holds the API key where it cannot be removed cleanly')
  }
  const result = testEventSchema.safeParse(body)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeMismatch(body, issue.path)).join('; ')
    throw unexpected(`the body is not the documented shape of five strings (${problems})`)
  }
  return { status: answer.status, event: result.data, json }
}

/** Says what a field of the 200 body is instead of a string (zod/mini carries no English messages). */
function describeMismatch(body: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return `the body is ${kindOf(body)}, not an object`
  const value = (body as Record<PropertyKey, unknown>)[path[0]!]
  return `${String(path[0])} is ${value === undefined ? 'missing' : kindOf(value)}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`
}

/** What an error answer says: its JSON `error` (and `code`), or an excerpt of a body that is not JSON. */
export function readErrorBody(
  text: string,
  status: number,
  redact: Redactor
): { serverMessage: string; code?: string } {
  const parsed = errorBodySchema.safeParse(parseJson(text))
  if (parsed.success) {
    const serverMessage = shorten(printable(parsed.data.error, redact).trim()) || `Request failed with status ${status}`
    const { code } = parsed.data
    return code === undefined ? { serverMessage } : { serverMessage, code: shorten(printable(String(code), redact)) }
  }
  const shown = excerpt(text, redact)
  return { serverMessage: shown === '' ? `Request failed with status ${status}` : `response body: ${shown}` }
}

function parseJson(text: string): unknown {
  try {
    // A byte order mark is not JSON, but some servers put one before it.
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
}

/** A short, single-line, tag-free excerpt of a body that is not JSON (often a gateway's HTML page). */
export function excerpt(text: string, redact: Redactor): string {
  const plain = printable(text, redact)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return shorten(plain, 200)
}

function shorten(text: string, length: number = serverTextLength): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`
}

function describeExcerpt(shown: string): string {
  return shown === '' ? 'it is empty' : `it begins: ${shown}`
}

/** "503 Service Unavailable" */
export function describeStatus(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim()
}

export function headerValue(headers: Answer['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
