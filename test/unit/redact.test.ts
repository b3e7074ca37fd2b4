import { describe, expect, it } from 'vitest'
import { createRedactor, redactJson } from '../../src/core/redact.js'

const key = 'diffio_live_s3cr3t"\\/+=&?'

describe('createRedactor', () => {
  const redact = createRedactor(key)

  it('removes the key as it is', () => {
    expect(redact(`bad key ${key} here`)).toBe('bad key *** here')
  })

  it('removes the key when a server JSON-escaped it', () => {
    expect(redact(`{"error":"bad key ${JSON.stringify(key).slice(1, -1)}"}`)).toBe('{"error":"bad key ***"}')
  })

  it('removes the key when a server URL-encoded it', () => {
    expect(redact(`see /keys/${encodeURIComponent(key)}`)).toBe('see /keys/***')
  })

  it('leaves text without the key unchanged', () => {
    expect(redact('nothing secret')).toBe('nothing secret')
  })

  it('never leaves a key that overlaps the redaction mark', () => {
    const star = createRedactor('*')
    expect(star('a * b ** c')).not.toContain('*')
  })

  it('accepts a key that cannot be URL-encoded', () => {
    const lone = 'key\ud800'
    expect(createRedactor(lone)(`x ${lone} y`)).toBe('x *** y')
  })

  it('does nothing when there is no key to hide', () => {
    expect(createRedactor('')('text')).toBe('text')
  })
})

describe('redactJson', () => {
  it('redacts strings and keys at any depth', () => {
    const redact = createRedactor('k3y')
    expect(redactJson({ a: ['k3y', { k3y: 'x k3y' }], n: 1 }, redact)).toEqual({ a: ['***', { '***': 'x ***' }], n: 1 })
  })
})
