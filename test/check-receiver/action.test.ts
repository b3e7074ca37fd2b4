import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { expectNoStackTrace } from '../support/expectations.js'
import { summaryRows, type ActionRun } from '../../demo/action-runner.ts'
import { startReceiver } from '../../examples/receiver/server.ts'
import { deliveryChecks, diagnosticChecks } from '../../src/check-receiver/deliveries.js'
import { runCheckReceiverAction } from '../support/action-harness.ts'
import { skippingClock } from '../support/in-process.ts'
import {
  closedAfterEach,
  echoedSecretForms,
  expectNoneShown,
  receiptToken,
  startAcceptingReceiver,
  startEchoingReceiver,
  startHandwrittenReceiver,
  startFailingReceiver,
  startRedirectingReceiver,
  startSlowReceiver,
  startTimestampIgnoringReceiver,
  type TestReceiver
} from './receivers.ts'

// The check-receiver action's shell, run in-process as the runner runs check-receiver/action.yml, against receivers on loopback.

const secret = `whsec_${randomBytes(24).toString('base64')}`

const started = closedAfterEach()

interface ResultRow {
  check: string
  expected: string
  got: string
  status: number | null
  ms: number
  ok: boolean | null
}

function results(run: ActionRun): ResultRow[] {
  return JSON.parse(run.outputs.results!) as ResultRow[]
}

function failedChecks(run: ActionRun): string[] {
  return results(run)
    .filter((row) => row.ok === false)
    .map((row) => row.check)
}

/** The title of the step's first error annotation, and that it carries each part of its meaning. */
function expectErrorTitle(run: ActionRun, ...meaning: string[]): void {
  const title = /^::error title=(.*?)::/.exec(run.errors[0] ?? '')?.[1]
  expect(title, 'an error annotation with a title').toBeDefined()
  for (const part of meaning) expect(title).toContain(part)
}

