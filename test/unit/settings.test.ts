import { describe, expect, it } from 'vitest'
import type { InputName, RawInputs } from '../../src/send-test-event/inputs.js'
import { parseSettings } from '../../src/send-test-event/settings.js'
import { eventTypes } from '../../src/shared/contract.js'
import { acceptedSettings, rawInputs, refusedInputs, testKey } from '../support/inputs.js'
import { expectWords } from '../support/meaning.js'

const key = testKey

/** The inputs as the runner passes them with action.yml's defaults, plus a usable key. */
const inputs = rawInputs

/** The problems parseSettings reports for these overrides; fails the test when it accepts them. */
function inputError(overrides: Partial<RawInputs>) {
  const issues = refusedInputs(inputs(overrides))
  // What a reader sees: one line for each issue, starting with the input name.
  return { issues, message: issues.map((issue) => `${issue.input} ${issue.problem}`).join('\n') }
}

/** The one problem reported for the input, asserting that it is the only issue. */
function problemWith(input: InputName, value: string, others: Partial<RawInputs> = {}): string {
  const { issues } = inputError({ ...others, [input]: value })
  expect(issues).toHaveLength(1)
  expect(issues[0]?.input).toBe(input)
  return issues[0]!.problem
}

describe('parseSettings with the defaults', () => {
  it('accepts the action.yml defaults and a key', () => {
    expect(parseSettings(inputs())).toEqual({
      ok: true,
      unknown: [],
      settings: {
        apiKey: key,
        eventTypes: ['generation.completed'],
        mode: 'test',
        baseUrl: 'https://api.diffio.ai',
        timeoutSeconds: 30,
        maxRetries: 2,
        dryRun: false
      },
      warnings: []
    })
  })

  it('leaves out apiKeyId and samplePayload when they are empty', () => {
    const { settings } = acceptedSettings(inputs())
    expect(settings).not.toHaveProperty('apiKeyId')
    expect(settings).not.toHaveProperty('samplePayload')
  })
})

describe('api-key', () => {
  it('is required', () => {
    expect(problemWith('api-key', '')).toMatch(/^is required/)
  })

  it('is required when it is only whitespace', () => {
    expect(problemWith('api-key', ' \t\n ')).toMatch(/^is required/)
  })

  it('says a dry run needs none when it is missing', () => {
    expectWords(problemWith('api-key', ''), [/^is required/, 'a dry run needs none'])
  })

  it('may be empty for a dry run, which sends nothing', () => {
    expect(acceptedSettings(inputs({ 'api-key': '', 'dry-run': 'true' })).settings).toMatchObject({
      apiKey: '',
      dryRun: true
    })
  })

  it.each(['x', 'short key', 'diffio_live_\u00e9t\u00e9_0123456789'])(
    'is not checked in a dry run, which sends nothing: %j is kept as given',
    (key) => {
      const { settings } = acceptedSettings(inputs({ 'api-key': key, 'dry-run': 'true' }))
      expect(settings).toMatchObject({ apiKey: key, dryRun: true })
    }
  )

  it('is still checked when dry-run is not a boolean, and both are named', () => {
    expect(
      inputError({ 'api-key': 'x', 'dry-run': 'yes' }).issues.map((issue) => issue.input)
    ).toEqual(['api-key', 'dry-run'])
  })

  it('is still reported missing with the other problems when a dry run was not asked for', () => {
    const { issues } = inputError({ 'api-key': ' ', mode: 'staging' })
    expect(issues.map((issue) => issue.input)).toEqual(['api-key', 'mode'])
  })

  it.each(['test', 'changeme', 'diffio_live_123'])(
    'refuses %s as shorter than 16 characters, saying the minimum',
    (value) => {
      const problem = problemWith('api-key', value)
      expect(problem).toMatch(/^must be at least 16 characters/)
      expect(problem).not.toContain(value)
    }
  )

  it('is trimmed', () => {
    expect(acceptedSettings(inputs({ 'api-key': `  ${key}\n` })).settings.apiKey).toBe(key)
  })

  it('accepts every visible ASCII character', () => {
    const visible = Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) =>
      String.fromCharCode(0x21 + index)
    ).join('')
    expect(acceptedSettings(inputs({ 'api-key': visible })).settings.apiKey).toBe(visible)
  })

  it.each([
    ['an inner space', 'diffio_live abc'],
    ['an inner tab', 'diffio_live\tabc'],
    ['an inner line break', 'diffio_live\nabc'],
    ['a DEL character', 'diffio_live\x7fabc'],
    ['a control character', 'diffio_live\x01abc'],
    ['a non-ASCII letter', 'diffio_live_é'],
    ['an emoji', 'diffio_live_🔑']
  ])('rejects a key with %s', (_, value) => {
    expect(problemWith('api-key', value)).toMatch(/^must be visible ASCII characters only/)
  })

  it('never shows the key in its message', () => {
    const badKey = 'diffio_live_s3cr3t with space'
    const error = inputError({ 'api-key': badKey })
    expect(error.message).not.toContain(badKey)
    expect(error.message).not.toContain('s3cr3t')
    expect(error.message).toContain('the value is not shown')
  })
})

