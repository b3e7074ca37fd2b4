import { createHmac, randomBytes } from 'node:crypto'
import { Webhook } from 'svix'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildDelivery,
  buildRetry,
  checkNames,
  checkUserAgent,
  deliveryChecks,
  diagnosticChecks,
  expectation,
  receiptChecks,
  signDelivery,
  signingKey,
  type DeliveryTarget,
  type PostedCheck
} from '../../src/check-receiver/deliveries.js'
import { eventTypes, payloadStatus } from '../../src/shared/contract.js'

const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`
const otherSecret = `whsec_${randomBytes(24).toString('base64')}`
const target: DeliveryTarget = {
  url: 'https://receiver.example.com/webhooks/diffio',
  webhookSecret,
  otherSecret,
  eventType: 'generation.completed',
  headers: 'svix'
}
const tenMinutesMs = 10 * 60 * 1000

afterEach(() => {
  vi.useRealTimers()
})

/** What svix's own verifier says of a delivery: undefined when it verifies, otherwise its reason. */
function svixVerdict(
  secret: string | Uint8Array,
  body: string,
  headers: Record<string, string>
): string | undefined {
  try {
    const webhook =
      typeof secret === 'string' ? new Webhook(secret) : new Webhook(secret, { format: 'raw' })
    webhook.verify(body, headers)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

async function delivery(check: PostedCheck, overrides: Partial<DeliveryTarget> = {}) {
  const built = await buildDelivery(check, { ...target, ...overrides })
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

describe('the checks', () => {
  it('post the plain genuine delivery first and a genuine one last, with the forgeries between', () => {
    expect(deliveryChecks[0]).toBe('genuine')
    expect(deliveryChecks.at(-1)).toBe('genuine-again')
    expect(checkNames).toEqual([...deliveryChecks, ...receiptChecks, ...diagnosticChecks])
    expect(new Set(checkNames).size).toBe(checkNames.length)
  })

  it('expect the genuine variants accepted, the forgeries and diagnostics refused, and receipts only for the genuine event', () => {
    const accepted = checkNames.filter((check) => expectation(check) === 'accepted')
    expect(accepted).toEqual([
      'genuine',
      'non-canonical-json',
      'non-ascii-body',
      'rotated-secret',
      'v1a-entry-first',
      'retry',
      'genuine-again'
    ])
    expect(diagnosticChecks.map(expectation)).toEqual(diagnosticChecks.map(() => 'refused'))
    expect(receiptChecks.map(expectation)).toEqual(['recorded', 'not-recorded'])
  })
})

describe('the genuine deliveries, judged by svix', () => {
  it.each([
    'genuine',
    'non-canonical-json',
    'non-ascii-body',
    'rotated-secret',
    'v1a-entry-first',
    'genuine-again'
  ] as const)('%s verifies with the endpoint secret', async (check) => {
    const { headers, body } = await delivery(check)
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })

  it('the non-canonical body is a valid event whose bytes no re-serialization gives back', async () => {
    const { body } = await delivery('non-canonical-json')
    const parsed = JSON.parse(body) as Record<string, unknown>
    expect(parsed).toMatchObject({
      eventType: 'generation.completed',
      status: 'complete',
      sampleText: 'café / mix',
      sampleRatio: 1
    })
    expect(JSON.stringify(parsed)).not.toBe(body)
    expect(JSON.stringify(parsed, null, 4)).not.toBe(body)
    expect(JSON.stringify(parsed, Object.keys(parsed).sort())).not.toBe(body)
    expect(body).toMatch(/^\{\n {4}"/)
    expect(body).toContain('\\u00e9')
    expect(body).toContain('\\/')
    expect(body).toContain(': 1.0')
    expect(body.endsWith('}\n')).toBe(true)
    expect(Object.keys(parsed)).not.toEqual(Object.keys(parsed).sort())
  })

  it('the non-ASCII body carries raw UTF-8 text that a latin1 reading or an ASCII-escaping serializer changes', async () => {
    const { body } = await delivery('non-ascii-body')
    expect(body).toMatch(/[\u00e9\u6771\u{1F3A7}]/u)
    expect(Buffer.from(body, 'utf8').toString('latin1')).not.toBe(body)
    const escaped = JSON.stringify(JSON.parse(body)).replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
    expect(escaped).not.toBe(body)
  })

  it('the rotation carries two v1 entries: the first by another secret, the second by the right one', async () => {
    const { headers, body } = await delivery('rotated-secret')
    const [first, second] = headers['svix-signature']!.split(' ')
    expect(svixVerdict(webhookSecret, body, { ...headers, 'svix-signature': first! })).toBe(
      'No matching signature found'
    )
    expect(svixVerdict(otherSecret, body, { ...headers, 'svix-signature': first! })).toBeUndefined()
    expect(
      svixVerdict(webhookSecret, body, { ...headers, 'svix-signature': second! })
    ).toBeUndefined()
  })

  it('the v1a entry comes first and holds 64 bytes of base64', async () => {
    const { headers } = await delivery('v1a-entry-first')
    const [first, second] = headers['svix-signature']!.split(' ')
    expect(first).toMatch(/^v1a,/)
    expect(Buffer.from(first!.slice(4), 'base64')).toHaveLength(64)
    expect(second).toMatch(/^v1,/)
  })

  it('a retry keeps the svix-id and the body, with a later timestamp and its own valid signature', async () => {
    const original = await buildDelivery('genuine', target)
    const retry = await buildRetry(original, target)
    const { headers, body } = retry.request
    expect(headers['svix-id']).toBe(original.request.headers['svix-id'])
    expect(body).toBe(original.request.body)
    expect(Number(headers['svix-timestamp'])).toBeGreaterThan(
      Number(original.request.headers['svix-timestamp'])
    )
    expect(headers['svix-signature']).not.toBe(original.request.headers['svix-signature'])
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })

  it('with headers: webhook, carries only the webhook-* names, which svix reads too', async () => {
    const { headers, body } = await delivery('genuine', { headers: 'webhook' })
    expect(Object.keys(headers).filter((name) => /^(svix|webhook)-/.test(name))).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature'
    ])
    expect(svixVerdict(webhookSecret, body, headers)).toBeUndefined()
  })
})

describe('the forgeries, judged by svix', () => {
  it('a body changed after signing is refused, though its headers verify the body that was signed', async () => {
    const { headers, body, signedBody } = await delivery('body-changed')
    expect(body).not.toBe(signedBody)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(webhookSecret, signedBody, headers)).toBeUndefined()
  })

  it('a delivery signed with another secret is refused, and verifies only with that secret', async () => {
    const { headers, body } = await delivery('wrong-secret')
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(otherSecret, body, headers)).toBeUndefined()
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

  it.each(['svix', 'webhook'] as const)(
    'a delivery without signature headers is refused for missing them (headers: %s)',
    async (family) => {
      const { headers, body } = await delivery('no-signature-headers', { headers: family })
      expect(Object.keys(headers).filter((name) => /^(svix|webhook)-/.test(name))).toEqual([])
      expect(svixVerdict(webhookSecret, body, headers)).toBe('Missing required headers')
    }
  )

  it('a signature of an unknown version only is refused, though the same signature as v1 verifies', async () => {
    const { headers, body } = await delivery('unknown-signature-version')
    expect(headers['svix-signature']).toMatch(/^v2,/)
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    const asV1 = { ...headers, 'svix-signature': headers['svix-signature']!.replace(/^v2,/, 'v1,') }
    expect(svixVerdict(webhookSecret, body, asV1)).toBeUndefined()
  })

  it('each delivery has its own svix-id and event id', async () => {
    const posted = [...deliveryChecks, ...diagnosticChecks].filter(
      (check): check is PostedCheck => check !== 'retry'
    )
    const built = await Promise.all(posted.map((check) => delivery(check)))
    expect(new Set(built.map(({ svixId }) => svixId)).size).toBe(posted.length)
    expect(
      new Set(built.map(({ body }) => (JSON.parse(body) as { eventId: string }).eventId)).size
    ).toBe(posted.length)
    for (const { body, eventId } of built)
      expect((JSON.parse(body) as { eventId: string }).eventId).toBe(eventId)
  })
})

describe('the diagnostic deliveries', () => {
  it('other-header-names is the genuine delivery under the other family of names, both ways', async () => {
    const svix = await delivery('other-header-names')
    expect(svix.headers['webhook-signature']).toMatch(/^v1,/)
    expect(svix.headers['svix-signature']).toBeUndefined()
    expect(svixVerdict(webhookSecret, svix.body, svix.headers)).toBeUndefined()
    const webhook = await delivery('other-header-names', { headers: 'webhook' })
    expect(webhook.headers['svix-signature']).toMatch(/^v1,/)
    expect(webhook.headers['webhook-signature']).toBeUndefined()
  })

  it('signed-body-only carries the HMAC of the body alone under the right key, which svix refuses', async () => {
    const { headers, body } = await delivery('signed-body-only')
    expect(headers['svix-signature']).toBe(
      `v1,${createHmac('sha256', signingKey(webhookSecret)).update(body).digest('base64')}`
    )
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
  })

  it("secret-text-as-key verifies only with the secret's text as the raw key", async () => {
    const { headers, body } = await delivery('secret-text-as-key')
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(Buffer.from(webhookSecret, 'utf8'), body, headers)).toBeUndefined()
  })

  it('prefix-in-key verifies only with the whole secret base64-decoded as the raw key', async () => {
    const { headers, body } = await delivery('prefix-in-key')
    expect(svixVerdict(webhookSecret, body, headers)).toBe('No matching signature found')
    expect(svixVerdict(Buffer.from(webhookSecret, 'base64'), body, headers)).toBeUndefined()
  })
})

describe('the sample event', () => {
  it("is shaped as Diffio's generation event, with clearly fake ids", async () => {
    const { body, headers, request } = await delivery('genuine')
    const payload = JSON.parse(body) as Record<string, string>

    expect(Object.keys(payload)).toEqual([
      'eventType',
      'eventId',
      'createdAt',
      'apiKeyId',
      'apiProjectId',
      'generationId',
      'status'
    ])
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
