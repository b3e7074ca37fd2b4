import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeSendFailure, explainSendFailure } from '../../src/send-test-event/explain.js'
import { sendTestEvent } from '../../src/send-test-event/send.js'
import {
  endpointPath,
  eventTypes,
  modes,
  type EventType,
  type Mode
} from '../../src/shared/contract.js'
import type { SendTarget } from '../../src/send-test-event/send.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import {
  delivered,
  failureFacts,
  labelAsInput,
  sendFailure,
  settingsFor,
  withoutProxyVariables,
  writerKey
} from '../support/send-helpers.js'
import { expectExplanation, expectNamesInput, expectWords } from '../support/meaning.js'

// Each behaviour here is one line of Diffio's API reference for POST /v1/webhooks/send_test_event.

const keyOf = (id: string) => testKeys.find((record) => record.id === id)!.key

let server: DiffioServer

beforeEach(async () => {
  withoutProxyVariables()
  server = await startDiffioServer()
})

afterEach(async () => {
  await server.close()
  vi.unstubAllEnvs()
})

/** A request the action itself never makes, straight to the server. */
async function rawPost(
  body: string,
  headers: Record<string, string> = { authorization: `Bearer ${writerKey}` }
) {
  const response = await fetch(server.url + endpointPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('a 200 answer', () => {
  const combinations = eventTypes.flatMap((eventType) => modes.map((mode) => ({ eventType, mode })))

  it.each(combinations)(
    'delivers $eventType in $mode mode with the five documented strings',
    async ({ eventType, mode }) => {
      const delivery = await delivered(
        sendTestEvent(settingsFor(server, { 'event-type': eventType, mode }))
      )

      expect(delivery.status).toBe(200)
      expect(delivery.attempts).toBe(1)
      expect(delivery.event).toEqual({
        svixMessageId: expect.stringMatching(/^msg_/),
        eventId: expect.stringMatching(/^evt_/),
        eventType,
        mode,
        apiKeyId: 'key_writer'
      })
      expect(Object.keys(JSON.parse(delivery.json)).sort()).toEqual([
        'apiKeyId',
        'eventId',
        'eventType',
        'mode',
        'svixMessageId'
      ])
      expect(server.requests).toHaveLength(1)
    }
  )
})

describe('authentication', () => {
  it.each([
    ['Authorization: Bearer', { authorization: `Bearer ${writerKey}` }],
    ['X-Api-Key', { 'x-api-key': writerKey }],
    ['Xi-Api-Key', { 'xi-api-key': writerKey }]
  ])('the server accepts the key in %s', async (_name, headers) => {
    const answer = await rawPost(
      JSON.stringify({ eventType: 'generation.queued', mode: 'test' }),
      headers
    )

    expect(answer.status).toBe(200)
    expect(answer.body.apiKeyId).toBe('key_writer')
  })

  it('answers 401 "Missing API key" when no key header is sent', async () => {
    const answer = await rawPost(
      JSON.stringify({ eventType: 'generation.queued', mode: 'test' }),
      {}
    )

    expect(answer).toEqual({ status: 401, body: { error: 'Missing API key' } })
  })

  it('fails with an auth error, not retried, when the key is unknown', async () => {
    const settings = settingsFor(server, {
      'api-key': 'diffio_live_not_a_real_key',
      'max-retries': '2'
    })
    const failure = await sendFailure(sendTestEvent(settings, { sleep: async () => {} }))

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 401,
      statusClass: 'auth error',
      serverMessage: 'Invalid API key',
      retryable: false
    })
    expectExplanation(explainSendFailure(failure, { label: labelAsInput }), {
      status: 401,
      title: ['API key'],
      input: 'api-key'
    })
    expect(server.requests).toHaveLength(1)
  })
})

