import { setTimeout as sleepFor } from 'node:timers/promises'

/**
 * What one poll found: the awaited thing; or what it saw instead, to poll again (and when the
 * server
 * asked for that); or an answer that ends the polling, since polling longer would not change it.
 */
export type PollVerdict<T, F = never, N = string> =
  { found: T } | { notYet: N; retryAfterMs?: number } | { final: F }

export interface PollOptions {
  /** How long to keep polling, from the first poll. */
  deadlineMs: number
  /** The most one poll may take; each poll gets less when the deadline is nearer. */
  pollTimeLimitMs: number
  /**
   * How long to poll at the shortest interval before the intervals grow: while the answer is likely
   * moments away.
   */
  briskMs: number
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
}

export type PollResult<T, F = never, N = string> = (
  { found: T } | { final: F } | { timedOut: true; lastSeen: N }
) & {
  polls: number
  elapsedMs: number
}

const firstIntervalMs = 250
const longestIntervalMs = 2000
/** The least time a last poll before the deadline is given. */
const lastPollMs = 100

/**
 * The wait after a poll that found nothing, `elapsedMs` into the polling, when the wait before it
 * was
 * `previousMs`: 250 ms for the first `briskMs`, then half as long again each time, up to 2 s.
 */
export function pollIntervalMs(elapsedMs: number, previousMs: number, briskMs: number): number {
  if (elapsedMs < briskMs) return firstIntervalMs
  return Math.min(longestIntervalMs, Math.round(Math.max(previousMs, firstIntervalMs) * 1.5))
}

/**
 * Polls at once, then every 250 ms, then at growing intervals (or when a server's Retry-After
 * says),
 * until a poll finds what it looks for, gets a final answer, or the deadline comes; no poll starts
 * or
 * runs past the deadline.
 */
export async function pollUntil<T, F = never, N = string>(
  poll: (timeLimitMs: number) => Promise<PollVerdict<T, F, N>>,
  options: PollOptions
): Promise<PollResult<T, F, N>> {
  const now = options.now ?? (() => performance.now())
  const sleep = options.sleep ?? sleepFor
  const started = now()
  const deadline = started + options.deadlineMs
  let intervalMs = 0
  for (let polls = 1; ; polls++) {
    const verdict = await poll(
      Math.max(1, Math.floor(Math.min(options.pollTimeLimitMs, deadline - now())))
    )
    const elapsedMs = Math.round(now() - started)
    if (!('notYet' in verdict)) return { ...verdict, polls, elapsedMs }
    // The last poll comes early rather than not at all, with time left to get its answer.
    const latestStart = deadline - now() - lastPollMs
    if (latestStart <= 0) return { timedOut: true, lastSeen: verdict.notYet, polls, elapsedMs }
    // A server may ask for a longer wait, never a shorter one: Retry-After: 0 must not make this a
    // busy loop.
    intervalMs = pollIntervalMs(now() - started, intervalMs, options.briskMs)
    const askedMs = Math.max(verdict.retryAfterMs ?? 0, intervalMs)
    await sleep(Math.floor(Math.min(askedMs, latestStart)))
  }
}
