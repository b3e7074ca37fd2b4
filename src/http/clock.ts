import { setTimeout as sleepFor } from 'node:timers/promises'

/** Where the waits and polls read the time and wait; tests pass one that skips the waits. */
export interface Clock {
  /** Milliseconds from an arbitrary start, as performance.now() counts them. */
  now: () => number
  sleep: (ms: number) => Promise<unknown>
}

/** The process's own clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => sleepFor(ms)
}
