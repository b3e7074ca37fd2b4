import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interpretAnswer } from '../../src/send-test-event/answer.js'
import type { Answer } from '../../src/http/request.js'
import { describeSendFailure } from '../../src/send-test-event/explain.js'
import { createRedactor, minSecretLength } from '../../src/shared/redact.js'
import { TerminalOutput } from '../../src/terminal/output.js'
import { eventTypes, modes } from '../../src/shared/contract.js'
import {
  inputNames,
  maxRetriesLimit,
  maxTimeoutSeconds,
  type RawInputs
} from '../../src/send-test-event/inputs.js'
import { parseSettings } from '../../src/send-test-event/settings.js'

const numRuns = 300

/** Any text a user might type, paste or mangle into an input. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 })
)

const padded = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', ' ', '\n', ' \t'), value, fc.constantFrom('', ' ', '\n'))
    .map((parts) => parts.join(''))

/** Values each input accepts, in the forms users write them. */
const validValues: Record<keyof RawInputs, fc.Arbitrary<string>> = {
  'api-key': padded(fc.stringMatching(/^diffio_(live|test)_[A-Za-z0-9]{8,32}$/)),
  'event-type': padded(fc.constantFrom(...eventTypes)),
  mode: padded(fc.constantFrom(...modes)),
  'api-key-id': fc.oneof(fc.constant(''), fc.stringMatching(/^key_[a-z0-9]{3,12}$/), anyText),
  'sample-payload': fc.oneof(
    fc.constant(''),
    fc
      .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
      .map((payload) => JSON.stringify(payload)),
    fc.constantFrom('{"apiProjectId": "proj_123"}', '{"status": "x", "eventId": 1}')
  ),
  'base-url': fc.oneof(
    fc.webUrl({ validSchemes: ['https'] }),
    fc.constantFrom(
      'https://api.diffio.ai',
      'https://gateway.example.com/diffio/',
      'http://localhost:8080/',
      'http://127.0.0.1:1',
      'http://[::1]:1'
    )
  ),
  'timeout-seconds': fc.oneof(
    fc.integer({ min: 1, max: 600 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 599 }), fc.integer({ min: 1, max: 999 }))
      .map(([whole, part]) => `${whole}.${part}`)
  ),
  'max-retries': padded(fc.integer({ min: 0, max: 10 }).map(String)),
  'receipt-url': fc.constantFrom(
    '',
    'https://hooks.example.com/receipts/{event-id}',
    'http://127.0.0.1:8787/r?id={svix-message-id}&m={mode}'
  ),
  'receipt-token': fc.constantFrom('', 'receipt_token_0123456789'),
  'receipt-timeout-seconds': padded(fc.integer({ min: 1, max: 900 }).map(String)),
  'wait-for-url': fc.constantFrom(
    '',
    'https://hooks.example.com/healthz',
    'http://localhost:8787/'
  ),
  'wait-for-text': fc.oneof(
    fc.constant(''),
    fc.stringMatching(/^[0-9a-f]{40}$/),
    fc.constantFrom('v1.2.3', '"version":"2"')
  ),
  'wait-timeout-seconds': padded(fc.integer({ min: 1, max: 900 }).map(String)),
  'dry-run': fc.constantFrom('', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE')
}

