import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startDiffioServer,
  testKeys,
  type DiffioServer,
  type RecordedRequest
} from '../../demo/diffio-server.ts'
import type { RawInputs } from '../../src/send-test-event/inputs.js'
import { runSequence } from '../../src/send-test-event/run.js'
import { succeeded, type Outcome } from '../../src/send-test-event/results.js'
import {
  json,
  receiptAfter,
  receiptFor,
  startStandIn,
  type StandInReceiver
} from '../support/receipt-server.js'
import { rawInputs } from '../support/inputs.js'
import { expectExplanation, expectWords } from '../support/meaning.js'
import { withoutProxyVariables, explanationOf, receiptOf } from '../support/send-helpers.js'
import { runAction } from '../support/action-harness.js'
import { skippingClock } from '../support/in-process.js'
import type { ActionRun } from '../../demo/action-runner.ts'

/** The receipt protocol's rules, driven in-process: the run sequence against a Diffio stand-in and a receipt stand-in on loopback. */

const key = testKeys[0]!.key
const token = 'receipt_token_0123456789abcdef'

let diffio: DiffioServer
let receipts: StandInReceiver | undefined
beforeEach(async () => {
  withoutProxyVariables()
  diffio = await startDiffioServer()
})
afterEach(async () => {
  await diffio.close()
  await receipts?.close()
  receipts = undefined
})

async function receiptsAnswering(
  answer: Parameters<typeof startStandIn>[0]
): Promise<StandInReceiver> {
  receipts = await startStandIn(answer)
  return receipts
}

/** A run as a terminal starts it, with every line it would print. */
async function run(inputs: Partial<RawInputs>): Promise<{ outcome: Outcome; lines: string[] }> {
  const lines: string[] = []
  const outcome = await runSequence(
    rawInputs({
      'api-key': key,
      'base-url': diffio.url,
      'receipt-token': token,
      'timeout-seconds': '2',
      ...inputs
    }),
    {
      label: (input) => input,
      keyHint: 'Export DIFFIO_API_KEY.',
      // The receipt waits' pauses pass at once; only the servers' answers take real time.
      clock: skippingClock(),
      progress: { line: (text) => lines.push(text), warning: (text) => lines.push(text) }
    }
  )
  return { outcome, lines }
}

function sent(outcome: Outcome) {
  if (outcome.kind !== 'sent') throw new Error(`expected a sent outcome, got ${outcome.kind}`)
  return outcome
}

/** Diffio's 200 for the request's event type, with the ids given. */
function diffioAnswer(
  ids: { eventId: string; svixMessageId?: string },
  extra: Record<string, unknown> = {}
) {
  return (request: RecordedRequest) => {
    const { eventType, mode } = JSON.parse(request.body) as { eventType: string; mode: string }
    return JSON.stringify({
      svixMessageId: ids.svixMessageId ?? `msg_${eventType}`,
      eventId: ids.eventId,
      eventType,
      mode,
      apiKeyId: 'key_writer',
      ...extra
    })
  }
}

describe('a receipt is proof', () => {
  it('confirms the event when the 2xx names it, and passes the receipt on', async () => {
    const receiver = await receiptsAnswering(receiptAfter(1))
    const { outcome } = await run({ 'receipt-url': `${receiver.url}/receipts/{event-id}` })

    const [result] = sent(outcome).results
    expect(succeeded(result!)).toBe(true)
    expect(receiptOf(result!)).toMatchObject({
      delivered: true,
      polls: 2,
      json: JSON.stringify({ eventId: result?.delivery?.event.eventId })
    })
  })

  it('does not count a catch-all 200 <html> page: it keeps asking, then says the URL answered 2xx without naming the event', async () => {
    const receiver = await receiptsAnswering((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><body><div id="root"></div></body></html>')
    })
    const { outcome, lines } = await run({
      'receipt-url': `${receiver.url}/receipts/{event-id}`,
      'receipt-timeout-seconds': '1'
    })

    const { results } = sent(outcome)
    expect(results.every(succeeded)).toBe(false)
    expect(receiver.requests.length).toBeGreaterThan(1)
    expect(receiptOf(results[0]!)?.delivered).toBe(false)
    expectExplanation(explanationOf(results[0]!), {
      status: 200,
      title: ['receipt URL', 'without naming', 'generation.completed'],
      message: [
        'not JSON',
        '<!doctype html>',
        `"eventId": "${results[0]!.delivery!.event.eventId}"`
      ],
      input: 'receipt-url',
      nextStep: ['catch-all']
    })
    expect(
      lines.filter((line) =>
        line.includes('answered 200 OK without naming the event: its body is not JSON')
      )
    ).toHaveLength(1)
  })

  it('does not count a 2xx naming another event, and says which', async () => {
    const receiver = await receiptsAnswering((_request, response) =>
      json(response, 200, { eventId: 'evt_someone_else' })
    )
    const { outcome } = await run({
      'receipt-url': `${receiver.url}/receipts/{event-id}`,
      'receipt-timeout-seconds': '1'
    })

    const failure = explanationOf(sent(outcome).results[0]!)!
    expectWords(failure.message, ['another event', 'eventId "evt_someone_else"'])
  })

  it('confirms the event once a proof-less 2xx gives way to a receipt naming it', async () => {
    const receiver = await receiptsAnswering((request, response) => {
      if (receipts!.requests.length < 3) return json(response, 200, { ok: true })
      json(response, 200, receiptFor(request.url ?? ''))
    })
    const { outcome } = await run({ 'receipt-url': `${receiver.url}/receipts/{svix-message-id}` })

    expect(receiptOf(sent(outcome).results[0]!)).toMatchObject({ delivered: true, polls: 3 })
  })

  it('does not count a 200 whose body breaks off before it names the event', async () => {
    const receiver = await receiptsAnswering((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"eventId":')
    })
    const { outcome } = await run({
      'receipt-url': `${receiver.url}/receipts/{event-id}`,
      'timeout-seconds': '0.5',
      'receipt-timeout-seconds': '1'
    })

    const [result] = sent(outcome).results
    expect(succeeded(result!)).toBe(false)
    expect(receiptOf(result!)?.delivered).toBe(false)
  })
})