describe('event-type', () => {
  it.each([
    'generation.queued',
    'generation.processing',
    'generation.failed',
    'generation.completed'
  ])('accepts %s', (eventType) => {
    expect(acceptedSettings(inputs({ 'event-type': eventType })).settings.eventTypes).toEqual([
      eventType
    ])
  })

  it('is trimmed', () => {
    expect(
      acceptedSettings(inputs({ 'event-type': ' generation.failed\n' })).settings.eventTypes
    ).toEqual(['generation.failed'])
  })

  it('is required, and the message lists the four event types', () => {
    expectWords(problemWith('event-type', ''), [/^is required/, ...eventTypes, 'or all'])
  })

  it('rejects an unknown event type and names what it got', () => {
    expectWords(problemWith('event-type', 'deploy.done'), [
      'must be one of',
      ...eventTypes,
      'got "deploy.done"'
    ])
  })

  it.each([
    ['generation.complete', 'generation.completed'],
    ['generation.compelted', 'generation.completed'],
    ['generation_completed', 'generation.completed'],
    ['Generation.Completed', 'generation.completed'],
    ['generation.queud', 'generation.queued'],
    ['generation.proccessing', 'generation.processing'],
    ['completed', 'generation.completed'],
    ['complete', 'generation.completed'],
    ['queued', 'generation.queued'],
    ['failed', 'generation.failed'],
    ['processing', 'generation.processing'],
    ['proc', 'generation.processing'],
    ['generation.qeueud', 'generation.queued']
  ])('suggests the event type that %s is close to', (value, meant) => {
    expect(problemWith('event-type', value)).toContain(`got "${value}" (did you mean ${meant}?)`)
  })

  it('suggests nothing for a value unlike any event type', () => {
    expect(problemWith('event-type', 'deploy.done')).not.toContain('did you mean')
  })

  it('suggests nothing for generation.started, which is no typo of generation.failed', () => {
    expect(problemWith('event-type', 'generation.started')).not.toContain('did you mean')
  })

  it('reads a value with line breaks as several, each quoted, so the message stays on one line', () => {
    const problem = problemWith('event-type', 'x\n::error::y')
    expectWords(problem, ['must be one of', '"x"', '"::error::y"'])
    expect(problem).not.toContain('\n')
  })

  it.each(['gen', 'generation'])(
    'suggests nothing for %s, which all event types share',
    (value) => {
      expect(problemWith('event-type', value)).not.toContain('did you mean')
    }
  )

  it.each([
    ['generation.queued,generation.failed', ['generation.queued', 'generation.failed']],
    [' generation.failed , generation.queued ', ['generation.failed', 'generation.queued']],
    [
      'generation.completed\ngeneration.processing\n',
      ['generation.completed', 'generation.processing']
    ],
    [
      'all',
      ['generation.queued', 'generation.processing', 'generation.failed', 'generation.completed']
    ],
    [
      'ALL',
      ['generation.queued', 'generation.processing', 'generation.failed', 'generation.completed']
    ]
  ])('reads %j as several event types, in the order given', (value, expected) => {
    expect(acceptedSettings(inputs({ 'event-type': value })).settings.eventTypes).toEqual(expected)
  })

  it('refuses an event type listed twice', () => {
    expectWords(problemWith('event-type', 'generation.failed,generation.failed'), [
      'generation.failed twice'
    ])
  })

  it.each([',', ' , ,', '\n,\n'])(
    'refuses %j, which lists no event type at all, as missing',
    (value) => {
      expect(problemWith('event-type', value)).toMatch(/^is required: /)
    }
  )

  it.each(['all,generation.queued', 'all,', 'ALL\ngeneration.failed'])(
    'takes %j as all when nothing else is listed, and refuses all with others',
    (value) => {
      if (value === 'all,')
        return void expect(
          acceptedSettings(inputs({ 'event-type': value })).settings.eventTypes
        ).toHaveLength(4)
      expectWords(problemWith('event-type', value), [
        /\ball\b.*\bother event types\b/,
        'given alone'
      ])
    }
  )

  it('refuses an event type listed twice, among others', () => {
    const problem = problemWith(
      'event-type',
      'generation.failed, generation.queued,generation.failed'
    )
    expectWords(problem, ['generation.failed twice'])
    expect(problem).not.toContain('generation.queued')
  })

  it('suggests the event type meant by each unknown one in a list', () => {
    expect(problemWith('event-type', 'generation.queued, generation.faild, deploy')).toContain(
      'got "generation.faild" (did you mean generation.failed?) and "deploy"'
    )
  })
})

