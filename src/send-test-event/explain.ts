import type { TestEvent } from './answer.js'
import type { Outcome } from './results.js'
import {
  failureStatus,
  isRetryable,
  type SendFailure,
  type ServerSaid,
  type UndocumentedBody
} from './failure.js'
import type { InputLabel, InputName } from './inputs.js'
import type { NotReady, Readiness } from './readiness.js'
import type { ReceiptMissing, ReceiptSighting, Unproven } from './receipt.js'
import type { Delivery, FailedSend, RetryNotice } from './send.js'
import type { ReceiptSettings, WaitSettings } from './settings.js'
import type { EventType } from '../shared/contract.js'
import type { Placeholder, Unfillable } from '../shared/receipt-protocol.js'
import { explainInputIssues, type Explanation } from '../shared/explanation.js'
import type { InputIssue } from '../shared/input-readers.js'
import {
  bodyProblemClause,
  describeBodyProblem,
  describeNoAnswer,
  describeUnusableProxy
} from '../shared/http-wording.js'
import { retryableStatuses } from '../http/retry.js'
import { describeStatus, oneLine } from '../shared/server-text.js'
import { counted, listed, sentence } from '../shared/wording.js'

/**
 * The API reference's class for a status: how Diffio says a client should treat it. Statuses the
 * reference does not list get the class of their family; only the statuses retried are "retryable".
 */
export function classifyStatus(status: number): string {
  switch (status) {
    case 200:
      return 'complete'
    case 204:
      return 'empty response'
    case 400:
      return 'client error'
    case 401:
      return 'auth error'
    case 403:
      return 'permission error'
    case 405:
      return 'fix required'
  }
  if (retryableStatuses.has(status)) return 'retryable'
  if (status >= 500 && status <= 599) return 'server error'
  if (status >= 400 && status <= 499) return 'client error'
  if (status >= 300 && status <= 399) return 'redirect'
  return 'unexpected'
}

export interface ExplainContext {
  label: InputLabel
  /**
   * Where the key comes from and how to provide it: a secret in a workflow, an export in a
   * terminal.
   */
  keyHint?: string
  /** The run is a pull request from a fork, where GitHub withholds secrets. */
  forkPullRequest?: boolean
  /** The api-key-id the request named, if any. */
  apiKeyId?: string
}

/**
 * Why nothing was sent when the inputs cannot be used; where the key comes from when it is one of
 * them.
 */
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
    ...(failure.kind === 'error-status' && {
      serverMessage: describeServerSaid(failure, failure.status)
    })
  }
}

/**
 * What went wrong with the last attempt, as one line: the failure's own sentence in logs and
 * messages.
 */
