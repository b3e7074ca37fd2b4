import type { Explanation } from '../shared/explanation.js'
import type { EventType } from '../shared/contract.js'
import { bodyProblemClause, describeNoAnswer } from '../shared/http-wording.js'
import { describeStatus, oneLine } from '../shared/server-text.js'
import { counted } from '../shared/wording.js'
import type { TestEvent } from './answer.js'
import type { InputLabel } from './inputs.js'
import type { NotReady, Readiness } from './readiness.js'
import type { ReceiptMissing, ReceiptSighting, Unproven } from './receipt.js'
import type { ReceiptSettings, WaitSettings } from './settings.js'

/** The readiness wait and the receipt wait in words: their progress lines and why they failed. */

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
      return `answered ${describeStatus(seen.status)} (${seen.serverMessage})`
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
        message: `${accepted}, but ${missing.refused}. So the receipt URL was not requested and the receipt token was not sent.`,
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
  { status, serverMessage, location }: Extract<ReceiptMissing, { kind: 'refused' }>,
  url: string,
  tokenGiven: boolean,
  label: InputLabel
): Explanation {
  const said = serverMessage === undefined ? '' : ` (${serverMessage})`
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
  const pointed = location === undefined ? '' : ` to ${location}, which is not followed`
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
    // Only several event types can share an id, and the shells put the event type before each title then.
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
