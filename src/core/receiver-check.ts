import { randomBytes } from 'node:crypto'
import { z } from 'zod/mini'
import { excerpt } from './answer.js'
import { buildDelivery, checkNames, checks, type CheckName, type DeliveryTarget } from './check-deliveries.js'
import { eventTypes, receiverTimeLimitSeconds, signatureToleranceSeconds, type EventType } from './contract.js'
import type { Explanation } from './explain.js'
import { SendFailure } from './failure.js'
import { oneOf, Problem, readHttpUrl, secondsInput, sortStrayInputs, stringInput } from './readers.js'
import { minSecretLength } from './inputs.js'
import { createRedactor, printable, type Redactor } from './redact.js'
import { attemptRequest, createDispatcher, type Answer } from './transport.js'
import { listed, sentence } from './wording.js'

/**
 * The receiver check, the same for its action and its CLI: read the inputs, post the genuine delivery
 * and the forgeries straight to the receiver, and say which it got right.
 */

/** The inputs, named as in check-receiver/action.yml. */
export const checkInputNames = ['url', 'webhook-secret', 'event-type', 'timeout-seconds'] as const
export type CheckInputName = (typeof checkInputNames)[number]
export type CheckInputs = Record<CheckInputName, string>

/** How this entry point names an input: `url` in a workflow, `--url` or an environment variable in a terminal. */
export type CheckInputLabel = (input: CheckInputName) => string

/** check-receiver/action.yml states the same defaults for the runner; a test keeps the two equal. */
export const checkInputDefaults: Omit<CheckInputs, 'url' | 'webhook-secret'> = {
  'event-type': 'generation.completed',
  'timeout-seconds': String(receiverTimeLimitSeconds)
}

export interface ReceiverCheckSettings {
  /** The receiver's webhook URL, as given. */
  url: string
  webhookSecret: string
  eventType: EventType
  timeoutSeconds: number
}

const secretPrefix = 'whsec_'
const base64Text = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/
const secretForm = `the endpoint's signing secret, ${secretPrefix} followed by base64 (from the endpoint's page in Diffio, not a Diffio API key)`

const webhookSecret = stringInput((secret) => {
  if (secret === '') return new Problem(`is required: ${secretForm}`)
  if (/^diffio_/.test(secret)) return new Problem(`looks like a Diffio API key; this check needs ${secretForm}`)
  if (!secret.startsWith(secretPrefix)) return new Problem(`must be ${secretForm}; it does not start with ${secretPrefix} (the value is not shown)`)
  if (secret === secretPrefix) return new Problem(`must be ${secretForm}; nothing follows ${secretPrefix}`)
  if (!base64Text.test(secret.slice(secretPrefix.length))) {
    return new Problem(`must be ${secretForm}; what follows ${secretPrefix} is not base64 (the value is not shown)`)
  }
  return secret
})

const url = stringInput((text) => {
  const example = 'https://preview.example.com/webhooks/diffio'
  if (text === '') return new Problem(`is required: the receiver's webhook URL, such as ${example}`)
  const parsed = readHttpUrl(text, example, 'the deliveries')
  return parsed instanceof Problem ? parsed : text
})

const timeoutSeconds = secondsInput(receiverTimeLimitSeconds, ', the time Svix gives a receiver')

const inputsSchema = z.object({
  url,
  'webhook-secret': webhookSecret,
  'event-type': oneOf(eventTypes),
  'timeout-seconds': timeoutSeconds
})

type SettingsReading = { ok: true; settings: ReceiverCheckSettings } | { ok: false; issues: Array<{ input: CheckInputName; problem: string }> }

/** Turns the raw inputs into settings, or every problem with them at once. */
export function readCheckSettings(raw: CheckInputs, strayInputs: readonly string[] = []): SettingsReading {
  const result = inputsSchema.safeParse(raw)
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => ({
        input: issue.path[0] as CheckInputName,
        problem: issue.code === 'invalid_type' ? 'is missing' : issue.message
      }))
  issues.push(...sortStrayInputs(strayInputs, checkInputNames).misspelt)
  if (!result.success || issues.length > 0) return { ok: false, issues }
  const inputs = result.data
  return {
    ok: true,
    settings: {
      url: inputs.url,
      webhookSecret: inputs['webhook-secret'],
      eventType: inputs['event-type'],
      timeoutSeconds: inputs['timeout-seconds']
    }
  }
}

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

export type ReceiverCheckOutcome = (
  /** The inputs cannot be used; nothing was posted. */
  | { kind: 'invalid'; explanation: Explanation }
  | ({ kind: 'checked'; url: string; eventType: EventType; results: CheckResult[] } & (
      | { passed: true }
      | { passed: false; failure: Explanation }
    ))
) & {
  /** The run's one redactor, for text a shell assembles from the outcome (escaping can form a secret anew). */
  redact: Redactor
}

export interface ReceiverCheckContext {
  label: CheckInputLabel
  /** More texts to keep out of every message: a signing secret typed where another value goes. */
  alsoSecret?: string[]
  /** Inputs passed that are not this action's, as the runner named them: a near miss fails the check. */
  strayInputs?: readonly string[]
  progress?: {
    /** A check is done; said as each one ends, so a slow receiver shows where it is. */
    checked?: (result: CheckResult) => void
  }
}

/**
 * The whole check: read the inputs, then post the seven deliveries and judge each answer. Never throws
 * for anything a user or a receiver can cause; every string in the outcome is redacted.
 */