/** The secret may appear only in the runner's mask command, never in anything a person or a later step reads. */
function expectSecretOnlyMasked(run: ActionRun, value: string = secret): void {
  expect(run.stdout.split('\n').filter((line) => line.includes(value))).toEqual([
    `::add-mask::${value}`
  ])
  expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${value}`)
  expect(run.stderr).not.toContain(value)
  expect(JSON.stringify(run.outputs)).not.toContain(value)
  expect(run.summary).not.toContain(value)
}

describe('the check-receiver action, run as the GitHub runner runs it', () => {
  it('fails before posting anything when an input is misspelt, naming the input meant', async () => {
    const receiver = await started(startAcceptingReceiver())
    const run = await runCheckReceiverAction(
      { url: receiver.webhookUrl, 'webhook-secret': secret },
      { INPUT_EVENT_TYPE: 'generation.failed' }
    )

    expect(run.exitCode).toBe(1)
    expect(receiver.requests).toHaveLength(0)
    expect(run.errors[0]).toContain('rename it to event-type')
  })

  it.each([
    ['passes', { 'webhook-secret': secret }, 0],
    ['fails on a missing secret', {}, 1]
  ] as const)(
    'warns about an input unlike any of its own, naming it, and still %s',
    async (_how, given, exitCode) => {
      const receiver = await started(
        startReceiver({ secret, receiptToken: 'receipt-token-for-tests' })
      )
      const run = await runCheckReceiverAction(
        { url: receiver.webhookUrl, ...given },
        { INPUT_MODE: 'test' }
      )

      expect(run.exitCode).toBe(exitCode)
      const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning '))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/^::warning title=Unknown input::"mode" /)
      expect(warnings[0]).toContain('ignored')
      expect(run.errors.join('\n')).not.toContain('mode')
    }
  )

  it('passes a receiver that verifies properly: the genuine delivery accepted, every forgery refused', async () => {
    const receiver = await started(
      startReceiver({ secret, receiptToken: 'receipt-token-for-tests' })
    )
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.outputs.passed).toBe('true')
    const rows = results(run)
    expect(rows.map((row) => row.check)).toEqual([...deliveryChecks])
    expect(rows.every((row) => row.ok)).toBe(true)
    expect(rows.map((row) => row.status)).toEqual([
      204, 204, 204, 204, 204, 204, 401, 401, 401, 401, 400, 401, 204
    ])
    for (const { ms } of rows) {
      expect(Number.isInteger(ms)).toBe(true)
      expect(ms).toBeGreaterThanOrEqual(0)
    }
    // Seven genuine deliveries, one of them a retry of the first: six events.
    expect(receiver.events()).toHaveLength(6)
    expect(receiver.events()[0]!.eventId).toMatch(/^evt_check_receiver_/)
    expect(run.stdout).toMatch(
      /^pass {2}genuine: Genuine: correctly signed, current timestamp: accepted with 204 \(\d+ ms\)$/m
    )
    expect(run.summary).toContain('Receiver check passed')
    expect(summaryRows(run.summary)).toHaveLength(deliveryChecks.length + 1)
    expectSecretOnlyMasked(run)
  })

  it('fails a receiver that accepts anything, naming each forged check it accepted', async () => {
    const receiver = await started(startAcceptingReceiver())
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.passed).toBe('false')
    expect(failedChecks(run)).toEqual([
      'body-changed',
      'wrong-secret',
      'timestamp-old',
      'timestamp-ahead',
      'no-signature-headers',
      'unknown-signature-version'
    ])
    expect(run.errors).toHaveLength(1)
    expectErrorTitle(run, 'accepted every forged', 'does not verify')
    for (const check of ['body-changed', 'wrong-secret', 'no-signature-headers'])
      expect(run.errors[0]).toContain(check)
    expect(run.errors[0]).toContain('the raw body')
    expect(receiver.requests).toHaveLength(deliveryChecks.length)
    expect(run.summary).toContain('Receiver check failed')
    expect(run.summary).toContain('FAIL')
    expectSecretOnlyMasked(run)
  })

  it('fails a receiver that ignores the timestamp, naming exactly the two timestamp checks', async () => {
    const receiver = await started(startTimestampIgnoringReceiver(secret))
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(['timestamp-old', 'timestamp-ahead'])
    expectErrorTitle(run, 'accepted', '2 forged')
    expect(run.errors[0]).toContain('timestamp-old: accepted with 200.')
    expect(run.errors[0]).toContain('timestamp-ahead: accepted with 200.')
    expect(run.errors[0]).toContain('Refuse a svix-timestamp more than 5 minutes away')
    expect(run.errors[0]).not.toContain('body-changed')
    expectSecretOnlyMasked(run)
  })

  it('fails the genuine check of a receiver slower than timeout-seconds, and sends no forgeries', async () => {
    const receiver = await started(startSlowReceiver(3000))
    const run = await runCheckReceiverAction({
      url: receiver.webhookUrl,
      'webhook-secret': secret,
      'timeout-seconds': '0.3'
    })

    expect(run.exitCode).toBe(1)
    expectErrorTitle(run, 'did not answer in time')
    expect(run.errors[0]).toContain('The attempt timed out after 0.3 s')
    expect(run.errors[0]).toContain('The forged deliveries were not sent.')
    const [genuine, ...forged] = results(run)
    expect(genuine).toMatchObject({ check: 'genuine', status: null, ok: false })
    expect(forged.every((row) => row.got === 'skipped' && row.ok === null)).toBe(true)
    expect(receiver.requests).toHaveLength(1)
  })

  it('fails the genuine check of a receiver that answers 500 to everything, pointing at its logs and not at the secret', async () => {
    const receiver = await started(startFailingReceiver())
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expectErrorTitle(run, 'did not accept', 'genuine', '(500)')
    expect(run.errors[0]).toContain(
      'answered 500, which says it is busy or failing, not what it made of the delivery: {"error":"internal error"}'
    )
    expect(run.errors[0]).toContain('The diagnostic deliveries could not tell why')
    expect(run.errors[0]).not.toContain('likely wrong')
    expect(run.errors[0]).toContain("The receiver's logs say why it answered 500")
    expect(failedChecks(run)).toEqual(['genuine', ...diagnosticChecks])
    expectNoStackTrace(run)
  })

  it('counts a redirect to the genuine delivery as a refusal, and then sends no forgery', async () => {
    const receiver = await started(startRedirectingReceiver())
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expect(results(run).map((row) => row.status)).toEqual([
      302,
      ...diagnosticChecks.map(() => 302),
      ...deliveryChecks.slice(1).map(() => null)
    ])
    expectErrorTitle(run, 'refused', 'genuine', '(302)')
    expect(run.errors[0]).toContain(
      'a redirect to https://receiver.example.com/webhooks/diffio, which Svix does not follow'
    )
    expect(run.errors[0]).toContain(
      'The forged deliveries were not sent: a refusal would prove nothing.'
    )
    expect(receiver.requests).toHaveLength(1 + diagnosticChecks.length)
  })

  it('fails with "could not reach" when nothing listens at url', async () => {
    const closed = await startAcceptingReceiver()
    await closed.close()
    const run = await runCheckReceiverAction({ url: closed.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expectErrorTitle(run, 'Could not reach')
    expect(run.errors[0]).toContain('the connection was refused')
    expect(run.outputs.passed).toBe('false')
    expectNoStackTrace(run)
  })

  it('reports every bad input together, naming each, and posts nothing', async () => {
    const receiver = await started<TestReceiver>(startAcceptingReceiver())
    const badSecret = 'sk_live_definitely_not_a_signing_secret'
    const run = await runCheckReceiverAction({
      url: 'http://receiver.example.com/webhooks/diffio',
      'webhook-secret': badSecret,
      'event-type': 'generation.complete'
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expectErrorTitle(run, '3', 'invalid inputs')
    expect(run.errors[0]).toContain('url must use https')
    expect(run.errors[0]).toContain(
      "webhook-secret must be the endpoint's signing secret, whsec_ followed by base64"
    )
    expect(run.errors[0]).toContain('(did you mean generation.completed?)')
    expect(run.outputs).toEqual({ passed: 'false', results: '[]' })
    expect(receiver.requests).toHaveLength(0)
    expectSecretOnlyMasked(run, badSecret)
    expectNoStackTrace(run)
  })

  it('says url is required when it is missing, and posts nothing', async () => {
    const receiver = await started<TestReceiver>(startAcceptingReceiver())
    const run = await runCheckReceiverAction({ 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    expectErrorTitle(run, 'Invalid input')
    expect(run.errors[0]).toMatch(/::url is required/)
    expect(receiver.requests).toHaveLength(0)
  })

  it('waits for the genuine receipt the whole of timeout-seconds, by the clock it is given, then fails genuine-recorded', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { records: 'nothing' }))
    const began = performance.now()
    const run = await runCheckReceiverAction(
      {
        url: receiver.webhookUrl,
        'webhook-secret': secret,
        'receipt-url': receiver.receiptUrl,
        'receipt-token': receiptToken
      },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(['genuine-recorded'])
    expect(results(run).find((row) => row.check === 'genuine-recorded')).toMatchObject({
      got: 'not-recorded',
      status: 404,
      ms: expect.any(Number) as unknown
    })
    expect(results(run).find((row) => row.check === 'genuine-recorded')!.ms).toBeGreaterThan(14_000)
    // The 15 s passed on the clock, not in this process: its waits were skipped.
    expect(performance.now() - began).toBeLessThan(10_000)
    expectErrorTitle(run, 'not record', 'genuine')
  })

  it('never shows the signing secret or the receipt token, in any form a receiver echoes them', async () => {
    const forms = echoedSecretForms(secret, receiptToken)
    const receiver = await started(startEchoingReceiver(secret, forms))
    const run = await runCheckReceiverAction({
      url: receiver.webhookUrl,
      'webhook-secret': secret,
      'receipt-url': `${receiver.url}/r/{event-id}`,
      'receipt-token': receiptToken
    })

    expect(run.exitCode).toBe(1)
    // The receiver's answer is shown, with every secret in it cut out.
    expect(run.stdout).toContain('wrong: ***')
    expect(run.errors[0]).toContain('wrong: ***')
    const masks = [`::add-mask::${secret}`, `::add-mask::${receiptToken}`]
    const logged = run.stdout
      .split('\n')
      .filter((line) => !masks.includes(line))
      .join('\n')
    const summary = run.summary.replace(/&#(\d+);/g, (_entity, code: string) =>
      String.fromCharCode(Number(code))
    )
    expectNoneShown([logged, run.stderr, JSON.stringify(run.outputs), summary].join('\n'), forms)
  })

  it('refuses a valid URL when the secret is not whsec_ and base64, and posts nothing to it', async () => {
    const receiver = await started<TestReceiver>(startAcceptingReceiver())
    const run = await runCheckReceiverAction({
      url: receiver.webhookUrl,
      'webhook-secret': 'whsec_***not base64***'
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('what follows whsec_ is not base64 (the value is not shown)')
    expect(receiver.requests).toHaveLength(0)
  })
})
