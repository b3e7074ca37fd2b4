import { describe, expect, it } from 'vitest'
import { createRedactor, redactJson } from '../../src/shared/redact.js'

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

  it('removes the key from a longer base64 text at any alignment, as in a Basic header', () => {
    const plain = 'diffio_live_AbCdEf123456'
    const redactPlain = createRedactor(plain)
    for (const before of ['', 'B', 'Be', 'Bearer ', 'user:']) {
      for (const after of ['', 'x', 'xy', ' trailing']) {
        const echoed = Buffer.from(`${before}${plain}${after}`).toString('base64')
        const shown = redactPlain(`token ${echoed}`)
        expect(shown, `${before}|${after}`).toContain('***')
        for (const word of shown.split(/\s+/)) {
          expect(Buffer.from(word.replaceAll('*', 'A'), 'base64').toString('latin1')).not.toContain(plain)
        }
      }
    }
  })

  it('removes the key when a server percent-encoded it with lower-case hex or form-encoded it', () => {
    const slashy = "dk/Q8+x=m(9)!~'"
    const redactSlashy = createRedactor(slashy)
    const lower = encodeURIComponent(slashy).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
    const form = new URLSearchParams({ k: slashy }).toString().slice(2)
    expect(redactSlashy(`a ${lower} b ${form} c`)).toBe('a *** b *** c')
  })

  it('removes the key when a server escaped its slashes', () => {
    const slashy = 'dk/Q8/x'
    expect(createRedactor(slashy)('echo dk\\/Q8\\/x')).toBe('echo ***')
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
