import type { UnusableProxy } from '../http/dispatcher.js'
import type { BodyProblem, NoAnswer } from '../http/request.js'
import { retryableStatuses } from '../http/retry.js'

/**
 * What an error answer's body says, as the server wrote it, on one line: its JSON `error` and
 * `code`, or an excerpt of a body that is not JSON; none of them when it said nothing.
 */
export interface ServerSaid {
  serverMessage?: string
  /** The server's machine-readable `code`, e.g. "paymentFailed". */
  code?: string
  bodyExcerpt?: string
}

/** Why a 200's body is not the documented answer. */
export type UndocumentedBody =
  /** Not JSON at all; `excerpt` is the start of it, on one line (the shells redact). */
  | { kind: 'not-json'; excerpt: string }
  /** Nested too deeply to read. */
  | { kind: 'too-deep' }
  /**
   * It holds the API key where the shells could not cut it out: outside its strings (a number),
   * or spelt across the ids that are shown one by one.
   */
  | { kind: 'holds-key' }
  /**
   * JSON, but not the five strings: each field missing or not a string, and what it is instead
   * ("missing", "null", "array" or a typeof); without a field, the body itself is not an object.
   */
  | { kind: 'wrong-shape'; fields: { field?: string; found: string }[] }
  /**
   * The five strings, but some hold control characters or broken UTF-16, which no id has and no
   * output or URL can carry as sent.
   */
  | { kind: 'unprintable-fields'; fields: string[] }

/** A field Diffio echoes that says something other than what the request asked for. */
export interface EchoMismatch {
  field: 'eventType' | 'mode' | 'apiKeyId'
  asked: string
  /** What Diffio said instead, on one line. */
  answered: string
}

/**
 * Why a send failed, in the terms a user acts on; explain.ts words each one.
 * - error-status: Diffio (or a gateway before it) answered 4xx or 5xx
 * - redirect: a 3xx, which is never followed so the key stays where it was sent
 * - unexpected-status: a status the API reference does not describe for this request (1xx, a 2xx
 * but 200)
 * - unreadable-body: a body too large, too slow, undecodable, or a 200 cut short
 * - undocumented-body: a 200 that is not the documented shape
 * - mismatch: a 200 about another mode, event type or key than the one asked for
 * - no-answer: none came (refused, reset, DNS, TLS, proxy, time-out)
 * - unusable-proxy: the proxy variables cannot be used, so nothing was sent
 */
export type SendFailure =
  | ({
      kind: 'error-status'
      status: number
      /** Seconds the server asked to wait (Retry-After on 429 and 503), when it said. */
      retryAfterSeconds?: number
      /** Why the body is not whole, when it is not: the status stands all the same. */
      bodyProblem?: BodyProblem
    } & ServerSaid)
  | {
      kind: 'redirect'
      status: number
      /** Where it pointed, on one line, when it said. */ location?: string
    }
  | { kind: 'unexpected-status'; status: number }
  | { kind: 'unreadable-body'; status: number; problem: BodyProblem }
  | { kind: 'undocumented-body'; status: 200; why: UndocumentedBody }
  | { kind: 'mismatch'; status: 200; mismatches: EchoMismatch[] }
  | { kind: 'no-answer'; noAnswer: NoAnswer; /** host:port asked. */ host: string }
  | UnusableProxy

/**
 * Whether another attempt could succeed: the statuses the retry list names, no answer that may
 * pass, and a 200 whose body broke off or stalled (the connection broke, the address was right).
 */
export function isRetryable(failure: SendFailure): boolean {
  switch (failure.kind) {
    case 'error-status':
      return retryableStatuses.has(failure.status)
    case 'unreadable-body':
      return failure.problem.kind === 'too-slow' || failure.problem.kind === 'cut-short'
    case 'no-answer':
      return failure.noAnswer.transient
    default:
      return false
  }
}

/** The status of the answer a failure is about, when one came. */
export function failureStatus(failure: SendFailure): number | undefined {
  return 'status' in failure ? failure.status : undefined
}
