import {
  deliveryChecks,
  diagnosticChecks,
  expectation,
  receiptChecks,
  otherFamily,
  signatureHeaders,
  skewSeconds,
  unknownSignatureVersion,
  type CheckName,
  type HeaderFamily
} from './deliveries.js'
import { checkPassed, expected, resultOk, type CheckResult, type Fault } from './results.js'
import type { CheckInputLabel, CheckInputName } from './settings.js'
import { receiverTimeLimitSeconds, signatureToleranceSeconds } from '../shared/contract.js'
import { explainInputIssues, type Explanation } from '../shared/explanation.js'
import { describeNoAnswer, describeUnusableProxy } from '../shared/http-wording.js'
import { excerpt, oneLine } from '../shared/server-text.js'
import type { CheckTarget, ReceiverCheckOutcome } from './run.js'
import { counted, listed } from '../shared/wording.js'

/** Every sentence check-receiver says about its checks, worded from the results' values. */

/**
 * Where each check is explained at length, with fixes for Express, Next.js and Python; a section
 * per check.
 */
export const checkDocsUrl =
  'https://github.com/diffio/send-test-event-action/blob/main/docs/check-receiver.md'

interface CheckWords {
  /** What is sent (or asked), one line for tables and logs. */
  description: string
  /** What a receiver that verifies properly does with it. */
  requirement: string
  /** What failing it says about the receiver: the usual mistake. */
  means: string
  /** What to change. */
  fix: string
}

const minutes = signatureToleranceSeconds / 60
const rawBodyFix =
  'Verify the raw request body before parsing it: express.raw({ type: "application/json" }) in Express, await request.text() in a Next.js route handler, request.get_data() in Flask or await request.body() in FastAPI; parse the JSON only after verifying'
const entriesFix =
  'split the signature header on spaces and compare every v1, entry in constant time, skipping other versions'
const parseFirstMeans =
  'The receiver verifies a re-serialization of the parsed body (json.dumps(json.loads(body)) or json.dumps(await request.json()) in Python, JSON.stringify after express.json()), not the bytes Svix signed; any body written differently fails.'
const verifyNote =
  "svix's Webhook.verify (or your Diffio SDK's webhooks.verifySignature) over the raw body does all of this."

function lowerFirst(text: string): string {
  return `${text[0]!.toLowerCase()}${text.slice(1)}`
}

/**
 * The words of each check; some name the header family the deliveries carry, or an input as the
 * entry point names it.
 */
