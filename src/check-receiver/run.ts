import { randomBytes } from 'node:crypto'
import type { Dispatcher } from 'undici'
import {
  buildDelivery,
  buildRetry,
  deliveryChecks,
  diagnosticChecks,
  expectation,
  receiptChecks,
  signingKey,
  type CheckName,
  type Delivery,
  type DeliveryTarget,
  type HeaderFamily
} from './deliveries.js'
import { isInconclusiveStatus, type CheckResult, type Got } from './results.js'
import {
  readCheckSettings,
  secretPrefix,
  type CheckInputName,
  type CheckInputs,
  type ReceiverCheckSettings
} from './settings.js'
import { svixFirstRetryMs, type EventType } from '../shared/contract.js'
import { pollUntil, type PollVerdict } from '../http/poll.js'
import type { AnsweredEvent as TestEvent } from '../shared/contract.js'
import {
  lookUpReceipt,
  type ReceiptLookup,
  receiptProof,
  type ReceiptProof,
  fillReceiptUrl
} from '../shared/receipt-protocol.js'
import { systemClock, type Clock } from '../http/clock.js'
import { createDispatcher } from '../http/dispatcher.js'
import { attemptRequest, type Answer, type NoAnswer } from '../http/request.js'

/** What the check was pointed at, as the explanations need it. */
export interface CheckTarget {
  /** The receiver's webhook URL, as given. */
  url: string
  eventType: EventType
  timeoutSeconds: number
  headers: HeaderFamily
  receipt: boolean
  /** Whether a receipt token was given, to send as Authorization: Bearer. */
  receiptToken: boolean
}

export type ReceiverCheckOutcome =
  /** The inputs cannot be used; nothing was posted. */
  | { kind: 'invalid'; issues: Array<{ input: CheckInputName; problem: string }> }
  | { kind: 'checked'; target: CheckTarget; results: CheckResult[] }

export interface ReceiverCheckContext {
  /**
   * The secret the wrong-secret and rotated-secret deliveries are signed with (see newOtherSecret):
   * a shell makes it, to keep it out of everything it shows; a new one when not given.
   */
  otherSecret?: string
  /**
   * Inputs passed that are not this action's, as the runner named them: a near miss fails the
   * check.
   */
  strayInputs?: readonly string[]
  /** Where every time the check reports, and the receipt wait, are read and waited. */
  clock?: Clock
  progress?: {
    /** An input passed that is not this action's and resembles none of its own: ignored. */
    unknownInput?: (name: string) => void
    /** A check is done; said as each one ends, so a slow receiver shows where it is. */
    checked?: (result: CheckResult, headers: HeaderFamily) => void
  }
}

/**
 * The receiver check, the same for its action and its CLI: read the inputs; post the genuine
 * delivery straight to the receiver; then, if it was accepted, the genuine variants, the forgeries
 * and a last genuine delivery, and ask receipt-url about them; if it was refused, the diagnostic
 * deliveries. Never throws for anything a user or a receiver can cause; the outcome is data, the
 * receiver's text in it as the receiver sent it, for the shells' output objects to redact.
 */
