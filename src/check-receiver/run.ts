import { randomBytes } from 'node:crypto'
import { buildDelivery, checkNames, checks, type CheckName, type DeliveryTarget } from './deliveries.js'
import { explainResults, inconclusiveStatuses, type CheckResult } from './results.js'
import { readCheckSettings, secretPrefix, type CheckInputLabel, type CheckInputs } from './settings.js'
import type { EventType } from '../shared/contract.js'
import { redactExplanation, type Explanation } from '../shared/explanation.js'
import { describeNoAnswer, describeUnusableProxy } from '../shared/http-wording.js'
import { minSecretLength } from '../shared/redact.js'
import { createRedactor, printable, type Redactor } from '../shared/redact.js'
import { createDispatcher } from '../http/dispatcher.js'
import { attemptRequest, type Answer, type NoAnswer } from '../http/request.js'
import { excerpt } from '../shared/server-text.js'

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
 * The receiver check, the same for its action and its CLI: read the inputs, then post the genuine
 * delivery and the six forgeries straight to the receiver and judge each answer. Never throws
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
  const created = createDispatcher(timeoutMs)
  if (created.kind === 'unusable-proxy') {
    const { description, expected } = checks.genuine
    record({ check: 'genuine', description, expected, got: 'no answer', ok: false, ms: 0, error: printable(describeUnusableProxy(created), redact) })
    for (const check of checkNames.slice(1)) record(notSent(check, 'the genuine delivery got no answer'))
    return results
  }
  const { dispatcher } = created
  const host = new URL(target.url).host
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
      const attempt = await attemptRequest(request, timeoutMs, dispatcher)
      // An answer whose body could not be read whole still said accepted or refused with its status.
      record(attempt.kind === 'answer' ? judge(check, attempt, elapsed(), redact) : noAnswer(check, attempt, host, elapsed(), redact))
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

function noAnswer(check: CheckName, noAnswer: NoAnswer, host: string, ms: number, redact: Redactor): CheckResult {
  const { description, expected } = checks[check]
  const got = noAnswer.reason === 'timed-out' ? 'timed out' : 'no answer'
  return { check, description, expected, got, ok: false, ms, error: printable(describeNoAnswer(noAnswer, host), redact) }
}

function notSent(check: CheckName, why: string): CheckResult {
  const { description, expected } = checks[check]
  return { check, description, expected, got: 'not sent', ok: false, ms: 0, error: `not sent: ${why}` }
}
