import { describe, expect, it } from 'vitest'
import { interpretAnswer, type AskedFor } from '../../src/send-test-event/answer.js'
import { classifyStatus } from '../../src/send-test-event/explain.js'
import { describeSendFailure } from '../../src/send-test-event/explain.js'
import { isRetryable, type SendFailure } from '../../src/send-test-event/failure.js'
import type { Answer } from '../../src/http/request.js'
import { expectWords } from '../support/meaning.js'
import { failureFacts } from '../support/send-helpers.js'

const key = 'diffio_live_s3cr3t_key_0123'

const sentEvent = {
  svixMessageId: 'msg_123',
  eventId: 'evt_123',
  eventType: 'generation.completed',
  apiKeyId: 'key_123',
  mode: 'live'
}

/** What the requests in these tests asked for: sentEvent echoes it. */
const asked: AskedFor = { eventType: 'generation.completed', mode: 'live', apiKey: key }

function answer(
  status: number,
  body: string | object = '',
  headers: Answer['headers'] = {}
): Answer {
  return {
    kind: 'answer',
    status,
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  }
}

/** The event a 200 gives; fails the test when it is read as a failure. */
function sent(reply: Answer, askedFor = asked) {
  const reading = interpretAnswer(reply, askedFor)
  if (reading.kind === 'failed')
    throw new Error(`interpretAnswer failed: ${describeSendFailure(reading.failure)}`)
  return reading.sent
}

/** The failure interpretAnswer reads; fails the test when it reads the event sent instead. */
function failureFor(
  status: number,
  body: string | object = '',
  headers: Answer['headers'] = {}
): SendFailure {
  return failureOf(answer(status, body, headers))
}

function failureOf(reply: Answer, askedFor = asked): SendFailure {
  const reading = interpretAnswer(reply, askedFor)
  if (reading.kind === 'sent') throw new Error(`interpretAnswer accepted status ${reply.status}`)
  return reading.failure
}

/** The failure, with whether it is retried and its status class. */
const facts = (failure: SendFailure) => failureFacts({ kind: 'failed', failure, attempts: 1 })