export async function runReceiverCheck(
  raw: CheckInputs,
  context: ReceiverCheckContext = {}
): Promise<ReceiverCheckOutcome> {
  const reading = readCheckSettings(raw, context.strayInputs)
  // Said whether or not the inputs can be used: the runner's own warning is easy to miss.
  for (const name of reading.unknown) context.progress?.unknownInput?.(name)
  if (!reading.ok) return { kind: 'invalid', issues: reading.issues }

  const { settings } = reading
  const target: CheckTarget = {
    url: settings.url,
    eventType: settings.eventType,
    timeoutSeconds: settings.timeoutSeconds,
    headers: settings.headers,
    receipt: settings.receipt !== undefined,
    receiptToken: settings.receipt?.token !== undefined
  }
  const results: CheckResult[] = []
  const record = (result: CheckResult) => {
    results.push(result)
    context.progress?.checked?.(result, settings.headers)
  }
  const timeoutMs = Math.ceil(settings.timeoutSeconds * 1000)
  const created = createDispatcher(timeoutMs)
  if (created.kind === 'unusable-proxy') {
    record({
      check: 'genuine',
      got: 'unreachable',
      ms: 0,
      fault: { kind: 'unusable-proxy', proxy: created }
    })
    for (const check of [...deliveryChecks.slice(1), ...(target.receipt ? receiptChecks : [])])
      record(skipped(check))
    return { kind: 'checked', target, results }
  }
  const { dispatcher } = created
  try {
    await checkReceiver(
      settings,
      { ...settings, otherSecret: context.otherSecret ?? newOtherSecret() },
      { dispatcher, timeoutMs, record, clock: context.clock ?? systemClock }
    )
  } finally {
    await dispatcher.destroy()
  }
  return { kind: 'checked', target, results }
}

/**
 * A random signing secret for the deliveries that must not verify; it protects nothing, but shown
 * anywhere it could pass for the real one.
 */
export function newOtherSecret(): string {
  return `${secretPrefix}${randomBytes(24).toString('base64')}`
}

interface Wire {
  dispatcher: Dispatcher
  timeoutMs: number
  record: (result: CheckResult) => void
  clock: Clock
}

// One at a time, as Svix delivers to an endpoint: a burst could meet a rate limit whose 429 would
// pass for a refusal.
async function checkReceiver(
  settings: ReceiverCheckSettings,
  target: DeliveryTarget,
  wire: Wire
): Promise<void> {
  const genuine = await buildDelivery('genuine', target)
  const first = await post('genuine', genuine, wire)
  wire.record(first)
  const rest = [
    ...deliveryChecks.slice(1),
    ...(settings.receipt === undefined ? [] : receiptChecks)
  ]
  if (first.got !== 'accepted') {
    // A refusal says something is wrong; which mistake it is, only deliveries that carry one each
    // can tell.
    if (first.got === 'refused' || first.got === 'inconclusive') {
      for (const check of diagnosticChecks)
        wire.record(await post(check, await buildDelivery(check, target), wire))
    }
    for (const check of rest) wire.record(skipped(check))
    return
  }

  const forgeries: Array<{ check: CheckName; delivery: Delivery }> = []
  for (const check of deliveryChecks.slice(1)) {
    const delivery =
      check === 'retry' ? await buildRetry(genuine, target) : await buildDelivery(check, target)
    wire.record(await post(check, delivery, wire))
    if (expectation(check) === 'refused') forgeries.push({ check, delivery })
  }
  if (settings.receipt === undefined) return
  const { urlTemplate, token } = settings.receipt
  const receiptFor = (delivery: Delivery): Receipt => {
    const event = {
      svixMessageId: delivery.svixId,
      eventId: delivery.eventId,
      eventType: target.eventType,
      mode: 'test',
      apiKeyId: ''
    }
    const filled = fillReceiptUrl(urlTemplate, event)
    // The ids are this check's own, made of letters and digits, so they always fill the template.
    if ('refused' in filled)
      throw new Error(`a generated id did not fill the receipt URL: ${filled.refused.kind}`)
    return { url: filled.url, event }
  }
  const recorded = await checkRecorded(
    receiptFor(genuine),
    token,
    settings.timeoutSeconds * 1000,
    wire
  )
  wire.record(recorded)
  // A receipt route that refuses the token, cannot be reached or answers 2xx to anything would say
  // the same of every forgery.
  const receiptsAnswer = recorded.got === 'recorded' || recorded.got === 'not-recorded'
  const forged = forgeries.map(({ check, delivery }) => ({ check, ...receiptFor(delivery) }))
  wire.record(
    receiptsAnswer
      ? await checkNoneRecorded(forged, token, wire)
      : skipped('forgeries-not-recorded')
  )
}