/** Values close to valid ones, the kind a typo or a misread README gives. */
const nearValues: Record<keyof RawInputs, fc.Arbitrary<string>> = {
  'api-key': fc.stringMatching(/^diffio_live_[A-Za-z0-9 \t]{1,12}$/),
  'event-type': fc.mixedCase(
    fc.constantFrom(...eventTypes, 'completed', 'generation.complete', 'queued')
  ),
  mode: fc.mixedCase(fc.constantFrom(...modes, 'tset', 'lve', 'production')),
  'api-key-id': fc.constant('  '),
  'sample-payload': fc.oneof(fc.json(), fc.constantFrom('{', '[]', 'null', '{"a":}', "{'a': 1}")),
  'base-url': fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.constantFrom(
      'api.diffio.ai',
      'ftp://x',
      'https://u:p@x',
      'http://api.diffio.ai',
      'https://x/?a=1'
    )
  ),
  'timeout-seconds': fc.oneof(
    fc.double().map(String),
    fc.integer({ min: -5, max: 700 }).map(String)
  ),
  'max-retries': fc.oneof(fc.integer({ min: -3, max: 15 }).map(String), fc.double().map(String)),
  'receipt-url': fc.constantFrom(
    'https://hooks.example.com/receipts',
    'http://hooks.example.com/{event-id}',
    'https://x/{eventId}/{event-id}'
  ),
  'receipt-token': fc.constantFrom('short', 'with space in it and long'),
  'receipt-timeout-seconds': fc.oneof(
    fc.integer({ min: -3, max: 1000 }).map(String),
    fc.double().map(String)
  ),
  'wait-for-url': fc.constantFrom('hooks.example.com', 'ftp://x', 'http://example.com/healthz'),
  'wait-for-text': fc.constantFrom('v1\n::error::x', 'x'.repeat(201), '\u0085'),
  'wait-timeout-seconds': fc.oneof(
    fc.integer({ min: -3, max: 1000 }).map(String),
    fc.double().map(String)
  ),
  'dry-run': fc.mixedCase(fc.constantFrom('true', 'false', 'yes', 'on'))
}

/** Mostly valid values, so that both outcomes are common, with typos and arbitrary text mixed in. */
const anyInput = (name: keyof RawInputs) =>
  fc.oneof(
    { arbitrary: validValues[name], weight: 12 },
    { arbitrary: nearValues[name], weight: 1 },
    { arbitrary: anyText, weight: 1 }
  )

const rawInputs: fc.Arbitrary<RawInputs> = fc.record(
  Object.fromEntries(inputNames.map((name) => [name, anyInput(name)])) as Record<
    keyof RawInputs,
    fc.Arbitrary<string>
  >
)

/** What parseSettings makes of the inputs, with the problems as a reader sees them: one line each, input name first. */
function outcomeOf(raw: RawInputs) {
  const reading = parseSettings(raw)
  return reading.ok
    ? reading
    : {
        ...reading,
        message: reading.issues.map((issue) => `${issue.input} ${issue.problem}`).join('\n')
      }
}

const visibleAscii = fc.constantFrom(
  ...Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) => String.fromCharCode(0x21 + index))
)

/** Keys parseSettings accepts, long enough not to occur by chance in the words around them. */
const usableKey = fc.oneof(
  fc.stringMatching(/^diffio_(live|test)_[A-Za-z0-9]{8,32}$/),
  fc.string({ unit: visibleAscii, minLength: 8, maxLength: 40 })
)

/** Text with the key inserted, raw, JSON-escaped or URL-encoded, at random places. */
function textWithKey(key: string, filler: fc.Arbitrary<string> = anyText): fc.Arbitrary<string> {
  const form = fc.constantFrom(key, JSON.stringify(key).slice(1, -1), encodeURIComponent(key))
  return fc
    .tuple(filler, fc.array(fc.tuple(form, filler), { minLength: 1, maxLength: 4 }))
    .map(([start, rest]) => start + rest.map(([inserted, after]) => inserted + after).join(''))
}

