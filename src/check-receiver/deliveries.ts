import { createHmac, randomBytes } from 'node:crypto'
import { payloadStatus, signatureToleranceSeconds, type EventType } from '../shared/contract.js'
import type { HttpRequest } from '../http/request.js'
import { version } from '../shared/version.js'

/**
 * The deliveries of a receiver check, signed as Svix signs them, each a sample generation event
 * with clearly fake ids, built the moment before it is posted so its timestamp is current. Names
 * and expectations only; what each check means in words is in explain.ts.
 */

/**
 * Genuine deliveries a receiver must accept besides the plain one: bytes, text and headers Svix may
 * send.
 */
const genuineVariants = [
  'non-canonical-json',
  'non-ascii-body',
  'rotated-secret',
  'v1a-entry-first',
  'retry'
] as const

/** Deliveries a receiver that verifies properly refuses. */
const forgeryChecks = [
  'body-changed',
  'wrong-secret',
  'timestamp-old',
  'timestamp-ahead',
  'no-signature-headers',
  'unknown-signature-version'
] as const

/**
 * Posted in this order once the genuine delivery is accepted: genuine variants, forgeries, genuine
 * again.
 */
export const deliveryChecks = [
  'genuine',
  ...genuineVariants,
  ...forgeryChecks,
  'genuine-again'
] as const

/**
 * Posted instead of the rest when the genuine delivery is refused: each is accepted only by a
 * receiver with one mistake.
 */
export const diagnosticChecks = [
  'other-header-names',
  'signed-body-only',
  'secret-text-as-key',
  'prefix-in-key',
  'json-dumps-body'
] as const

/** Asked of receipt-url after the deliveries, when it is given. */
export const receiptChecks = ['genuine-recorded', 'forgeries-not-recorded'] as const

export const checkNames = [...deliveryChecks, ...receiptChecks, ...diagnosticChecks] as const
export type CheckName = (typeof checkNames)[number]
export type DeliveryCheck = (typeof deliveryChecks)[number]
export type DiagnosticCheck = (typeof diagnosticChecks)[number]
export type ReceiptCheck = (typeof receiptChecks)[number]
/**
 * A check that posts a delivery, and is built here; the retry is built from the genuine delivery.
 */
export type PostedCheck = Exclude<DeliveryCheck | DiagnosticCheck, 'retry'>

/**
 * What a receiver that verifies properly does: answers 2xx or not; its receipt route confirms an
 * event or not.
 */
export type Expectation = 'accepted' | 'refused' | 'recorded' | 'not-recorded'

/**
 * Diagnostics go only to a receiver that refused the genuine delivery; one that verifies properly
 * refuses them too.
 */
export function expectation(check: CheckName): Expectation {
  if (check === 'genuine-recorded') return 'recorded'
  if (check === 'forgeries-not-recorded') return 'not-recorded'
  const refused: readonly CheckName[] = [...forgeryChecks, ...diagnosticChecks]
  return refused.includes(check) ? 'refused' : 'accepted'
}

export const headerFamilies = ['svix', 'webhook'] as const
/**
 * svix-* names, which Diffio sends, or the Standard Webhooks names webhook-*, which svix's verifier
 * also reads.
 */
export type HeaderFamily = (typeof headerFamilies)[number]

export const signatureHeaders: Record<
  HeaderFamily,
  { id: string; timestamp: string; signature: string }
