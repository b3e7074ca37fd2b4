import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { startReceiver } from '../../examples/receiver/server.ts'
import { checkNames } from '../../src/check-receiver/deliveries.js'
import { describeResult, resultsJson, type CheckResult } from '../../src/check-receiver/results.js'
import { checkInputDefaults, readCheckSettings, type CheckInputName, type CheckInputs } from '../../src/check-receiver/settings.js'
import { runReceiverCheck } from '../../src/check-receiver/run.js'
import { closedAfterEach, startAcceptingReceiver, startTestReceiver, startTimestampIgnoringReceiver, type TestReceiver } from './receivers.ts'

// The core of the check, without a shell: inputs read into settings, and outcomes as data.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const workflowLabel = (input: CheckInputName) => input
const terminalLabel = (input: CheckInputName) => (input === 'webhook-secret' ? 'DIFFIO_WEBHOOK_SECRET' : `--${input}`)

const started = closedAfterEach()

function inputs(overrides: Partial<CheckInputs> = {}): CheckInputs {
  return { url: 'https://receiver.example.com/webhooks/diffio', 'webhook-secret': secret, ...checkInputDefaults, ...overrides }
}

function problems(overrides: Partial<CheckInputs>): string[] {
  const reading = readCheckSettings(inputs(overrides))
  return reading.ok ? [] : reading.issues.map(({ input, problem }) => `${input} ${problem}`)
}

describe('reading the inputs', () => {
  it('reads valid inputs into settings, trimmed, with the defaults from action.yml', () => {
    const reading = readCheckSettings(inputs({ url: ' http://127.0.0.1:8787/webhooks/diffio ', 'webhook-secret': ` ${secret}\n` }))
    expect(reading).toEqual({
      ok: true,
      settings: { url: 'http://127.0.0.1:8787/webhooks/diffio', webhookSecret: secret, eventType: 'generation.completed', timeoutSeconds: 15 }
    })
  })

  it.each(['http://localhost:3000/hook', 'http://[::1]:3000/hook', 'https://receiver.example.com/hook?tenant=7'])('accepts %s', (url) => {
    expect(problems({ url })).toEqual([])
  })

  it('refuses plain http to a host that is not loopback', () => {
    expect(problems({ url: 'http://receiver.example.com/hook' })).toEqual([
      'url must use https: plain http would send the deliveries unencrypted, so it is allowed only for loopback hosts (localhost, 127.0.0.0/8, ::1); got "receiver.example.com"'
    ])
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
    ['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'webhook-secret must be the endpoint\'s signing secret, whsec_ followed by base64'],
    ['whsec_not*base64!', 'what follows whsec_ is not base64'],
    ['whsec_', 'nothing follows whsec_'],
    ['whsec_abc', 'what follows whsec_ is not base64']
  ])('refuses the secret %j without echoing it', (value, problem) => {
    const [found] = problems({ 'webhook-secret': value })
    expect(found).toContain(problem)
    if (value.length > 'whsec_'.length) expect(found).not.toContain(value)
  })

  it('suggests the event type a typo meant', () => {
    expect(problems({ 'event-type': 'generation.complete' })).toEqual([
      'event-type must be one of generation.queued, generation.processing, generation.failed or generation.completed; got "generation.complete" (did you mean generation.completed?)'
    ])
  })

  it.each(['0', '16', 'soon', '-1'])('refuses timeout-seconds %j: more than Svix allows, or not a number', (value) => {
    expect(problems({ 'timeout-seconds': value })[0]).toContain('timeout-seconds must be a number of seconds greater than 0 and at most 15')
  })

  it('reports every problem together, naming each input as the entry point names it', async () => {
    const outcome = await runReceiverCheck(
      inputs({ url: 'http://receiver.example.com', 'webhook-secret': 'not-a-secret-at-all', 'event-type': 'completed', 'timeout-seconds': '60' }),
      { label: terminalLabel }
    )
    expect(outcome.kind).toBe('invalid')
    if (outcome.kind !== 'invalid') return
    expect(outcome.explanation.title).toBe('4 invalid inputs')
    const lines = outcome.explanation.message.split('\n')
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['--url', 'DIFFIO_WEBHOOK_SECRET', '--event-type', '--timeout-seconds'])
    expect(outcome.explanation.message).toContain('(did you mean generation.completed?)')
    expect(outcome.explanation.message).not.toContain('not-a-secret-at-all')
    expect(outcome.explanation.nextStep).toContain('nothing was posted to the receiver')
  })
})

