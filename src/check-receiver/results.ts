import { checks, type CheckName } from './deliveries.js'
import type { CheckInputLabel, ReceiverCheckSettings } from './settings.js'
import { receiverTimeLimitSeconds, signatureToleranceSeconds } from '../shared/contract.js'
import type { Explanation } from '../shared/explanation.js'
import { listed, sentence } from '../shared/wording.js'

/** How one check went. Every text is already redacted. */
export interface CheckResult {
  check: CheckName
  description: string
  expected: 'accepted' | 'refused'
  /** What the receiver did: answered 2xx, answered anything else, gave no answer in time or none at all, or was not asked. */
  got: 'accepted' | 'refused' | 'timed out' | 'no answer' | 'not sent'
  /** The status it answered with, when it did. */
  status?: number
  ok: boolean
  /** How long the receiver took, in whole milliseconds; 0 when nothing was sent. */
  ms: number
  /** Why the check failed, or why it was not made. */
  error?: string
}

/** Answers to a forgery that say nothing about its signature: a rate limit or an overloaded receiver. */
export const inconclusiveStatuses: ReadonlySet<number> = new Set([429, 503])

/** The results as the `results` output and the CLI's stdout carry them. */
export function resultsJson(results: CheckResult[]): string {
  return JSON.stringify(
    results.map(({ check, status, ok, ms, error }) => ({ check, status: status ?? null, ok, ms, ...(error !== undefined && { error }) }))
  )
}

/** The columns of a results table, in a job summary or a terminal. */
export const resultColumns = ['Check', 'Expected', 'Got', 'Status', 'Time', 'Result'] as const

/** One row of a results table; `name` picks the check's short name or its description, `none` fills empty cells. */
export function resultCells(result: CheckResult, name: 'check' | 'description', none: string): string[] {
  const sent = result.got !== 'not sent'
  return [
    result[name],
    result.expected,
    result.got,
    result.status === undefined ? none : String(result.status),
    sent ? `${result.ms} ms` : none,
    !sent ? 'skipped' : result.ok ? 'pass' : 'FAIL'
  ]
}

/** One line saying how a check went, the same in a workflow log and a terminal. */
export function describeResult(result: CheckResult): string {
  const verdict = result.got === 'not sent' ? 'skip' : result.ok ? 'pass' : 'FAIL'
  const answer = result.ok
    ? `${result.got} with ${result.status} in ${result.ms} ms`
    : `${result.error}${result.status === undefined ? '' : ` (${result.ms} ms)`}`
  return `${verdict}  ${result.description}: ${answer}`
}

/** Why the check failed, or undefined when the receiver got every delivery right. */
export function explainResults(results: CheckResult[], settings: ReceiverCheckSettings, label: CheckInputLabel): Explanation | undefined {
  const [genuine] = results
  const forged = results.filter((result) => result.expected === 'refused' && !result.ok && result.got !== 'not sent')
  const genuinePart = genuine === undefined || genuine.ok ? undefined : explainGenuine(genuine, settings, label)
  const forgedPart = forged.length === 0 ? undefined : explainForgeries(forged)
  if (genuinePart === undefined || forgedPart === undefined) return genuinePart ?? forgedPart
  return {
    title: `${genuinePart.title}, and ${forgedPart.title.replace(/^The receiver /, '')}`,
    message: `${genuinePart.message}\n${forgedPart.message}`,
    nextStep: `${genuinePart.nextStep}\n${forgedPart.nextStep}`
  }
}

