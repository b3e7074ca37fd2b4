import { describe, expect, it } from 'vitest'
import { classifyStatus, interpretAnswer } from '../../src/send-test-event/answer.js'
import type { Answer } from '../../src/http/request.js'
import { SendFailure } from '../../src/send-test-event/failure.js'
import { createRedactor } from '../../src/shared/redact.js'

const key = 'diffio_live_s3cr3t_key_0123'
const redact = createRedactor(key)

const sentEvent = {
  svixMessageId: 'msg_123',
  eventId: 'evt_123',
  eventType: 'generation.completed',
  apiKeyId: 'key_123',
  mode: 'live'
}

function answer(status: number, body: string | object = '', headers: Answer['headers'] = {}): Answer {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

/** The SendFailure interpretAnswer throws; fails the test when it returns instead. */
function failureFor(status: number, body: string | object = '', headers: Answer['headers'] = {}): SendFailure {
  try {
    interpretAnswer(answer(status, body, headers), redact)
  } catch (error) {
    if (error instanceof SendFailure) return error
    throw error
  }
  throw new Error(`interpretAnswer accepted status ${status}`)
}

describe('classifyStatus', () => {
  it.each([
    [200, 'complete'],
    [204, 'empty response'],
    [400, 'client error'],
    [401, 'auth error'],
    [403, 'permission error'],
    [405, 'fix required'],
    [500, 'retryable']
  ])('gives %d the API reference class "%s"', (status, statusClass) => {
    expect(classifyStatus(status)).toBe(statusClass)
  })

  it.each([402, 404, 409, 422])('treats %d, which the reference does not list, as a client error', (status) => {
    expect(classifyStatus(status)).toBe('client error')
  })

  it.each([408, 429, 502, 503, 504])('treats the gateway status %d as retryable', (status) => {
    expect(classifyStatus(status)).toBe('retryable')
  })

  it.each([501, 505, 599])('calls %d a server error, not retryable, since it is never retried', (status) => {
    expect(classifyStatus(status)).toBe('server error')
  })

  it.each([408, 429, 500, 502, 503, 504])('calls %d retryable, as it is retried', (status) => {
    expect(classifyStatus(status)).toBe('retryable')
  })

  it.each([301, 302, 307, 308])('classes %d as a redirect', (status) => {
    expect(classifyStatus(status)).toBe('redirect')
  })

  it.each([101, 201, 202])('classes %d as unexpected', (status) => {
    expect(classifyStatus(status)).toBe('unexpected')
  })
})

describe('interpretAnswer for a 200', () => {
  it('returns the five documented fields', () => {
    const sent = interpretAnswer(answer(200, sentEvent), redact)
    expect(sent.event).toEqual(sentEvent)
  })

  it('returns the status', () => {
    expect(interpretAnswer(answer(200, sentEvent), redact).status).toBe(200)
  })

  it('keeps the whole body, extra fields included', () => {
    const body = { ...sentEvent, deliveredTo: 2 }
    expect(JSON.parse(interpretAnswer(answer(200, body), redact).json)).toEqual(body)
  })

  it('redacts the key anywhere in the body', () => {
    const sent = interpretAnswer(answer(200, { ...sentEvent, apiKeyId: key, note: `used ${key}` }), redact)
    expect(sent.event.apiKeyId).toBe('***')
    expect(sent.json).not.toContain(key)
  })

  it.each(['svixMessageId', 'eventId', 'eventType', 'mode', 'apiKeyId'])(
    'is an unexpected answer when %s is missing',
    (field) => {
      const failure = failureFor(200, { ...sentEvent, [field]: undefined })
      expect(failure.details.kind).toBe('unexpected-answer')
      expect(failure.message).toContain(field)
    }
  )

  it('is an unexpected answer when a field is not a string', () => {
    const failure = failureFor(200, { ...sentEvent, eventId: 123 })
    expect(failure.details.kind).toBe('unexpected-answer')
    expect(failure.message).toContain('eventId')
  })

  it('is an unexpected answer when the body is not JSON', () => {
    const failure = failureFor(200, '<html><body>Sign in</body></html>')
    expect(failure.details.kind).toBe('unexpected-answer')
    expect(failure.message).toContain('the body is not JSON (it begins: Sign in)')
  })

  it('is an unexpected answer when the body is empty', () => {
    expect(failureFor(200, '').message).toContain('the body is not JSON (it is empty)')
  })

  it('reads a 200 whose JSON follows a byte order mark', () => {
    expect(interpretAnswer(answer(200, `\uFEFF${JSON.stringify(sentEvent)}`), createRedactor()).event).toEqual(sentEvent)
  })

  it('is an unexpected answer when the body is an array', () => {
    const failure = failureFor(200, [sentEvent])
    expect(failure.details.kind).toBe('unexpected-answer')
    expect(failure.message).toContain('not the documented shape of five strings')
  })

  it('is not retried when the body is unexpected', () => {
    expect(failureFor(200, '{}').details.retryable).toBe(false)
  })

  it('says the outputs cannot be set when the body is unexpected', () => {
    expect(failureFor(200, '{}').message).toMatch(/^Diffio answered 200 OK, but .*, so the outputs cannot be set\.$/)
  })
})

describe('interpretAnswer for other 2xx answers', () => {
  it('treats 204 as an unexpected answer, since it only answers an OPTIONS preflight', () => {
    const failure = failureFor(204)
    expect(failure.details).toEqual({
      kind: 'unexpected-answer',
      retryable: false,
      status: 204,
      statusClass: 'empty response'
    })
  })

  it('treats 201 as an unexpected answer, even with the documented body', () => {
    const failure = failureFor(201, sentEvent)
    expect(failure.details.kind).toBe('unexpected-answer')
    expect(failure.message).toContain('only 200 means the test event was sent')
  })
})

describe('interpretAnswer for a redirect', () => {
  it('names where the redirect pointed', () => {
    const failure = failureFor(301, '', { location: 'https://www.diffio.ai/' })
    expect(failure.details).toMatchObject({ kind: 'redirect', retryable: false, status: 301, location: 'https://www.diffio.ai/' })
    expect(failure.message).toContain('a redirect to https://www.diffio.ai/')
  })

  it('says when no Location header came', () => {
    expect(failureFor(302).details.location).toBe('(no Location header)')
  })

  it('reads the first of several Location headers', () => {
    expect(failureFor(307, '', { location: ['https://a.example/', 'https://b.example/'] }).details.location).toBe(
      'https://a.example/'
    )
  })

  it('redacts the key in the Location', () => {
    const failure = failureFor(302, '', { location: `https://login.example/?key=${encodeURIComponent(key)}` })
    expect(failure.details.location).toBe('https://login.example/?key=***')
    expect(failure.message).not.toContain(key)
  })
})

describe('interpretAnswer for an error status', () => {
  it('carries the status, its class, and the server message and code', () => {
    const failure = failureFor(402, { error: 'Payment failed', code: 'paymentFailed' })
    expect(failure.details).toEqual({
      kind: 'api',
      retryable: false,
      status: 402,
      statusClass: 'client error',
      serverMessage: 'Payment failed',
      code: 'paymentFailed'
    })
  })

  it('puts the status, class, message and code in one line', () => {
    expect(failureFor(402, { error: 'Payment failed', code: 'paymentFailed' }).message).toBe(
      'Diffio answered 402 Payment Required (client error): Payment failed [code: paymentFailed]'
    )
  })

  it('uses the error field as the server message', () => {
    const failure = failureFor(400, { error: 'eventType is not supported' })
    expect(failure.details.serverMessage).toBe('eventType is not supported')
    expect(failure.message).toBe('Diffio answered 400 Bad Request (client error): eventType is not supported')
  })

  it('leaves out the code when the server gave none', () => {
    expect(failureFor(401, { error: 'Invalid API key' }).details).not.toHaveProperty('code')
  })

  it.each([
    [401, 'auth error'],
    [403, 'permission error'],
    [405, 'fix required']
  ])('gives %d the class "%s"', (status, statusClass) => {
    expect(failureFor(status, { error: 'x' }).details.statusClass).toBe(statusClass)
  })

  it.each([408, 429, 500, 502, 503, 504])('marks %d as retryable', (status) => {
    expect(failureFor(status, { error: 'x' }).details.retryable).toBe(true)
  })

  it.each([400, 401, 402, 403, 404, 405, 409, 422, 501, 505])('marks %d as final', (status) => {
    expect(failureFor(status, { error: 'x' }).details.retryable).toBe(false)
  })

  it('shows an HTML body as a short excerpt without tags', () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>h1 { color: red }</style></head><body><h1>Bad Gateway</h1><p>${'upstream '.repeat(60)}</p></body></html>`
    const { serverMessage } = failureFor(502, page).details
    expect(serverMessage).toMatch(/^response body: 502 Bad Gateway Bad Gateway upstream/)
    expect(serverMessage).not.toMatch(/[<>]/)
    expect(serverMessage).not.toContain('color')
    expect(serverMessage).toMatch(/…$/)
    expect(serverMessage!.length).toBeLessThanOrEqual('response body: '.length + 200 + 1)
  })

  it('leaves out the script in an HTML body', () => {
    const { serverMessage } = failureFor(503, '<script>var token = "abc"</script><p>Maintenance</p>').details
    expect(serverMessage).toBe('response body: Maintenance')
  })

  it('shows a short plain-text body whole, on one line', () => {
    expect(failureFor(429, 'Too many\nrequests\n').details.serverMessage).toBe('response body: Too many requests')
  })

  it('shows JSON without an error field as an excerpt', () => {
    expect(failureFor(500, { message: 'Internal error' }).details.serverMessage).toBe(
      'response body: {"message":"Internal error"}'
    )
  })

  it('falls back to "Request failed with status N" for an empty body', () => {
    expect(failureFor(500).details.serverMessage).toBe('Request failed with status 500')
  })

  it('falls back to "Request failed with status N" for a body of whitespace', () => {
    expect(failureFor(503, ' \n ').details.serverMessage).toBe('Request failed with status 503')
  })

  it('falls back to "Request failed with status N" for an empty error field', () => {
    expect(failureFor(400, { error: '  ' }).details.serverMessage).toBe('Request failed with status 400')
  })

  it('redacts the key in the server message', () => {
    const failure = failureFor(401, { error: `Invalid API key ${key}` })
    expect(failure.details.serverMessage).toBe('Invalid API key ***')
    expect(failure.message).not.toContain(key)
  })

  it('redacts the key in a body that is not JSON', () => {
    const failure = failureFor(502, `<p>bad upstream request with key ${key}</p>`)
    expect(failure.details.serverMessage).toBe('response body: bad upstream request with key ***')
  })

  it('redacts the key in the code', () => {
    expect(failureFor(400, { error: 'x', code: key }).details.code).toBe('***')
  })
})

describe('interpretAnswer and Retry-After', () => {
  it.each([429, 503])('reads Retry-After on %d', (status) => {
    expect(failureFor(status, '', { 'retry-after': '7' }).details.retryAfterSeconds).toBe(7)
  })

  it.each([408, 500, 502, 504, 400])('ignores Retry-After on %d', (status) => {
    expect(failureFor(status, '', { 'retry-after': '7' }).details).not.toHaveProperty('retryAfterSeconds')
  })

  it('leaves out the wait when Retry-After is unreadable', () => {
    expect(failureFor(429, '', { 'retry-after': 'soon' }).details).not.toHaveProperty('retryAfterSeconds')
  })

  it('reads the first of several Retry-After headers', () => {
    expect(failureFor(503, '', { 'retry-after': ['3', '9'] }).details.retryAfterSeconds).toBe(3)
  })
})

describe('server text that could mislead or flood the log', () => {
  it('turns line breaks and escapes in a server message into spaces, so it cannot start a workflow command', () => {
    const failure = failureFor(503, { error: 'busy\n::error title=Injected::owned\u001b[31m' })
    expect(failure.details.serverMessage).toBe('busy ::error title=Injected::owned [31m')
    expect(failure.message).not.toMatch(/[\n\r\u001b]/)
  })

  it('cuts a very long server message to a few hundred characters', () => {
    const failure = failureFor(400, { error: 'E'.repeat(900_000), code: 'C'.repeat(10_000) })
    expect(failure.details.serverMessage!.length).toBeLessThanOrEqual(301)
    expect(failure.details.code!.length).toBeLessThanOrEqual(301)
    expect(failure.message.length).toBeLessThan(1000)
  })

  it('reads the message of an error body whose code is a number', () => {
    const failure = failureFor(402, { error: 'Payment failed', code: 123 })
    expect(failure.details).toMatchObject({ serverMessage: 'Payment failed', code: '123' })
  })

  it('fails a 200 nested too deeply to read as an unexpected answer that keeps its status', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const failure = failureFor(200, `{"svixMessageId":"m","eventId":"e","eventType":"t","mode":"test","apiKeyId":"k","extra":${deep}}`)
    expect(failure.details).toMatchObject({ kind: 'unexpected-answer', status: 200 })
    expect(failure.message).toContain('nested too deeply')
  })
})

describe('a 200 that echoes the key', () => {
  it('fails rather than show a key that spans two strings of the body', () => {
    const straddling = 'dk7":"Q8x2m'
    const body = `{"svixMessageId":"m","eventId":"e","eventType":"t","mode":"test","apiKeyId":"k","xdk7":"Q8x2my"}`
    const failure = (() => {
      try {
        interpretAnswer(answer(200, body), createRedactor(straddling))
      } catch (error) {
        return error as SendFailure
      }
      throw new Error('accepted')
    })()
    expect(failure.details).toMatchObject({ kind: 'unexpected-answer', status: 200 })
    expect(failure.message).not.toContain(straddling)
  })

  it('fails rather than show a key that is a number in the body', () => {
    const numeric = '8675309123'
    expect(() => interpretAnswer(answer(200, { ...sentEvent, n: 8675309123 }), createRedactor(numeric))).toThrow(
      'cannot be removed cleanly'
    )
  })
})
