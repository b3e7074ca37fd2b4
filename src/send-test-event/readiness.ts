import { pollUntil } from '../http/poll.js'
import { attemptRequest, type NoAnswer } from '../http/request.js'
import { userAgent } from '../shared/version.js'
import type { WaitSettings } from './settings.js'
import type { WaitContext } from './wait-context.js'
import { svixFirstRetryMs } from '../shared/contract.js'

/** What one poll of wait-for-url found instead of a ready receiver. */
export type NotReady =
  | { kind: 'no-answer'; noAnswer: NoAnswer; host: string }
  /** A status other than 2xx; a 3xx is not followed. */
  | { kind: 'not-2xx'; status: number }
  /** A 2xx whose body could not be read whole to look for wait-for-text. */
  | { kind: 'body-unread'; status: number }
  /** A 2xx whose body does not hold wait-for-text yet. */
  | { kind: 'text-missing'; status: number }

export type Readiness =
  | { ready: true; waitedMs: number; polls: number }
  | {
      ready: false
      waitedMs: number
      polls: number
      /**
       * Cannot be reached as written (waiting will not help), or still not ready at the deadline.
       */
      ended:
        | { kind: 'unreachable'; noAnswer: NoAnswer; host: string }
        | { kind: 'timed-out'; lastSeen: NotReady }
    }

/**
 * GETs the URL until it answers 2xx, at the receipts' growing intervals, up to the deadline: right
 * after a deploy the receiver may not serve yet, and Svix retries a failed delivery only after 5 s,
 * then 5 minutes. Redirects are not followed: a 3xx counts as not ready.
 */
export async function waitUntilReady(
  wait: WaitSettings,
  context: WaitContext<NotReady>
): Promise<Readiness> {
  const headers = { 'user-agent': userAgent }
  const { host } = new URL(wait.url)
  const result = await pollUntil<number, NoAnswer, NotReady>(
    async (timeLimitMs) => {
      const attempt = await attemptRequest(
        { method: 'GET', url: wait.url, headers },
        timeLimitMs,
        context.dispatcher
      )
      let seen: NotReady
      if (attempt.kind === 'no-answer') {
        // An untrusted certificate, a plain-http port or a refusing proxy will not come right by
        // waiting.
        if (!attempt.transient && attempt.reason !== 'not-http') return { final: attempt }
        seen = { kind: 'no-answer', noAnswer: attempt, host }
      } else {
        const { status, bodyProblem, body } = attempt
        // A 2xx status says it serves, whether or not its body came whole in time; unless its body
        // must hold a text.
        if (status < 200 || status > 299) seen = { kind: 'not-2xx', status }
        else if (wait.text === undefined) return { found: status }
        else if (bodyProblem !== undefined) seen = { kind: 'body-unread', status }
        else if (body.includes(wait.text)) return { found: status }
        else seen = { kind: 'text-missing', status }
      }
      context.onPoll?.(seen)
      return { notYet: seen }
    },
    {
      deadlineMs: wait.timeoutSeconds * 1000,
      briskMs: svixFirstRetryMs,
      pollTimeLimitMs: context.pollTimeLimitMs,
      ...(context.sleep !== undefined && { sleep: context.sleep }),
      ...(context.now !== undefined && { now: context.now })
    }
  )
  const { elapsedMs: waitedMs, polls } = result
  if ('found' in result) return { ready: true, waitedMs, polls }
  if ('final' in result)
    return {
      ready: false,
      waitedMs,
      polls,
      ended: { kind: 'unreachable', noAnswer: result.final, host }
    }
  return { ready: false, waitedMs, polls, ended: { kind: 'timed-out', lastSeen: result.lastSeen } }
}