/**
 * Posts one delivery and judges the answer by its status: 2xx accepts, 408, 429 and 5xx say
 * nothing, the rest refuse.
 */
async function post(check: CheckName, delivery: Delivery, wire: Wire): Promise<CheckResult> {
  const started = wire.clock.now()
  const elapsed = () => Math.round(wire.clock.now() - started)
  const attempt = await attemptRequest(delivery.request, wire.timeoutMs, wire.dispatcher)
  // An answer whose body could not be read whole still said accepted or refused with its status.
  if (attempt.kind === 'answer') return answered(check, attempt, elapsed())
  return unanswered(check, attempt, new URL(delivery.request.url).host, elapsed())
}

function answered(check: CheckName, answer: Answer, ms: number): CheckResult {
  const { status } = answer
  const got: Got =
    status >= 200 && status < 300
      ? 'accepted'
      : isInconclusiveStatus(status)
        ? 'inconclusive'
        : 'refused'
  const location = status >= 300 && status < 400 ? answer.headers.location : undefined
  const said = { body: answer.body, ...(typeof location === 'string' && { location }) }
  return { check, got, status, ms, said }
}

function unanswered(check: CheckName, noAnswer: NoAnswer, host: string, ms: number): CheckResult {
  return {
    check,
    got: noAnswer.reason === 'timed-out' ? 'timed-out' : 'unreachable',
    ms,
    fault: { kind: 'no-answer', host, noAnswer }
  }
}

function skipped(check: CheckName): CheckResult {
  return { check, got: 'skipped', ms: 0 }
}

/** Where a delivery's receipt is asked for, and the event a 2xx there must name. */
interface Receipt {
  url: string
  event: TestEvent
}

/**
 * A receipt lookup read by the receipt protocol's rule: a 2xx proves the event was recorded only
 * when its JSON names it.
 */
async function lookUp(
  { url, event }: Receipt,
  token: string | undefined,
  timeLimitMs: number,
  wire: Wire
): Promise<ReceiptLookup | Unproven> {
  const lookup = await lookUpReceipt(url, token, timeLimitMs, wire)
  if (lookup.kind !== 'found') return lookup
  const proof = receiptProof(lookup.answer.body, event)
  return proof.proves ? lookup : { kind: 'unproven', answer: lookup.answer, proof }
}

/**
 * A 2xx whose body is no receipt for the event: a catch-all route's page, or JSON about something
 * else.
 */
interface Unproven {
  kind: 'unproven'
  answer: Answer
  proof: Exclude<ReceiptProof, { proves: true }>
}

/**
 * Polls the genuine event's receipt until it is there, an answer says it never will be, or the time
 * is up.
 */
async function checkRecorded(
  receipt: Receipt,
  token: string | undefined,
  deadlineMs: number,
  wire: Wire
): Promise<CheckResult> {
  const started = wire.clock.now()
  let last: ReceiptLookup | Unproven | undefined
  const poll = async (timeLimitMs: number): Promise<PollVerdict<Answer, ReceiptLookup>> => {
    last = await lookUp(receipt, token, timeLimitMs, wire)
    if (last.kind === 'found') return { found: last.answer }
    if (last.kind === 'refused' || last.kind === 'failed') return { final: last }
    // As the main action's receipt wait does: a 2xx that names no event may be a route not deployed
    // yet.
    return {
      notYet: last.kind,
      ...(last.kind === 'busy' &&
        last.retryAfterMs !== undefined && { retryAfterMs: last.retryAfterMs })
    }
  }
  await pollUntil(poll, {
    deadlineMs,
    pollTimeLimitMs: wire.timeoutMs,
    briskMs: svixFirstRetryMs,
    now: wire.clock.now,
    sleep: wire.clock.sleep
  })
  return receiptResult(
    'genuine-recorded',
    last!,
    receipt.url,
    Math.round(wire.clock.now() - started)
  )
}

/**
 * Asks once for each forgery's receipt, after the genuine event's: each must be 404. It stops at an
 * answer that is neither 404 nor 2xx, as the next ones would only say the same.
 */
