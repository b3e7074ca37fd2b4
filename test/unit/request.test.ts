import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { endpointPath } from '../../src/shared/contract.js'
import { buildRequest, describeRequest } from '../../src/send-test-event/request.js'
import type { TestEventTarget } from '../../src/send-test-event/request.js'

const key = 'diffio_live_s3cr3t_key_0123'

function settings(overrides: Partial<TestEventTarget> = {}): TestEventTarget {
  return {
    apiKey: key,
    eventType: 'generation.completed',
    mode: 'test',
    baseUrl: 'https://api.diffio.ai',
    ...overrides
  }
}

describe('buildRequest', () => {
  it('posts to the send_test_event endpoint', () => {
    const request = buildRequest(settings())
    expect(request.method).toBe('POST')
    expect(request.url).toBe('https://api.diffio.ai/v1/webhooks/send_test_event')
  })

  it('keeps a gateway path prefix of the base URL', () => {
    expect(buildRequest(settings({ baseUrl: 'https://gateway.example.com/diffio' })).url).toBe(
      'https://gateway.example.com/diffio/v1/webhooks/send_test_event'
    )
  })

  it('names the documented endpoint path', () => {
    expect(endpointPath).toBe('/v1/webhooks/send_test_event')
  })

  it('sends the key as a bearer token', () => {
    expect(buildRequest(settings()).headers.authorization).toBe(`Bearer ${key}`)
  })

  it('sends and accepts JSON', () => {
    const { headers } = buildRequest(settings())
    expect(headers['content-type']).toBe('application/json')
    expect(headers.accept).toBe('application/json')
  })

  it('names the tool and its package version in the user agent', () => {
    expect(buildRequest(settings()).headers['user-agent']).toMatch(
      new RegExp(`^diffio-send-test-event/${packageJson.version.replaceAll('.', '\\.')} `)
    )
  })

  it('sends exactly these four headers', () => {
    expect(Object.keys(buildRequest(settings()).headers).sort()).toEqual([
      'accept',
      'authorization',
      'content-type',
      'user-agent'
    ])
  })

  it('sends only eventType and mode when nothing else is given', () => {
    expect(JSON.parse(buildRequest(settings()).body)).toEqual({
      eventType: 'generation.completed',
      mode: 'test'
    })
  })

  it('sends apiKeyId when it is given', () => {
    expect(JSON.parse(buildRequest(settings({ apiKeyId: 'key_123' })).body)).toEqual({
      eventType: 'generation.completed',
      mode: 'test',
      apiKeyId: 'key_123'
    })
  })

  it('sends samplePayload when it is given', () => {
    const body = JSON.parse(
      buildRequest(settings({ mode: 'live', samplePayload: { apiProjectId: 'proj_123' } })).body
    )
    expect(body).toEqual({
      eventType: 'generation.completed',
      mode: 'live',
      samplePayload: { apiProjectId: 'proj_123' }
    })
  })

  it('sends an empty samplePayload as given', () => {
    expect(JSON.parse(buildRequest(settings({ samplePayload: {} })).body)).toHaveProperty(
      'samplePayload',
      {}
    )
  })

  it('never puts the key in the body', () => {
    expect(
      buildRequest(settings({ apiKeyId: 'key_123', samplePayload: { a: 1 } })).body
    ).not.toContain(key)
  })
})

describe('describeRequest', () => {
  const described = describeRequest(buildRequest(settings({ apiKeyId: 'key_123' })))

  it('never contains the key', () => {
    expect(described).not.toContain(key)
  })

  it('shows the authorization header with the key replaced', () => {
    expect(described).toContain('authorization: Bearer ***')
  })

  it('starts with the method and URL', () => {
    expect(described.split('\n')[0]).toBe('POST https://api.diffio.ai/v1/webhooks/send_test_event')
  })

  it('shows the other headers as they are', () => {
    expect(described).toContain('content-type: application/json')
    expect(described).toContain('accept: application/json')
    expect(described).toContain('user-agent: diffio-send-test-event/')
  })

  it('ends with the body after a blank line', () => {
    expect(described).toMatch(
      /\n\n\{"eventType":"generation\.completed","mode":"test","apiKeyId":"key_123"\}$/
    )
  })
})