describe('the request the action sends', () => {
  it('is a POST with a Bearer key, JSON content type and accept, and a user agent', async () => {
    await delivered(sendTestEvent(settingsFor(server)))

    const [sent] = server.requests
    expect(sent?.method).toBe('POST')
    expect(sent?.path).toBe(endpointPath)
    expect(sent?.headers.authorization).toBe(`Bearer ${writerKey}`)
    expect(sent?.headers['content-type']).toBe('application/json')
    expect(sent?.headers.accept).toBe('application/json')
    expect(sent?.headers['user-agent']).toMatch(/^diffio-send-test-event\/\d+\.\d+\.\d+ node\/\d+/)
    expect(sent?.headers['x-api-key']).toBeUndefined()
    expect(sent?.headers['xi-api-key']).toBeUndefined()
  })

  it('carries only eventType and mode when nothing optional is given', async () => {
    await delivered(
      sendTestEvent(settingsFor(server, { 'event-type': 'generation.failed', mode: 'live' }))
    )

    expect(JSON.parse(server.requests[0]!.body)).toStrictEqual({
      eventType: 'generation.failed',
      mode: 'live'
    })
  })

  it('carries apiKeyId and samplePayload exactly as given', async () => {
    const settings = settingsFor(server, {
      'api-key-id': 'key_writer',
      'sample-payload': '{"apiProjectId": "proj_123", "hasVideo": true}'
    })
    await delivered(sendTestEvent(settings))

    expect(JSON.parse(server.requests[0]!.body)).toStrictEqual({
      eventType: 'generation.completed',
      mode: 'test',
      apiKeyId: 'key_writer',
      samplePayload: { apiProjectId: 'proj_123', hasVideo: true }
    })
  })
})

describe('400 answers', () => {
  it.each([
    ['Invalid JSON body', '{"eventType": "generation.completed", "mode": '],
    ['Invalid JSON body', '["generation.completed", "test"]'],
    ['eventType is required', '{"mode": "test"}'],
    ['eventType is not supported', '{"eventType": "generation.started", "mode": "test"}'],
    ['mode must be test or live', '{"eventType": "generation.completed", "mode": "staging"}'],
    [
      'samplePayload must be an object',
      '{"eventType": "generation.completed", "mode": "test", "samplePayload": "proj_123"}'
    ],
    [
      'samplePayload must be an object',
      '{"eventType": "generation.completed", "mode": "test", "samplePayload": [1]}'
    ]
  ])('the server answers 400 "%s" to %s', async (error, body) => {
    expect(await rawPost(body)).toEqual({ status: 400, body: { error } })
  })

  // Settings that parseSettings would refuse, to see how the action reads the server's 400s.
  it.each<[string, Partial<SendTarget>, string, string]>([
    ['an empty eventType', { eventType: '' as EventType }, 'eventType is required', 'event-type'],
    [
      'an unsupported eventType',
      { eventType: 'generation.started' as EventType },
      'eventType is not supported',
      'event-type'
    ],
    ['an unknown mode', { mode: 'staging' as Mode }, 'mode must be test or live', 'mode'],
    [
      'an array samplePayload',
      { samplePayload: [1] as unknown as Record<string, unknown> },
      'samplePayload must be an object',
      'sample-payload'
    ]
  ])(
    'classifies the 400 for %s as a client error naming the input to fix',
    async (_case, override, serverMessage, input) => {
      const settings = { ...settingsFor(server, { 'max-retries': '2' }), ...override }
      const failure = await sendFailure(sendTestEvent(settings, { sleep: async () => {} }))

      expect(failureFacts(failure)).toMatchObject({
        kind: 'error-status',
        status: 400,
        statusClass: 'client error',
        serverMessage,
        retryable: false
      })
      expectWords(describeSendFailure(failure.failure), [/\b400\b/, 'client error', serverMessage])
      const { nextStep } = explainSendFailure(failure, { label: labelAsInput })
      expectWords(nextStep, ['fix', serverMessage])
      expectNamesInput(nextStep.replace(serverMessage, ''), input)
      expect(server.requests).toHaveLength(1)
    }
  )

  it('classifies a queued 400 "eventType is not supported" and does not retry it', async () => {
    server.queue({ status: 400, body: '{"error":"eventType is not supported"}' })
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), { sleep: async () => {} })
    )

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 400,
      statusClass: 'client error',
      serverMessage: 'eventType is not supported'
    })
    expect(failure.attempts).toBe(1)
    expect(server.requests).toHaveLength(1)
  })

  it('classifies a queued 400 "Invalid JSON body"', async () => {
    server.queue({ status: 400, body: '{"error":"Invalid JSON body"}' })
    const failure = await sendFailure(sendTestEvent(settingsFor(server)))

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 400,
      statusClass: 'client error',
      serverMessage: 'Invalid JSON body'
    })
  })
})