export function checkWords(
  check: CheckName,
  family: HeaderFamily,
  label: CheckInputLabel = (input) => input
): CheckWords {
  const names = signatureHeaders[family]
  const other = signatureHeaders[otherFamily(family)]
  const prefix = family === 'svix' ? 'svix-*' : 'webhook-*'
  switch (check) {
    case 'genuine':
      return {
        description: 'Genuine: correctly signed, current timestamp',
        requirement: `Verify with the endpoint's signing secret and answer 2xx within ${receiverTimeLimitSeconds} s.`,
        means: 'The receiver refuses what Diffio sends.',
        fix: 'Verify with the signing secret of the endpoint at exactly this URL, over the raw body, and answer 2xx.'
      }
    case 'non-canonical-json':
      return {
        description:
          'Genuine, its JSON written unusually: indented, keys unsorted, \\u00e9 and \\/ escapes, 1.0, a trailing newline',
        requirement:
          'Verify the signature over the body exactly as it arrived, byte for byte, before parsing it.',
        means:
          'The receiver verifies a re-serialization of the parsed body (express.json() then JSON.stringify, or json.dumps in Python), not the bytes Svix signed; any body written differently fails.',
        fix: `${rawBodyFix}.`
      }
    case 'non-ascii-body':
      return {
        description:
          'Genuine, with raw UTF-8 text outside ASCII (accents, CJK, an emoji) in a string field',
        requirement:
          'Verify the body bytes as they arrived (UTF-8), not a re-decoded or ASCII-escaped copy.',
        means:
          'The receiver changes non-ASCII text before the HMAC: a body decoded as latin1, or re-serialized with \\u escapes (json.dumps in Python), is other bytes; real events carry such text in names and titles.',
        fix: `Pass the raw bytes, or the body decoded as UTF-8, to the verifier unchanged; ${lowerFirst(rawBodyFix)}.`
      }
    case 'rotated-secret':
      return {
        description: `Genuine during a secret rotation: ${names.signature} holds a v1 entry by the old secret, then the right one`,
        requirement: `Accept the delivery when any v1 entry of ${names.signature} matches, not only the first.`,
        means: `The receiver compares only the first entry of ${names.signature}, or the whole header: for 24 hours after every secret rotation, Svix signs with both secrets and the receiver refuses every genuine delivery.`,
        fix: `${entriesFix[0]!.toUpperCase()}${entriesFix.slice(1)}.`
      }
    case 'v1a-entry-first':
      return {
        description: `Genuine, with a v1a entry (another signature scheme) before the v1 one in ${names.signature}`,
        requirement: 'Skip entries whose version is not v1, and accept when a v1 entry matches.',
        means: `The receiver reads the first entry of ${names.signature}, or splits the header wrongly, so an entry of another scheme before v1 makes it refuse genuine deliveries.`,
        fix: `${entriesFix[0]!.toUpperCase()}${entriesFix.slice(1)}.`
      }
    case 'retry':
      return {
        description: `A retry: the genuine delivery's ${names.id} and body again, with a new timestamp and signature`,
        requirement: `Answer 2xx again: use ${names.id} to skip work already done, never to refuse the delivery.`,
        means: `The receiver refuses a ${names.id} it has seen (often with 409). Svix retries every delivery it got no 2xx for, with the same id, and disables an endpoint that keeps failing.`,
        fix: `When ${names.id} was processed already, answer 2xx without doing the work again.`
      }
    case 'body-changed':
      return {
        description: 'Forged: the body changed after signing',
        requirement:
          'Refuse it: verify the signature over the raw request body, byte for byte, before parsing it.',
        means:
          'The receiver does not verify the signature over the body it acts on, so anyone can change an event in transit.',
        fix: `Compute the HMAC over ${names.id}, ${names.timestamp} and the raw body, and refuse the delivery when no v1 entry matches.`
      }
    case 'wrong-secret':
      return {
        description: 'Forged: signed with a different secret',
        requirement:
          "Refuse it: verify every delivery's signature with this endpoint's signing secret.",
        means:
          'The receiver does not check the signature against its secret, so anyone can send it events.',
        fix: "Verify every delivery with this endpoint's signing secret and refuse it with 401 when no v1 entry matches."
      }
    case 'timestamp-old':
      return {
        description: `Forged: the timestamp ${skewSeconds / 60} minutes old, signed for it`,
        requirement: `Refuse it: a ${names.timestamp} more than ${minutes} minutes old is a replay.`,
        means:
          'The receiver does not compare the timestamp with its clock, so a captured delivery can be replayed at any time.',
        fix: `Refuse a ${names.timestamp} more than ${minutes} minutes away from the receiver's clock.`
      }
    case 'timestamp-ahead':
      return {
        description: `Forged: the timestamp ${skewSeconds / 60} minutes ahead, signed for it`,
        requirement: `Refuse it: a ${names.timestamp} more than ${minutes} minutes ahead of the receiver's clock.`,
        means:
          'The receiver checks only that the timestamp is not too old, so a delivery signed for the future stays valid long after.',
        fix: `Refuse a ${names.timestamp} more than ${minutes} minutes away from the receiver's clock, in either direction.`
      }
    case 'no-signature-headers':
      return {
        description: `Forged: no ${prefix} headers at all`,
        requirement: `Refuse it: require ${names.id}, ${names.timestamp} and ${names.signature}.`,
        means:
          'The receiver accepts a delivery with no signature at all, so the signature check can be skipped by leaving it out.',
        fix: `Refuse a delivery without ${names.id}, ${names.timestamp} or ${names.signature} (400).`
      }
    case 'unknown-signature-version':
      return {
        description: `Forged: ${names.signature} holds only a ${unknownSignatureVersion}, entry (the right signature under an unknown version)`,
        requirement: 'Refuse it: compare only v1, entries, and refuse when no v1 entry matches.',
        means:
          'The receiver ignores the version prefix of each entry, so a signature of a scheme it does not implement passes.',
        fix: `${entriesFix[0]!.toUpperCase()}${entriesFix.slice(1)}; refuse when none matches.`
      }
    case 'genuine-again':
      return {
        description: 'Genuine again, after the forgeries',
        requirement:
          'Accept it: refusing forgeries must not make the receiver refuse genuine deliveries.',
        means:
          'The receiver did not accept a genuine delivery after accepting one: something refuses everything after a few requests or after a refusal (a rate limit, a WAF rule, a crashed process), so its answers to the forgeries prove nothing.',
        fix: "Exempt the webhook route from rate limits and WAF rules that block a sender after a few 4xx answers, and look in the receiver's logs for a crash."
      }
    case 'genuine-recorded':
      return {
        description: 'Receipt: receipt-url confirms the genuine event (2xx)',
        requirement: 'Record each verified event, and answer its receipt with 2xx.',
        means:
          'The receiver answers 2xx but does not record the event it accepted (or records it under another id), so nothing acts on it.',
        fix: 'Record the event once it verifies, by eventId and svix-id, and answer the receipt route with 2xx for it.'
      }
    case 'forgeries-not-recorded':
      return {
        description: 'Receipt: receipt-url answers 404 for every forged event',
        requirement: 'Record only deliveries whose signature verified.',
        means:
          'The receiver records a delivery before verifying it, so forged events end up in its data even though it refuses them.',
        fix: 'Verify first, and record only deliveries that verified.'
      }
    case 'other-header-names':
      return {
        description: `Diagnostic: the genuine delivery under ${other.id}, ${other.timestamp} and ${other.signature} instead`,
        requirement: `Only a receiver that reads ${other.id} and not ${names.id} tells the two apart.`,
        means: `The receiver reads only the ${otherFamily(family)}-* header names; the deliveries carry ${prefix}.`,
        fix:
          family === 'svix'
            ? `Read the svix-* headers, as Diffio sends them: svix's Webhook.verify reads both names; with a Standard Webhooks verifier, copy svix-id, svix-timestamp and svix-signature to webhook-* before verifying. If your endpoint really sends webhook-*, run the check with ${label('headers')} set to webhook.`
            : `Read the webhook-* headers, or run the check with ${label('headers')} set to svix, as Diffio sends them.`
      }
    case 'signed-body-only':
      return {
        description: 'Diagnostic: signed over the body alone, without the id and the timestamp',
        requirement: 'Refused by a receiver that signs as Svix does.',
        means: `The receiver computes the HMAC over the body alone; Svix signs "${names.id}.${names.timestamp}.body", joined with dots.`,
        fix: `Compute the HMAC over \`\${${names.id}}.\${${names.timestamp}}.\${rawBody}\`, or use svix's Webhook.verify.`
      }
    case 'secret-text-as-key':
      return {
        description: "Diagnostic: signed with the secret's text (whsec_...) as the HMAC key",
        requirement: 'Refused by a receiver that keys the HMAC as Svix does.',
        means:
          'The receiver uses the secret string itself as the HMAC key; the key is the base64 after whsec_, decoded.',
        fix: "Key the HMAC with Buffer.from(secret.slice(6), 'base64') in Node or base64.b64decode(secret[6:]) in Python, or pass the secret to svix's Webhook, which does that."
      }
    case 'prefix-in-key':
      return {
        description:
          'Diagnostic: signed with the whole secret, whsec_ included, base64-decoded as the key',
        requirement: 'Refused by a receiver that keys the HMAC as Svix does.',
        means:
          'The receiver base64-decodes the secret without removing whsec_ first, so its key is other bytes.',
        fix: "Remove the whsec_ prefix before decoding: Buffer.from(secret.slice(6), 'base64'), or pass the secret to svix's Webhook, which does that."
      }
    case 'json-dumps-body':
      return {
        description:
          'Diagnostic: the genuine delivery with its JSON written as json.dumps writes it, ", " and ": " between members',
        requirement:
          'Refused by a receiver that verifies the raw body, as it refused the genuine delivery.',
        means: parseFirstMeans,
        fix: `${rawBodyFix}.`
      }
  }
}

