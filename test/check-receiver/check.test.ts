import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { startReceiver, verifyDelivery } from '../../examples/receiver/server.ts'
import {
  checkNames,
  deliveryChecks,
  diagnosticChecks,
  expectation,
  receiptChecks,
  type CheckName
} from '../../src/check-receiver/deliveries.js'
import { checkWords, explainCheck, explainInvalidInputs } from '../../src/check-receiver/explain.js'
import {
  checkPassed,
  resultOk,
  resultsJson,
  type CheckResult
} from '../../src/check-receiver/results.js'
import {
  checkInputDefaults,
  readCheckSettings,
  type CheckInputName,
  type CheckInputs
} from '../../src/check-receiver/settings.js'
import type { Explanation } from '../../src/shared/explanation.js'
import { runReceiverCheck, type ReceiverCheckOutcome } from '../../src/check-receiver/run.js'
import { skippingClock } from '../support/in-process.js'
import {
  closedAfterEach,
  receiptToken,
  startAcceptingReceiver,
  startHandwrittenReceiver,
  startSvixReceiver,
  startTestReceiver,
  startTimestampIgnoringReceiver,
  type Mistakes
} from './receivers.ts'

/** The six forgeries in the order they are posted, written out here, not read from the source. */
const everyForgery = [
  'body-changed',
  'wrong-secret',
  'timestamp-old',
  'timestamp-ahead',
  'no-signature-headers',
  'unknown-signature-version'
]

// The core of the check, without a shell: inputs read into settings, the run against loopback
// receivers, and what the explanation module makes of its results.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const workflowLabel = (input: CheckInputName): string => input
const terminalLabel = (input: CheckInputName) =>
  input === 'webhook-secret' ? 'DIFFIO_WEBHOOK_SECRET' : `--${input}`

const started = closedAfterEach()

function inputs(overrides: Partial<CheckInputs> = {}): CheckInputs {
  return {
    url: 'https://receiver.example.com/webhooks/diffio',
    'webhook-secret': secret,
    ...checkInputDefaults,
    ...overrides
  }
}

function problems(overrides: Partial<CheckInputs>): string[] {
  const reading = readCheckSettings(inputs(overrides))
  return reading.ok ? [] : reading.issues.map(({ input, problem }) => `${input} ${problem}`)
}

interface Checked {
  outcome: Extract<ReceiverCheckOutcome, { kind: 'checked' }>
  passed: boolean
  failure: Explanation | undefined
  failed: CheckName[]
}

/** Runs the check on a clock that skips the receipt wait's pauses; each request still takes its real time. */
async function check(overrides: Partial<CheckInputs>, label = workflowLabel): Promise<Checked> {
  const outcome = await runReceiverCheck(inputs(overrides), { clock: skippingClock() })
  if (outcome.kind !== 'checked')
    throw new Error(`expected a checked outcome, got ${JSON.stringify(outcome)}`)
  const failure = explainCheck(outcome.target, outcome.results, label)
  const failed = outcome.results
    .filter((result) => resultOk(result) === false)
    .map((result) => result.check)
  return { outcome, passed: checkPassed(outcome.results), failure, failed }
}

/** That a title carries its meaning (what the receiver did, to what, a status, a check's name), however it is phrased. */
function expectTitle(explanation: Explanation | undefined, ...meaning: string[]): void {
  expect(explanation, 'an explanation').toBeDefined()
  for (const part of meaning) expect(explanation!.title).toContain(part)
}

function withReceipts(receiver: { webhookUrl: string; receiptUrl: string }): Partial<CheckInputs> {
  return {
    url: receiver.webhookUrl,
    'receipt-url': receiver.receiptUrl,
    'receipt-token': receiptToken
  }
}

