import type { Explanation } from '../shared/explanation.js'
import { describeNoAnswer } from '../shared/http-wording.js'
import { pollUntil } from '../http/poll.js'
import { printable } from '../shared/redact.js'
import { attemptRequest, type Attempt, type NoAnswer } from '../http/request.js'
import { describeStatus } from '../shared/server-text.js'
import { userAgent } from '../shared/version.js'
import { counted } from '../shared/wording.js'
import type { WaitContext } from './wait-context.js'

export type Readiness = { ready: true; waitedMs: number; polls: number } | { ready: false; waitedMs: number; explanation: Explanation }

/**
 * GETs the URL until it answers 2xx, at the receipts' growing intervals, up to the deadline: right
 * after a deploy the receiver may not serve yet, and Svix retries a failed delivery only after 5 s,
 * then 5 minutes. Redirects are not followed: a 3xx counts as not ready.
 */
export async function waitUntilReady(wait: { url: string; timeoutSeconds: number }, context: WaitContext): Promise<Readiness> {
  const headers = { 'user-agent': userAgent }
  const url = printable(wait.url, context.redact)
  const { host } = new URL(wait.url)
  const result = await pollUntil<number, NoAnswer>(
    async (timeLimitMs) => {
      const attempt = await attemptRequest({ method: 'GET', url: wait.url, headers }, timeLimitMs, context.dispatcher)
      // A 2xx status says it serves, whether or not its body came whole in time.
      if (attempt.kind === 'answer' && attempt.status >= 200 && attempt.status <= 299) return { found: attempt.status }
      // An untrusted certificate, a plain-http port or a refusing proxy will not come right by waiting.
      if (attempt.kind === 'no-answer' && !attempt.transient && attempt.reason !== 'not-http') return { final: attempt }
      const why = printable(notReadyBecause(attempt, host), context.redact)
      context.onPoll?.(`${url} is not ready: ${why}`)
      return { notYet: why }
    },
    {
      deadlineMs: wait.timeoutSeconds * 1000,
      pollTimeLimitMs: context.pollTimeLimitMs,
      ...(context.sleep !== undefined && { sleep: context.sleep })
    }
  )
  if ('final' in result) {
    return {
      ready: false,
      waitedMs: result.elapsedMs,
      explanation: {
        title: `${context.label('wait-for-url')} cannot be reached as written`,
        message: `Nothing was sent to Diffio: ${printable(describeNoAnswer(result.final, host), context.redact)}`,
        nextStep: `Check ${context.label('wait-for-url')}: its scheme and port (https on a port that speaks plain http fails), and NODE_EXTRA_CA_CERTS for a private CA.`
      }
    }
  }
  if ('found' in result) return { ready: true, waitedMs: result.elapsedMs, polls: result.polls }
  return {
    ready: false,
    waitedMs: result.elapsedMs,
    explanation: {
      title: `${context.label('wait-for-url')} was not ready within ${wait.timeoutSeconds} s`,
      message: `Nothing was sent to Diffio: ${url} did not answer 2xx in ${counted(result.polls, 'try', 'tries')} over ${wait.timeoutSeconds} s. Last seen: ${result.lastSeen}`,
      nextStep: `Check that the receiver is deployed and serving, and that ${context.label('wait-for-url')} is a URL it answers 2xx on once ready; raise ${context.label('wait-timeout-seconds')} if it starts slowly.`
    }
  }
}

function notReadyBecause(attempt: Attempt, host: string): string {
  if (attempt.kind === 'no-answer') return describeNoAnswer(attempt, host)
  const { status } = attempt
  return `it answered ${describeStatus(status)}${status >= 300 && status <= 399 ? ' (redirects are not followed)' : ''}`
}
