import { classifyStatus } from './answer.js'
import { failureStatus, isRetryable, type SendFailure, type UndocumentedBody } from './failure.js'
import type { InputLabel, InputName } from './inputs.js'
import type { Delivery, RetryNotice, SendResult } from './send.js'
import { explainInputIssues, type Explanation } from '../shared/explanation.js'
import type { InputIssue } from '../shared/input-readers.js'
import {
  bodyProblemClause,
  describeBodyProblem,
  describeNoAnswer,
  describeUnusableProxy
} from '../shared/http-wording.js'
import { retryableStatuses } from '../http/retry.js'
import { describeStatus } from '../shared/server-text.js'
import { listed, sentence } from '../shared/wording.js'

/** A send that failed, with the attempts it took. */
export type FailedSend = Extract<SendResult, { kind: 'failed' }>

export interface ExplainContext {
  label: InputLabel
  /** Where the key comes from and how to provide it: a secret in a workflow, an export in a terminal. */
  keyHint?: string
  /** The run is a pull request from a fork, where GitHub withholds secrets. */
  forkPullRequest?: boolean
  /** The api-key-id the request named, if any. */
  apiKeyId?: string
}

/** Why nothing was sent when the inputs cannot be used; where the key comes from when it is one of them. */
export function explainInvalidInputs(
  issues: ReadonlyArray<InputIssue<InputName>>,
  context: ExplainContext
): Explanation {
  const aboutTheKey = issues.some((issue) => issue.input === 'api-key')
  return explainInputIssues(issues, context.label, 'nothing was sent to Diffio', [
    ...(aboutTheKey && context.keyHint !== undefined ? [context.keyHint] : []),
    ...(context.forkPullRequest ? [forkNote(context.label)] : [])
  ])
}

function forkNote(label: InputLabel): string {
  return `This run is a pull request from a fork, and GitHub gives such runs no secrets: set ${label('dry-run')}: \${{ secrets.DIFFIO_API_KEY == '' }} so they check the inputs without sending.`
}

/** Why the send failed, in full: what happened, what to do, and the figures a summary shows. */
export function explainSendFailure(failed: FailedSend, context: ExplainContext): Explanation {
  const { failure, attempts } = failed
  const status = failed.lastStatus ?? failureStatus(failure)
  let message = describeSendFailure(failure)
  if (timedOut(failure))
    message = `${message.replace(/\.$/, '')} (${context.label('timeout-seconds')}).`
  if (attempts > 1) message = `Gave up after ${attempts} attempts. The last one: ${message}`
  else if (isRetryable(failure))
    message = `${message} Not retried: ${context.label('max-retries')} is 0.`
  const classed =
    failure.kind === 'error-status' ||
    failure.kind === 'redirect' ||
    failure.kind === 'unexpected-status'
  return {
    title: titleFor(failed),
    message,
    nextStep: nextStepFor(failure, context),
    ...(attempts > 0 && { attempts }),
    ...(status !== undefined && { status }),
    ...(classed && { statusClass: classifyStatus(failure.status) }),
    ...(failure.kind === 'error-status' && { serverMessage: failure.serverMessage })
  }
}

/** What went wrong with the last attempt, as one line: the failure's own sentence in logs and messages. */
export function describeSendFailure(failure: SendFailure): string {
  switch (failure.kind) {
    case 'error-status': {
      const { status, serverMessage, code, bodyProblem } = failure
      const coded = code === undefined ? '' : ` [code: ${code}]`
      const cut = bodyProblem === undefined ? '' : ` (the body ${bodyProblemClause(bodyProblem)})`
      return `Diffio answered ${describeStatus(status)} (${classifyStatus(status)}): ${serverMessage}${coded}${cut}`
    }
    case 'redirect':
      return `Diffio answered ${describeStatus(failure.status)}, a redirect to ${failure.location}. Redirects are not followed, so the API key is sent nowhere else.`
    case 'unexpected-status':
      return `Diffio answered ${describeStatus(failure.status)}, which the API reference does not describe for this request (only 200 means the test event was sent).`
    case 'unreadable-body':
      if (failure.status === 200 && failure.problem.kind === 'cut-short') {
        return `Diffio answered 200 OK, but the body ${bodyProblemClause(failure.problem)}, so the outputs cannot be set.`
      }
      return describeBodyProblem(failure.problem, failure.status)
    case 'undocumented-body':
      return `Diffio answered 200 OK, but ${describeUndocumented(failure.why)}, so the outputs cannot be set.`
    case 'mismatch': {
      const said = failure.mismatches.map(
        ({ field, asked, answered }) => `${field} ${answered} where the request asked for ${asked}`
      )
      return `Diffio answered 200 OK, but not about the event asked for: it says ${listed(said, 'and')}. The outputs are not set.`
    }
    case 'no-answer':
      return describeNoAnswer(failure.noAnswer, failure.host)
    case 'unusable-proxy':
      return describeUnusableProxy(failure)
  }
}