describe('reading the inputs', () => {
  it('reads valid inputs into settings, trimmed, with the defaults from action.yml', () => {
    const reading = readCheckSettings(
      inputs({ url: ' http://127.0.0.1:8787/webhooks/diffio ', 'webhook-secret': ` ${secret}\n` })
    )
    expect(reading).toEqual({
      ok: true,
      settings: {
        url: 'http://127.0.0.1:8787/webhooks/diffio',
        webhookSecret: secret,
        eventType: 'generation.completed',
        timeoutSeconds: 15,
        headers: 'svix'
      },
      warnings: [],
      unknown: []
    })
  })

  it('reads the receipt URL and token, and the header names', () => {
    const reading = readCheckSettings(
      inputs({
        headers: 'webhook',
        'receipt-url': 'https://r.example.com/receipts/{svix-message-id}?t={event-type}',
        'receipt-token': receiptToken
      })
    )
    expect(reading).toMatchObject({
      ok: true,
      settings: {
        headers: 'webhook',
        receipt: {
          urlTemplate: 'https://r.example.com/receipts/{svix-message-id}?t={event-type}',
          token: receiptToken
        }
      }
    })
  })

  it.each([
    'http://localhost:3000/hook',
    'http://[::1]:3000/hook',
    'https://receiver.example.com/hook?tenant=7'
  ])('accepts %s', (url) => {
    expect(problems({ url })).toEqual([])
  })

  it('refuses plain http to a host that is not loopback', () => {
    expect(problems({ url: 'http://receiver.example.com/hook' })[0]).toMatch(
      /^url must use https: .* got "receiver\.example\.com"$/
    )
  })

  it.each([
    ['', 'url is required'],
    ['receiver.example.com/hook', 'url must be an absolute http(s) URL'],
    ['ftp://receiver.example.com/hook', 'url must be an http(s) URL; got the scheme "ftp:"'],
    ['https://user:pass@receiver.example.com/hook', 'url must not contain a user name or password']
  ])('refuses the url %j', (url, problem) => {
    expect(problems({ url })[0]).toContain(problem)
  })

  it.each([
    ['', 'webhook-secret is required'],
    ['diffio_live_0123456789abcdef', 'webhook-secret looks like a Diffio API key'],
    [
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      "webhook-secret must be the endpoint's signing secret, whsec_ followed by base64"
    ],
    ['whsec_not*base64!', 'what follows whsec_ is not base64'],
    ['whsec_', 'nothing follows whsec_'],
    ['whsec_abc', 'what follows whsec_ is not base64']
  ])('refuses the secret %j without echoing it', (value, problem) => {
    const [found] = problems({ 'webhook-secret': value })
    expect(found).toContain(problem)
    if (value.length > 'whsec_'.length) expect(found).not.toContain(value)
  })

  it('suggests the event type and the header names a typo meant', () => {
    expect(problems({ 'event-type': 'generation.complete' })[0]).toContain(
      '(did you mean generation.completed?)'
    )
    const [headers, ...others] = problems({ headers: 'webhooks' })
    expect(others).toEqual([])
    expect(headers).toMatch(/^headers /)
    expect(headers).toContain('svix or webhook')
    expect(headers).toContain('(did you mean webhook?)')
  })

  it.each(['0', '16', 'soon', '-1'])(
    'refuses timeout-seconds %j: more than Svix allows, or not a number',
    (value) => {
      expect(problems({ 'timeout-seconds': value })[0]).toContain(
        'timeout-seconds must be a number of seconds greater than 0 and at most 15'
      )
    }
  )

  it('checks receipt-url and receipt-token as the main action does, without showing the token', () => {
    expect(problems({ 'receipt-url': 'https://r.example.com/receipts' })[0]).toMatch(
      /^receipt-url must contain \{event-id\} or \{svix-message-id\}/
    )
    expect(problems({ 'receipt-url': 'https://{event-id}.example.com/r' })[0]).toMatch(
      /^receipt-url must keep its placeholders in the path or the query/
    )
    expect(problems({ 'receipt-url': 'http://r.example.com/{event-id}' })[0]).toMatch(
      /^receipt-url must use https/
    )
    const [short] = problems({
      'receipt-url': 'https://r.example.com/{event-id}',
      'receipt-token': 'short-token'
    })
    expect(short).toMatch(/^receipt-token must be at least 16 characters/)
    expect(short).not.toContain('short-token')
  })

  it('reports every problem together, naming each input as the entry point names it, and posts nothing', async () => {
    const receiver = await started(startAcceptingReceiver())
    const outcome = await runReceiverCheck(
      inputs({
        url: 'http://receiver.example.com',
        'webhook-secret': 'not-a-secret-at-all',
        'event-type': 'completed',
        'timeout-seconds': '60',
        headers: 'both'
      })
    )
    if (outcome.kind !== 'invalid') throw new Error('expected invalid inputs')
    const explanation = explainInvalidInputs(outcome.issues, terminalLabel)
    expectTitle(explanation, '5', 'invalid inputs')
    expect(explanation.message.split('\n').map((line) => line.split(' ')[0])).toEqual([
      '--url',
      'DIFFIO_WEBHOOK_SECRET',
      '--event-type',
      '--timeout-seconds',
      '--headers'
    ])
    expect(explanation.message).not.toContain('not-a-secret-at-all')
    expect(explanation.nextStep).toContain('nothing was posted to the receiver')
    expect(receiver.requests).toHaveLength(0)
  })
})