/** The cells of a results row: its check's name and description, and how it went. */
export function resultCells(result: CheckResult, family: HeaderFamily, none: string) {
  return {
    check: result.check,
    description: checkWords(result.check, family).description,
    expected: expected(result),
    got: result.got,
    status: result.status === undefined ? none : String(result.status),
    time: result.got === 'skipped' ? none : `${result.ms} ms`,
    result: verdict(result)
  }
}

export const resultColumns = [
  'check',
  'description',
  'expected',
  'got',
  'status',
  'time',
  'result'
] as const

function verdict(result: CheckResult): 'pass' | 'FAIL' | 'skipped' {
  const ok = resultOk(result)
  return ok === null ? 'skipped' : ok ? 'pass' : 'FAIL'
}

/** One line saying how a check went, the same in a workflow log and a terminal. */
export function describeResult(result: CheckResult, family: HeaderFamily): string {
  const { description } = checkWords(result.check, family)
  const how = result.got === 'skipped' ? 'skipped' : `${gotPhrase(result)} (${result.ms} ms)`
  return `${verdict(result).padEnd(4)}  ${result.check}: ${description}: ${how}`
}

const unprovenWords: Record<NonNullable<CheckResult['unproven']>, string> = {
  'not-json': 'its body is not JSON',
  'not-an-object': 'its body is JSON, not an object',
  'names-no-event': 'its JSON has neither eventId nor svixMessageId',
  'names-another-event': 'its JSON names another event'
}