export async function runReceiverCheck(raw: CheckInputs, context: ReceiverCheckContext): Promise<ReceiverCheckOutcome> {
  const forgerySecret = `${secretPrefix}${randomBytes(24).toString('base64')}`
  // The forgery's secret protects nothing, but shown anywhere it could pass for the real one.
  const secrets = [raw['webhook-secret'] ?? '', ...(context.alsoSecret ?? [])].flatMap(secretForms)
  const redact = createRedactor(...secrets, forgerySecret)
  const reading = readCheckSettings(raw, context.strayInputs)
  if (!reading.ok) {
    const { label } = context
    const explanation = {
      title: reading.issues.length === 1 ? 'Invalid input' : `${reading.issues.length} invalid inputs`,
      message: reading.issues.map(({ input, problem }) => `${label(input)} ${problem}`).join('\n'),
      nextStep: 'Fix the inputs named above; nothing was posted to the receiver.'
    }
    return { kind: 'invalid', explanation: redactExplanation(explanation, redact), redact }
  }

  const { settings } = reading
  const target: DeliveryTarget = { ...settings, forgerySecret }
  const results = await postDeliveries(target, Math.ceil(settings.timeoutSeconds * 1000), redact, context)
  const checked = { kind: 'checked' as const, url: redact(settings.url), eventType: settings.eventType, results, redact }
  const failure = explainResults(results, settings, context.label)
  return failure === undefined ? { ...checked, passed: true } : { ...checked, passed: false, failure: redactExplanation(failure, redact) }
}

/**
 * The secret as typed, and its key (the bytes after whsec_) in every text form a receiver might echo:
 * base64 with and without padding, base64url and hex. Forms shorter than a key can be are left out:
 * redacting them would garble ordinary words.
 */
function secretForms(secret: string): string[] {
  const trimmed = secret.trim()
  const encoded = trimmed.startsWith(secretPrefix) ? trimmed.slice(secretPrefix.length) : ''
  const key = Buffer.from(encoded, 'base64')
  const forms = [trimmed, encoded, encoded.replace(/=+$/, ''), key.toString('base64url'), key.toString('hex')]
  return forms.filter((form) => form.length >= minSecretLength)
}

async function postDeliveries(
  target: DeliveryTarget,
  timeoutMs: number,
  redact: Redactor,
  context: ReceiverCheckContext
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const record = (result: CheckResult) => {
    results.push(result)
    context.progress?.checked?.(result)
  }
  let dispatcher
  try {
    dispatcher = createDispatcher(timeoutMs, redact)
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error
    record(noAnswer('genuine', error, 0))
    for (const check of checkNames.slice(1)) record(notSent(check, 'the genuine delivery got no answer'))
    return results
  }
  try {
    // One at a time, as Svix delivers to an endpoint: a burst could meet a rate limit whose 429 would pass for a refusal.
    for (const check of checkNames) {
      const genuine = results[0]
      if (genuine !== undefined && genuine.got !== 'accepted') {
        record(notSent(check, genuine.got === 'refused' ? 'the genuine delivery was refused, so a refusal would prove nothing' : 'the genuine delivery got no answer'))
        continue
      }
      const { request } = await buildDelivery(check, target)
      const started = performance.now()
      const elapsed = () => Math.round(performance.now() - started)
      try {
        record(judge(check, await attemptRequest(request, timeoutMs, dispatcher, redact), elapsed(), redact))
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error
        const { status } = error.details
        // An answer too large or too slow to read whole still said accepted or refused with its status.
        if (status !== undefined && (error.details.kind === 'too-large' || error.details.kind === 'timeout')) {
          record(judge(check, { status, headers: {}, body: '' }, elapsed(), redact))
        } else record(noAnswer(check, error, elapsed()))
      }
    }
  } finally {
    await dispatcher.destroy()
  }
  return results
}

function judge(check: CheckName, answer: Answer, ms: number, redact: Redactor): CheckResult {
  const { description, expected, requirement } = checks[check]
  const { status } = answer
  const got = status >= 200 && status < 300 ? 'accepted' : 'refused'
  const result: CheckResult = { check, description, expected, got, status, ok: got === expected, ms }
  if (expected === 'refused' && inconclusiveStatuses.has(status)) {
    const why = `answered ${status}, which says the receiver is busy or limiting the rate, not that it checked the delivery; re-run the check, or exempt it from rate limits`
    return { ...result, ok: false, error: why }
  }
  if (result.ok) return result
  if (got === 'accepted') return { ...result, error: `accepted with ${status}, though forged. ${requirement}` }
  let why = `refused with ${status}`
  if (status >= 300 && status < 400) {
    const location = answer.headers.location
    const where = typeof location === 'string' ? ` to ${printable(location, redact)}` : ''
    why += `, a redirect${where}, which Svix does not follow`
  }
  const shown = excerpt(answer.body, redact)
  return { ...result, error: shown === '' ? why : `${why}: ${shown}` }
}

/** Answers to a forgery that say nothing about its signature: a rate limit or an overloaded receiver. */
const inconclusiveStatuses: ReadonlySet<number> = new Set([429, 503])

function noAnswer(check: CheckName, failure: SendFailure, ms: number): CheckResult {
  const { description, expected } = checks[check]
  const got = failure.details.kind === 'timeout' ? 'timed out' : 'no answer'
  return { check, description, expected, got, ok: false, ms, error: failure.message }
}

function notSent(check: CheckName, why: string): CheckResult {
  const { description, expected } = checks[check]
  return { check, description, expected, got: 'not sent', ok: false, ms: 0, error: `not sent: ${why}` }
}

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
function explainResults(results: CheckResult[], settings: ReceiverCheckSettings, label: CheckInputLabel): Explanation | undefined {
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

function redactExplanation(explanation: Explanation, redact: Redactor): Explanation {
  return { title: redact(explanation.title), message: redact(explanation.message), nextStep: redact(explanation.nextStep) }
}