describe('running the check', () => {
  it('posts nothing when an input is invalid', async () => {
    const receiver = await started(startAcceptingReceiver())
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl, 'webhook-secret': 'whsec_' }), { label: workflowLabel })

    expect(outcome.kind).toBe('invalid')
    expect(receiver.requests).toHaveLength(0)
  })

  it('passes a receiver that verifies properly, reporting each check as it ends', async () => {
    const receiver = await started(startReceiver({ secret, receiptToken: 'receipt-token-for-tests' }))
    const reported: CheckResult[] = []
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), {
      label: workflowLabel,
      progress: { checked: (result) => reported.push(result) }
    })

    expect(outcome).toMatchObject({ kind: 'checked', passed: true })
    if (outcome.kind !== 'checked') return
    expect(reported).toEqual(outcome.results)
    expect(outcome.results.map(({ check, got, ok }) => ({ check, got, ok }))).toEqual(
      checkNames.map((check) => ({ check, got: check === 'genuine' ? 'accepted' : 'refused', ok: true }))
    )
    expect(receiver.events()).toHaveLength(1)
  })

  it('names exactly the two timestamp checks for a receiver that ignores the timestamp', async () => {
    const receiver = await started(startTimestampIgnoringReceiver(secret))
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    expect(outcome).toMatchObject({ kind: 'checked', passed: false })
    if (outcome.kind !== 'checked' || outcome.passed) return
    expect(outcome.results.filter((result) => !result.ok).map((result) => result.check)).toEqual(['timestamp-old', 'timestamp-ahead'])
    expect(outcome.failure.title).toBe('The receiver accepted 2 forged deliveries')
    expect(outcome.failure.nextStep).toContain('more than 5 minutes old')
    expect(outcome.failure.nextStep).toContain('more than 5 minutes ahead')
  })

  it('fails a forged check that gets no answer: a refusal must be a prompt non-2xx answer', async () => {
    const receiver = await started(
      startTestReceiver((request, response) => {
        // Deliveries come one at a time, the genuine one first.
        if (receiver.requests.length === 1) response.writeHead(204).end()
        else if (request.headers['svix-id'] === undefined) response.destroy()
        else response.writeHead(401).end()
      })
    )
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    if (outcome.kind !== 'checked' || outcome.passed) throw new Error('expected a failed check')
    const failed = outcome.results.filter((result) => !result.ok)
    expect(failed.map(({ check, got }) => ({ check, got }))).toEqual([{ check: 'no-signature-headers', got: 'no answer' }])
    expect(outcome.failure.title).toBe('The receiver gave no answer to a forged delivery')
    expect(outcome.failure.message).toContain('No answer: No svix-* headers at all')
  })

  it('sends no forgery once the genuine delivery is refused, since a refusal would then prove nothing', async () => {
    const receiver = await started(
      startTestReceiver((request, response) => {
        response.writeHead(request.headers['svix-id'] === undefined ? 200 : 401).end()
      })
    )
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: terminalLabel })

    if (outcome.kind !== 'checked' || outcome.passed) throw new Error('expected a failed check')
    expect(receiver.requests).toHaveLength(1)
    expect(outcome.results.map(({ got }) => got)).toEqual(['refused', ...checkNames.slice(1).map(() => 'not sent')])
    expect(outcome.failure.title).toBe('The receiver refused a genuine delivery (401)')
    expect(outcome.failure.nextStep).toContain('DIFFIO_WEBHOOK_SECRET is likely wrong')
  })

  it.each([429, 503])('does not count a forgery answered %d as refused: a busy receiver proves nothing', async (status) => {
    const receiver = await started(
      startTestReceiver((_request, response) => {
        response.writeHead(receiver.requests.length === 1 ? 200 : status).end()
      })
    )
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    if (outcome.kind !== 'checked' || outcome.passed) throw new Error('expected a failed check')
    expect(outcome.results.filter((result) => !result.ok)).toHaveLength(checkNames.length - 1)
    expect(outcome.failure.title).toBe('The receiver was busy for 6 forged deliveries')
    expect(outcome.failure.message).toContain(`answered ${status}, which says the receiver is busy or limiting the rate`)
  })

  it.each([429, 503])('does not blame the secret when the genuine delivery is answered %d', async (status) => {
    const receiver = await started(startTestReceiver((_request, response) => void response.writeHead(status).end()))
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    if (outcome.kind !== 'checked' || outcome.passed) throw new Error('expected a failed check')
    expect(outcome.failure.nextStep).toContain('busy or limiting the rate')
    expect(outcome.failure.nextStep).not.toContain('webhook-secret is likely wrong')
  })

  it('judges a forgery by its status when the body behind it is slow', async () => {
    const receiver = await started(
      startTestReceiver((_request, response) => {
        if (receiver.requests.length === 1) return void response.writeHead(204).end()
        response.writeHead(401, { 'content-type': 'text/plain' })
        response.write('refused, slowly')
      })
    )
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl, 'timeout-seconds': '1' }), { label: workflowLabel })

    expect(outcome).toMatchObject({ kind: 'checked', passed: true })
  })

  it('never shows the secret, even when the receiver echoes it back', async () => {
    const key = secret.slice('whsec_'.length)
    const receiver = await started(
      startTestReceiver((_request, response) => {
        response.writeHead(401, { location: `https://x.example/?s=${encodeURIComponent(secret)}` }).end(`wrong secret, expected ${secret} (key ${key})`)
      })
    )
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    expect(outcome).toMatchObject({ kind: 'checked', passed: false })
    if (outcome.kind !== 'checked' || outcome.passed) return
    const shown = JSON.stringify(outcome) + outcome.results.map(describeResult).join('\n') + resultsJson(outcome.results)
    expect(shown).toContain('wrong secret, expected *** (key ***)')
    expect(shown).not.toContain(key)
  })

  it('never shows the signing key in hex, base64url or unpadded base64 either', async () => {
    const bytes = Buffer.from(secret.slice('whsec_'.length), 'base64')
    const forms = [bytes.toString('hex'), bytes.toString('base64url'), bytes.toString('base64').replace(/=+$/, '')]
    const receiver = await started(startTestReceiver((_request, response) => void response.writeHead(401).end(`keys: ${forms.join(' ')}`)))
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    const shown = JSON.stringify(outcome)
    for (const form of forms) expect(shown).not.toContain(form)
  })

  it('gives every result a whole, non-negative number of milliseconds', async () => {
    const receiver = await started<TestReceiver>(startAcceptingReceiver())
    const outcome = await runReceiverCheck(inputs({ url: receiver.webhookUrl }), { label: workflowLabel })

    if (outcome.kind !== 'checked') throw new Error('expected a checked outcome')
    for (const { ms } of outcome.results) {
      expect(Number.isInteger(ms)).toBe(true)
      expect(ms).toBeGreaterThanOrEqual(0)
    }
  })
})
