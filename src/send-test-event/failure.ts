import type { InputName } from './inputs.js'

export interface InputIssue {
  /** The input's name as in action.yml, e.g. "event-type". */
  input: InputName
  /** What is wrong and the expected form, worded to follow the input's name. */
  problem: string
}

/** One or more inputs are unusable; nothing was sent. */
export class InputError extends Error {
  override name = 'InputError'
  readonly issues: InputIssue[]

  constructor(issues: InputIssue[]) {
    super(issues.map((issue) => `${issue.input} ${issue.problem}`).join('\n'))
    this.issues = issues
  }
}

/**
 * Why a send failed, in the terms a user acts on:
 * - api: Diffio (or a gateway before it) answered with an error status
 * - unexpected-answer: a status or body that the API reference does not describe
 * - redirect: a 3xx, which is never followed so the key stays where it was sent
 * - too-large: a body beyond the size cap
 * - network: no answer came (refused, reset, DNS, TLS, proxy)
 * - timeout: an attempt ran out of time
 */
export type FailureKind = 'api' | 'unexpected-answer' | 'redirect' | 'too-large' | 'network' | 'timeout'

export interface FailureDetails {
  kind: FailureKind
  /** Whether another attempt could succeed, so the retry loop may try again. */
  retryable: boolean
  /** HTTP status of the answer, when one came. */
  status?: number
  /** The API reference's class for the status, e.g. "auth error". */
  statusClass?: string
  /** The server's `error` text, or a short excerpt of a body that is not JSON. */
  serverMessage?: string
  /** The server's machine-readable `code`, e.g. "paymentFailed". */
  code?: string
  /** Where a redirect pointed. */
  location?: string
  /** Seconds the server asked to wait (Retry-After), when it said. */
  retryAfterSeconds?: number
}

/** How a send went over all its attempts. */
export interface AttemptTally {
  attempts: number
  /** The status of the last answer any attempt got, the failing one's or, when it got none, an earlier one's. */
  lastStatus?: number
}

/** A send that did not end in a usable 200; the message is already redacted. */
export class SendFailure extends Error {
  override name = 'SendFailure'
  readonly details: FailureDetails
  /** How many attempts were made in all: 1 until the retry loop gives up and says otherwise. */
  readonly attempts: number
  readonly lastStatus?: number

  constructor(message: string, details: FailureDetails, tally: AttemptTally = { attempts: 1 }) {
    super(message)
    this.details = details
    this.attempts = tally.attempts
    const lastStatus = tally.lastStatus ?? details.status
    if (lastStatus !== undefined) this.lastStatus = lastStatus
  }

  /** The same failure, as the last of the attempts the tally counts. */
  after(tally: AttemptTally): SendFailure {
    return new SendFailure(this.message, this.details, tally)
  }
}