function describeUndocumented(why: UndocumentedBody): string {
  switch (why.kind) {
    case 'not-json':
      return `the body is not JSON (${why.excerpt === '' ? 'it is empty' : `it begins: ${why.excerpt}`})`
    case 'too-deep':
      return 'the body is nested too deeply to read'
    case 'holds-key':
      return 'the body holds the API key where it cannot be removed cleanly'
    case 'unprintable-fields':
      return `${listed(why.fields, 'and')} ${why.fields.length === 1 ? 'holds' : 'hold'} control characters or broken UTF-16, which no id has`
    case 'wrong-shape': {
      const fields = why.fields.map(({ field, found }) =>
        field === undefined
          ? `the body is ${withArticle(found)}, not an object`
          : `${field} is ${found === 'missing' ? found : withArticle(found)}`
      )
      return `the body is not the documented shape of five strings (${fields.join('; ')})`
    }
  }
}

/** "a number", "an object", "null". */
function withArticle(kind: string): string {
  if (kind === 'null' || kind === 'undefined') return kind
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`
}

/** The log line for a retry, worded the same in a workflow and a terminal. */
export function describeRetry({ attempt, attempts, failure, waitMs }: RetryNotice): string {
  return `Attempt ${attempt} of ${attempts} failed: ${sentence(describeSendFailure(failure))} ${describeWait(waitMs)}`
}

/** A wait under a second in ms: in tenths of a second, backoff's shortest waits would read "0.0 s". */
function describeWait(waitMs: number): string {
  const ms = Math.round(waitMs)
  if (ms <= 0) return 'Retrying now.'
  return ms < 1000 ? `Retrying in ${ms} ms.` : `Retrying in ${(ms / 1000).toFixed(1)} s.`
}

/** The line that says the event went out. */
export function describeDelivery({ event, attempts }: Delivery): string {
  const tries = attempts === 1 ? '' : ` after ${attempts} attempts`
  return `Sent ${event.eventType} (${event.mode}) as Svix message ${event.svixMessageId}${tries}.`
}

/** The log line for Diffio's 200: its status and its whole answer. */
export function answeredLine({ status, json }: Delivery): string {
  return `Diffio answered ${status}: ${json}`
}

/** The warning for something passed that is no input of this action, and its title. */
export function unknownInputWarning(stray: string): { text: string; title: string } {
  return {
    text: `${JSON.stringify(stray)} is not an input of this action and was ignored`,
    title: 'Unknown input'
  }
}

/** The attempt ran out of time, waiting for the answer or reading its body. */
function timedOut(failure: SendFailure): boolean {
  if (failure.kind === 'no-answer') return failure.noAnswer.reason === 'timed-out'
  return failure.kind === 'unreadable-body' && failure.problem.kind === 'too-slow'
}

function titleFor({ failure, lastStatus }: FailedSend): string {
  if (timedOut(failure)) return 'Diffio request timed out'
  switch (failure.kind) {
    case 'no-answer':
      if (failure.noAnswer.reason === 'not-http') return 'Unexpected answer from Diffio'
      return lastStatus === undefined
        ? 'Could not reach Diffio'
        : `Could not reach Diffio on the last attempt (an earlier one got ${lastStatus})`
    case 'unusable-proxy':
      return 'Could not reach Diffio'
    case 'redirect':
      return `Diffio answered with a redirect (${failure.status})`
    case 'unreadable-body':
    case 'undocumented-body':
    case 'unexpected-status':
      return `Unexpected answer from Diffio (${failure.status})`
    case 'mismatch':
      return `Diffio's answer does not match the request (${listed(
        failure.mismatches.map((mismatch) => mismatch.field),
        'and'
      )})`
    case 'error-status':
      break
  }
  const { status } = failure
  if (status === 401) return 'Diffio rejected the API key (401)'
  if (status === 403) return 'Diffio denied permission (403)'
  if (status === 402) return 'Diffio billing problem (402)'
  if (status === 429) return 'Diffio is limiting the rate (429)'
  if (status === 408) return 'Diffio timed out the request (408)'
  if (isRetryable(failure)) return `Diffio is unavailable (${status})`
  if (status >= 500 && status <= 599) return `Diffio server error (${status})`
  if (status >= 600) return `Unexpected status from Diffio (${status})`
  return `Diffio rejected the request (${status})`
}

function nextStepFor(failure: SendFailure, context: ExplainContext): string {
  const label = context.label
  const notDiffio = `Check that ${label('base-url')} points at Diffio's API, not at another service or a login page.`
  const cannotReach = `Check that this machine can reach the address in ${label('base-url')} (DNS, firewall, HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
  if (timedOut(failure)) {
    return `Raise ${label('timeout-seconds')}, or, if this machine reaches the internet through a proxy, check HTTPS_PROXY and NO_PROXY.`
  }
  switch (failure.kind) {
    case 'no-answer':
      return failure.noAnswer.reason === 'not-http' ? notDiffio : cannotReach
    case 'unusable-proxy':
      return cannotReach
    case 'redirect':
      return `Point ${label('base-url')} at the address that answers directly.`
    case 'unreadable-body':
      // Only a 200 cut short is retried: the connection broke, the address was right.
      if (isRetryable(failure))
        return 'The connection broke while Diffio was answering; try again. Diffio may have sent the event already.'
      return notDiffio
    case 'undocumented-body':
    case 'unexpected-status':
      return notDiffio
    case 'mismatch':
      return `Diffio may have sent another event than the one asked for. Check that ${label('base-url')} points at Diffio's API and that nothing on the way rewrites the request or the answer; if it does point there, report this answer to Diffio's support.`
    case 'error-status':
      break
  }
  const { status, serverMessage, code } = failure
  const keySource = context.keyHint === undefined ? [] : [context.keyHint]
  if (status === 401) {
    const fork = context.forkPullRequest ? [forkNote(label)] : []
    return [
      `${label('api-key')} is missing or wrong: check that it holds an active Diffio API key.`,
      ...keySource,
      ...fork
    ].join(' ')
  }
  if (status === 403) {
    const permission =
      context.apiKeyId !== undefined
        ? `Only admin keys may name another key in ${label('api-key-id')}; remove it or use an admin key. The key also needs the webhooks:write permission and must be active.`
        : 'Give the key the webhooks:write permission and make sure it is active.'
    return [permission, ...keySource].join(' ')
  }
  if (status === 402 || code === 'paymentFailed' || code === 'spendLimitExceeded') {
    return "Diffio is holding the account for billing: update the payment method or the spend limit in Diffio's dashboard."
  }
  if (status === 400) {
    const input = inputNamedBy(serverMessage)
    return input === undefined
      ? `Check ${label('event-type')}, ${label('mode')}, ${label('api-key-id')} and ${label('sample-payload')} against Diffio's API reference.`
      : `Fix ${label(input)}; Diffio said: ${serverMessage}`
  }
  if (status === 404 || status === 405) {
    return `Check ${label('base-url')}: it should be Diffio's API origin, with any gateway path prefix, and nothing in between may change the POST.`
  }
  if (status === 429)
    return `Diffio is limiting the rate for this key; try again later or raise ${label('max-retries')}.`
  if (isRetryable(failure)) {
    return "This is likely temporary on Diffio's side; try again. If it persists, Diffio's status page or support can tell more."
  }
  if (status >= 500 && status <= 599) {
    const retried = [...retryableStatuses].filter((retryable) => retryable >= 500)
    return `Diffio reported a server error that is not retried automatically (only ${listed(retried.map(String), 'and')} are); try again later.`
  }
  return 'Check the inputs against the message above.'
}

/** Which input a 400 message is about, from the body field it names. */
function inputNamedBy(serverMessage: string): InputName | undefined {
  if (/samplePayload/i.test(serverMessage)) return 'sample-payload'
  if (/apiKeyId/i.test(serverMessage)) return 'api-key-id'
  if (/eventType/i.test(serverMessage)) return 'event-type'
  if (/\bmode\b/i.test(serverMessage)) return 'mode'
  return undefined
}