describe('receivers that verify as the official libraries do pass', () => {
  it('the reference receiver (svix), with receipts: every genuine delivery accepted, every forgery refused, only the genuine event recorded', async () => {
    const receiver = await started(startReceiver({ secret, receiptToken }))
    const reported: CheckResult[] = []
    const outcome = await runReceiverCheck(inputs(withReceipts(receiver)), {
      progress: { checked: (result) => reported.push(result) }
    })

    if (outcome.kind !== 'checked') throw new Error('expected a checked outcome')
    expect(reported).toEqual(outcome.results)
    expect(outcome.results.map(({ check, got }) => [check, got])).toEqual([
      ...deliveryChecks.map((name) => [name, everyForgery.includes(name) ? 'refused' : 'accepted']),
      ['genuine-recorded', 'recorded'],
      ['forgeries-not-recorded', 'not-recorded']
    ])
    expect(checkPassed(outcome.results)).toBe(true)
    expect(explainCheck(outcome.target, outcome.results, workflowLabel)).toBeUndefined()
    // The retry is the genuine delivery again, so the seven genuine deliveries are six events.
    expect(receiver.events()).toHaveLength(6)
  })

  it.each(['svix', 'webhook'] as const)(
    "a receiver built on svix's Webhook.verify, with headers: %s",
    async (headers) => {
      const receiver = await started(startSvixReceiver(secret))
      const { passed, failed } = await check({ url: receiver.webhookUrl, headers })
      expect(failed).toEqual([])
      expect(passed).toBe(true)
      expect(
        receiver.requests.map((request) =>
          Object.keys(request.headers).some((name) => name.startsWith(`${headers}-`))
        )
      ).toEqual(deliveryChecks.map((name) => name !== 'no-signature-headers'))
    }
  )

  it('the hand-written verifier the mistakes below are made in, with receipts', async () => {
    const receiver = await started(startHandwrittenReceiver(secret))
    const { passed, failed } = await check(withReceipts(receiver))
    expect(failed).toEqual([])
    expect(passed).toBe(true)
  })
})

