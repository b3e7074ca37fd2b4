import { randomBytes } from 'node:crypto'
import { payloadStatus, receiverTimeLimitSeconds, signatureToleranceSeconds, type EventType } from '../shared/contract.js'
import type { HttpRequest } from '../http/request.js'
import { version } from '../shared/version.js'

/**
 * The seven deliveries of a receiver check: one genuine, signed as Svix signs with the endpoint's
 * secret, and six forgeries a receiver that verifies properly refuses. Each is a sample generation
 * event with clearly fake ids, built the moment before it is posted so its timestamp is current.
 */

export const checkNames = [
  'genuine',
  'body-changed',
  'wrong-secret',
  'timestamp-old',
  'timestamp-ahead',
  'no-signature-headers',
  'unknown-signature-version'
] as const
export type CheckName = (typeof checkNames)[number]

export interface CheckDefinition {
  /** What is posted, for tables and logs. */
  description: string
  /** What a receiver that verifies properly does with it: answer 2xx, or anything else. */
  expected: 'accepted' | 'refused'
  /** What a receiver must do to pass, said when it does not. */
  requirement: string
}

/** Twice the tolerance, so no receiver's clock drift can excuse accepting it. */
const skewSeconds = 2 * signatureToleranceSeconds
const skewWords = 'ten minutes'

/** The version prefix the unknown-version forgery carries in place of v1. */
const unknownSignatureVersion = 'v2'

export const checks: Record<CheckName, CheckDefinition> = {
  genuine: {
    description: 'Genuine: correctly signed, current timestamp',
    expected: 'accepted',
    requirement: `Verify with the endpoint's signing secret and answer 2xx within ${receiverTimeLimitSeconds} s.`
  },
  'body-changed': {
    description: 'Body changed after signing',
    expected: 'refused',
    requirement: 'Verify the signature over the raw request body, byte for byte, before parsing it.'
  },
  'wrong-secret': {
    description: 'Signed with a different secret',
    expected: 'refused',
    requirement: "Verify every delivery's signature with this endpoint's signing secret, and refuse it when none matches."
  },
  'timestamp-old': {
    description: `Timestamp ${skewWords} old, signed for it`,
    expected: 'refused',
    requirement: `Refuse an svix-timestamp more than ${signatureToleranceSeconds / 60} minutes old: that is a replay.`
  },
  'timestamp-ahead': {
    description: `Timestamp ${skewWords} ahead, signed for it`,
    expected: 'refused',
    requirement: `Refuse an svix-timestamp more than ${signatureToleranceSeconds / 60} minutes ahead of the receiver's clock.`
  },
  'no-signature-headers': {
    description: 'No svix-* headers at all',
    expected: 'refused',
    requirement: 'Refuse a delivery without svix-id, svix-timestamp and svix-signature.'
  },
  'unknown-signature-version': {
    description: `Only an unknown signature version (${unknownSignatureVersion},)`,
    expected: 'refused',
    requirement: 'Compare only the v1, entries of svix-signature, and refuse when no v1 entry matches.'
  }
}

export const checkUserAgent = `diffio-check-receiver/${version} node/${process.versions.node}`

/** Signs as Svix does; svix is loaded on first use, so the main action never loads it. */
export async function signDelivery(secret: string, svixId: string, at: Date, body: string): Promise<string> {
  const { Webhook } = await import(/* webpackChunkName: "svix" */ 'svix')
  return new Webhook(secret).sign(svixId, at, body)
}

export interface DeliveryTarget {
  url: string
  /** The endpoint's signing secret, whsec_ and base64. */
  webhookSecret: string
  /** A made-up secret for the wrong-secret forgery. */
  forgerySecret: string
  eventType: EventType
}

export interface CheckDelivery {
  request: HttpRequest & { method: 'POST'; body: string }
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

/** Builds one check's delivery as it is to be posted at `now`. */
export async function buildDelivery(check: CheckName, target: DeliveryTarget, now: Date = new Date()): Promise<CheckDelivery> {
  const signedAt =
    check === 'timestamp-old'
      ? new Date(now.getTime() - skewSeconds * 1000)
      : check === 'timestamp-ahead'
        ? new Date(now.getTime() + skewSeconds * 1000)
        : now
  const payload = samplePayload(target.eventType, signedAt)
  const signedBody = JSON.stringify(payload)
  const svixId = fakeId('msg')
  const secret = check === 'wrong-secret' ? target.forgerySecret : target.webhookSecret
  const signature = await signDelivery(secret, svixId, signedAt, signedBody)

  const body = check === 'body-changed' ? JSON.stringify({ ...payload, generationId: fakeId('gen') }) : signedBody
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': checkUserAgent }
  if (check !== 'no-signature-headers') {
    headers['svix-id'] = svixId
    headers['svix-timestamp'] = String(Math.floor(signedAt.getTime() / 1000))
    headers['svix-signature'] =
      check === 'unknown-signature-version' ? signature.replace(/^v1,/, `${unknownSignatureVersion},`) : signature
  }
  return { request: { method: 'POST', url: target.url, headers, body }, signedBody }
}
