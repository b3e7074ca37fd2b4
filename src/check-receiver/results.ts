import type { UnusableProxy } from '../http/dispatcher.js'
import type { NoAnswer } from '../http/request.js'
import { expectation, type CheckName, type Expectation } from './deliveries.js'

/**
 * What the receiver did with a check:
 * - accepted / refused: answered 2xx / anything else (a 3xx included: Svix does not follow it)
 * - inconclusive: answered 408, 429 or 5xx, which says it was busy or failing, not what it made of
 *   the delivery; or its receipt route answered 2xx without naming the event, as a catch-all route
 *   does
 * - recorded / not-recorded: its receipt route confirmed the event / answered 404 for it
 * - timed-out: no answer within the time limit; unreachable: no answer at all
 * - skipped: not asked, since an earlier answer made it pointless
 */
export type Got =
  | 'accepted'
  | 'refused'
  | 'inconclusive'
  | 'recorded'
  | 'not-recorded'
  | 'timed-out'
  | 'unreachable'
  | 'skipped'

/**
 * Why no answer came, as the HTTP floor said it: none from the host a request went to, or proxy
 * settings that cannot be used.
 */
export type Fault =
  | { kind: 'no-answer'; host: string; noAnswer: NoAnswer }
  | { kind: 'unusable-proxy'; proxy: UnusableProxy }

/**
 * How one check went, as data; explain.ts words it. Every text in it is the receiver's or the
 * network's, as they sent it.
 */
export interface CheckResult {
  check: CheckName
  got: Got
  /** The status of the answer that decided it, when one came. */
  status?: number
  /** How long the receiver took, in whole milliseconds; 0 when skipped. */
  ms: number
  /** The deciding answer's body, and where a redirect pointed, as the receiver sent them. */
  said?: { body: string; location?: string }
  /** Why no answer came. */
  fault?: Fault
  /** forgeries-not-recorded: the forgeries the receipt route confirmed. */
  recorded?: CheckName[]
  /** A receipt check answered 2xx by a body that is no receipt for the event: why not. */
  unproven?: 'not-json' | 'not-an-object' | 'names-no-event' | 'names-another-event'
}

/** Answers that say the receiver is busy or failing, not what it made of a delivery. */
export function isInconclusiveStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

export function expected(result: CheckResult): Expectation {
  return expectation(result.check)
}

/**
 * Whether the receiver did what the check expects; null when the check was skipped, so counting
 * false counts failures.
 */
export function resultOk(result: CheckResult): boolean | null {
  return result.got === 'skipped' ? null : result.got === expected(result)
}

/** The receiver passed: it did what every check it was asked expects. */
export function checkPassed(results: readonly CheckResult[]): boolean {
  return results.length > 0 && results.every((result) => resultOk(result) !== false)
}

/** The results as the `results` output and the CLI's stdout carry them. */
export function resultsJson(results: readonly CheckResult[]): string {
  return JSON.stringify(
    results.map((result) => ({
      check: result.check,
      expected: expected(result),
      got: result.got,
      status: result.status ?? null,
      ms: result.ms,
      ok: resultOk(result)
    }))
  )
}