describe('receivers with the mistakes real ones make fail, naming the check and the fix', () => {
  it.each<[string, Mistakes, CheckName[], RegExp]>([
    [
      'express.json() then JSON.stringify before the HMAC',
      { signedBody: 'reserialized' },
      ['non-canonical-json'],
      /express\.raw/
    ],
    [
      'json.dumps(..., separators=(",", ":")) of the parsed body',
      { signedBody: 'python-reserialized' },
      ['non-canonical-json', 'non-ascii-body'],
      /request\.get_data\(\)/
    ],
    [
      'only the first entry of svix-signature compared',
      { signatures: 'first-entry-only' },
      ['rotated-secret', 'v1a-entry-first'],
      /compare every v1, entry/
    ],
    [
      'the whole header compared with "v1," + signature',
      { signatures: 'whole-header' },
      ['rotated-secret', 'v1a-entry-first'],
      /compare every v1, entry/
    ],
    [
      'the body decoded as latin1 before the HMAC',
      { signedBody: 'latin1' },
      ['non-ascii-body'],
      /decoded as UTF-8/
    ],
    [
      '409 for a svix-id seen before',
      { conflictOnRepeat: true },
      ['retry'],
      /answer 2xx without doing the work again/
    ]
  ])('%s', async (_mistake, mistakes, failedChecks, fix) => {
    const receiver = await started(startHandwrittenReceiver(secret, mistakes))
    const { passed, failed, failure } = await check(withReceipts(receiver))

    expect(passed).toBe(false)
    expect(failed).toEqual(failedChecks)
    expectTitle(
      failure,
      'refused',
      failedChecks.length === 1 ? 'a genuine delivery' : `${failedChecks.length} genuine`
    )
    for (const name of failedChecks)
      expect(failure!.message).toMatch(new RegExp(`^${name}: refused with (401|409)`, 'm'))
    expect(failure!.nextStep).toMatch(fix)
    expect(failure!.nextStep).toContain(`check-receiver.md#${failedChecks[0]}`)
  })

  it('answers right but records nothing: genuine-recorded fails', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { records: 'nothing' }))
    const { failed, failure } = await check({ ...withReceipts(receiver), 'timeout-seconds': '1' })

    expect(failed).toEqual(['genuine-recorded'])
    expectTitle(failure, 'not record', 'genuine')
    expect(failure!.message).toMatch(
      /^genuine-recorded: the receipt route answered 404: not recorded\. The receiver answers 2xx but does not record/m
    )
  })

  it('records forgeries before refusing them: forgeries-not-recorded fails, naming each forgery recorded', async () => {
    const receiver = await started(
      startHandwrittenReceiver(secret, { records: 'before-verifying' })
    )
    const { failed, failure, outcome } = await check(withReceipts(receiver))

    expect(failed).toEqual(['forgeries-not-recorded'])
    const forgeries = everyForgery
    expect(outcome.results.at(-1)).toMatchObject({
      check: 'forgeries-not-recorded',
      got: 'recorded',
      status: 200,
      recorded: forgeries
    })
    expectTitle(failure, 'recorded', '6 forged')
    expect(failure!.nextStep).toContain(
      'forgeries-not-recorded: Verify first, and record only deliveries that verified.'
    )
  })

  it.each([401, 403, 400, 409, 404, 500])(
    'answers 204 to its first delivery and %d to everything after: genuine-again fails',
    async (status) => {
      const receiver = await started(startHandwrittenReceiver(secret, { afterFirst: status }))
      const { passed, failed, failure } = await check({ url: receiver.webhookUrl })

      expect(passed).toBe(false)
      expect(failed).toContain('genuine-again')
      expect(failure!.message).toMatch(/^genuine-again: (refused|answered) /m)
      expect(failure!.message).toContain('refuses everything after a few requests')
      // One cause, named once: no mistake claimed for each check it broke, and its fix once.
      expectTitle(failure, 'stopped accepting', 'genuine')
      expect(failed).toEqual(
        status === 500
          ? deliveryChecks.slice(1)
          : [
              'non-canonical-json',
              'non-ascii-body',
              'rotated-secret',
              'v1a-entry-first',
              'retry',
              'genuine-again'
            ]
      )
      for (const name of failed.filter((each) => each !== 'genuine-again'))
        expect(failure!.message).not.toContain(checkWords(name, 'svix').means)
      expect(failure!.message).not.toMatch(/^(?!genuine-again)[a-z0-9-]+: /m)
      expect(
        failure!.nextStep.split('\n').filter((line) => line.includes('Exempt the webhook route'))
      ).toHaveLength(1)
      expect(failure!.nextStep).not.toMatch(
        /^[a-z0-9-]+(, [a-z0-9-]+)*: (Verify the raw|Split the signature|When svix-id|Look in the receiver)/m
      )
      expect(failure!.nextStep).not.toContain("svix's Webhook.verify")
    }
  )

  it('names exactly the two timestamp checks for a receiver that ignores the timestamp', async () => {
    const receiver = await started(startTimestampIgnoringReceiver(secret))
    const { failed, failure } = await check({ url: receiver.webhookUrl })

    expect(failed).toEqual(['timestamp-old', 'timestamp-ahead'])
    expectTitle(failure, 'accepted', '2 forged')
    expect(failure!.nextStep).toContain(
      "timestamp-old: Refuse a svix-timestamp more than 5 minutes away from the receiver's clock."
    )
    expect(failure!.nextStep).toContain("svix's Webhook.verify")
  })

  it('names every forgery for a receiver that accepts anything', async () => {
    const receiver = await started(startAcceptingReceiver())
    const { failed, failure } = await check({ url: receiver.webhookUrl })

    expect(failed).toEqual(everyForgery)
    expectTitle(failure, 'accepted every forged', 'does not verify')
    for (const name of failed) expect(failure!.message).toContain(name)
    // One cause, not six partial mistakes.
    for (const name of failed)
      expect(failure!.message).not.toContain(checkWords(name, 'svix').means)
    expect(failure!.nextStep.match(/refuse it with 401 when no v1 entry matches/g)).toHaveLength(1)
    expect(failure!.nextStep).toContain("svix's Webhook.verify")
  })

  it('counts a forgery answered with a crash (500) as inconclusive, and says to refuse with 4xx instead', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { throwsOnRefusal: true }))
    const { failed, failure, outcome } = await check({ url: receiver.webhookUrl })

    expect(failed).toEqual(everyForgery)
    expect(outcome.results.filter((result) => result.got === 'inconclusive')).toHaveLength(6)
    expectTitle(failure, 'busy or failing', '6 deliveries')
    expect(failure!.nextStep).toContain('Answer 400 or 401 when a delivery does not verify')
  })
})