/** What the receiver did, in a few words. */
function gotPhrase(result: CheckResult): string {
  const { got, status, said } = result
  const shown = said === undefined ? '' : excerpt(said.body)
  const body = shown === '' ? '' : `: ${shown}`
  const where =
    said?.location === undefined
      ? ''
      : `, a redirect to ${oneLine(said.location)}, which Svix does not follow`
  switch (got) {
    case 'accepted':
      return `accepted with ${status}`
    case 'refused':
      return `refused with ${status}${where}${body}`
    case 'inconclusive':
      if (result.unproven !== undefined)
        return `the receipt route answered ${status}, but ${unprovenWords[result.unproven]}, so it confirms no event${body}`
      return `answered ${status}, which says it is busy or failing, not what it made of the delivery${body}`
    case 'recorded':
      return `the receipt route answered ${status}: recorded`
    case 'not-recorded':
      return `the receipt route answered ${status}: not recorded`
    case 'timed-out':
    case 'unreachable':
      return `no answer: ${result.fault === undefined ? got : describeFault(result.fault)}`
    case 'skipped':
      return 'skipped'
  }
}

/** Why a check got no answer, in a sentence. */
function faultOf(result: CheckResult): string {
  return result.fault === undefined ? '' : describeFault(result.fault)
}

/** Why no answer came, in a sentence. */
function describeFault(fault: Fault): string {
  return fault.kind === 'no-answer'
    ? describeNoAnswer(fault.noAnswer, fault.host)
    : describeUnusableProxy(fault.proxy)
}

export function passedLine(target: CheckTarget): string {
  const receipts = target.receipt ? ', and recorded only the genuine events' : ''
  return `The receiver at ${target.url} accepted every genuine delivery, refused every forged one${receipts}.`
}

/** The inputs that cannot be used, each named as the entry point names it. */
export function explainInvalidInputs(
  issues: ReadonlyArray<{ input: CheckInputName; problem: string }>,
  label: CheckInputLabel
): Explanation {
  return explainInputIssues(issues, label, 'nothing was posted to the receiver')
}

