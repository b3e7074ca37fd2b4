import { z } from 'zod/mini'
import { answerFields } from '../shared/contract.js'
import type { EchoMismatch, SendFailure, ServerSaid, UndocumentedBody } from './failure.js'
import { secretChecks } from '../shared/redact.js'
import { parseRetryAfter, retryAfterStatuses } from '../http/retry.js'
import type { Answer } from '../http/request.js'
import type { TestEventTarget } from './request.js'
import { excerpt, headerValue, oneLine, shorten } from '../shared/server-text.js'

/**
 * Characters no id holds: C0 and C1 controls and the Unicode line breaks, which would change an
 * output or a log line.
 */
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
/** Half of a UTF-16 pair without the other half, which cannot be encoded into a URL or UTF-8. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const testEventSchema = z.object(
  Object.fromEntries(answerFields.map((field) => [field, z.string()])) as Record<
    (typeof answerFields)[number],
    z.ZodMiniString
  >
)

export type TestEvent = z.infer<typeof testEventSchema>

export interface SentEvent {
  status: number
  event: TestEvent
  /** The whole 200 body as compact JSON, as Diffio sent it: the shells redact what they show. */
  json: string
}

/**
 * What the request asked for, which a 200 must echo, and the key it went with, which a 200 must not
 * hold where it cannot be cut out.
 */
export type AskedFor = Pick<TestEventTarget, 'eventType' | 'mode' | 'apiKeyId' | 'apiKey'>

/** What one answer from Diffio comes to: the event sent, or why not. */
export type AnswerReading =
  { kind: 'sent'; sent: SentEvent } | { kind: 'failed'; failure: SendFailure }

const errorBodySchema = z.object({
  error: z.string(),
  code: z.optional(z.union([z.string(), z.number()]))
})

/**
 * Reads one answer by Diffio's rules: only a 200 with the documented five strings, about the event
 * asked for, is the event sent; a 200 that is not the documented shape is a failure.
 */
export function interpretAnswer(answer: Answer, asked: AskedFor): AnswerReading {
  const { status, bodyProblem } = answer
  const failed = (failure: SendFailure): AnswerReading => ({ kind: 'failed', failure })

  // A stalled or undecodable body is the answer's problem whatever its status, as is a success too
  // large to read.
  if (
    bodyProblem?.kind === 'too-slow' ||
    bodyProblem?.kind === 'undecodable' ||
    (bodyProblem?.kind === 'too-large' && status < 300)
  ) {
    return failed({ kind: 'unreadable-body', status, problem: bodyProblem })
  }
  // Diffio may have sent the event; another attempt gets a whole answer, at worst for a second
  // event.
  if (status === 200 && bodyProblem !== undefined)
    return failed({ kind: 'unreadable-body', status, problem: bodyProblem })
  if (status === 200) return readTestEvent(answer.body, asked)

  if (status >= 300 && status <= 399) {
    const location = headerValue(answer.headers, 'location')
    return failed({
      kind: 'redirect',
      status,
      ...(location !== undefined && { location: shorten(oneLine(location)) })
    })
  }
  if (status < 400) return failed({ kind: 'unexpected-status', status })

  const said = readErrorBody(answer.body)
  const retryAfterSeconds = retryAfterStatuses.has(status)
    ? parseRetryAfter(headerValue(answer.headers, 'retry-after'))
    : undefined
  return failed({
    kind: 'error-status',
    status,
    ...said,
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(bodyProblem !== undefined && { bodyProblem })
  })
}

function readTestEvent(text: string, asked: AskedFor): AnswerReading {
  const undocumented = (why: UndocumentedBody): AnswerReading => ({
    kind: 'failed',
    failure: { kind: 'undocumented-body', status: 200, why }
  })

  const parsed = parseJson(text)
  if (parsed === undefined) return undocumented({ kind: 'not-json', excerpt: excerpt(text) })
  const body = parsed
  let json: string
  try {
    json = JSON.stringify(body)
  } catch {
    // It recurses, so a body nested thousands deep overflows the stack.
    return undocumented({ kind: 'too-deep' })
  }
  // The shells cut a secret out of any string, and out of neighbouring strings, but not out of
  // JSON's own syntax.
  const key = secretChecks(asked.apiKey)
  if (key.outsideStrings(json)) return undocumented({ kind: 'holds-key' })
  const result = testEventSchema.safeParse(body)
  if (!result.success)
    return undocumented({
      kind: 'wrong-shape',
      fields: result.error.issues.map((issue) => mistyped(body, issue.path))
    })

  const event = result.data
  const mismatches = echoMismatches(event, asked)
  if (mismatches.length > 0)
    return { kind: 'failed', failure: { kind: 'mismatch', status: 200, mismatches } }
  const unprintable = answerFields.filter(
    (field) => controlCharacters.test(event[field]) || loneSurrogate.test(event[field])
  )
  if (unprintable.length > 0)
    return undocumented({ kind: 'unprintable-fields', fields: unprintable })
  // Each id is shown alone (an output each), where a key spelt across them could not be cut out.
  // Mode and event type were checked against the request above; the ids are the server's own.
  if (key.across([event.svixMessageId, event.eventId, event.apiKeyId]))
    return undocumented({ kind: 'holds-key' })
  return { kind: 'sent', sent: { status: 200, event, json } }
}

/**
 * The fields Diffio echoes that differ from the request: its mode and event type, and the key id
 * when one was named.
 */
function echoMismatches(event: TestEvent, asked: AskedFor): EchoMismatch[] {
  const echoed: [EchoMismatch['field'], string | undefined][] = [
    ['eventType', asked.eventType],
    ['mode', asked.mode],
    ['apiKeyId', asked.apiKeyId]
  ]
  return echoed
    .filter(([field, value]) => value !== undefined && event[field] !== value)
    .map(([field, value]) => ({
      field,
      asked: value!,
      answered: shorten(oneLine(event[field]))
    }))
}

/**
 * Which field of the 200 body is not a string, and what it is instead (the whole body when `field`
 * is absent).
 */
function mistyped(body: unknown, path: PropertyKey[]): { field?: string; found: string } {
  if (path.length === 0) return { found: kindOf(body) }
  const value = (body as Record<PropertyKey, unknown>)[path[0]!]
  return { field: String(path[0]), found: value === undefined ? 'missing' : kindOf(value) }
}

/** "null", "array", or the value's typeof. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

export function readErrorBody(text: string): ServerSaid {
  const parsed = errorBodySchema.safeParse(parseJson(text))
  if (parsed.success) {
    const serverMessage = shorten(oneLine(parsed.data.error))
    const { code } = parsed.data
    return {
      ...(serverMessage !== '' && { serverMessage }),
      ...(code !== undefined && { code: shorten(oneLine(String(code))) })
    }
  }
  const bodyExcerpt = excerpt(text)
  return bodyExcerpt === '' ? {} : { bodyExcerpt }
}

function parseJson(text: string): unknown {
  try {
    // A byte order mark is not JSON, but some servers put one before it.
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
}
