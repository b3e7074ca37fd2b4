import type { Dispatcher } from 'undici'
import { attemptRequest, type Answer, type NoAnswer } from '../http/request.js'
import { parseRetryAfter, retryableStatuses } from '../http/retry.js'
import { headerValue } from './server-text.js'
import { userAgent } from './version.js'

/**
 * What one GET of a receipt URL says, by the receipt protocol: the receiver has the event (2xx);
 * not
 * yet (404); it is busy (408, 429, 5xx, with how long it asked to wait); no answer came this time
 * (a
 * time-out, a passing network fault); or an answer that polling again will not change.
 */
export type ReceiptLookup =
  | { kind: 'found' | 'not-yet' | 'refused'; answer: Answer }
  | { kind: 'busy'; answer: Answer; retryAfterMs?: number }
  | { kind: 'no-answer' | 'failed'; failure: NoAnswer }

export async function lookUpReceipt(
  url: string,
  token: string | undefined,
  timeLimitMs: number,
  { dispatcher }: { dispatcher: Dispatcher }
): Promise<ReceiptLookup> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  const answer = await attemptRequest({ method: 'GET', url, headers }, timeLimitMs, dispatcher)
  // A time-out or a dropped connection may pass; an untrusted certificate or a refusing proxy will
  // not.
  if (answer.kind === 'no-answer')
    return { kind: answer.transient ? 'no-answer' : 'failed', failure: answer }
  const { status } = answer
  if (status >= 200 && status <= 299) return { kind: 'found', answer }
  if (status === 404) return { kind: 'not-yet', answer }
  if (retryableStatuses.has(status) || status >= 500) {
    const retryAfter = parseRetryAfter(headerValue(answer.headers, 'retry-after'))
    return {
      kind: 'busy',
      answer,
      ...(retryAfter !== undefined && { retryAfterMs: retryAfter * 1000 })
    }
  }
  return { kind: 'refused', answer }
}