> = {
  svix: { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' },
  webhook: { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' }
}

export function otherFamily(family: HeaderFamily): HeaderFamily {
  return family === 'svix' ? 'webhook' : 'svix'
}

/** Twice the tolerance, so no receiver's clock drift can excuse accepting it. */
export const skewSeconds = 2 * signatureToleranceSeconds

/** The version prefix the unknown-version forgery carries in place of v1. */
export const unknownSignatureVersion = 'v2'

/**
 * Text outside ASCII, as users' project and file names hold it: accented Latin, CJK and an emoji.
 */
const nonAsciiText = 'Grabación en el café, 東京スタジオ 🎧'

export const checkUserAgent = `diffio-check-receiver/${version} node/${process.versions.node}`

type Signer = (svixId: string, at: Date, body: string) => string

/** svix signs; it is loaded on first use, so the main action never loads it. */
async function svixSigner(key: string | Uint8Array): Promise<Signer> {
  const { Webhook } = await import(/* webpackChunkName: "svix" */ 'svix')
  const webhook = typeof key === 'string' ? new Webhook(key) : new Webhook(key, { format: 'raw' })
  return (svixId, at, body) => webhook.sign(svixId, at, body)
}

/** Signs as Svix does with an endpoint's secret (whsec_ and base64). */
export async function signDelivery(
  secret: string,
  svixId: string,
  at: Date,
  body: string
): Promise<string> {
  return (await svixSigner(secret))(svixId, at, body)
}

export interface DeliveryTarget {
  url: string
  /** The endpoint's signing secret, whsec_ and base64. */
  webhookSecret: string
  /** A made-up secret: the key of the wrong-secret forgery, and the retired one in a rotation. */
  otherSecret: string
  eventType: EventType
  headers: HeaderFamily
}

export interface Delivery {
  request: HttpRequest & { method: 'POST'; body: string }
  /** The message id a receipt is asked by; not sent when the delivery has no signature headers. */
  svixId: string
  /** The event id in the body, which a receipt is asked by too. */
  eventId: string
  signedAt: Date
  /** The body the signature covers: the one posted, except for body-changed. */
  signedBody: string
}

/** A fake id that says where it came from, so nobody mistakes the event for a real one. */
function fakeId(prefix: string): string {
  return `${prefix}_check_receiver_${randomBytes(8).toString('hex')}`
}

/** A generation event shaped as Diffio's, its ids fake. */
export function samplePayload(eventType: EventType, createdAt: Date): Record<string, string> {
  return {
    eventType,
    eventId: fakeId('evt'),
    createdAt: createdAt.toISOString(),
    apiKeyId: fakeId('key'),
    apiProjectId: fakeId('proj'),
    generationId: fakeId('gen'),
    status: payloadStatus[eventType]
  }
}

/**
 * The event written as no serializer writes it: keys out of sorted order, four-space indents, a
 * \u00e9 and a \/ escape, a number written 1.0 and a trailing newline. Parsed and written again, it
 * is other bytes.
 */
function nonCanonicalJson(payload: Record<string, string>): string {
  const { eventId, status, eventType, ...rest } = payload
  const members = [
    ...Object.entries({ eventId, status, eventType, ...rest }).map(
      ([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`
    ),
    '"sampleText": "caf\\u00e9 \\/ mix"',
    '"sampleRatio": 1.0'
  ]
  return `{\n    ${members.join(',\n    ')}\n}\n`
}

/**
 * The event as Python's json.dumps writes it by default: ", " and ": " between members, as
 * json.dumps(json.loads(body)) gives back.
 */
function jsonDumpsBody(payload: Record<string, string>): string {
  return `{${Object.entries(payload)
    .map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`)
    .join(', ')}}`
}

function bodyFor(check: PostedCheck, payload: Record<string, string>): string {
  if (check === 'non-canonical-json') return nonCanonicalJson(payload)
  if (check === 'json-dumps-body') return jsonDumpsBody(payload)
  if (check === 'non-ascii-body') return JSON.stringify({ ...payload, sampleText: nonAsciiText })
  return JSON.stringify(payload)
}

function signedAtFor(check: PostedCheck, now: Date): Date {
  if (check === 'timestamp-old') return new Date(now.getTime() - skewSeconds * 1000)
  if (check === 'timestamp-ahead') return new Date(now.getTime() + skewSeconds * 1000)
  return now
}

/**
 * The svix-signature value for a check: the right signature, or the one mistake the check is about.
 */
async function signatureFor(
  check: PostedCheck,
  target: DeliveryTarget,
  svixId: string,
  at: Date,
  body: string
): Promise<string> {
  const right = await signDelivery(target.webhookSecret, svixId, at, body)
  switch (check) {
    case 'wrong-secret':
      return signDelivery(target.otherSecret, svixId, at, body)
    case 'rotated-secret':
      return `${await signDelivery(target.otherSecret, svixId, at, body)} ${right}`
    case 'v1a-entry-first':
      return `v1a,${randomBytes(64).toString('base64')} ${right}`
    case 'unknown-signature-version':
      return right.replace(/^v1,/, `${unknownSignatureVersion},`)
    case 'signed-body-only':
      return `v1,${createHmac('sha256', signingKey(target.webhookSecret)).update(body).digest('base64')}`
    case 'secret-text-as-key':
      return (await svixSigner(Buffer.from(target.webhookSecret, 'utf8')))(svixId, at, body)
    case 'prefix-in-key':
      // What Buffer.from(secret, 'base64') gives: Node decodes the prefix's letters and its _ as
      // base64 too.
      return (await svixSigner(Buffer.from(target.webhookSecret, 'base64')))(svixId, at, body)
    default:
      return right
  }
}

/** The HMAC key Svix uses: the base64 after whsec_, decoded. */
export function signingKey(secret: string): Buffer {
  return Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
}

function request(
  target: DeliveryTarget,
  body: string,
  signature?: { family: HeaderFamily; svixId: string; at: Date; value: string }
): Delivery['request'] {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': checkUserAgent
  }
  if (signature !== undefined) {
    const names = signatureHeaders[signature.family]
    headers[names.id] = signature.svixId
    headers[names.timestamp] = String(Math.floor(signature.at.getTime() / 1000))
    headers[names.signature] = signature.value
  }
  return { method: 'POST', url: target.url, headers, body }
}

/** Builds one check's delivery as it is to be posted at `now`. */
export async function buildDelivery(
  check: PostedCheck,
  target: DeliveryTarget,
  now: Date = new Date()
): Promise<Delivery> {
  const signedAt = signedAtFor(check, now)
  const payload = samplePayload(target.eventType, signedAt)
  const signedBody = bodyFor(check, payload)
  const svixId = fakeId('msg')
  const value = await signatureFor(check, target, svixId, signedAt, signedBody)
  const body =
    check === 'body-changed'
      ? JSON.stringify({ ...payload, generationId: fakeId('gen') })
      : signedBody
  const family = check === 'other-header-names' ? otherFamily(target.headers) : target.headers
  const signature =
    check === 'no-signature-headers' ? undefined : { family, svixId, at: signedAt, value }
  return {
    request: request(target, body, signature),
    svixId,
    eventId: payload.eventId!,
    signedAt,
    signedBody
  }
}

/**
 * A retry of a delivery as Svix makes one: the same svix-id and body, with a new timestamp and
 * signature. The timestamp is at least a second later, so the signature differs even when the retry
 * comes at once.
 */
export async function buildRetry(
  original: Delivery,
  target: DeliveryTarget,
  now: Date = new Date()
): Promise<Delivery> {
  const signedAt = new Date(Math.max(now.getTime(), original.signedAt.getTime() + 1000))
  const { svixId, signedBody } = original
  const value = await signDelivery(target.webhookSecret, svixId, signedAt, signedBody)
  return {
    ...original,
    request: request(target, signedBody, { family: target.headers, svixId, at: signedAt, value }),
    signedAt
  }
}