async function checkNoneRecorded(
  forgeries: Array<{ check: CheckName } & Receipt>,
  token: string | undefined,
  wire: Wire
): Promise<CheckResult> {
  const started = wire.clock.now()
  const recorded: CheckName[] = []
  let deciding: ReceiptLookup | Unproven | undefined
  for (const forgery of forgeries) {
    const { check } = forgery
    const lookup = await lookUp(forgery, token, wire.timeoutMs, wire)
    if (lookup.kind === 'found') recorded.push(check)
    // The first forgery found recorded decides; until one is, the latest answer does.
    if (recorded.length === 0 || (lookup.kind === 'found' && recorded.length === 1))
      deciding = lookup
    if (lookup.kind !== 'found' && lookup.kind !== 'not-yet') break
  }
  if (deciding === undefined) return skipped('forgeries-not-recorded')
  const result = receiptResult(
    'forgeries-not-recorded',
    deciding,
    forgeries[0]!.url,
    Math.round(wire.clock.now() - started)
  )
  return recorded.length > 0 ? { ...result, recorded } : result
}

function receiptResult(
  check: CheckName,
  lookup: ReceiptLookup | Unproven,
  url: string,
  ms: number
): CheckResult {
  switch (lookup.kind) {
    case 'unproven':
      return {
        ...answered(check, lookup.answer, ms),
        got: 'inconclusive',
        unproven: lookup.proof.because
      }
    case 'found':
      return { check, got: 'recorded', status: lookup.answer.status, ms }
    case 'not-yet':
      return { check, got: 'not-recorded', status: lookup.answer.status, ms }
    case 'busy':
      return { ...answered(check, lookup.answer, ms), got: 'inconclusive' }
    case 'refused':
      return { ...answered(check, lookup.answer, ms), got: 'refused' }
    case 'no-answer':
    case 'failed':
      return unanswered(check, lookup.failure, new URL(url).host, ms)
  }
}

/**
 * The secret as typed, and its key (the bytes after whsec_) in every form a receiver might echo:
 * base64 with and without padding, base64url, hex in either case (packed, spaced, colon-separated,
 * as a C array), the bytes as a list of numbers, read as latin1 or UTF-8 text, or as Python prints
 * them: what the shells give their output objects to redact, which leave out any form shorter than
 * a key can be (redacting it would garble ordinary words).
 */
export function signingSecretForms(secret: string): string[] {
  const trimmed = secret.trim()
  const encoded = trimmed.startsWith(secretPrefix) ? trimmed.slice(secretPrefix.length) : ''
  const key = signingKey(`${secretPrefix}${encoded}`)
  const bytes = [...key]
  const pairs = bytes.map((byte) => byte.toString(16).padStart(2, '0'))
  // Hex as dumps and languages print it: packed, spaced (xxd), colon-separated (Python's hex(':')), C arrays.
  const hexForms = [
    pairs.join(''),
    pairs.join(' '),
    pairs.join(':'),
    pairs.map((p) => `0x${p}`).join(', ')
  ]
  return [
    trimmed,
    encoded,
    encoded.replace(/=+$/, ''),
    key.toString('base64url'),
    ...hexForms,
    ...hexForms.map((form) => form.toUpperCase().replaceAll('0X', '0x')),
    bytes.join(','),
    bytes.join(', '),
    key.toString('latin1'),
    key.toString('utf8'),
    pythonBytes(key)
  ]
}

/** What Python's print(key) shows between b'…': printable ASCII as itself, the rest as \xNN. */
function pythonBytes(key: Buffer): string {
  const named: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r', 39: "\\'", 92: '\\\\' }
  return [...key]
    .map(
      (byte) =>
        named[byte] ??
        (byte >= 0x20 && byte < 0x7f
          ? String.fromCharCode(byte)
          : `\\x${byte.toString(16).padStart(2, '0')}`)
    )
    .join('')
}