function explainGenuine(genuine: CheckResult, settings: ReceiverCheckSettings, label: CheckInputLabel): Explanation {
  const skipped = 'The forged deliveries were not sent.'
  if (genuine.got === 'timed out') {
    return {
      title: 'The receiver did not answer in time',
      message: `The genuine delivery got no answer within ${settings.timeoutSeconds} s (${label('timeout-seconds')}): ${genuine.error} Svix gives a receiver ${receiverTimeLimitSeconds} s, then counts the delivery failed and retries it. ${skipped}`,
      nextStep: `Answer 2xx as soon as the signature is verified and do slow work after answering, and check that ${label('url')} reaches the receiver.`
    }
  }
  if (genuine.got === 'no answer') {
    return {
      title: 'Could not reach the receiver',
      message: `${genuine.error} ${skipped}`,
      nextStep: `Check that ${label('url')} is the deployed receiver's webhook URL, that it is up, and that this runner can reach it (DNS, firewall, HTTPS_PROXY/NO_PROXY, NODE_EXTRA_CA_CERTS for a private CA).`
    }
  }
  const status = genuine.status!
  const secret = `${label('webhook-secret')} is likely wrong: use the signing secret of the endpoint at exactly this URL (each endpoint has its own).`
  const wrongUrl = `${label('url')} is likely wrong: give the receiver's webhook route, the URL the endpoint is configured with in Diffio.`
  let nextStep: string
  if (status >= 300 && status < 400) {
    nextStep = `${label('url')} is likely wrong: Svix does not follow redirects, so give the address that answers directly (check the scheme, the host and any trailing slash).`
  } else if (status === 401 || status === 403) nextStep = secret
  else if (status === 404 || status === 405) nextStep = wrongUrl
  else if (inconclusiveStatuses.has(status)) {
    nextStep = `The receiver is busy or limiting the rate, which says nothing about the secret; run the check again, or exempt it from the limit.`
  } else if (status >= 500) nextStep = `${secret} If it is right, the receiver failed on a genuine delivery; its logs say why.`
  else {
    nextStep = `${secret} If it is right, the receiver refused the sample event itself (its ids are fake, e.g. evt_check_receiver_...) or its clock is more than ${signatureToleranceSeconds / 60} minutes off; its logs say why.`
  }
  return {
    title: `The receiver refused a genuine delivery (${status})`,
    message: `A delivery signed with ${label('webhook-secret')} and a current timestamp was ${sentence(genuine.error!)}\nSvix would count it as failed. The forged deliveries were not sent: a refusal would prove nothing.`,
    nextStep
  }
}

function explainForgeries(forged: CheckResult[]): Explanation {
  const accepted = forged.filter((result) => result.got === 'accepted')
  const inconclusive = forged.filter((result) => result.got === 'refused')
  const unanswered = forged.filter((result) => result.got === 'timed out' || result.got === 'no answer')
  const deliveries = (count: number) => (count === 1 ? 'a forged delivery' : `${count} forged deliveries`)
  const failings = [
    ...(accepted.length > 0 ? [`accepted ${deliveries(accepted.length)}`] : []),
    ...(inconclusive.length > 0 ? [`was busy for ${deliveries(inconclusive.length)}`] : []),
    ...(unanswered.length > 0 ? [`gave no answer to ${deliveries(unanswered.length)}`] : [])
  ]
  const lines = [
    ...accepted.map((result) => `Accepted (${result.status}): ${result.description}.`),
    ...inconclusive.map((result) => `Inconclusive: ${result.description}: ${result.error}.`),
    ...unanswered.map((result) => `No answer: ${result.description} (${result.error}); a refusal must come as a prompt non-2xx answer.`)
  ]
  const steps = [
    ...(accepted.length > 0
      ? [
          'The receiver must:',
          ...accepted.map((result) => `- ${checks[result.check].requirement}`),
          "svix's Webhook.verify over the raw body (or your Diffio SDK's webhooks.verifySignature) does all of this."
        ]
      : []),
    ...(inconclusive.length > 0 ? ['Re-run the check when the receiver is not limiting the rate, or exempt its source from the limit.'] : []),
    ...(unanswered.length > 0 ? ['Answer every delivery promptly, with a non-2xx status for one that does not verify.'] : [])
  ]
  return {
    title: `The receiver ${failings.join(' and ')}`,
    message: `Forged deliveries (${listed(forged.map((result) => result.check), 'and')}) must be refused with a non-2xx answer.\n${lines.join('\n')}`,
    nextStep: steps.join('\n')
  }
}
