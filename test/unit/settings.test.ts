import { describe, expect, it } from 'vitest'
import type { InputName, RawInputs } from '../../src/send-test-event/inputs.js'
import { parseSettings } from '../../src/send-test-event/settings.js'
import { acceptedSettings, rawInputs, refusedInputs, testKey } from '../support/inputs.js'

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
    expect(problemWith('api-key', '')).toBe('is required (a dry run needs none)')
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
    expect(problemWith('event-type', '')).toBe(
      'is required: one of generation.queued, generation.processing, generation.failed or generation.completed, several separated by commas or new lines, or all'
    )
  })

  it('rejects an unknown event type and names what it got', () => {
    expect(problemWith('event-type', 'deploy.done')).toBe(
      'must be one of generation.queued, generation.processing, generation.failed or generation.completed, several separated by commas or new lines, or all; got "deploy.done"'
    )
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
    expect(problemWith('event-type', 'x\n::error::y')).toBe(
      'must be one of generation.queued, generation.processing, generation.failed or generation.completed, several separated by commas or new lines, or all; got "x" and "::error::y"'
    )
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
    expect(problemWith('event-type', 'generation.failed,generation.failed')).toBe(
      'lists generation.failed twice; each event type is sent once'
    )
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
      expect(problemWith('event-type', value)).toBe(
        'lists all with other event types; all stands for the four and is given alone'
      )
    }
  )

  it('refuses an event type listed twice, among others', () => {
    expect(
      problemWith('event-type', 'generation.failed, generation.queued,generation.failed')
    ).toBe('lists generation.failed twice; each event type is sent once')
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
    expect(problemWith('receipt-url', 'https://hooks.example.com/{event-id}/{eventId}')).toBe(
      'has the placeholder {eventId}; the placeholders are {event-id}, {svix-message-id}, {event-type} and {mode}'
    )
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
    expect(
      acceptedSettings(inputs({ 'receipt-token': 'receipt_token_0123456789' })).warnings
    ).toEqual([
      { input: 'receipt-token', problem: 'is set, but no receipt URL is, so it is not used' }
    ])
  })
})

describe('receipt-token', () => {
  it('refuses a token shorter than 16 characters without showing it', () => {
    const problem = problemWith('receipt-token', 'hunter22')
    expect(problem).toBe('must be at least 16 characters (the value is not shown)')
  })
})

describe('receipt-timeout-seconds and wait-timeout-seconds', () => {
  it.each(['receipt-timeout-seconds', 'wait-timeout-seconds'] as const)(
    '%s takes whole seconds from 1 to 900',
    (input) => {
      for (const bad of ['0', '901', '1.5', 'soon', '']) {
        expect(problemWith(input, bad)).toBe(
          `must be a whole number of seconds from 1 to 900; got ${JSON.stringify(bad)}`
        )
      }
    }
  )
})

describe('wait-for-url', () => {
  it.each(['wait-for-url', 'receipt-url', 'base-url'] as const)(
    '%s refuses a line break, which URL parsing would drop but a log would keep',
    (input) => {
      expect(problemWith(input, 'http://127.0.0.1:1/{event-id}\n::error::x')).toBe(
        'must not contain line breaks, tabs or other control characters'
      )
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
      expect(problemWith('wait-for-text', text, { 'wait-for-url': url })).toBe(
        'must be one line of text, without control characters'
      )
    }
  )

  it('refuses more than 200 characters, saying how many it got', () => {
    expect(problemWith('wait-for-text', 'x'.repeat(201), { 'wait-for-url': url })).toBe(
      'must be at most 200 characters, such as a version or a commit SHA; got 201'
    )
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
    expect(problemWith('mode', '')).toBe('is required: one of test or live')
  })

  it('rejects any other mode and names what it got', () => {
    expect(problemWith('mode', 'production')).toBe('must be one of test or live; got "production"')
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
    expect(problemWith('mode', value)).toBe(
      `must be one of test or live; got "${value}" (did you mean ${meant}?)`
    )
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
    expect(problemWith('sample-payload', value)).toBe(
      `must be a JSON object like {"apiProjectId": "proj_123"}; got ${kind}`
    )
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
      expect(parsed.warnings).toEqual([
        {
          input: 'sample-payload',
          problem: `sets ${field}, which Diffio always sets itself; that value is ignored`
        }
      ])
    }
  )

  it('names every field Diffio sets in one warning', () => {
    const parsed = acceptedSettings(
      inputs({ 'sample-payload': '{"status": "queued", "eventType": "x", "apiProjectId": "p"}' })
    )
    expect(parsed.warnings).toEqual([
      {
        input: 'sample-payload',
        problem:
          'sets eventType and status, which Diffio always sets itself; those values are ignored'
      }
    ])
  })

  it('refuses a payload nested too deeply to send', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    expect(problemWith('sample-payload', `{"a": ${deep}}`)).toBe('is nested too deeply to send')
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
    expect(parsed.warnings).toEqual([
      {
        input: 'base-url',
        problem:
          'ends with /v1/webhooks/send_test_event, which is part of the endpoint path added to it; it was removed'
      }
    ])
  })

  it.each(['https://api.diffio.ai/v1', 'https://api.diffio.ai/v1/'])(
    'takes %s as the origin, with a warning, so no request goes to /v1/v1',
    (baseUrl) => {
      const parsed = acceptedSettings(inputs({ 'base-url': baseUrl }))
      expect(parsed.settings.baseUrl).toBe('https://api.diffio.ai')
      expect(parsed.warnings).toEqual([
        {
          input: 'base-url',
          problem: 'ends with /v1, which is part of the endpoint path added to it; it was removed'
        }
      ])
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
    expect(problemWith('base-url', url)).toBe(
      `must be an absolute http(s) URL such as https://api.diffio.ai; got "${url}"`
    )
  })

  it('rejects an ftp: URL, naming the scheme', () => {
    expect(problemWith('base-url', 'ftp://api.diffio.ai')).toBe(
      'must be an http(s) URL; got the scheme "ftp:"'
    )
  })

  it('rejects a URL with a user name and password, without repeating them', () => {
    const problem = problemWith('base-url', 'https://user:hunter2@api.diffio.ai')
    expect(problem).toBe('must not contain a user name or password')
  })

  it('rejects a URL with only a user name', () => {
    expect(problemWith('base-url', 'https://user@api.diffio.ai')).toBe(
      'must not contain a user name or password'
    )
  })

  it('rejects a URL with a query string', () => {
    expect(problemWith('base-url', 'https://api.diffio.ai/?region=eu')).toBe(
      'must not contain a query string'
    )
  })

  it('rejects a URL with a fragment', () => {
    expect(problemWith('base-url', 'https://api.diffio.ai/#top')).toBe(
      'must not contain a fragment'
    )
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
    expect(problemWith('timeout-seconds', text)).toBe(
      `must be a number of seconds greater than 0 and at most 600, such as 30; got "${text.trim()}"`
    )
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
    expect(problemWith('max-retries', text)).toBe(
      `must be a whole number from 0 to 10; got "${text}"`
    )
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
    expect(problemWith('dry-run', text)).toBe(`must be true or false; got "${text}"`)
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