describe('the receipt URL for an event', () => {
  it('asks nothing and sends no token when the event id is "..", and says why and what to do', async () => {
    diffio.queue({ status: 200, body: diffioAnswer({ eventId: '..' }) })
    const receiver = await receiptsAnswering(receiptAfter(0))
    const { outcome } = await run({
      'receipt-url': `${receiver.url}/api/receipts/{event-id}/status`
    })

    expect(receiver.requests).toHaveLength(0)
    const [result] = sent(outcome).results
    expect(receiptOf(result!)).toMatchObject({ delivered: false, polls: 0 })
    expectExplanation(explanationOf(result!), {
      title: ['receipt URL', 'generation.completed'],
      message: ['event id', '".."', 'folder above', 'token was not sent'],
      input: 'receipt-url',
      nextStep: ['?id={event-id}']
    })
  })

  it("sends the token only to the receipt URL's host when the event id is a host name", async () => {
    diffio.queue({ status: 200, body: diffioAnswer({ eventId: 'attacker.example' }) })
    const receiver = await receiptsAnswering((_request, response) =>
      json(response, 200, { eventId: 'attacker.example' })
    )
    const { outcome } = await run({ 'receipt-url': `${receiver.url}/receipts/{event-id}` })

    expect(sent(outcome).results.every(succeeded)).toBe(true)
    expect(receiver.requests).toMatchObject([
      { path: '/receipts/attacker.example', authorization: `Bearer ${token}` }
    ])
  })
})

describe('several event types with one event id', () => {
  it('counts one receipt for one event only, and says the other came back with the same id', async () => {
    diffio.queue(
      { status: 200, body: diffioAnswer({ eventId: 'evt_shared' }) },
      { status: 200, body: diffioAnswer({ eventId: 'evt_shared' }) }
    )
    const receiver = await receiptsAnswering((_request, response) =>
      json(response, 200, { eventId: 'evt_shared' })
    )
    const { outcome } = await run({
      'event-type': 'generation.queued, generation.completed',
      'receipt-url': `${receiver.url}/receipts/{event-id}`
    })

    const { results } = sent(outcome)
    expect(results.every(succeeded)).toBe(false)
    expect(results.filter((result) => receiptOf(result)?.delivered === true)).toHaveLength(1)
    const unconfirmed = results.find((result) => !succeeded(result))!
    const confirmed = results.find((result) => receiptOf(result)?.delivered === true)!
    expectExplanation(explanationOf(unconfirmed), {
      title: ['event id', confirmed.eventType],
      message: ['evt_shared', unconfirmed.eventType, 'not counted for both']
    })
    expect(receiver.requests).toHaveLength(1)
  })
})

describe('secrets in what the receipt and Diffio send back, as the action shows them', () => {
  /** Every text the step leaves behind but the runner's mask command. */
  const shown = (run: ActionRun) =>
    [
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs)
    ].join('\n')

  it('passes on no piece of the key that Diffio split across two strings of its 200', async () => {
    diffio.queue({
      status: 200,
      body: diffioAnswer(
        { eventId: 'evt_1' },
        { debug: [`Bearer ${key.slice(0, 14)}`, key.slice(14)] }
      )
    })
    const run = await runAction({ 'api-key': key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.response!).debug).toEqual(['Bearer ***', '***'])
    expect(shown(run)).not.toContain(key.slice(0, 14))
    expect(shown(run)).not.toContain(key.slice(14))
  })

  it('passes on no piece of the receipt token that a receiver split across two strings', async () => {
    const receiver = await receiptsAnswering((request, response) =>
      json(response, 200, {
        ...receiptFor(request.url ?? ''),
        seen: [`Bearer ${token.slice(0, 10)}`, `${token.slice(10)} ok`]
      })
    )
    const run = await runAction({
      'api-key': key,
      'base-url': diffio.url,
      'receipt-url': `${receiver.url}/receipts/{event-id}`,
      'receipt-token': token
    })

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.receipt!).seen).toEqual(['Bearer ***', '*** ok'])
    expect(shown(run)).not.toContain(token.slice(10))
    expect(shown(run)).not.toContain(token.slice(0, 10))
  })
})