/** Why the check failed, or undefined when the receiver passed every check. */
export function explainCheck(
  target: CheckTarget,
  results: readonly CheckResult[],
  label: CheckInputLabel
): Explanation | undefined {
  const [genuine] = results
  if (genuine !== undefined && genuine.got !== 'accepted')
    return explainGenuine(genuine, results, target, label)
  const failed = results.filter((result) => resultOk(result) === false)
  if (failed.length === 0) return undefined
  const cause =
    stoppedAccepting(failed, target, label) ?? verifiesNothing(results, failed, target, label)
  const rest = failed.filter((result) => !(cause?.covers ?? []).includes(result.check))
  const recorded = (result: CheckResult) =>
    result.recorded === undefined ? '' : ` (${listed(result.recorded, 'and')})`
  const verifying = (cause?.verifying ?? false) || rest.some(isVerificationFailure)
  return {
    title: cause?.title ?? `The receiver ${listed(failings(failed), 'and')}`,
    message: [
      ...(cause === undefined ? [] : [cause.message]),
      ...rest.map(
        (result) =>
          `${result.check}: ${gotPhrase(result)}${recorded(result)}. ${meaning(result, results, target, label)}`
      )
    ].join('\n'),
    nextStep: [
      ...(cause === undefined ? [] : [cause.fix]),
      ...fixesOnce(rest, target, label),
      ...(verifying ? [verifyNote] : []),
      `Each check is explained at ${checkDocsUrl}#${cause?.anchor ?? rest[0]!.check}.`
    ].join('\n')
  }
}

/** One cause behind many failed checks, named once in place of a mistake per check. */
interface Cause {
  title: string
  message: string
  fix: string
  /** The failed checks it accounts for, which get no line of their own. */
  covers: readonly CheckName[]
  anchor: CheckName
  /** Whether svix's verifier would fix it. */
  verifying: boolean
}

/**
 * genuine-again was not accepted after the first genuine delivery was: whatever was answered in
 * between says nothing about verifying.
 */
function stoppedAccepting(
  failed: readonly CheckResult[],
  target: CheckTarget,
  label: CheckInputLabel
): Cause | undefined {
  const again = failed.find((result) => result.check === 'genuine-again')
  if (again === undefined) return undefined
  const covers = failed.filter((result) => !isReceipt(result)).map((result) => result.check)
  const others = covers.filter((check) => check !== 'genuine-again')
  const words = checkWords('genuine-again', target.headers, label)
  const alsoFailed =
    others.length === 0
      ? ''
      : `\nSo its answers to the checks in between say nothing about how it verifies; ${listed(others, 'and')} failed, perhaps for this cause alone (the results say how each was answered).`
  return {
    title: 'The receiver stopped accepting genuine deliveries after the first',
    message: `genuine-again: ${gotPhrase(again)}. ${words.means}${alsoFailed}`,
    fix: `genuine-again: ${words.fix} Then run the check again: the other checks can be judged only while genuine deliveries are accepted.`,
    covers,
    anchor: 'genuine-again',
    verifying: false
  }
}

/**
 * Every forgery was accepted, one without any signature among them: the receiver verifies nothing,
 * whichever way each forgery is wrong.
 */
function verifiesNothing(
  results: readonly CheckResult[],
  failed: readonly CheckResult[],
  target: CheckTarget,
  label: CheckInputLabel
): Cause | undefined {
  const forgeries = results.filter((result) => isForgery(result.check))
  if (forgeries.length === 0 || !forgeries.every((result) => result.got === 'accepted'))
    return undefined
  const accepted = forgeries.map((result) => result.check)
  const recordedForgeries =
    failed.find((result) => result.check === 'forgeries-not-recorded' && result.got === 'recorded')
      ?.recorded ?? []
  const recorded =
    recordedForgeries.length === 0
      ? ''
      : ` Its receipt route confirms the forged events it accepted (${listed(recordedForgeries, 'and')}).`
  return {
    title: 'The receiver accepted every forged delivery: it does not verify signatures',
    message: `It accepted all ${accepted.length} forged deliveries (${listed(accepted, 'and')}), one with no signature headers at all among them, so it checks no signature: anyone can send it events.${recorded}`,
    fix: `${listed(accepted, 'and')}: ${checkWords('wrong-secret', target.headers, label).fix}`,
    covers: [
      ...accepted,
      ...(recordedForgeries.length === 0 ? [] : (['forgeries-not-recorded'] as const))
    ],
    anchor: 'wrong-secret',
    verifying: true
  }
}

const verificationChecks: readonly CheckName[] = [
  'non-canonical-json',
  'non-ascii-body',
  'rotated-secret',
  'v1a-entry-first'
]

function isForgery(check: CheckName): boolean {
  return (
    (deliveryChecks as readonly CheckName[]).includes(check) && expectation(check) === 'refused'
  )
}

