import { randomBytes } from 'node:crypto'
import { Webhook } from 'svix'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildDelivery,
  checkNames,
  checkUserAgent,
  signDelivery,
  type CheckName,
  type DeliveryTarget
} from '../../src/check-receiver/deliveries.js'
import { eventTypes, payloadStatus } from '../../src/shared/contract.js'

const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`
const forgerySecret = `whsec_${randomBytes(24).toString('base64')}`
const target: DeliveryTarget = { url: 'https://receiver.example.com/webhooks/diffio', webhookSecret, forgerySecret, eventType: 'generation.completed' }
const tenMinutesMs = 10 * 60 * 1000

afterEach(() => {
  vi.useRealTimers()
})

/** What svix's own verifier says of a delivery: undefined when it verifies, otherwise its reason. */
function svixVerdict(secret: string, body: string, headers: Record<string, string>): string | undefined {
  try {
    new Webhook(secret).verify(body, headers)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

async function delivery(check: CheckName) {
  const built = await buildDelivery(check, target)
  return { ...built, headers: built.request.headers, body: built.request.body }
}

describe('signing', () => {
  it("reproduces Svix's published example signature", async () => {
    const signature = await signDelivery(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      new Date(1614265330 * 1000),
      '{"test": 2432232314}'
    )
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
  })
})

describe('the seven deliveries, judged by svix', () => {
  it('are the seven checks, genuine first', () => {
    expect(checkNames).toEqual([
      'genuine',
      'body-changed',
      'wrong-secret',
      'timestamp-old',
      'timestamp-ahead',
      'no-signature-headers',
      'unknown-signature-version'
    ])
  })

  it('the genuine delivery verifies with the endpoint secret', async () => {
    const { headers, body } = await delivery('genuine')
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })

  it('a body changed after signing is refused, though its headers verify the body that was signed', async () => {
    const { headers, body, signedBody } = await delivery('body-changed')
    expect(body).not.toBe(signedBody)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(webhookSecret, signedBody, headers)).toBeUndefined()
  })

  it('a delivery signed with another secret is refused, and verifies only with that secret', async () => {
    const { headers, body } = await delivery('wrong-secret')
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(forgerySecret, body, headers)).toBeUndefined()
  })

  it('a timestamp ten minutes old is refused as too old, though correctly signed for it', async () => {
    const { headers, body } = await delivery('timestamp-old')
    expect(Number(headers['svix-timestamp'])).toBeCloseTo((Date.now() - tenMinutesMs) / 1000, -1)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('Message timestamp too old')
    vi.useFakeTimers({ now: Date.now() - tenMinutesMs, toFake: ['Date'] })
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })

  it('a timestamp ten minutes ahead is refused as too new, though correctly signed for it', async () => {
    const { headers, body } = await delivery('timestamp-ahead')
    expect(Number(headers['svix-timestamp'])).toBeCloseTo((Date.now() + tenMinutesMs) / 1000, -1)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('Message timestamp too new')
    vi.useFakeTimers({ now: Date.now() + tenMinutesMs, toFake: ['Date'] })
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })

  it('a delivery without svix-* headers is refused for missing them', async () => {
    const { headers, body } = await delivery('no-signature-headers')
    expect(Object.keys(headers).filter((name) => name.startsWith('svix-'))).toEqual([])
    expect(svixVerdict(webhookSecret, body, headers)).toBe('Missing required headers')
  })

  it('a signature of an unknown version only is refused, though the same signature as v1 verifies', async () => {
    const { headers, body } = await delivery('unknown-signature-version')
    expect(headers['svix-signature']).toMatch(/^v2,/)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    const asV1 = { ...headers, 'svix-signature': headers['svix-signature']!.replace(/^v2,/, 'v1,') }
    expect(svixVerdict(webhookSecret, body, asV1)).toBeUndefined()
  })

  it('each delivery has its own svix-id and event id', async () => {
    const built = await Promise.all(checkNames.map((check) => delivery(check)))
    const svixIds = built.map(({ headers }) => headers['svix-id']).filter((id) => id !== undefined)
    const eventIds = built.map(({ body }) => (JSON.parse(body) as { eventId: string }).eventId)
    expect(new Set(svixIds).size).toBe(checkNames.length - 1)
    expect(new Set(eventIds).size).toBe(checkNames.length)
  })
})

describe('the sample event', () => {
  it("is shaped as Diffio's generation event, with clearly fake ids", async () => {
    const { body, headers, request } = await delivery('genuine')
    const payload = JSON.parse(body) as Record<string, string>

    expect(Object.keys(payload)).toEqual(['eventType', 'eventId', 'createdAt', 'apiKeyId', 'apiProjectId', 'generationId', 'status'])
    expect(payload).toMatchObject({ eventType: 'generation.completed', status: 'complete' })
    expect(payload.eventId).toMatch(/^evt_check_receiver_[0-9a-f]+$/)
    expect(payload.apiKeyId).toMatch(/^key_check_receiver_/)
    expect(payload.apiProjectId).toMatch(/^proj_check_receiver_/)
    expect(payload.generationId).toMatch(/^gen_check_receiver_/)
    expect(headers['svix-id']).toMatch(/^msg_check_receiver_/)
    expect(Math.abs(Date.parse(payload.createdAt!) - Date.now())).toBeLessThan(60_000)
    expect(request).toMatchObject({ method: 'POST', url: target.url })
    expect(headers['content-type']).toBe('application/json')
    expect(headers['user-agent']).toBe(checkUserAgent)
    expect(checkUserAgent).toMatch(/^diffio-check-receiver\/\d+\.\d+\.\d+ node\//)
  })

  it.each(eventTypes)('carries the status Diffio gives %s', async (eventType) => {
    const { request } = await buildDelivery('genuine', { ...target, eventType })
    expect(JSON.parse(request.body)).toMatchObject({ eventType, status: payloadStatus[eventType] })
  })
})