describe('a refused genuine delivery: no forgery, and the diagnostics name the cause', () => {
  it.each<[string, Mistakes, CheckName, RegExp]>([
    [
      'reads only the webhook-* header names',
      { headerNames: 'webhook-only' },
      'other-header-names',
      /copy svix-id, svix-timestamp and svix-signature to webhook-\*/
    ],
    [
      'signs the body alone',
      { signedBody: 'body-only' },
      'signed-body-only',
      /\$\{svix-id\}\.\$\{svix-timestamp\}\.\$\{rawBody\}/
    ],
    [
      "keys the HMAC with the secret's text",
      { key: 'secret-text' },
      'secret-text-as-key',
      /Buffer\.from\(secret\.slice\(6\), 'base64'\)/
    ],
    [
      'leaves whsec_ in the key it decodes',
      { key: 'prefix-in-key' },
      'prefix-in-key',
      /Remove the whsec_ prefix before decoding/
    ]
  ])('a receiver that %s', async (_mistake, mistakes, cause, fix) => {
    const receiver = await started(startHandwrittenReceiver(secret, mistakes))
    const { failed, failure, outcome } = await check(withReceipts(receiver), terminalLabel)

    expect(outcome.results.map((result) => result.check)).toEqual([
      'genuine',
      ...diagnosticChecks,
      ...deliveryChecks.slice(1),
      ...receiptChecks
    ])
    expect(failed).toEqual(['genuine', cause])
    expect(
      outcome.results.filter((result) => result.got === 'skipped').map((result) => result.check)
    ).toEqual([...deliveryChecks.slice(1), ...receiptChecks])
    expectTitle(
      failure,
      'refused',
      'genuine',
      `(${cause === 'other-header-names' ? 400 : 401})`,
      cause
    )
    expect(failure!.nextStep).toMatch(fix)
    expect(failure!.nextStep).not.toContain('likely wrong')
    // The genuine delivery and the diagnostics; neither forgeries nor receipts.
    expect(receiver.requests).toHaveLength(1 + diagnosticChecks.length)
  })

  it('with headers: webhook, names a receiver that reads only svix-*', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { headerNames: 'svix-only' }))
    const { failure } = await check({ url: receiver.webhookUrl, headers: 'webhook' })
    expectTitle(failure, 'refused', 'genuine', '(400)', 'other-header-names')
    expect(failure!.nextStep).toContain('run the check with headers set to svix')
  })

  it('blames the secret, saying what was tried, when the receiver has another secret', async () => {
    const receiver = await started(
      startHandwrittenReceiver(`whsec_${randomBytes(24).toString('base64')}`)
    )
    const { failed, failure } = await check({ url: receiver.webhookUrl }, terminalLabel)

    expect(failed).toEqual(['genuine'])
    expectTitle(failure, 'refused', 'genuine', '(401)')
    // No cause is named, since no diagnostic delivery showed one.
    for (const name of diagnosticChecks) expect(failure!.title).not.toContain(name)
    expect(failure!.message).toMatch(
      /Also tried, .* none of these mistakes is the cause: other-header-names/
    )
    for (const name of diagnosticChecks) expect(failure!.message).toContain(name)
    expect(failure!.nextStep).toContain('DIFFIO_WEBHOOK_SECRET is likely wrong')
  })

  it.each([429, 503])(
    'does not blame the secret when the genuine delivery is answered %d',
    async (status) => {
      const receiver = await started(
        startTestReceiver((_request, response) => void response.writeHead(status).end())
      )
      const { failure, outcome } = await check({ url: receiver.webhookUrl })

      expect(outcome.results[0]).toMatchObject({ check: 'genuine', got: 'inconclusive', status })
      expectTitle(failure, 'did not accept', 'genuine', `(${status})`)
      expect(failure!.title).not.toContain('refused')
      expect(failure!.nextStep).toContain('busy or limiting the rate')
      expect(failure!.nextStep).not.toContain('likely wrong')
    }
  )

  it('sends nothing more after a genuine delivery that gets no answer, and says so', async () => {
    const receiver = await started(startTestReceiver(() => undefined))
    const { failure, outcome } = await check({ url: receiver.webhookUrl, 'timeout-seconds': '0.3' })

    expect(outcome.results.map((result) => result.got)).toEqual([
      'timed-out',
      ...deliveryChecks.slice(1).map(() => 'skipped')
    ])
    expect(receiver.requests).toHaveLength(1)
    expectTitle(failure, 'did not answer in time')
    expect(failure!.message).toContain('within 0.3 s (timeout-seconds)')
  })
})