describe('receipt-url', () => {
  it.each(['https://{event-id}.example.com/r', 'https://hooks.example.com:{mode}/r/{event-id}'])(
    'refuses %s: a placeholder in the host would choose where the token goes',
    (url) => {
      expect(problemWith('receipt-url', url)).toMatch(
        /^must keep its placeholders in the path or the query/
      )
    }
  )

  it('is optional', () => {
    expect(acceptedSettings(inputs()).settings).not.toHaveProperty('receipt')
  })

  it('keeps its placeholders for each event, with the timeout and the token', () => {
    const { settings } = acceptedSettings(
      inputs({
        'receipt-url': 'https://hooks.example.com/receipts/{event-id}?m={mode}',
        'receipt-token': 'receipt_token_0123456789',
        'receipt-timeout-seconds': '90'
      })
    )
    expect(settings.receipt).toEqual({
      urlTemplate: 'https://hooks.example.com/receipts/{event-id}?m={mode}',
      token: 'receipt_token_0123456789',
      timeoutSeconds: 90
    })
  })

  it('must hold {event-id} or {svix-message-id}, or nothing tells the receiver which event', () => {
    expect(problemWith('receipt-url', 'https://hooks.example.com/receipts/{event-type}')).toMatch(
      /^must contain \{event-id\} or \{svix-message-id\}/
    )
  })

  it('names a placeholder it does not know', () => {
    expectWords(problemWith('receipt-url', 'https://hooks.example.com/{event-id}/{eventId}'), [
      /placeholder \{eventId\}/,
      '{event-id}',
      '{svix-message-id}',
      '{event-type}',
      '{mode}'
    ])
  })

  it('must be https except on loopback, as the token travels with it', () => {
    expect(problemWith('receipt-url', 'http://hooks.example.com/{event-id}')).toMatch(
      /^must use https: plain http would send the receipt token unencrypted/
    )
    expect(
      acceptedSettings(
        inputs({ 'receipt-url': 'http://127.0.0.1:8787/receipts/{svix-message-id}' })
      ).settings.receipt?.urlTemplate
    ).toBe('http://127.0.0.1:8787/receipts/{svix-message-id}')
  })

  it('gets a warning when receipt-token is set without it', () => {
    const { warnings } = acceptedSettings(inputs({ 'receipt-token': 'receipt_token_0123456789' }))
    expect(warnings.map((warning) => warning.input)).toEqual(['receipt-token'])
    expectWords(warnings[0]?.problem, ['no receipt URL', 'not used'])
  })
})

describe('receipt-token', () => {
  it('refuses a token shorter than 16 characters without showing it', () => {
    const problem = problemWith('receipt-token', 'hunter22')
    expectWords(problem, ['at least 16 characters', 'not shown'])
    expect(problem).not.toContain('hunter22')
  })
})