/**
 * A check about the signature that the receiver answered outright: a verifier that follows Svix's
 * rules passes it.
 */
function isVerificationFailure(result: CheckResult): boolean {
  return (
    (verificationChecks.includes(result.check) || isForgery(result.check)) &&
    (result.got === 'accepted' || result.got === 'refused')
  )
}

function isReceipt(result: CheckResult): boolean {
  return (receiptChecks as readonly CheckName[]).includes(result.check)
}

function isUnanswered(result: CheckResult): boolean {
  return result.got === 'timed-out' || result.got === 'unreachable'
}

/** What a failed check says about the receiver. */
function meaning(
  result: CheckResult,
  results: readonly CheckResult[],
  target: CheckTarget,
  label: CheckInputLabel
): string {
  if (isReceipt(result) && result.got !== 'recorded' && result.got !== 'not-recorded') {
    return `${label('receipt-url')} gave no answer by the receipt protocol (2xx with JSON naming the event when recorded, 404 when not), so it says nothing.`
  }
  if (result.got === 'inconclusive') {
    return expected(result) === 'refused'
      ? 'A busy or failing receiver proves nothing about its signature check.'
      : 'A busy or failing answer says nothing about how the receiver verifies this delivery, which it must accept.'
  }
  if (isUnanswered(result))
    return 'A receiver must answer every delivery promptly, with a non-2xx status for one that does not verify.'
  if (result.check === 'forgeries-not-recorded' && result.got === 'recorded') {
    const refused = (result.recorded ?? []).filter(
      (check) => results.find((each) => each.check === check)?.got !== 'accepted'
    )
    // A forgery it accepted is recorded as any accepted delivery is: the failed forgery check above
    // is the mistake.
    if (refused.length === 0)
      return 'The receiver recorded the forged events it accepted; refusing them keeps them out of its data.'
    return `${checkWords(result.check, target.headers, label).means} It refused ${listed(refused, 'and')} and recorded ${refused.length === 1 ? 'it' : 'them'} all the same.`
  }
  return checkWords(result.check, target.headers, label).means
}

/** Each fix once, after the checks it fixes. */
function fixesOnce(
  failed: readonly CheckResult[],
  target: CheckTarget,
  label: CheckInputLabel
): string[] {
  const checksByFix = new Map<string, CheckName[]>()
  for (const result of failed) {
    const fix = fixFor(result, target, label)
    checksByFix.set(fix, [...(checksByFix.get(fix) ?? []), result.check])
  }
  return [...checksByFix].map(([fix, checks]) => `${checks.join(', ')}: ${fix}`)
}

function fixFor(result: CheckResult, target: CheckTarget, label: CheckInputLabel): string {
  if (isReceipt(result) && result.got !== 'recorded' && result.got !== 'not-recorded') {
    if (result.status === 401 || result.status === 403) {
      return target.receiptToken
        ? `Check ${label('receipt-token')}: it must be the token the receipt route expects as Authorization: Bearer.`
        : `${label('receipt-token')} is not set: set it to the token the receipt route expects as Authorization: Bearer.`
    }
    if (result.unproven !== undefined) {
      return `Check ${label('receipt-url')}: a catch-all route (a single-page app's index page, a generic 200) answers every path; the receipt route must answer JSON naming the event ("eventId" or "svixMessageId") once it has it, and 404 until then.`
    }
    return `Check ${label('receipt-url')}: the receiver's receipt route, with {event-id} or {svix-message-id} where the id goes, reachable from here.`
  }
  if (result.got === 'inconclusive') {
    return expected(result) === 'accepted'
      ? "Look in the receiver's logs for why it failed on a genuine delivery (an uncaught error becomes a 500); if it was only busy, run the check again."
      : 'Answer 400 or 401 when a delivery does not verify (catch the verification error rather than letting it become a 500), exempt the check from rate limits, and run it again.'
  }
  if (isUnanswered(result))
    return `Answer every delivery within ${target.timeoutSeconds} s (${label('timeout-seconds')}), with a non-2xx status for one that does not verify.`
  return checkWords(result.check, target.headers, label).fix
}