describe('the results', () => {
  it('are rows of machine values: check, expected, got, status, ms, and ok (null when skipped)', async () => {
    const receiver = await started(
      startTestReceiver((_request, response) => void response.writeHead(401).end())
    )
    const { outcome } = await check({ url: receiver.webhookUrl })
    const rows = JSON.parse(resultsJson(outcome.results)) as Array<Record<string, unknown>>

    expect(rows[0]).toEqual({
      check: 'genuine',
      expected: 'accepted',
      got: 'refused',
      status: 401,
      ms: expect.any(Number),
      ok: false
    })
    expect(rows.at(-1)).toEqual({
      check: 'genuine-again',
      expected: 'accepted',
      got: 'skipped',
      status: null,
      ms: 0,
      ok: null
    })
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['check', 'expected', 'got', 'status', 'ms', 'ok'])
      expect(Number.isInteger(row.ms) && (row.ms as number) >= 0).toBe(true)
    }
  })

  it('judge a forgery by its status when the body behind it is slow', async () => {
    const receiver = await started(
      startTestReceiver((request, response) => {
        const verdict = verifyDelivery(secret, request.body, request.headers)
        if (verdict.verified) return void response.writeHead(204).end()
        response.writeHead(verdict.status, { 'content-type': 'text/plain' })
        // Only the old timestamp's refusal never finishes its body, so the test waits one time limit.
        if (verdict.reason.includes('old')) response.write('refused, slowly')
        else response.end('refused')
      })
    )
    const { passed, outcome } = await check({ url: receiver.webhookUrl, 'timeout-seconds': '0.5' })
    expect(outcome.results.find((result) => result.check === 'timestamp-old')).toMatchObject({
      got: 'refused',
      status: 401
    })
    expect(
      outcome.results.find((result) => result.check === 'timestamp-old')!.ms
    ).toBeGreaterThanOrEqual(450)
    expect(passed).toBe(true)
  })

  it('fail a forgery that gets no answer: a refusal must be a prompt non-2xx answer', async () => {
    const receiver = await started(
      startTestReceiver((request, response) => {
        const verdict = verifyDelivery(secret, request.body, request.headers)
        if (verdict.verified) return void response.writeHead(204).end()
        if (verdict.status === 400) return void response.destroy()
        response.writeHead(verdict.status).end()
      })
    )
    const { failed, failure, outcome } = await check({ url: receiver.webhookUrl })
    expect(failed).toEqual(['no-signature-headers'])
    expect(outcome.results.find((result) => result.check === 'no-signature-headers')).toMatchObject(
      { got: 'unreachable' }
    )
    expectTitle(failure, 'no answer', '1 delivery')
    expect(failure!.nextStep).toContain(
      'no-signature-headers: Answer every delivery within 15 s (timeout-seconds)'
    )
  })
})

