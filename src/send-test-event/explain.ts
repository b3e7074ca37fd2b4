import { InputError, SendFailure } from './failure.js'
import type { InputLabel, InputName } from './inputs.js'
import type { Explanation } from '../shared/explanation.js'
import { retryableStatuses } from '../http/retry.js'
import { listed } from '../shared/wording.js'

export interface ExplainContext {
  label: InputLabel
  /** Where the key comes from and how to provide it: a secret in a workflow, an export in a terminal. */
  keyHint?: string
  /** The run is a pull request from a fork, where GitHub withholds secrets. */
  forkPullRequest?: boolean
  /** The api-key-id the request named, if any. */
  apiKeyId?: string
}

export function explainFailure(error: unknown, context: ExplainContext): Explanation {
  if (error instanceof InputError) {
    const aboutTheKey = error.issues.some((issue) => issue.input === 'api-key')
    const steps = [
      'Fix the inputs named above; nothing was sent to Diffio.',
      ...(aboutTheKey && context.keyHint !== undefined ? [context.keyHint] : []),
      ...(context.forkPullRequest ? [forkNote(context.label)] : [])
    ]
    return {
      title: error.issues.length === 1 ? 'Invalid input' : `${error.issues.length} invalid inputs`,
      message: error.issues.map((issue) => `${context.label(issue.input)} ${issue.problem}`).join('\n'),
      nextStep: steps.join(' ')
    }
  }
  if (error instanceof SendFailure) {
    const { details } = error
    const status = error.lastStatus ?? details.status
    let message = error.message
    if (details.kind === 'timeout') message = `${message.replace(/\.$/, '')} (${context.label('timeout-seconds')}).`
    if (error.attempts > 1) message = `Gave up after ${error.attempts} attempts. The last one: ${message}`
    else if (details.retryable) message = `${message} Not retried: ${context.label('max-retries')} is 0.`
    return {
      title: titleFor(error),
      message,
      nextStep: nextStepFor(error, context),
      attempts: error.attempts,
      ...(status !== undefined && { status }),
      ...(details.statusClass !== undefined && { statusClass: details.statusClass }),
      ...(details.serverMessage !== undefined && { serverMessage: details.serverMessage })
    }
  }
  const text = error instanceof Error ? error.message : String(error)
  return {
    title: 'Unexpected error',
    message: `Unexpected error: ${text}`,
    nextStep: 'This is likely a bug in diffio-send-test-event; please report it with this log.'
  }
}

function forkNote(label: InputLabel): string {
  return `This run is a pull request from a fork, and GitHub gives such runs no secrets: set ${label('dry-run')}: \${{ secrets.DIFFIO_API_KEY == '' }} so they check the inputs without sending.`
}

function titleFor(failure: SendFailure): string {
  const { kind, status } = failure.details
  switch (kind) {
    case 'timeout':
      return 'Diffio request timed out'
    case 'network':
      return failure.lastStatus === undefined ? 'Could not reach Diffio' : `Could not reach Diffio on the last attempt (an earlier one got ${failure.lastStatus})`
    case 'redirect':
      return `Diffio answered with a redirect (${status})`
    case 'too-large':
    case 'unexpected-answer':
      return status === undefined ? 'Unexpected answer from Diffio' : `Unexpected answer from Diffio (${status})`
    case 'api':
      if (status === 401) return 'Diffio rejected the API key (401)'
      if (status === 403) return 'Diffio denied permission (403)'
      if (status === 402) return 'Diffio billing problem (402)'
      if (status === 429) return 'Diffio is limiting the rate (429)'
      if (status === 408) return 'Diffio timed out the request (408)'
      if (failure.details.retryable) return `Diffio is unavailable (${status})`
      if (status !== undefined && status >= 500 && status <= 599) return `Diffio server error (${status})`
      if (status !== undefined && status >= 600) return `Unexpected status from Diffio (${status})`
      return `Diffio rejected the request (${status})`
  }
}

function nextStepFor(failure: SendFailure, context: ExplainContext): string {
  const { kind, status, serverMessage = '', code } = failure.details
  const label = context.label
  switch (kind) {
    case 'timeout':
      return `Raise ${label('timeout-seconds')}, or, if this machine reaches the internet through a proxy, check HTTPS_PROXY and NO_PROXY.`
    case 'network':
      return `Check that this machine can reach the address in ${label('base-url')} (DNS, firewall, HTTPS_PROXY/NO_PROXY for proxies, NODE_EXTRA_CA_CERTS for a private CA).`
    case 'redirect':
      return `Point ${label('base-url')} at the address that answers directly.`
    case 'too-large':
    case 'unexpected-answer':
      // Only a 200 cut short is retried: the connection broke, the address was right.
      if (failure.details.retryable) return 'The connection broke while Diffio was answering; try again. Diffio may have sent the event already.'
      return `Check that ${label('base-url')} points at Diffio's API, not at another service or a login page.`
    case 'api':
      break
  }
  const keySource = context.keyHint === undefined ? [] : [context.keyHint]
  if (status === 401) {
    const fork = context.forkPullRequest ? [forkNote(label)] : []
    return [`${label('api-key')} is missing or wrong: check that it holds an active Diffio API key.`, ...keySource, ...fork].join(' ')
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
  if (status === 429) return `Diffio is limiting the rate for this key; try again later or raise ${label('max-retries')}.`
  if (failure.details.retryable) {
    return "This is likely temporary on Diffio's side; try again. If it persists, Diffio's status page or support can tell more."
  }
  if (status !== undefined && status >= 500 && status <= 599) {
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

/** The explanation with every text of it passed through the run's redactor. */