describe('receipt-timeout-seconds and wait-timeout-seconds', () => {
  it.each(['receipt-timeout-seconds', 'wait-timeout-seconds'] as const)(
    '%s takes whole seconds from 1 to 900',
    (input) => {
      for (const bad of ['0', '901', '1.5', 'soon', '']) {
        expectWords(problemWith(input, bad), [
          'whole number of seconds',
          /\b1 to 900\b/,
          `got ${JSON.stringify(bad)}`
        ])
      }
    }
  )
})

describe('wait-for-url', () => {
  it.each(['wait-for-url', 'receipt-url', 'base-url'] as const)(
    '%s refuses a line break, which URL parsing would drop but a log would keep',
    (input) => {
      const problem = problemWith(input, 'http://127.0.0.1:1/{event-id}\n::error::x')
      expectWords(problem, [/^must not contain/, 'line breaks', 'control characters'])
      expect(problem).not.toContain('::error::')
    }
  )

  it('is optional, and kept with its timeout when given', () => {
    expect(acceptedSettings(inputs()).settings).not.toHaveProperty('wait')
    expect(
      acceptedSettings(
        inputs({
          'wait-for-url': 'https://hooks.example.com/healthz?deep=1',
          'wait-timeout-seconds': '30'
        })
      ).settings.wait
    ).toEqual({
      url: 'https://hooks.example.com/healthz?deep=1',
      timeoutSeconds: 30
    })
  })

  it('must be https except on loopback', () => {
    expect(problemWith('wait-for-url', 'http://hooks.example.com/healthz')).toMatch(
      /^must use https/
    )
  })
})

describe('wait-for-text', () => {
  const url = 'https://hooks.example.com/version'

  it('is optional, and kept with wait-for-url when given', () => {
    expect(acceptedSettings(inputs({ 'wait-for-url': url })).settings.wait).not.toHaveProperty(
      'text'
    )
    expect(
      acceptedSettings(inputs({ 'wait-for-url': url, 'wait-for-text': ' 3f2a9c1 ' })).settings.wait
    ).toEqual({ url, timeoutSeconds: 120, text: '3f2a9c1' })
  })

  it('needs wait-for-url, or nothing would be waited for', () => {
    expect(problemWith('wait-for-text', '3f2a9c1')).toMatch(/^needs wait-for-url/)
  })

  it.each(['v1\n::error::x', 'v1\u0085x', 'a\tb'])(
    'refuses %j: it is printed in the log while waiting',
    (text) => {
      expectWords(problemWith('wait-for-text', text, { 'wait-for-url': url }), [
        'one line',
        'without control characters'
      ])
    }
  )

  it('refuses more than 200 characters, saying how many it got', () => {
    expectWords(problemWith('wait-for-text', 'x'.repeat(201), { 'wait-for-url': url }), [
      'at most 200 characters',
      /\b201\b/
    ])
  })
})

describe('mode', () => {
  it.each(['test', 'live'])('accepts %s', (mode) => {
    expect(acceptedSettings(inputs({ mode })).settings.mode).toBe(mode)
  })

  it('is trimmed', () => {
    expect(acceptedSettings(inputs({ mode: ' live ' })).settings.mode).toBe('live')
  })

  it('is required', () => {
    expectWords(problemWith('mode', ''), [/^is required/, 'test or live'])
  })

  it('rejects any other mode and names what it got', () => {
    const problem = problemWith('mode', 'production')
    expectWords(problem, ['test or live', 'got "production"'])
    expect(problem).not.toContain('did you mean')
  })

  it.each([
    ['Test', 'test'],
    ['TEST', 'test'],
    ['LIVE', 'live'],
    ['tst', 'test'],
    ['tes', 'test'],
    ['testt', 'test'],
    ['lve', 'live'],
    ['liv', 'live'],
    ['lice', 'live'],
    ['tset', 'test'],
    ['lvie', 'live']
  ])('suggests the mode that %s is close to', (value, meant) => {
    const problem = problemWith('mode', value)
    expect(problem).toContain(`"${value}"`)
    expectWords(problem, ['test or live', `did you mean ${meant}?`])
  })
})