describe('receipts', () => {
  it('a refused receipt token fails genuine-recorded, skips the forgeries, and names receipt-token', async () => {
    const receiver = await started(startHandwrittenReceiver(secret))
    const { failed, failure, outcome } = await check({
      ...withReceipts(receiver),
      'receipt-token': 'another-receipt-token-0123'
    })

    expect(failed).toEqual(['genuine-recorded'])
    expect(
      outcome.results.slice(-2).map(({ check: name, got, status }) => ({ name, got, status }))
    ).toEqual([
      { name: 'genuine-recorded', got: 'refused', status: 401 },
      { name: 'forgeries-not-recorded', got: 'skipped', status: undefined }
    ])
    expectTitle(failure, 'no usable receipt')
    expect(failure!.nextStep).toContain('Check receipt-token')
  })

  it('fills every placeholder of receipt-url for each delivery asked about', async () => {
    const receiver = await started(startReceiver({ secret, receiptToken }))
    const receipts = await started(
      startTestReceiver((request, response) => {
        const id = decodeURIComponent(/[?&]id=([^&]+)/.exec(request.path)?.[1] ?? '')
        const event = receiver.events().find((each) => each.svixMessageId === id)
        if (event === undefined) return void response.writeHead(404).end()
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ svixMessageId: id }))
      })
    )
    const { passed } = await check({
      ...withReceipts(receiver),
      'receipt-url': `${receipts.url}/r?id={svix-message-id}&e={event-id}&t={event-type}&m={mode}`
    })

    expect(passed).toBe(true)
    const [genuine] = receiver.events()
    expect(receipts.requests[0]!.path).toBe(
      `/r?id=${genuine!.svixMessageId}&e=${genuine!.eventId}&t=generation.completed&m=test`
    )
    // The genuine event once, found at once, then each of the six forgeries once.
    expect(receipts.requests).toHaveLength(7)
  })
})

describe('time', () => {
  /** A clock that stands still but for its waits, which end at once and move it on. */
  function standingClock() {
    let nowMs = 0
    const sleeps: number[] = []
    return {
      sleeps,
      now: () => nowMs,
      sleep: async (ms: number) => {
        sleeps.push(ms)
        nowMs += ms
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
  }

  it('reads every time it reports, and waits between receipt polls, by the clock it is given', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { records: 'nothing' }))
    const clock = standingClock()
    const outcome = await runReceiverCheck(
      inputs({ ...withReceipts(receiver), 'timeout-seconds': '2' }),
      { clock }
    )

    if (outcome.kind !== 'checked') throw new Error('expected a checked outcome')
    const waited = outcome.results.find((result) => result.check === 'genuine-recorded')!
    expect(waited.got).toBe('not-recorded')
    expect(clock.sleeps.length).toBeGreaterThan(1)
    expect(waited.ms).toBe(clock.sleeps.reduce((sum, ms) => sum + ms, 0))
    expect(waited.ms).toBeGreaterThan(1500)
    expect(waited.ms).toBeLessThanOrEqual(2000)
    // Nothing else waits, so on a clock that moves only when waited on, nothing else took any time.
    const others = outcome.results.filter((result) => result !== waited)
    expect(others.map((result) => result.ms)).toEqual(others.map(() => 0))
  })
})

describe('one cause named once, and nothing claimed that the answers do not show', () => {
  const verifyNote = "svix's Webhook.verify"

  it('a receiver that verifies nothing, with receipts: one cause, the forgeries it accepted said to be recorded, not refused', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { verifiesNothing: true }))
    const { failed, failure } = await check(withReceipts(receiver))

    expect(failed).toEqual([
      ...deliveryChecks.filter((name) => expectation(name) === 'refused'),
      'forgeries-not-recorded'
    ])
    expectTitle(failure, 'accepted every forged', 'does not verify')
    expect(failure!.message).not.toContain('even though it refuses them')
    expect(failure!.message).toMatch(/confirms the forged events it accepted/)
    expect(failure!.nextStep).toContain(verifyNote)
  })

  it('a busy answer to a forgery gets its fix once, however many forgeries got one', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { throwsOnRefusal: true }))
    const { failure } = await check({ url: receiver.webhookUrl })
    expect(
      failure!.nextStep.match(/Answer 400 or 401 when a delivery does not verify/g)
    ).toHaveLength(1)
    expect(failure!.nextStep).toMatch(
      /^body-changed, wrong-secret, timestamp-old, timestamp-ahead, no-signature-headers, unknown-signature-version: Answer 400/m
    )
    expect(failure!.nextStep).not.toContain(verifyNote)
  })

  it.each<[string, Mistakes, string]>([
    ['refuses a retry (409)', { conflictOnRepeat: true }, 'retry'],
    ['records nothing', { records: 'nothing' }, 'genuine-recorded']
  ])(
    "does not offer svix's verifier as the fix for a receiver that %s",
    async (_mistake, mistakes, name) => {
      const receiver = await started(startHandwrittenReceiver(secret, mistakes))
      const { failed, failure } = await check({
        ...withReceipts(receiver),
        'timeout-seconds': '0.5'
      })
      expect(failed).toEqual([name])
      expect(failure!.nextStep).not.toContain(verifyNote)
    }
  )

  it('starts every fix with a capital letter', () => {
    for (const name of checkNames) expect(checkWords(name, 'svix').fix, name).toMatch(/^[A-Z]/)
  })
})

