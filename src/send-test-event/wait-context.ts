import type { Dispatcher } from 'undici'
import type { InputLabel } from './inputs.js'

/** What the readiness and receipt waits work with: the run's connection pool and time limit, and input names. */
export interface WaitContext {
  dispatcher: Dispatcher
  /** The most one poll may take. */
  pollTimeLimitMs: number
  label: InputLabel
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
  /** Told after each poll that found nothing yet, with a line to show. */
  onPoll?: (line: string) => void
}
