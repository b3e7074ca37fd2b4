/** Statuses worth another attempt; every other 4xx and 5xx is final. */
export const retryableStatuses: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])

/** Statuses whose Retry-After header is honoured. */
export const retryAfterStatuses: ReadonlySet<number> = new Set([429, 503])

export interface BackoffPolicy {
  baseMs: number
  capMs: number
  /** Upper bound for a server-requested Retry-After wait. */
  retryAfterCapMs: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 500, capMs: 8000, retryAfterCapMs: 60_000 }

/**
 * The wait before retry number `retry` (1 for the first retry): the server's
 * Retry-After when it gave one, else exponential backoff with full jitter.
 */
export function retryDelayMs(
  retry: number,
  retryAfterSeconds: number | undefined,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random
): number {
  if (retryAfterSeconds !== undefined)
    return Math.min(retryAfterSeconds * 1000, policy.retryAfterCapMs)
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1))
  return Math.round(random() * ceiling)
}

// IMF-fixdate, RFC 850 and asctime, the three forms HTTP allows; Date.parse alone accepts far more.
const httpDate =
  /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{5,8}, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/

/** Reads Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  header: string | undefined,
  now: number = Date.now()
): number | undefined {
  if (header === undefined) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text)
  if (!httpDate.test(text)) return undefined
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