describe('a refused genuine delivery whose cause the diagnostics cannot tell', () => {
  it.each<[string, Mistakes]>([
    ['json.dumps(json.loads(body)) with its default separators', { signedBody: 'python-dumps' }]
  ])(
    'names parsing before verifying for a receiver that verifies %s, not the secret',
    async (_mistake, mistakes) => {
      const receiver = await started(startHandwrittenReceiver(secret, mistakes))
      const { failed, failure } = await check({ url: receiver.webhookUrl })
      expect(failed).toEqual(['genuine', 'json-dumps-body'])
      expectTitle(failure, 'refused', 'genuine', '(401)', 'json-dumps-body')
      expect(failure!.nextStep).toContain('Verify the raw request body before parsing it')
      expect(failure!.nextStep).not.toContain('likely wrong')
    }
  )

  it('lists parsing before verifying beside the secret when every diagnostic is refused', async () => {
    const receiver = await started(
      startHandwrittenReceiver(secret, { signedBody: 'pretty-reserialized' })
    )
    const { failed, failure } = await check({ url: receiver.webhookUrl })
    expect(failed).toEqual(['genuine'])
    expect(failure!.nextStep).toContain('webhook-secret is likely wrong')
    expect(failure!.nextStep).toContain('verify the raw request body before parsing it')
  })

  it.each([
    [503, 'was answered 503'],
    [404, 'was refused with 404']
  ])('does not blame the secret when the diagnostics are answered %d', async (status, said) => {
    let deliveries = 0
    const receiver = await started(
      startTestReceiver(
        (_request, response) => void response.writeHead(deliveries++ === 0 ? 401 : status).end()
      )
    )
    const { failure } = await check({ url: receiver.webhookUrl })
    expectTitle(failure, 'refused', 'genuine', '(401)')
    // No cause is named, since no diagnostic delivery showed one.
    for (const name of diagnosticChecks) expect(failure!.title).not.toContain(name)
    expect(failure!.message).toContain('The diagnostic deliveries could not tell why')
    expect(failure!.message).toContain(`other-header-names ${said}`)
    expect(failure!.message).not.toContain('none of these mistakes is the cause')
    expect(failure!.nextStep).not.toContain('likely wrong')
    expect(failure!.nextStep).toContain("The receiver's logs say why it answered 401")
  })
})

describe('receipts by the receipt protocol', () => {
  it('does not count a catch-all 200 as recorded: genuine-recorded fails, the forgeries are not asked about', async () => {
    const genuineReceiver = await started(startHandwrittenReceiver(secret))
    const catchAll = await started(
      startTestReceiver(
        (_request, response) =>
          void response.writeHead(200, { 'content-type': 'text/html' }).end('<html>app</html>')
      )
    )
    const { failed, failure, outcome } = await check({
      url: genuineReceiver.webhookUrl,
      'receipt-url': `${catchAll.url}/receipts/{event-id}`,
      'receipt-token': receiptToken,
      'timeout-seconds': '0.5'
    })
    expect(failed).toEqual(['genuine-recorded'])
    expect(outcome.results.slice(-2).map(({ check: name, got }) => [name, got])).toEqual([
      ['genuine-recorded', 'inconclusive'],
      ['forgeries-not-recorded', 'skipped']
    ])
    expectTitle(failure, 'no usable receipt')
    expect(failure!.message).toMatch(
      /^genuine-recorded: the receipt route answered 200, but its body is not JSON/m
    )
    expect(failure!.nextStep).toContain('catch-all route')
  })
})