/** The failure of an error status, with its server message and code. */
function errorStatus(status: number, body: string | object = '', headers: Answer['headers'] = {}) {
  const failure = failureFor(status, body, headers)
  if (failure.kind !== 'error-status')
    throw new Error(`expected an error-status failure, got ${failure.kind}`)
  return failure
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

  it.each([402, 404, 409, 422])(
    'treats %d, which the reference does not list, as a client error',
    (status) => {
      expect(classifyStatus(status)).toBe('client error')
    }
  )

  it.each([408, 429, 502, 503, 504])('treats the gateway status %d as retryable', (status) => {
    expect(classifyStatus(status)).toBe('retryable')
  })

  it.each([501, 505, 599])(
    'calls %d a server error, not retryable, since it is never retried',
    (status) => {
      expect(classifyStatus(status)).toBe('server error')
    }
  )

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
    expect(sent(answer(200, sentEvent)).event).toEqual(sentEvent)
  })

  it('returns the status', () => {
    expect(sent(answer(200, sentEvent)).status).toBe(200)
  })

  it('keeps the whole body, extra fields included', () => {
    const body = { ...sentEvent, deliveredTo: 2 }
    expect(JSON.parse(sent(answer(200, body)).json)).toEqual(body)
  })

  it.each(['svixMessageId', 'eventId', 'eventType', 'mode', 'apiKeyId'])(
    'is an unexpected answer when %s is missing',
    (field) => {
      const failure = failureFor(200, { ...sentEvent, [field]: undefined })
      expect(failure).toMatchObject({
        kind: 'undocumented-body',
        why: { kind: 'wrong-shape', fields: [{ field, found: 'missing' }] }
      })
      expect(describeSendFailure(failure)).toContain(`${field} is missing`)
    }
  )

  it.each([
    ['a line break and a runner command', 'key_1\n::error::x'],
    ['a C1 control character', 'key_\u009b2J'],
    ['half of a UTF-16 pair', 'evt_\ud800x']
  ])(
    'is an unexpected answer when an id holds %s, which no id has and no output or URL can carry',
    (_what, id) => {
      const failure = failureFor(200, { ...sentEvent, eventId: id })
      expect(failure).toMatchObject({
        kind: 'undocumented-body',
        why: { kind: 'unprintable-fields', fields: ['eventId'] }
      })
      expect(describeSendFailure(failure)).toContain('eventId holds control characters')
    }
  )

  it('is an unexpected answer when a field is not a string', () => {
    const failure = failureFor(200, { ...sentEvent, eventId: 123 })
    expect(failure).toMatchObject({
      kind: 'undocumented-body',
      why: { fields: [{ field: 'eventId', found: 'number' }] }
    })
    expect(describeSendFailure(failure)).toContain('eventId is a number')
  })

  it('is an unexpected answer when the body is not JSON', () => {
    const failure = failureFor(200, '<html><body>Sign in</body></html>')
    expect(failure).toEqual({
      kind: 'undocumented-body',
      status: 200,
      why: { kind: 'not-json', excerpt: 'Sign in' }
    })
    expect(describeSendFailure(failure)).toContain('the body is not JSON (it begins: Sign in)')
  })

  it('is an unexpected answer when the body is empty', () => {
    expect(describeSendFailure(failureFor(200, ''))).toContain('the body is not JSON (it is empty)')
  })

  it('reads a 200 whose JSON follows a byte order mark', () => {
    expect(sent(answer(200, `\uFEFF${JSON.stringify(sentEvent)}`)).event).toEqual(sentEvent)
  })

  it('is an unexpected answer when the body is an array', () => {
    const failure = failureFor(200, [sentEvent])
    expect(failure.kind).toBe('undocumented-body')
    expectWords(describeSendFailure(failure), ['documented shape', 'an array, not an object'])
  })

  it('is not retried when the body is unexpected', () => {
    expect(isRetryable(failureFor(200, '{}'))).toBe(false)
  })

  it('says the outputs cannot be set when the body is unexpected', () => {
    expect(describeSendFailure(failureFor(200, '{}'))).toMatch(
      /^Diffio answered 200 OK, but .*, so the outputs cannot be set\.$/
    )
  })
})

describe('interpretAnswer for other 2xx answers', () => {
  it('treats 204 as an unexpected answer, since it only answers an OPTIONS preflight', () => {
    expect(facts(failureFor(204))).toEqual({
      kind: 'unexpected-status',
      retryable: false,
      status: 204,
      statusClass: 'empty response'
    })
  })

  it('treats 201 as an unexpected answer, even with the documented body', () => {
    const failure = failureFor(201, sentEvent)
    expect(failure.kind).toBe('unexpected-status')
    expect(describeSendFailure(failure)).toContain('only 200 means the test event was sent')
  })
})

describe('interpretAnswer for a redirect', () => {
  it('names where the redirect pointed', () => {
    const failure = failureFor(301, '', { location: 'https://www.diffio.ai/' })
    expect(facts(failure)).toMatchObject({
      kind: 'redirect',
      retryable: false,
      status: 301,
      location: 'https://www.diffio.ai/'
    })
    expect(describeSendFailure(failure)).toContain('a redirect to https://www.diffio.ai/')
  })

  it('says when no Location header came', () => {
    const failure = failureFor(302)
    expect(failure).not.toHaveProperty('location')
    expect(describeSendFailure(failure)).toContain('a redirect to (no Location header)')
  })

  it('reads the first of several Location headers', () => {
    expect(
      failureFor(307, '', { location: ['https://a.example/', 'https://b.example/'] })
    ).toHaveProperty('location', 'https://a.example/')
  })

  it('puts the Location on one line, cut after whole words', () => {
    const failure = failureFor(302, '', {
      location: `https://login.example/\n::error::${'x'.repeat(400)}`
    })
    expect(failure).toHaveProperty('location', 'https://login.example/ ::error::…')
  })
})