describe('parseSettings on any inputs', () => {
  it('returns settings or problems that each name an input', () => {
    fc.assert(
      fc.property(rawInputs, (raw) => {
        const outcome = outcomeOf(raw)
        if (!outcome.ok) {
          expect(outcome.issues.length).toBeGreaterThan(0)
          for (const issue of outcome.issues) expect(inputNames).toContain(issue.input)
        }
      }),
      { numRuns }
    )
  })

  it('only returns settings within the documented bounds', () => {
    fc.assert(
      fc.property(rawInputs, (raw) => {
        const outcome = outcomeOf(raw)
        if (!outcome.ok) return
        const { settings } = outcome
        // A dry run, which sends nothing, keeps its key unchecked.
        if (!settings.dryRun) expect(settings.apiKey).toMatch(/^[\x21-\x7e]{16,}$/)
        expect(settings.eventTypes).toHaveLength(1)
        expect(eventTypes).toContain(settings.eventTypes[0])
        expect(modes).toContain(settings.mode)
        expect(settings.timeoutSeconds).toBeGreaterThan(0)
        expect(settings.timeoutSeconds).toBeLessThanOrEqual(maxTimeoutSeconds)
        expect(Number.isInteger(settings.maxRetries)).toBe(true)
        expect(settings.maxRetries).toBeGreaterThanOrEqual(0)
        expect(settings.maxRetries).toBeLessThanOrEqual(maxRetriesLimit)
        expect(settings.baseUrl).toMatch(/^https?:\/\/[^/?#]+(\/.*[^/])?$/)
      }),
      { numRuns }
    )
  })

  it('never shows an api-key of 8 or more characters in its problems', () => {
    const key = fc.oneof(usableKey, anyText)
    fc.assert(
      fc.property(rawInputs, key, (raw, apiKey) => {
        fc.pre(apiKey.trim().length >= 8)
        const outcome = outcomeOf({ ...raw, 'api-key': apiKey })
        if (outcome.ok) return
        expect(outcome.message).not.toContain(apiKey)
        expect(outcome.message).not.toContain(apiKey.trim())
      }),
      { numRuns }
    )
  })

  it('never shows the api-key, however short, once the message is redacted', () => {
    const key = fc.oneof(
      usableKey,
      anyText,
      fc.string({ unit: visibleAscii, minLength: 1, maxLength: 3 })
    )
    fc.assert(
      fc.property(rawInputs, key, (raw, apiKey) => {
        fc.pre(apiKey.trim() !== '')
        const outcome = outcomeOf({ ...raw, 'api-key': apiKey })
        if (outcome.ok) return
        expect(createRedactor(apiKey.trim())(outcome.message)).not.toContain(apiKey.trim())
        expect(createRedactor(apiKey)(outcome.message)).not.toContain(apiKey)
      }),
      { numRuns }
    )
  })

  it('never shows a key pasted into the wrong input once the message is redacted', () => {
    fc.assert(
      fc.property(
        rawInputs,
        usableKey,
        fc.subarray([...inputNames], { minLength: 1 }),
        (raw, apiKey, pastedInto) => {
          const withKey = {
            ...raw,
            ...Object.fromEntries(pastedInto.map((name) => [name, apiKey]))
          }
          const outcome = outcomeOf({ ...withKey, 'api-key': apiKey })
          if (outcome.ok) return
          expect(createRedactor(apiKey)(outcome.message)).not.toContain(apiKey)
        }
      ),
      { numRuns }
    )
  })
})

describe('createRedactor on any key and text', () => {
  const anyKey = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
    fc.string({ unit: fc.constantFrom('*', '%', '"', '\\', 'a', '2'), minLength: 1, maxLength: 5 })
  )

  it('leaves no raw, JSON-escaped or URL-encoded copy of the key', () => {
    fc.assert(
      fc.property(
        anyKey.chain((key) => fc.tuple(fc.constant(key), textWithKey(key))),
        ([key, text]) => {
          const clean = createRedactor(key)(text)
          expect(clean).not.toContain(key)
          expect(clean).not.toContain(JSON.stringify(key).slice(1, -1))
          expect(clean).not.toContain(encodeURIComponent(key))
        }
      ),
      { numRuns }
    )
  })

  /** Every run of 16 characters of the key, as a server cutting or splitting it would show it. */
  const piecesOf = (text: string) =>
    Array.from({ length: text.length - 15 }, (_, at) => text.slice(at, at + 16))

  it('leaves no 16 characters of a key in a row, raw or in hex, whatever is cut off or around them', () => {
    const cutKey = usableKey
      .filter((key) => key.length >= 16)
      .chain((key) =>
        fc.tuple(
          fc.constant(key),
          fc
            .integer({ min: 0, max: key.length - 16 })
            .chain((from) =>
              fc.integer({ min: from + 16, max: key.length }).map((to) => key.slice(from, to))
            ),
          fc.constantFrom('raw', 'hex', 'HEX'),
          anyText,
          anyText
        )
      )
    fc.assert(
      fc.property(cutKey, ([key, piece, form, before, after]) => {
        const shown =
          form === 'raw'
            ? piece
            : form === 'hex'
              ? Buffer.from(piece).toString('hex')
              : Buffer.from(piece).toString('hex').toUpperCase()
        const clean = createRedactor(key)(before + shown + after)
        for (const run of piecesOf(key)) expect(clean).not.toContain(run)
        for (const run of piecesOf(Buffer.from(key).toString('hex')))
          expect(clean.toLowerCase()).not.toContain(run)
      }),
      { numRuns }
    )
  })

  it('leaves no piece of a key split across neighbouring JSON strings, however it is split', () => {
    const splitKey = usableKey
      .filter((key) => key.length >= 16)
      .chain((key) =>
        fc.tuple(
          fc.constant(key),
          fc
            .uniqueArray(fc.integer({ min: 1, max: key.length - 1 }), { maxLength: 6 })
            .map((cuts) => [...cuts].sort((a, b) => a - b)),
          anyText,
          anyText
        )
      )
    fc.assert(
      fc.property(splitKey, ([key, cuts, before, after]) => {
        const pieces = [0, ...cuts].map((from, index) =>
          key.slice(from, [...cuts, key.length][index])
        )
        pieces[0] = before + pieces[0]
        pieces[pieces.length - 1] += after
        for (const json of [
          JSON.stringify({ echoed: pieces }),
          JSON.stringify({ echoed: pieces }, null, 2)
        ]) {
          const clean = createRedactor(key)(json)
          // The strings' contents read as one text, as the key would be read back from them.
          const joined = [...clean.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('')
          for (const run of piecesOf(JSON.stringify(key).slice(1, -1)))
            expect(joined).not.toContain(run)
        }
      }),
      { numRuns }
    )
  })

  it('leaves text unchanged when it holds no ASCII character the key could be made of', () => {
    const textWithoutAscii = fc.string({
      unit: fc.constantFrom(' ', '\n', 'é', '日', '🔑'),
      maxLength: 20
    })
    fc.assert(
      fc.property(
        fc.string({ unit: visibleAscii, minLength: 1, maxLength: 12 }),
        textWithoutAscii,
        (key, text) => {
          expect(createRedactor(key)(text)).toBe(text)
        }
      ),
      { numRuns }
    )
  })
})

describe('interpretAnswer on any status and body', () => {
  const sentFields = ['svixMessageId', 'eventId', 'eventType', 'mode', 'apiKeyId'] as const
  const asked = { eventType: 'generation.completed', mode: 'test' } as const

  /** Bodies of every shape Diffio or a gateway might send, each carrying the key somewhere. */
  function bodyWithKey(key: string): fc.Arbitrary<string> {
    const text = textWithKey(key)
    return fc.oneof(
      text,
      text.map(
        (shown) => `<html><head><title>${shown}</title></head><body><p>${shown}</p></body></html>`
      ),
      fc.record({ error: text }).map((body) => JSON.stringify(body)),
      fc.record({ error: text, code: text }).map((body) => JSON.stringify(body)),
      fc.record({ message: text }).map((body) => JSON.stringify(body)),
      fc
        .record(
          Object.fromEntries(
            sentFields.map((field) => [
              field,
              fc.oneof(text, anyText, fc.constant(asked[field as 'mode'] ?? 'x'))
            ])
          )
        )
        .map((body) => JSON.stringify(body))
    )
  }

  const answerWithKey = usableKey.chain((key) =>
    fc.tuple(
      fc.constant(key),
      fc.record({
        status: fc.integer({ min: 100, max: 599 }),
        body: bodyWithKey(key),
        headers: fc.record(
          { location: textWithKey(key), 'retry-after': fc.oneof(fc.nat().map(String), anyText) },
          { requiredKeys: [] }
        )
      })
    )
  )

  it('returns the event or a failure that a shell shows without the key', () => {
    fc.assert(
      fc.property(answerWithKey, ([key, answer]: [string, Omit<Answer, 'kind'>]) => {
        // The shells refuse a shorter key before anything is sent.
        fc.pre(key.trim() === key && key.length >= minSecretLength)
        let shown = ''
        const output = new TerminalOutput([key], { stdout: (text) => (shown += text) })
        const reading = interpretAnswer({ kind: 'answer', ...answer }, { ...asked, apiKey: key })
        if (reading.kind === 'failed') {
          output.out(describeSendFailure(reading.failure))
        } else {
          expect(answer.status).toBe(200)
          output.out(reading.sent.json)
          for (const field of Object.values(reading.sent.event)) output.out(field)
        }
        expect(shown).not.toContain(key)
      }),
      { numRuns }
    )
  })
})