describe('api-key-id', () => {
  it('is optional', () => {
    expect(acceptedSettings(inputs({ 'api-key-id': '' })).settings).not.toHaveProperty('apiKeyId')
  })

  it('is trimmed', () => {
    expect(acceptedSettings(inputs({ 'api-key-id': '  key_123\n' })).settings.apiKeyId).toBe(
      'key_123'
    )
  })

  it('counts as absent when it is only whitespace', () => {
    expect(acceptedSettings(inputs({ 'api-key-id': '   ' })).settings).not.toHaveProperty(
      'apiKeyId'
    )
  })
})

describe('sample-payload', () => {
  it('is optional', () => {
    expect(acceptedSettings(inputs({ 'sample-payload': '' })).settings).not.toHaveProperty(
      'samplePayload'
    )
  })

  it('counts as absent when it is only whitespace', () => {
    expect(acceptedSettings(inputs({ 'sample-payload': ' \n ' })).settings).not.toHaveProperty(
      'samplePayload'
    )
  })

  it('is parsed as a JSON object', () => {
    const parsed = acceptedSettings(
      inputs({ 'sample-payload': '{"apiProjectId": "proj_123", "hasVideo": true}' })
    )
    expect(parsed.settings.samplePayload).toEqual({ apiProjectId: 'proj_123', hasVideo: true })
  })

  it('accepts an empty object', () => {
    expect(acceptedSettings(inputs({ 'sample-payload': '{}' })).settings.samplePayload).toEqual({})
  })

  it.each([
    ['[{"apiProjectId": "proj_123"}]', 'an array'],
    ['null', 'null'],
    ['42', 'a number'],
    ['"proj_123"', 'a string'],
    ['true', 'a boolean']
  ])('rejects %s, naming it as %s', (value, kind) => {
    expectWords(problemWith('sample-payload', value), ['must be a JSON object', `got ${kind}`])
  })

  it("says the JSON is not valid, with the parser's reason on the same line", () => {
    const problem = problemWith('sample-payload', '{"apiProjectId": "proj_123",\n}')
    expect(problem).toMatch(/^must be a JSON object, but it is not valid JSON: \S/)
    expect(problem).not.toContain('\n')
  })

  it('says when the JSON ends too early', () => {
    expect(problemWith('sample-payload', '{"apiProjectId":')).toContain('(it ends too early)')
  })

  it('refuses JSON with a bare word in it, which YAML users often write', () => {
    expect(problemWith('sample-payload', '{"apiProjectId": proj_123}')).toMatch(
      /^must be a JSON object, but it is not valid JSON: /
    )
  })

  it('gives no warning for fields Diffio leaves to the payload', () => {
    expect(
      acceptedSettings(inputs({ 'sample-payload': '{"apiProjectId": "proj_123"}' })).warnings
    ).toEqual([])
  })

  it.each(['eventType', 'eventId', 'createdAt', 'apiKeyId', 'status'])(
    'warns, but accepts, a payload that sets %s',
    (field) => {
      const parsed = acceptedSettings(
        inputs({ 'sample-payload': JSON.stringify({ [field]: 'x' }) })
      )
      expect(parsed.settings.samplePayload).toEqual({ [field]: 'x' })
      expect(parsed.warnings.map((warning) => warning.input)).toEqual(['sample-payload'])
      expectWords(parsed.warnings[0]?.problem, [`sets ${field}`, 'Diffio', 'ignored'])
    }
  )

  it('names every field Diffio sets in one warning', () => {
    const parsed = acceptedSettings(
      inputs({ 'sample-payload': '{"status": "queued", "eventType": "x", "apiProjectId": "p"}' })
    )
    expect(parsed.warnings.map((warning) => warning.input)).toEqual(['sample-payload'])
    expectWords(parsed.warnings[0]?.problem, [/\beventType\b.*\bstatus\b/, 'ignored'])
    expect(parsed.warnings[0]?.problem).not.toContain('apiProjectId')
  })

  it('refuses a payload nested too deeply to send', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    expectWords(problemWith('sample-payload', `{"a": ${deep}}`), ['nested too deeply'])
  })

  it('does not warn about a field Diffio sets when it is only nested deeper', () => {
    expect(
      acceptedSettings(inputs({ 'sample-payload': '{"errorDetails": {"status": "x"}}' })).warnings
    ).toEqual([])
  })
})

