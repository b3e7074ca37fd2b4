import { describe, expect, it } from 'vitest'
import { excerpt } from '../../src/shared/server-text.js'
import { createRedactor, secretChecks } from '../../src/shared/redact.js'

const key = 'diffio_live_s3cr3t"\\/+=&?'

describe('createRedactor', () => {
  const redact = createRedactor(key)

  it('removes the key as it is', () => {
    expect(redact(`bad key ${key} here`)).toBe('bad key *** here')
  })

  it('removes the key when a server JSON-escaped it', () => {
    expect(redact(`{"error":"bad key ${JSON.stringify(key).slice(1, -1)}"}`)).toBe(
      '{"error":"bad key ***"}'
    )
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
          expect(Buffer.from(word.replaceAll('*', 'A'), 'base64').toString('latin1')).not.toContain(
            plain
          )
        }
      }
    }
  })

  it('removes the key when a server percent-encoded it with lower-case hex or form-encoded it', () => {
    const slashy = "dk/Q8+x=m(9)!~'"
    const redactSlashy = createRedactor(slashy)
    const lower = encodeURIComponent(slashy).replace(/%[0-9A-F]{2}/g, (escape) =>
      escape.toLowerCase()
    )
    const form = new URLSearchParams({ k: slashy }).toString().slice(2)
    expect(redactSlashy(`a ${lower} b ${form} c`)).toBe('a *** b *** c')
  })

  it('removes the key when a server escaped its slashes', () => {
    const slashy = 'dk/Q8/x'
    expect(createRedactor(slashy)('echo dk\\/Q8\\/x')).toBe('echo ***')
  })

  it('removes the key in lower-case and upper-case hex, as a byte dump shows it', () => {
    const hex = Buffer.from(key).toString('hex')
    expect(redact(`bytes ${hex} and ${hex.toUpperCase()}`)).toBe('bytes *** and ***')
  })

  it('removes the first 30 characters of a key cut short, and any other 16 or more in a row', () => {
    const long = 'diffio_live_4f9ac21e8b7d6e5f4a3b2c1d0e9f8a7b'
    const redactLong = createRedactor(long)
    expect(redactLong(`key ${long.slice(0, 30)}… is not active`)).toBe('key ***… is not active')
    expect(redactLong(`ends in ${long.slice(-16)}.`)).toBe('ends in ***.')
    expect(redactLong(`middle ${long.slice(10, 27)} here`)).toBe('middle *** here')
    expect(redactLong(`hex ${Buffer.from(long.slice(0, 30)).toString('hex')} cut`)).toBe(
      'hex *** cut'
    )
  })

  it('keeps runs shorter than 16 characters, such as the public prefix another key shares', () => {
    const long = 'diffio_live_4f9ac21e8b7d6e5f4a3b2c1d0e9f8a7b'
    const other = 'diffio_live_4f9Zc21e8b7d6e5f4a3b2c1d0e9f8a7b'
    expect(createRedactor(long)(`prefix diffio_live_ and ${long.slice(0, 15)}`)).toBe(
      `prefix diffio_live_ and ${long.slice(0, 15)}`
    )
    expect(createRedactor(long)(`another key: ${other.slice(0, 15)}`)).toBe(
      `another key: ${other.slice(0, 15)}`
    )
  })

  it('removes a piece of the key written next to the mark of another piece', () => {
    const long = 'diffio_live_4f9ac21e8b7d6e5f4a3b2c1d0e9f8a7b'
    expect(createRedactor(long)(`${long.slice(0, 20)}${long.slice(0, 20)}`)).toBe('***')
  })

  it('finds where the key is, for callers that cut text apart', () => {
    const long = 'diffio_live_4f9ac21e8b7d6e5f4a3b2c1d0e9f8a7b'
    const text = `a ${long} b ${long.slice(5, 25)} c`
    expect(createRedactor(long).find(text)).toEqual([
      { start: 2, end: 2 + long.length },
      { start: long.length + 5, end: long.length + 25 }
    ])
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

describe('a secret in JSON text', () => {
  const long = 'diffio_live_4f9ac21e8b7d6e5f4a3b2c1d0e9f8a7b'
  const redactLong = createRedactor(long)

  it('is cut out of strings and keys at any depth', () => {
    const redact = createRedactor('k3y')
    expect(redact(JSON.stringify({ a: ['k3y', { k3y: 'x k3y' }], n: 1 }))).toBe(
      '{"a":["***",{"***":"x ***"}],"n":1}'
    )
  })

  it('is cut out of both neighbouring strings it is split across, keeping the words around it', () => {
    const split = {
      lines: [`Authorization: Bearer ${long.slice(0, 8)}`, `${long.slice(8)} (rejected)`]
    }
    expect(JSON.parse(redactLong(JSON.stringify(split)))).toEqual({
      lines: ['Authorization: Bearer ***', '*** (rejected)']
    })
    expect(JSON.parse(redactLong(JSON.stringify(split, null, 2)))).toEqual({
      lines: ['Authorization: Bearer ***', '*** (rejected)']
    })
  })

  it('is cut out when split across the values of an object, across other fields and numbers', () => {
    const split = {
      first: long.slice(0, 10),
      n: 1,
      second: long.slice(10, 25),
      third: long.slice(25)
    }
    expect(redactLong(JSON.stringify(split))).toBe(
      '{"first":"***","n":1,"second":"***","third":"***"}'
    )
  })

  it('is cut out when spread over many short strings, none of them 16 characters long', () => {
    const pieces = long.match(/.{1,5}/g)!
    const redacted = JSON.parse(redactLong(JSON.stringify(pieces))) as string[]
    expect(redacted.every((piece) => piece === '***')).toBe(true)
  })

  it('is cut out of quoted strings inside a longer text, as a log line quotes them', () => {
    const line = `Diffio answered 200: {"debug":["Bearer ${long.slice(0, 12)}","${long.slice(12)}"]}`
    expect(redactLong(line)).toBe('Diffio answered 200: {"debug":["Bearer ***","***"]}')
  })

  it('leaves strings alone when only their joining would look like something', () => {
    const json = JSON.stringify({ a: 'diffio_live_', b: 'not the key' })
    expect(redactLong(json)).toBe(json)
  })
})

describe('secretChecks', () => {
  it('finds a key spelt across short texts in any order, and not in texts that only share words', () => {
    const key = 'diffio_live_4f9ac21e8b7d6e5f'
    const checks = secretChecks(key)
    expect(checks.across([key.slice(10, 20), 'evt_1', key.slice(0, 10), key.slice(20)])).toBe(true)
    expect(checks.across(['msg_diffio', 'evt_live', 'key_4f9a'])).toBe(false)
  })

  it('finds a key in a number, or across the quotes between a key and its value', () => {
    expect(secretChecks('8675309123').outsideStrings('{"n":8675309123}')).toBe(true)
    expect(secretChecks('dk7":"Q8x2m').outsideStrings('{"xdk7":"Q8x2my"}')).toBe(true)
  })

  it('leaves a key inside strings, or split across them, to redaction', () => {
    const key = 'diffio_live_4f9ac21e8b7d6e5f'
    expect(secretChecks(key).outsideStrings(JSON.stringify({ a: key }))).toBe(false)
    expect(secretChecks(key).outsideStrings(JSON.stringify([key.slice(0, 9), key.slice(9)]))).toBe(
      false
    )
  })
})

describe('an excerpt of a server body, as a shell redacts it', () => {
  const token = 'tok_0123456789abcdef'
  const redact = createRedactor(token)

  it('leaves no piece of a secret split across two strings of a JSON body, as a receipt 404 could echo it', () => {
    const shown = redact(
      excerpt(JSON.stringify({ a: token.slice(0, 8), b: token.slice(8), note: 'not received' }))
    )
    expect(shown).not.toContain(token.slice(0, 8))
    expect(shown).not.toContain(token.slice(8))
    expect(shown).toContain('not received')
  })

  it('writes JSON escapes out, so an escaped secret is still recognised', () => {
    const escaped = `{"error":"bad token \\u0074${token.slice(1)}"}`
    expect(redact(excerpt(escaped))).toBe('{"error":"bad token ***"}')
  })

  it('redacts a body that is not JSON as text', () => {
    expect(redact(excerpt(`<p>token ${token}</p>`))).toBe('token ***')
  })

  it('leaves no start of a secret with spaces in it where the excerpt cut it short', () => {
    const spacedHex = Buffer.from('0123456789abcdef')
      .toString('hex')
      .replace(/(..)(?!$)/g, '$1 ')
    const shown = excerpt(`${'x '.repeat(90)}bytes ${spacedHex}`)
    expect(shown).toMatch(/bytes 30 31 .*…$/)
    expect(createRedactor(spacedHex)(shown)).toMatch(/bytes \*\*\* ?…$/)
  })

  it('never cuts a secret into a piece: the excerpt ends before a word it cannot hold whole', () => {
    const shown = excerpt(`${'x '.repeat(95)}token ${token}`)
    expect(shown.endsWith('token …')).toBe(true)
  })
})
