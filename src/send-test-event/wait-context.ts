import type { Dispatcher } from 'undici'
import type { Redactor } from '../shared/redact.js'
import type { InputLabel } from './inputs.js'

/** What the readiness and receipt waits work with: the run's connection pool and time limit, its redactor and input names. */
export interface WaitContext {
  dispatcher: Dispatcher
  /** The most one poll may take. */
  pollTimeLimitMs: number
  redact: Redactor
  label: InputLabel
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
  /** Told after each poll that found nothing yet, with a line to show. */
  onPoll?: (line: string) => void
}