describe('base-url', () => {
  it('removes a trailing slash', () => {
    expect(
      acceptedSettings(inputs({ 'base-url': 'https://api.diffio.ai/' })).settings.baseUrl
    ).toBe('https://api.diffio.ai')
  })

  it('keeps a gateway path prefix without its trailing slashes', () => {
    const { settings } = acceptedSettings(
      inputs({ 'base-url': 'https://gateway.example.com/diffio/v2//' })
    )
    expect(settings.baseUrl).toBe('https://gateway.example.com/diffio/v2')
  })

  it('keeps a port', () => {
    expect(
      acceptedSettings(inputs({ 'base-url': 'https://staging.diffio.ai:8443' })).settings.baseUrl
    ).toBe('https://staging.diffio.ai:8443')
  })

  it('is trimmed', () => {
    expect(
      acceptedSettings(inputs({ 'base-url': '  https://api.diffio.ai \n' })).settings.baseUrl
    ).toBe('https://api.diffio.ai')
  })

  it.each([
    'http://localhost:8080',
    'http://localhost.:8080',
    'http://127.0.0.1:3000',
    'http://127.45.6.7',
    'http://[::1]:9000'
  ])('allows plain http for the loopback host of %s', (url) => {
    expect(acceptedSettings(inputs({ 'base-url': url })).settings.baseUrl).toBe(url)
  })

  it('allows plain http for an IPv4-mapped loopback address', () => {
    expect(
      acceptedSettings(inputs({ 'base-url': 'http://[::ffff:127.0.0.1]:9000' })).settings.baseUrl
    ).toBe('http://[::ffff:7f00:1]:9000')
  })

  it('drops the endpoint path from a base-url that already ends with it, with a warning', () => {
    const parsed = acceptedSettings(
      inputs({ 'base-url': 'https://gw.example.com/diffio/v1/webhooks/send_test_event' })
    )
    expect(parsed.settings.baseUrl).toBe('https://gw.example.com/diffio')
    expect(parsed.warnings.map((warning) => warning.input)).toEqual(['base-url'])
    expectWords(parsed.warnings[0]?.problem, ['/v1/webhooks/send_test_event', 'removed'])
  })

  it.each(['https://api.diffio.ai/v1', 'https://api.diffio.ai/v1/'])(
    'takes %s as the origin, with a warning, so no request goes to /v1/v1',
    (baseUrl) => {
      const parsed = acceptedSettings(inputs({ 'base-url': baseUrl }))
      expect(parsed.settings.baseUrl).toBe('https://api.diffio.ai')
      expect(parsed.warnings.map((warning) => warning.input)).toEqual(['base-url'])
      expectWords(parsed.warnings[0]?.problem, [/\/v1\b/, 'removed'])
    }
  )

  it.each(['http://[::ffff:10.0.0.1]', 'http://localhost.example.com', 'http://127.0.0.1.nip.io'])(
    'does not take %s for loopback',
    (url) => {
      expect(problemWith('base-url', url)).toContain('must use https')
    }
  )

  it('requires https for any other host, naming the host', () => {
    expect(problemWith('base-url', 'http://api.diffio.ai')).toMatch(
      /^must use https: .*; got "api\.diffio\.ai"$/
    )
  })

  it('does not take a host that only starts like a loopback address for one', () => {
    expect(problemWith('base-url', 'http://127.0.0.1.example.com')).toMatch(/^must use https/)
  })

  it('does not take a host that only starts with localhost for loopback', () => {
    expect(problemWith('base-url', 'http://localhost.example.com')).toMatch(/^must use https/)
  })

  it.each(['api.diffio.ai', '/v1', 'not a url', ''])('rejects %j as not an absolute URL', (url) => {
    expectWords(problemWith('base-url', url), ['absolute http(s) URL', `got "${url}"`])
  })

  it('rejects an ftp: URL, naming the scheme', () => {
    expectWords(problemWith('base-url', 'ftp://api.diffio.ai'), ['http(s) URL', 'scheme "ftp:"'])
  })

  it('rejects a URL with a user name and password, without repeating them', () => {
    const problem = problemWith('base-url', 'https://user:hunter2@api.diffio.ai')
    expectWords(problem, [/^must not contain/, 'user name or password'])
    expect(problem).not.toMatch(/hunter2|user:/)
  })

  it('rejects a URL with only a user name', () => {
    expectWords(problemWith('base-url', 'https://user@api.diffio.ai'), [
      /^must not contain/,
      'user name or password'
    ])
  })

  it('rejects a URL with a query string', () => {
    expectWords(problemWith('base-url', 'https://api.diffio.ai/?region=eu'), [
      /^must not contain/,
      'query string'
    ])
  })

  it('rejects a URL with a fragment', () => {
    expectWords(problemWith('base-url', 'https://api.diffio.ai/#top'), [
      /^must not contain/,
      'fragment'
    ])
  })
})