describe('403 answers', () => {
  it.each([
    ['an inactive key', 'key_inactive', '', 'API key is not active'],
    ['a key without webhooks:write', 'key_reader', '', 'Missing webhooks:write permission'],
    [
      'a non-admin key naming another apiKeyId',
      'key_writer',
      'key_admin',
      'Non-admin API keys can only send test events for themselves'
    ]
  ])('fail as a permission error for %s', async (_case, keyId, apiKeyId, serverMessage) => {
    const settings = settingsFor(server, {
      'api-key': keyOf(keyId),
      'api-key-id': apiKeyId,
      'max-retries': '2'
    })
    const failure = await sendFailure(sendTestEvent(settings, { sleep: async () => {} }))

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 403,
      statusClass: 'permission error',
      serverMessage,
      retryable: false
    })
    const explanation = explainSendFailure(failure, {
      label: labelAsInput,
      ...(apiKeyId !== '' && { apiKeyId })
    })
    expectExplanation(explanation, { status: 403, title: ['permission'] })
    if (apiKeyId === '') expectWords(explanation.nextStep, ['webhooks:write'])
    else expectNamesInput(explanation.nextStep, 'api-key-id')
    expect(server.requests).toHaveLength(1)
  })

  it('lets an admin key send for another key of the account', async () => {
    const settings = settingsFor(server, {
      'api-key': keyOf('key_admin'),
      'api-key-id': 'key_writer'
    })
    const delivery = await delivered(sendTestEvent(settings))

    expect(delivery.event.apiKeyId).toBe('key_writer')
  })

  it('lets a non-admin key name itself', async () => {
    const delivery = await delivered(
      sendTestEvent(settingsFor(server, { 'api-key-id': 'key_writer' }))
    )

    expect(delivery.event.apiKeyId).toBe('key_writer')
  })
})

describe('other methods', () => {
  it('answers 405 to a GET', async () => {
    const response = await fetch(server.url + endpointPath, {
      method: 'GET',
      headers: { authorization: `Bearer ${writerKey}` }
    })

    expect(response.status).toBe(405)
    expect(await response.json()).toEqual({ error: 'Method not allowed' })
  })

  it('answers 204 to a CORS preflight OPTIONS', async () => {
    const response = await fetch(server.url + endpointPath, { method: 'OPTIONS' })
    await response.body?.cancel()

    expect(response.status).toBe(204)
  })

  it('classifies a 405 as "fix required" and points at base-url', async () => {
    server.queue({ status: 405, body: '{"error":"Method not allowed"}' })
    const failure = await sendFailure(sendTestEvent(settingsFor(server)))

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 405,
      statusClass: 'fix required',
      retryable: false
    })
    expect(explainSendFailure(failure, { label: labelAsInput }).nextStep).toContain('base-url')
  })
})

describe('a base-url with a gateway path prefix', () => {
  it('sends to the endpoint under the prefix', async () => {
    const gateway = await startDiffioServer({ prefix: '/gateway/diffio' })
    try {
      const delivery = await delivered(sendTestEvent(settingsFor(gateway)))

      expect(delivery.status).toBe(200)
      expect(gateway.requests.map((sent) => sent.path)).toEqual([`/gateway/diffio${endpointPath}`])
    } finally {
      await gateway.close()
    }
  })

  it('ignores a trailing slash on the prefix', async () => {
    const gateway = await startDiffioServer({ prefix: '/gateway/diffio' })
    try {
      await delivered(sendTestEvent(settingsFor(gateway, { 'base-url': `${gateway.url}/` })))

      expect(gateway.requests.map((sent) => sent.path)).toEqual([`/gateway/diffio${endpointPath}`])
    } finally {
      await gateway.close()
    }
  })

  it('gets a 404 when the prefix is left out', async () => {
    const gateway = await startDiffioServer({ prefix: '/gateway/diffio' })
    try {
      const failure = await sendFailure(
        sendTestEvent(settingsFor(gateway.url.replace('/gateway/diffio', '')))
      )

      expect(failureFacts(failure)).toMatchObject({
        kind: 'error-status',
        status: 404,
        serverMessage: 'Not found',
        retryable: false
      })
    } finally {
      await gateway.close()
    }
  })
})

describe('a 402 billing hold', () => {
  it('puts the code paymentFailed in the failure and is not retried', async () => {
    server.queue({ status: 402, body: '{"error":"Payment failed","code":"paymentFailed"}' })
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server, { 'max-retries': '2' }), { sleep: async () => {} })
    )

    expect(failureFacts(failure)).toMatchObject({
      kind: 'error-status',
      status: 402,
      code: 'paymentFailed',
      serverMessage: 'Payment failed',
      retryable: false
    })
    expect(describeSendFailure(failure.failure)).toContain('[code: paymentFailed]')
    const explanation = explainSendFailure(failure, { label: labelAsInput })
    expectExplanation(explanation, { status: 402, title: ['billing'], nextStep: ['billing'] })
    expect(server.requests).toHaveLength(1)
  })
})
