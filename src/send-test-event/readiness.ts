import { describeStatus } from './answer.js'
import type { Explanation } from '../shared/explanation.js'
import { SendFailure } from './failure.js'
import { pollUntil, type PollContext } from '../http/poll.js'
import { printable, type Redactor } from '../shared/redact.js'
import { attemptRequest } from '../http/request.js'
import { userAgent } from '../shared/version.js'
import { counted } from '../shared/wording.js'
import type { WaitSettings } from './settings.js'

export type Readiness = { ready: true; waitedMs: number; polls: number } | { ready: false; waitedMs: number; explanation: Explanation }


/**
 * GETs the URL until it answers 2xx, at the receipts' growing intervals, up to the deadline: right
 * after a deploy the receiver may not serve yet, and Svix retries a failed delivery only after 5 s,
 * then 5 minutes. Redirects are not followed: a 3xx counts as not ready.
 */
export async function waitUntilReady(wait: WaitSettings, context: PollContext): Promise<Readiness> {
  const headers = { 'user-agent': userAgent }
  const url = printable(wait.url, context.redact)
  const result = await pollUntil<number, SendFailure>(
    async (timeLimitMs) => {
      let why: string
      try {
        const { status, body } = await attemptRequest({ method: 'GET', url: wait.url, headers }, timeLimitMs, context.dispatcher, context.redact)
        if (status >= 200 && status <= 299 && showsText(wait, body)) return { found: status }
        why = `it answered ${describeStatus(status)}${status >= 300 && status <= 399 ? ' (redirects are not followed)' : ''}`
        if (status >= 200 && status <= 299) why += `, but its body does not contain ${JSON.stringify(wait.text)} yet (the previous version may still be serving)`
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error
        // A 2xx status says it serves, whether or not its body came whole in time; unless its body must hold a text.
        const { status } = error.details
        if (status !== undefined && status >= 200 && status <= 299 && wait.text === undefined) return { found: status }
        // An untrusted certificate or a plain-http port will not come right by waiting.
        if (error.details.kind === 'network' && !error.details.retryable) return { final: error }
        why = error.message
      }
      context.onPoll?.(`${url} is not ready: ${why}`)
      return { notYet: why }
    },
    {
      deadlineMs: wait.timeoutSeconds * 1000,
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
        message: `Nothing was sent to Diffio: ${result.final.message}`,
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

/** Whether a 2xx body shows what wait-for-text asks for: anything, when it asks for nothing. */
function showsText(wait: WaitSettings, body: string): boolean {
  return wait.text === undefined || body.includes(wait.text)
}