describe('timeout-seconds', () => {
  it.each([
    ['1', 1],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['2.', 2],
    ['600', 600],
    [' 45 ', 45]
  ])('accepts %j as %d seconds', (text, seconds) => {
    expect(acceptedSettings(inputs({ 'timeout-seconds': text })).settings.timeoutSeconds).toBe(
      seconds
    )
  })

  it.each(['0', '0.0', '-1', 'abc', '601', '600.5', '1e2', '30s', ''])('rejects %j', (text) => {
    expectWords(problemWith('timeout-seconds', text), [
      'number of seconds',
      'greater than 0',
      'at most 600',
      `got "${text.trim()}"`
    ])
  })
})

describe('max-retries', () => {
  it.each([
    ['0', 0],
    ['2', 2],
    ['10', 10],
    [' 3 ', 3]
  ])('accepts %j as %d', (text, count) => {
    expect(acceptedSettings(inputs({ 'max-retries': text })).settings.maxRetries).toBe(count)
  })

  it.each(['11', '-1', '2.5', 'abc', '1e1', '100', ''])('rejects %j', (text) => {
    expectWords(problemWith('max-retries', text), ['whole number', /\b0 to 10\b/, `got "${text}"`])
  })
})

describe('dry-run', () => {
  it.each(['true', 'True', 'TRUE'])('reads %s as true', (text) => {
    expect(acceptedSettings(inputs({ 'dry-run': text })).settings.dryRun).toBe(true)
  })

  it.each(['false', 'False', 'FALSE'])('reads %s as false', (text) => {
    expect(acceptedSettings(inputs({ 'dry-run': text })).settings.dryRun).toBe(false)
  })

  it.each(['yes', '1', 'on', 'tRUE'])('rejects %j', (text) => {
    const problem = problemWith('dry-run', text)
    expect(problem).toContain(`"${text}"`)
    expectWords(problem, ['true or false'])
  })
})

describe('the input problems', () => {
  it('collects every problem at once, each naming its input', () => {
    const error = inputError({
      'api-key': '',
      'event-type': 'generation.complete',
      mode: 'tset',
      'sample-payload': '[]',
      'base-url': 'http://api.diffio.ai',
      'timeout-seconds': '0',
      'max-retries': '11',
      'dry-run': 'yes'
    })
    expect(error.issues.map((issue) => issue.input)).toEqual([
      'api-key',
      'event-type',
      'mode',
      'sample-payload',
      'base-url',
      'timeout-seconds',
      'max-retries',
      'dry-run'
    ])
  })

  it('has one problem for each input, in the order of the inputs', () => {
    const { issues } = inputError({ mode: 'prod', 'dry-run': 'yes' })
    expect(issues.map((issue) => issue.input)).toEqual(['mode', 'dry-run'])
    expect(issues[0]?.problem).toContain('"prod"')
    expect(issues[1]?.problem).toContain('true or false')
  })

  it('says an input that did not arrive at all is missing', () => {
    const raw: Partial<RawInputs> = inputs()
    delete raw.mode
    expect(refusedInputs(raw as RawInputs)).toEqual([{ input: 'mode', problem: 'is missing' }])
  })
})
