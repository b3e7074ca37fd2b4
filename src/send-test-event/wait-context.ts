import type { Dispatcher } from 'undici'

/**
 * What the readiness and receipt waits work with: the run's connection pool, its time limit and
 * clock.
 */
export interface WaitContext<Seen> {
  dispatcher: Dispatcher
  /** The most one poll may take. */
  pollTimeLimitMs: number
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
  /** Told after each poll that found nothing yet, with what it found instead. */
  onPoll?: (seen: Seen) => void
}