/**
 * The failures for the title, counted by kind: "refused 2 genuine deliveries and accepted a forged
 * delivery".
 */
function failings(failed: readonly CheckResult[]): string[] {
  const count = (keep: (result: CheckResult) => boolean) => failed.filter(keep).length
  const deliveries = (n: number, kind: string) =>
    n === 1 ? `a ${kind} delivery` : `${n} ${kind} deliveries`
  const receipt = isReceipt
  const refusedGenuine = count(
    (result) => !receipt(result) && expected(result) === 'accepted' && result.got === 'refused'
  )
  const acceptedForged = count((result) => !receipt(result) && result.got === 'accepted')
  const busy = count((result) => !receipt(result) && result.got === 'inconclusive')
  const unanswered = count((result) => !receipt(result) && isUnanswered(result))
  const notRecorded = failed.some(
    (result) => result.check === 'genuine-recorded' && result.got === 'not-recorded'
  )
  const forgedRecorded =
    failed.find((result) => result.check === 'forgeries-not-recorded' && result.got === 'recorded')
      ?.recorded?.length ?? 0
  const receiptTrouble = failed.some(
    (result) => receipt(result) && !['recorded', 'not-recorded'].includes(result.got)
  )
  return [
    ...(refusedGenuine > 0 ? [`refused ${deliveries(refusedGenuine, 'genuine')}`] : []),
    ...(acceptedForged > 0 ? [`accepted ${deliveries(acceptedForged, 'forged')}`] : []),
    ...(busy > 0 ? [`was busy or failing for ${counted(busy, 'delivery', 'deliveries')}`] : []),
    ...(unanswered > 0
      ? [`gave no answer to ${counted(unanswered, 'delivery', 'deliveries')}`]
      : []),
    ...(notRecorded ? ['did not record the genuine event'] : []),
    ...(forgedRecorded > 0 ? [`recorded ${counted(forgedRecorded, 'forged event')}`] : []),
    ...(receiptTrouble ? ['gave no usable receipt'] : [])
  ]
}

/**
 * The genuine delivery was not accepted: the forgeries were not sent, and the diagnostic deliveries
 * may tell why.
 */
function explainGenuine(
  genuine: CheckResult,
  results: readonly CheckResult[],
  target: CheckTarget,
  label: CheckInputLabel
): Explanation {
  const skipped = 'The forged deliveries were not sent.'
  if (genuine.got === 'timed-out') {
    return {
      title: 'The receiver did not answer in time',
      message: `The genuine delivery got no answer within ${target.timeoutSeconds} s (${label('timeout-seconds')}): ${faultOf(genuine)} Svix gives a receiver ${receiverTimeLimitSeconds} s, then counts the delivery failed and retries it. ${skipped}`,
      nextStep: `Answer 2xx as soon as the signature is verified and do slow work after answering, and check that ${label('url')} reaches the receiver.`
    }
  }
  if (genuine.got === 'unreachable') {
    return {
      title: 'Could not reach the receiver',
      message: `${faultOf(genuine)} ${skipped}`,
      nextStep: `Check that ${label('url')} is the deployed receiver's webhook URL, that it is up, and that this runner can reach it (DNS, firewall, HTTPS_PROXY/NO_PROXY, NODE_EXTRA_CA_CERTS for a private CA).`
    }
  }
  const status = genuine.status!
  const notSent = 'The forged deliveries were not sent: a refusal would prove nothing.'
  const refusal = `A delivery signed with ${label('webhook-secret')} and a current timestamp was ${gotPhrase(genuine)}.`
  const diagnostics = results.filter((result) =>
    (diagnosticChecks as readonly CheckName[]).includes(result.check)
  )
  const causes = diagnostics.filter((result) => result.got === 'accepted')
  if (causes.length > 0) {
    const words = causes.map((cause) => checkWords(cause.check, target.headers, label))
    return {
      title: `The receiver refused a genuine delivery (${status}): ${causes.map((cause) => cause.check).join(', ')}`,
      message: [
        refusal,
        ...causes.map(
          (cause, index) =>
            `It accepted ${cause.check} (${words[index]!.description.replace(/^Diagnostic: /, '')}): ${words[index]!.means}`
        ),
        notSent
      ].join('\n'),
      nextStep: [
        ...new Set(words.map((word) => word.fix)),
        `See ${checkDocsUrl}#${causes[0]!.check}.`
      ].join('\n')
    }
  }
  // Only a refusal by status says a diagnostic's signature was checked and failed; a 5xx, a
  // redirect or no route says nothing of it.
  const untold = diagnostics.filter(
    (result) => result.got !== 'refused' || saysNothingOfSignatures(result.status!)
  )
  const told = diagnostics.filter((result) => !untold.includes(result))
  const refusedToo =
    told.length === 0
      ? ''
      : `; ${listed(
          told.map((result) => result.check),
          'and'
        )} ${told.length === 1 ? 'was' : 'were'} refused`
  const tried =
    diagnostics.length === 0
      ? ''
      : untold.length === 0
        ? `\nAlso tried, and refused too, so none of these mistakes is the cause: ${listed(
            diagnostics.map((result) => result.check),
            'and'
          )} (the results say what each sends).`
        : `\nThe diagnostic deliveries could not tell why: ${listed(untold.map(shortGot), 'and')}, which says nothing about how it verifies${refusedToo}.`
  return {
    title:
      genuine.got === 'inconclusive'
        ? `The receiver did not accept a genuine delivery (${status})`
        : `The receiver refused a genuine delivery (${status})`,
    message: `${refusal}\nSvix would count it as failed.${tried}\n${notSent}`,
    nextStep: genuineNextStep(status, genuine.got === 'inconclusive', untold.length === 0, label)
  }
}

