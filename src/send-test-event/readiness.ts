import type { Explanation } from '../shared/explanation.js'
import { describeNoAnswer } from '../shared/http-wording.js'
import { pollUntil } from '../http/poll.js'
import { attemptRequest, type Attempt, type NoAnswer } from '../http/request.js'
import { describeStatus, oneLine } from '../shared/server-text.js'
import { userAgent } from '../shared/version.js'
import { counted } from '../shared/wording.js'
import type { WaitSettings } from './settings.js'
import type { WaitContext } from './wait-context.js'
import { svixFirstRetryMs } from '../shared/contract.js'

export type Readiness =
  | { ready: true; waitedMs: number; polls: number }
  | { ready: false; waitedMs: number; explanation: Explanation }

/**
 * GETs the URL until it answers 2xx, at the receipts' growing intervals, up to the deadline: right
 * after a deploy the receiver may not serve yet, and Svix retries a failed delivery only after 5 s,
 * then 5 minutes. Redirects are not followed: a 3xx counts as not ready.
 */
export async function waitUntilReady(wait: WaitSettings, context: WaitContext): Promise<Readiness> {
  const headers = { 'user-agent': userAgent }
  const url = wait.url
  const { host } = new URL(wait.url)
  const result = await pollUntil<number, NoAnswer>(
    async (timeLimitMs) => {
      const attempt = await attemptRequest(
        { method: 'GET', url: wait.url, headers },
        timeLimitMs,
        context.dispatcher
      )
      // A 2xx status says it serves, whether or not its body came whole in time; unless its body must hold a text.
      if (
        attempt.kind === 'answer' &&
        attempt.status >= 200 &&
        attempt.status <= 299 &&
        showsText(wait, attempt)
      )
        return { found: attempt.status }
      // An untrusted certificate, a plain-http port or a refusing proxy will not come right by waiting.
      if (attempt.kind === 'no-answer' && !attempt.transient && attempt.reason !== 'not-http')
        return { final: attempt }
      const why = oneLine(notReadyBecause(attempt, host, wait))
      context.onPoll?.(`${url} is not ready: ${why}`)
      return { notYet: why }
    },
    {
      deadlineMs: wait.timeoutSeconds * 1000,
      briskMs: svixFirstRetryMs,
      pollTimeLimitMs: context.pollTimeLimitMs,
      ...(context.sleep !== undefined && { sleep: context.sleep }),
      ...(context.now !== undefined && { now: context.now })
    }
  )
  if ('final' in result) {
    return {
      ready: false,
      waitedMs: result.elapsedMs,
      explanation: {
        title: `${context.label('wait-for-url')} cannot be reached as written`,
        message: `Nothing was sent to Diffio: ${oneLine(describeNoAnswer(result.final, host))}`,
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
      message: `Nothing was sent to Diffio: ${url} did not answer 2xx${wait.text === undefined ? '' : ` with ${JSON.stringify(wait.text)} in its body`} in ${counted(result.polls, 'try', 'tries')} over ${wait.timeoutSeconds} s. Last seen: ${result.lastSeen}`,
      nextStep:
        wait.text === undefined
          ? `Check that the receiver is deployed and serving, and that ${context.label('wait-for-url')} is a URL it answers 2xx on once ready; raise ${context.label('wait-timeout-seconds')} if it starts slowly.`
          : `Check that the new version of the receiver is deployed and serving, and that its answer at ${context.label('wait-for-url')} shows ${context.label('wait-for-text')} (its version or commit, for example); raise ${context.label('wait-timeout-seconds')} if it deploys slowly.`
    }
  }
}

/** Whether a 2xx answer shows what wait-for-text asks for: anything, when it asks for nothing. */
function showsText(wait: WaitSettings, answer: Extract<Attempt, { kind: 'answer' }>): boolean {
  return (
    wait.text === undefined || (answer.bodyProblem === undefined && answer.body.includes(wait.text))
  )
}

function notReadyBecause(attempt: Attempt, host: string, wait: WaitSettings): string {
  if (attempt.kind === 'no-answer') return describeNoAnswer(attempt, host)
  const { status } = attempt
  const why = `it answered ${describeStatus(status)}${status >= 300 && status <= 399 ? ' (redirects are not followed)' : ''}`
  if (status < 200 || status > 299) return why
  if (attempt.bodyProblem !== undefined)
    return `${why}, but its body could not be read whole to look for ${JSON.stringify(wait.text)}`
  return `${why}, but its body does not contain ${JSON.stringify(wait.text)} yet (the previous version may still be serving)`
}