export function describeSendFailure(failure: SendFailure): string {
  switch (failure.kind) {
    case 'error-status': {
      const { status, code, bodyProblem } = failure
      const serverMessage = describeServerSaid(failure, status)
      const coded = code === undefined ? '' : ` [code: ${code}]`
      const cut = bodyProblem === undefined ? '' : ` (the body ${bodyProblemClause(bodyProblem)})`
      return `Diffio answered ${describeStatus(status)} (${classifyStatus(status)}): ${serverMessage}${coded}${cut}`
    }
    case 'redirect':
      return `Diffio answered ${describeStatus(failure.status)}, a redirect to ${failure.location ?? '(no Location header)'}. Redirects are not followed, so the API key is sent nowhere else.`
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

/**
 * A wait under a second in ms: in tenths of a second, backoff's shortest waits would read "0.0 s".
 */
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

/** The warning for an input used, but not quite as written, and its title: the input's name. */
export function inputWarning(
  { input, problem }: InputIssue<InputName>,
  label: InputLabel
): { text: string; title: string } {
  return { text: `${label(input)} ${problem}`, title: label(input) }
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
  const { status, code } = failure
  const serverMessage = describeServerSaid(failure, status)
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
    const input = inputNamedBy(failure.serverMessage ?? '')
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

// The readiness wait and the receipt wait: their progress lines, and why they failed.

/** What the readiness URL's 2xx must show besides its status, in words that follow "2xx". */
function withText(wait: WaitSettings): string {
  return wait.text === undefined ? '' : ` with ${JSON.stringify(wait.text)} in its body`
}

export function waitingLine(wait: WaitSettings): string {
  return `Waiting up to ${wait.timeoutSeconds} s for ${wait.url} to answer 2xx${withText(wait)}.`
}

export function readyLine(wait: WaitSettings, waitedMs: number): string {
  return `${wait.url} answered 2xx${withText(wait)} after ${waitedMs} ms.`
}

export function notReadyLine(wait: WaitSettings, seen: NotReady): string {
  return `${wait.url} is not ready: ${notReadyBecause(seen, wait)}`
}

function notReadyBecause(seen: NotReady, wait: WaitSettings): string {
  if (seen.kind === 'no-answer') return oneLine(describeNoAnswer(seen.noAnswer, seen.host))
  const { status } = seen
  const redirect = status >= 300 && status <= 399 ? ' (redirects are not followed)' : ''
  const why = `it answered ${describeStatus(status)}${redirect}`
  const text = JSON.stringify(wait.text)
  switch (seen.kind) {
    case 'not-2xx':
      return why
    case 'body-unread':
      return `${why}, but its body could not be read whole to look for ${text}`
    case 'text-missing':
      return `${why}, but its body does not contain ${text} yet (the previous version may still be serving)`
  }
}

/** Why nothing was sent: wait-for-url cannot be reached as written, or was not ready in time. */
export function explainNotReady(
  wait: WaitSettings,
  { ended, polls }: Extract<Readiness, { ready: false }>,
  label: InputLabel
): Explanation {
  if (ended.kind === 'unreachable') {
    return {
      title: `${label('wait-for-url')} cannot be reached as written`,
      message: `Nothing was sent to Diffio: ${oneLine(describeNoAnswer(ended.noAnswer, ended.host))}`,
      nextStep: `Check ${label('wait-for-url')}: its scheme and port (https on a port that speaks plain http fails), and NODE_EXTRA_CA_CERTS for a private CA.`
    }
  }
  const tries = counted(polls, 'try', 'tries')
  const lastSeen = notReadyBecause(ended.lastSeen, wait)
  const raise = `raise ${label('wait-timeout-seconds')} if it`
  return {
    title: `${label('wait-for-url')} was not ready within ${wait.timeoutSeconds} s`,
    message: `Nothing was sent to Diffio: ${wait.url} did not answer 2xx${withText(wait)} in ${tries} over ${wait.timeoutSeconds} s. Last seen: ${lastSeen}`,
    nextStep:
      wait.text === undefined
        ? `Check that the receiver is deployed and serving, and that ${label('wait-for-url')} is a URL it answers 2xx on once ready; ${raise} starts slowly.`
        : `Check that the new version of the receiver is deployed and serving, and that its answer at ${label('wait-for-url')} shows ${label('wait-for-text')} (its version or commit, for example); ${raise} deploys slowly.`
  }
}

export function receiptWaitLine({ urlTemplate, timeoutSeconds }: ReceiptSettings): string {
  return `Once Diffio accepts each event, the receiver has up to ${timeoutSeconds} s to confirm it at ${urlTemplate}.`
}

export function receiptPollLine(seen: ReceiptSighting): string {
  return `Waiting for the receipt: not there yet; the receipt URL ${describeSighting(seen)}`
}

export function confirmedLine(eventType: EventType, latencyMs: number, url: string): string {
  return `The receiver confirmed ${eventType} ${latencyMs} ms after Diffio's answer (${url}).`
}

/** What a poll found, in words that follow "the receipt URL". */
function describeSighting(seen: ReceiptSighting): string {
  switch (seen.kind) {
    case 'unproven':
      return `answered ${describeStatus(seen.status)} without naming the event: ${describeUnproven(seen.unproven)}`
    case 'not-yet':
    case 'busy':
      return `answered ${describeStatus(seen.status)} (${describeServerSaid(seen.said, seen.status)})`
    case 'no-answer':
      return `failed: ${oneLine(describeNoAnswer(seen.noAnswer, seen.host))}`
  }
}

/** Why a 2xx body is no receipt, in words that follow "without naming the event:". */
function describeUnproven(unproven: Unproven): string {
  switch (unproven.because) {
    case 'not-json':
      if (unproven.bodyProblem !== undefined)
        return `its body ${bodyProblemClause(unproven.bodyProblem)}`
      return unproven.start === ''
        ? 'its body is empty'
        : `its body is not JSON (it begins: ${unproven.start})`
    case 'not-an-object':
      return 'its body is JSON, but not an object'
    case 'names-no-event':
      return 'its JSON has neither eventId nor svixMessageId'
    case 'names-another-event':
      return `its JSON names another event (${unproven.field} ${unproven.value})`
  }
}

/** Where the receipt wait stood: the URL asked and how many polls it made. */
export interface ReceiptWait {
  url: string
  polls: number
}

/** Why the receiver did not confirm an event Diffio accepted. */
export function explainNoReceipt(
  missing: ReceiptMissing,
  event: TestEvent,
  { url, polls }: ReceiptWait,
  receipt: Pick<ReceiptSettings, 'timeoutSeconds' | 'token'>,
  label: InputLabel
): Explanation {
  const accepted = `Diffio accepted ${event.eventType} (event ${event.eventId}, Svix message ${event.svixMessageId})`
  const within = `within ${receipt.timeoutSeconds} s`
  switch (missing.kind) {
    case 'unfillable':
      return {
        title: `The receipt URL cannot be asked about ${event.eventType}`,
        message: `${accepted}, but ${describeUnfillable(missing.refused)}. So the receipt URL was not requested and the receipt token was not sent.`,
        nextStep: `Look for the event in the receiver's own log by its ids. Such a value is safe in the query of ${label('receipt-url')} (…/receipts?id={event-id}), where it cannot change the path.`
      }
    case 'unusable':
      return {
        title: 'The receipt URL gave no usable answer',
        message: `GET ${url} failed: ${oneLine(describeNoAnswer(missing.noAnswer, missing.host))}`,
        nextStep: `Check ${label('receipt-url')}: it should be the receiver's receipt route, reachable from this runner (HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
      }
    case 'refused':
      return explainRefused(missing, url, receipt.token !== undefined, label)
  }
  const { lastSeen } = missing
  const after = `after ${counted(polls, 'poll')} in ${receipt.timeoutSeconds} s`
  if (lastSeen.kind === 'unproven') {
    return {
      title: `The receipt URL answered ${lastSeen.status} without naming ${event.eventType}`,
      message: `${accepted}, but the receiver did not confirm it: ${after}, GET ${url} last answered ${describeStatus(lastSeen.status)}, and ${describeUnproven(lastSeen.unproven)}. A receipt is a JSON object naming the event: "eventId": "${event.eventId}" or "svixMessageId": "${event.svixMessageId}".`,
      nextStep: `Check ${label('receipt-url')}: a catch-all route (a single-page app's index page, a generic 200) answers every path. The receiver's receipt route must answer JSON naming the event once it has it, and 404 until then, as the receipt protocol says.`
    }
  }
  if (!missing.answered) {
    return {
      title: `The receipt URL never answered ${within}`,
      message: `${accepted}, but GET ${url} got no answer in ${counted(polls, 'try', 'tries')}; the last one ${describeSighting(lastSeen)}`,
      nextStep: `Check that ${label('receipt-url')} is the receiver's receipt route and that this runner can reach it (DNS, firewall, HTTPS_PROXY/NO_PROXY for proxies).`
    }
  }
  return {
    title: `No receipt for ${event.eventType} ${within}`,
    message: `${accepted}, but the receiver did not confirm it: ${after}, GET ${url} last ${describeSighting(lastSeen)}.`,
    nextStep: `Check that the endpoint configured in Diffio for ${event.mode} mode is this receiver; look in the receiver's logs for signature failures (a wrong signing secret is the usual cause); and check that it records event ids as the receipt protocol says, at the path in ${label('receipt-url')}. If deliveries are slow, raise ${label('receipt-timeout-seconds')}.`
  }
}

function explainRefused(
  { status, said: server, location }: Extract<ReceiptMissing, { kind: 'refused' }>,
  url: string,
  tokenGiven: boolean,
  label: InputLabel
): Explanation {
  const spoke = server.serverMessage !== undefined || server.bodyExcerpt !== undefined
  const said = spoke ? ` (${describeServerSaid(server, status)})` : ''
  if (status === 401 || status === 403) {
    return {
      title: tokenGiven
        ? `The receiver refused the receipt token (${status})`
        : `The receiver wants a receipt token (${status})`,
      message: `GET ${url} answered ${describeStatus(status)}${said}.`,
      nextStep: tokenGiven
        ? `Check ${label('receipt-token')}: it must be the token the receiver expects as Authorization: Bearer.`
        : `Set ${label('receipt-token')} to the token the receiver expects as Authorization: Bearer.`
    }
  }
  const pointed =
    location === undefined ? '' : ` to ${location ?? '(no Location header)'}, which is not followed`
  return {
    title: `The receipt URL answered ${status}`,
    message: `GET ${url} answered ${describeStatus(status)}${pointed}${said}; the receipt protocol answers 200 or 404.`,
    nextStep: `Check ${label('receipt-url')}: it should be the receiver's receipt route, with {event-id} or {svix-message-id} where the id goes.`
  }
}

/** Two event types came back with one event id: one receipt is not counted for both. */
export function explainSharedEventId(
  event: TestEvent,
  first: EventType,
  label: InputLabel
): Explanation {
  return {
    // Only several event types can share an id, and the shells put the event type before each title
    // then.
    title: `Came back with the event id of ${first}`,
    message: `Diffio accepted ${event.eventType} (Svix message ${event.svixMessageId}) with event id ${event.eventId}, the id it gave ${first}. A receipt names one event, so one receipt is not counted for both: the receipt wait is ${first}'s, and ${event.eventType} is not confirmed.`,
    nextStep: `Diffio gives each event its own id, so this answer is not Diffio's usual one: check ${label('base-url')}, and send the event types one at a time to confirm each.`
  }
}

/** What a dry run would have done around the requests it shows. */
export function dryRunNotes(
  { apiKey, wait, receipt }: { apiKey: string; wait?: WaitSettings; receipt?: ReceiptSettings },
  label: InputLabel
): string[] {
  const notes = [
    apiKey === ''
      ? `${label('api-key')} is empty, which a dry run allows: it sends nothing.`
      : `${label('api-key')} was not checked: a dry run sends nothing, so any value will do. A real run needs a Diffio API key that Diffio accepts.`
  ]
  if (wait !== undefined)
    notes.push(
      `It would first wait up to ${wait.timeoutSeconds} s for GET ${wait.url} to answer 2xx${withText(wait)}.`
    )
  if (receipt !== undefined)
    notes.push(
      `It would then poll GET ${receipt.urlTemplate} for each event, up to ${receipt.timeoutSeconds} s, with the placeholders filled from Diffio's answer.`
    )
  return notes
}

const placeholderMeaning: Record<Placeholder, string> = {
  '{event-id}': 'event id',
  '{svix-message-id}': 'Svix message id',
  '{event-type}': 'event type',
  '{mode}': 'mode'
}

/**
 * What a server said, as a message quotes it: its error text, an excerpt of its body, or, when it
 * said nothing, the message Diffio's SDKs give such an answer.
 */
function describeServerSaid(said: ServerSaid, status: number): string {
  if (said.serverMessage !== undefined) return said.serverMessage
  if (said.bodyExcerpt !== undefined) return `response body: ${said.bodyExcerpt}`
  return `Request failed with status ${status}`
}

/** Why an event's ids cannot fill the receipt URL, in words that follow "but". */
export function describeUnfillable(refused: Unfillable): string {
  switch (refused.kind) {
    case 'empty-id':
      return `Diffio's answer gave the ${placeholderMeaning[refused.placeholder]} as an empty string, which would leave ${refused.placeholder} out of the receipt URL`
    case 'dot-segment':
      return `Diffio's answer gave the ${placeholderMeaning[refused.placeholder]} as ${JSON.stringify(refused.value)}, which a URL path reads as ${refused.value === '.' ? 'the folder it is in' : 'the folder above'}, not as an id`
    case 'leaves-origin':
      return `the ids in Diffio's answer would send the receipt request ${refused.origin === undefined ? 'to no valid URL' : `to ${refused.origin}`}, not to the receipt URL's host`
  }
}

/** What a run sent, for a message about something that went wrong after it. */
export function whatWasSent(outcome: Outcome): string {
  if (outcome.kind !== 'sent')
    return outcome.kind === 'dry-run'
      ? 'This was a dry run: nothing was sent to Diffio.'
      : 'Nothing was sent to Diffio.'
  const sent = outcome.results.flatMap(({ eventType, delivery }) =>
    delivery === undefined
      ? []
      : [
          `${eventType} as Svix message ${delivery.event.svixMessageId} (event ${delivery.event.eventId})`
        ]
  )
  return sent.length === 0 ? 'Diffio accepted no event.' : `Diffio accepted ${listed(sent, 'and')}.`
}