/** A redirect, or no such route or method: the request never reached a signature check. */
function saysNothingOfSignatures(status: number): boolean {
  return (status >= 300 && status < 400) || status === 404 || status === 405
}

function shortGot(result: CheckResult): string {
  if (result.got === 'timed-out' || result.got === 'unreachable')
    return `${result.check} got no answer`
  return `${result.check} ${result.got === 'refused' ? 'was refused with' : 'was answered'} ${result.status}`
}

function genuineNextStep(
  status: number,
  inconclusive: boolean,
  diagnosticsTold: boolean,
  label: CheckInputLabel
): string {
  const secret = `${label('webhook-secret')} is likely wrong: use the signing secret of the endpoint at exactly this URL (each endpoint has its own).`
  if (status >= 300 && status < 400) {
    return `${label('url')} is likely wrong: Svix does not follow redirects, so give the address that answers directly (check the scheme, the host and any trailing slash).`
  }
  if (status === 404 || status === 405)
    return `${label('url')} is likely wrong: give the receiver's webhook route, the URL the endpoint is configured with in Diffio.`
  // A gateway's or a rate limiter's answer: the receiver may never have seen the delivery.
  if (inconclusive && [408, 429, 502, 503, 504].includes(status)) {
    return 'The receiver is busy or limiting the rate, which says nothing about the secret; run the check again, or exempt it from the limit.'
  }
  if (!diagnosticsTold) {
    return `The receiver's logs say why it answered ${status} to a genuine delivery${status >= 500 ? ' (an uncaught verification error becomes a 500)' : ''}; run the check again once it answers 2xx or 4xx to every delivery.`
  }
  const parseFirst = `If it is right, the receiver may verify the parsed body written again (a global express.json() before express.raw, JSON.stringify or json.dumps of the parsed body) rather than the bytes that arrived: ${lowerFirst(rawBodyFix)}.`
  if (status === 401 || status === 403) return `${secret} ${parseFirst}`
  if (status >= 500)
    return `${secret} If it is right, the receiver failed on a genuine delivery; its logs say why (an uncaught verification error becomes a 500).`
  return `${secret} ${parseFirst} Or the receiver refused the sample event itself (its ids are fake, e.g. evt_check_receiver_...) or its clock is more than ${minutes} minutes off; its logs say why.`
}

/** What the check did, for a message about something that went wrong after it. */
export function whatTheCheckDid(outcome: ReceiverCheckOutcome): string {
  if (outcome.kind === 'invalid') return 'Nothing was posted to the receiver.'
  const verdict = checkPassed(outcome.results) ? 'passed' : 'failed'
  return `The check ran and ${verdict}, as the log above shows.`
}