describe('interpretAnswer for an error status', () => {
  it('carries the status, its class, and the server message and code', () => {
    const failure = failureFor(402, { error: 'Payment failed', code: 'paymentFailed' })
    expect(facts(failure)).toEqual({
      kind: 'error-status',
      retryable: false,
      status: 402,
      statusClass: 'client error',
      serverMessage: 'Payment failed',
      code: 'paymentFailed'
    })
  })

  it("the failure line's wording snapshot: status, class, message and code in one line", () => {
    expect(
      describeSendFailure(failureFor(402, { error: 'Payment failed', code: 'paymentFailed' }))
    ).toBe(
      'Diffio answered 402 Payment Required (client error): Payment failed [code: paymentFailed]'
    )
  })

  it('uses the error field as the server message', () => {
    const failure = errorStatus(400, { error: 'eventType is not supported' })
    expect(failure.serverMessage).toBe('eventType is not supported')
    expectWords(describeSendFailure(failure), [
      /\b400 Bad Request\b/,
      'client error',
      'eventType is not supported'
    ])
  })

  it('leaves out the code when the server gave none', () => {
    expect(failureFor(401, { error: 'Invalid API key' })).not.toHaveProperty('code')
  })

  it.each([
    [401, 'auth error'],
    [403, 'permission error'],
    [405, 'fix required']
  ])('gives %d the class "%s"', (status, statusClass) => {
    expect(facts(failureFor(status, { error: 'x' })).statusClass).toBe(statusClass)
  })

  it.each([408, 429, 500, 502, 503, 504])('marks %d as retryable', (status) => {
    expect(isRetryable(failureFor(status, { error: 'x' }))).toBe(true)
  })

  it.each([400, 401, 402, 403, 404, 405, 409, 422, 501, 505])('marks %d as final', (status) => {
    expect(isRetryable(failureFor(status, { error: 'x' }))).toBe(false)
  })

  it('shows an HTML body as a short excerpt without tags', () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>h1 { color: red }</style></head><body><h1>Bad Gateway</h1><p>${'upstream '.repeat(60)}</p></body></html>`
    const failure = errorStatus(502, page)
    expect(failure.serverMessage).toBeUndefined()
    const { bodyExcerpt } = failure
    expect(bodyExcerpt).toMatch(/^502 Bad Gateway Bad Gateway upstream/)
    expect(bodyExcerpt).not.toMatch(/[<>]/)
    expect(bodyExcerpt).not.toContain('color')
    expect(bodyExcerpt).toMatch(/…$/)
    expect(bodyExcerpt!.length).toBeLessThanOrEqual(200 + 1)
    expect(describeSendFailure(failure)).toContain(`response body: ${bodyExcerpt}`)
  })

  it('leaves out the script in an HTML body', () => {
    const { bodyExcerpt } = errorStatus(503, '<script>var token = "abc"</script><p>Maintenance</p>')
    expect(bodyExcerpt).toBe('Maintenance')
  })

  it('shows a short plain-text body whole, on one line', () => {
    expect(errorStatus(429, 'Too many\nrequests\n').bodyExcerpt).toBe('Too many requests')
  })

  it('shows JSON without an error field as an excerpt', () => {
    expect(errorStatus(500, { message: 'Internal error' }).bodyExcerpt).toBe(
      '{"message":"Internal error"}'
    )
  })

  it.each([
    ['an empty body', 500, ''],
    ['a body of whitespace', 503, ' \n '],
    ['an empty error field', 400, { error: '  ' }]
  ] as const)(
    'records that the server said nothing for %s, and quotes "Request failed with status N" as the SDKs do',
    (_case, status, body) => {
      const failure = errorStatus(status, body)
      expect(failure.serverMessage).toBeUndefined()
      expect(failure.bodyExcerpt).toBeUndefined()
      expect(describeSendFailure(failure)).toContain(`Request failed with status ${status}`)
    }
  )

  it('cuts a long server message after its last whole word, so no secret is cut into a piece', () => {
    const message = errorStatus(401, { error: `${'word '.repeat(58)}Bearer ${key}` }).serverMessage
    expect(message).toMatch(/ Bearer …$/)
    expect(message).not.toContain(key.slice(0, 3))
  })
})

describe('interpretAnswer and Retry-After', () => {
  it.each([429, 503])('reads Retry-After on %d', (status) => {
    expect(errorStatus(status, '', { 'retry-after': '7' }).retryAfterSeconds).toBe(7)
  })

  it.each([408, 500, 502, 504, 400])('ignores Retry-After on %d', (status) => {
    expect(failureFor(status, '', { 'retry-after': '7' })).not.toHaveProperty('retryAfterSeconds')
  })

  it('leaves out the wait when Retry-After is unreadable', () => {
    expect(failureFor(429, '', { 'retry-after': 'soon' })).not.toHaveProperty('retryAfterSeconds')
  })

  it('reads the first of several Retry-After headers', () => {
    expect(errorStatus(503, '', { 'retry-after': ['3', '9'] }).retryAfterSeconds).toBe(3)
  })
})

describe('server text that could mislead or flood the log', () => {
  it('turns line breaks and escapes in a server message into spaces, so it cannot start a workflow command', () => {
    const failure = errorStatus(503, { error: 'busy\n::error title=Injected::owned\u001b[31m' })
    expect(failure.serverMessage).toBe('busy ::error title=Injected::owned [31m')
    expect(describeSendFailure(failure)).not.toMatch(/[\n\r\u001b]/)
  })

  it('cuts a very long server message to a few hundred characters', () => {
    const failure = errorStatus(400, { error: 'E'.repeat(900_000), code: 'C'.repeat(10_000) })
    expect(failure.serverMessage!.length).toBeLessThanOrEqual(301)
    expect(failure.code!.length).toBeLessThanOrEqual(301)
    expect(describeSendFailure(failure).length).toBeLessThan(1000)
  })

  it('reads the message of an error body whose code is a number', () => {
    expect(failureFor(402, { error: 'Payment failed', code: 123 })).toMatchObject({
      serverMessage: 'Payment failed',
      code: '123'
    })
  })

  it('fails a 200 nested too deeply to read as an unexpected answer that keeps its status', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const failure = failureFor(
      200,
      `{"svixMessageId":"m","eventId":"e","eventType":"t","mode":"test","apiKeyId":"k","extra":${deep}}`
    )
    expect(failure).toEqual({ kind: 'undocumented-body', status: 200, why: { kind: 'too-deep' } })
    expect(describeSendFailure(failure)).toContain('nested too deeply')
  })
})

describe('a 200 that echoes the key', () => {
  it('is the event sent when the key is inside its strings, where the shells cut it out', () => {
    const split = { ...sentEvent, debug: [`Bearer ${key.slice(0, 9)}`, key.slice(9)], note: key }
    expect(JSON.parse(sent(answer(200, split)).json)).toEqual(split)
  })

  it('fails rather than show a key that spans two strings of the body', () => {
    const straddling = 'dk7":"Q8x2m'
    const body = `{"svixMessageId":"m","eventId":"e","eventType":"t","mode":"test","apiKeyId":"k","xdk7":"Q8x2my"}`
    const failure = failureOf(answer(200, body), {
      eventType: 't' as AskedFor['eventType'],
      mode: 'test',
      apiKey: straddling
    })
    expect(failure).toEqual({ kind: 'undocumented-body', status: 200, why: { kind: 'holds-key' } })
    expect(describeSendFailure(failure)).not.toContain(straddling)
  })

  it('fails rather than show a key that is a number in the body', () => {
    const numeric = '8675309123'
    const failure = failureOf(answer(200, { ...sentEvent, n: 8675309123 }), {
      ...asked,
      apiKey: numeric
    })
    expect(describeSendFailure(failure)).toContain('cannot be removed cleanly')
  })
})

describe('a 200 compared with the request', () => {
  it('is the event sent when its mode and event type are the ones asked for', () => {
    expect(
      sent(answer(200, sentEvent), {
        ...asked,
        apiKeyId: 'key_123'
      }).event
    ).toEqual(sentEvent)
  })

  it('fails, not retried, when it says live where test was asked for, naming both', () => {
    const failure = failureOf(answer(200, sentEvent), { ...asked, mode: 'test' })
    expect(failure).toEqual({
      kind: 'mismatch',
      status: 200,
      mismatches: [{ field: 'mode', asked: 'test', answered: 'live' }]
    })
    expect(isRetryable(failure)).toBe(false)
    expect(describeSendFailure(failure)).toMatch(/mode live where the request asked for test/)
  })

  it('fails when it is about another event type', () => {
    const failure = failureOf(answer(200, { ...sentEvent, eventType: 'generation.failed' }), asked)
    expect(failure).toMatchObject({
      kind: 'mismatch',
      mismatches: [
        { field: 'eventType', asked: 'generation.completed', answered: 'generation.failed' }
      ]
    })
  })

  it('names every field that differs', () => {
    const failure = failureOf(answer(200, { ...sentEvent, eventType: 'generation.failed' }), {
      ...asked,
      mode: 'test'
    })
    expect(failure).toMatchObject({
      kind: 'mismatch',
      mismatches: [{ field: 'eventType' }, { field: 'mode' }]
    })
  })

  it('compares the key id only when the request named one', () => {
    expect(sent(answer(200, { ...sentEvent, apiKeyId: 'key_other' })).event.apiKeyId).toBe(
      'key_other'
    )
    const failure = failureOf(answer(200, { ...sentEvent, apiKeyId: 'key_other' }), {
      ...asked,
      apiKeyId: 'key_123'
    })
    expect(failure).toMatchObject({
      kind: 'mismatch',
      mismatches: [{ field: 'apiKeyId', asked: 'key_123', answered: 'key_other' }]
    })
  })

  it('shows what Diffio said on one line', () => {
    const failure = failureOf(answer(200, { ...sentEvent, mode: `live\n::error::${key}` }), asked)
    expect(failure).toMatchObject({
      kind: 'mismatch',
      mismatches: [{ field: 'mode', answered: `live ::error::${key}` }]
    })
  })
})

describe('a body that is not whole', () => {
  it('is a 200 retried for a whole answer when it broke off', () => {
    const failure = failureOf({
      ...answer(200, '{"svix'),
      bodyProblem: { kind: 'cut-short', receivedBytes: 6, detail: 'other side closed' }
    })
    expect(failure).toMatchObject({
      kind: 'unreadable-body',
      status: 200,
      problem: { kind: 'cut-short' }
    })
    expect(isRetryable(failure)).toBe(true)
  })

  it('keeps an error status when its body broke off or was too large', () => {
    const cut = failureOf({
      ...answer(503, '{"error":"bu'),
      bodyProblem: { kind: 'cut-short', receivedBytes: 12, detail: 'x' }
    })
    expect(cut).toMatchObject({
      kind: 'error-status',
      status: 503,
      bodyProblem: { kind: 'cut-short' }
    })
    const large = failureOf({
      ...answer(401, ''),
      bodyProblem: { kind: 'too-large', how: 'arrived' }
    })
    expect(large).toMatchObject({
      kind: 'error-status',
      status: 401,
      bodyProblem: { kind: 'too-large' }
    })
    expect(isRetryable(large)).toBe(false)
  })

  it('is a timed-out attempt, retried, when it stopped arriving', () => {
    const failure = failureOf({
      ...answer(200, ''),
      bodyProblem: { kind: 'too-slow', receivedBytes: 0, timeLimitMs: 1500 }
    })
    expect(failure).toMatchObject({ kind: 'unreadable-body', problem: { kind: 'too-slow' } })
    expect(isRetryable(failure)).toBe(true)
    expectWords(describeSendFailure(failure), [/timed out after 1\.5 s\b/, "200 answer's body"])
  })
})
