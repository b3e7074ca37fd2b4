import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { summaryRows, type ActionRun } from '../../demo/action-runner.ts'
import { runAction } from '../support/action-harness.js'
import { skippingClock } from '../support/in-process.js'
import { annotations, expectNamesInput, expectWords } from '../support/meaning.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { runCli } from '../support/cli-harness.js'
import {
  json,
  receiptAfter,
  receiptFor,
  startStandIn,
  type StandInReceiver
} from '../support/receipt-server.js'

const writer = testKeys[0]!
const token = 'receipt_token_0123456789abcdef'

let diffio: DiffioServer
let receiver: StandInReceiver | undefined
beforeEach(async () => {
  diffio = await startDiffioServer()
})
afterEach(async () => {
  await diffio.close()
  await receiver?.close()
  receiver = undefined
})

async function standIn(...args: Parameters<typeof startStandIn>): Promise<StandInReceiver> {
  receiver = await startStandIn(...args)
  return receiver
}

function inputs(
  receiptUrl: string,
  overrides: Record<string, string> = {}
): Record<string, string> {
  return {
    'api-key': writer.key,
    'base-url': diffio.url,
    'receipt-url': receiptUrl,
    'receipt-token': token,
    ...overrides
  }
}

/** Secrets may appear only in the runner's mask commands. */
function expectSecretsOnlyMasked(run: ActionRun): void {
  for (const secret of [writer.key, token]) {
    expect(run.stdout.split('\n').filter((line) => line.includes(secret))).toEqual([
      `::add-mask::${secret}`
    ])
    expect(run.stderr + JSON.stringify(run.outputs) + run.summary).not.toContain(secret)
  }
}

describe('waiting for the receiver to confirm the event', () => {
  it('confirms a receipt that is there at the first poll, with the token, and sets the receipt outputs', async () => {
    const receipts = await standIn(receiptAfter(0))
    const run = await runAction(inputs(`${receipts.url}/receipts/{event-id}`))

    expect(run.exitCode).toBe(0)
    expect(run.outputs.delivered).toBe('true')
    expect(Number(run.outputs['receipt-latency-ms'])).toBeGreaterThanOrEqual(0)
    expect(receipts.requests).toHaveLength(1)
    expect(receipts.requests[0]).toMatchObject({
      path: `/receipts/${run.outputs['event-id']}`,
      authorization: `Bearer ${token}`
    })
    expect(JSON.parse(run.outputs.receipt!)).toEqual({ eventId: run.outputs['event-id'] })
    expectWords(run.summary, ['delivered and confirmed'])
    const timeline = summaryRows(run.summary).find(([field]) => field === 'Timeline')
    // The times in the order they happened: the request, Diffio's 200, the receipt.
    expectWords(timeline?.[1], [/^request 0 ms\b.*\b200 at \d+ ms\b.*\breceipt at \d+ ms\b/])
    expectSecretsOnlyMasked(run)
  })

  it('keeps polling while the receipt answers 404, and confirms it when it arrives', async () => {
    const receipts = await standIn(receiptAfter(4))
    const run = await runAction(
      inputs(`${receipts.url}/receipts/{svix-message-id}`),
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(0)
    expect(run.outputs.delivered).toBe('true')
    expect(receipts.requests).toHaveLength(5)
    expect(receipts.requests[0]?.path).toBe(`/receipts/${run.outputs['svix-message-id']}`)
  })

  it('fails with what to check when the receipt never comes, and sets delivered to false', async () => {
    const receipts = await standIn(receiptAfter(Number.POSITIVE_INFINITY))
    const run = await runAction(
      inputs(`${receipts.url}/receipts/{event-id}`, { 'receipt-timeout-seconds': '2' }),
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(run.outputs.delivered).toBe('false')
    expect(run.outputs['svix-message-id']).toMatch(/^msg_/)
    expect(run.errors).toHaveLength(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['no receipt', 'generation.completed', /\b2 s\b/])
    expectWords(error?.text, [
      '404 Not Found (not received)',
      /endpoint configured in Diffio for test mode/,
      'signature failures',
      'signing secret',
      'records event ids'
    ])
    expectSecretsOnlyMasked(run)
  })

  it.each([401, 403])(
    'fails at once, on the first poll, when the receipt URL answers %d: the token is wrong',
    async (status) => {
      const receipts = await standIn((_request, response) =>
        json(response, status, { error: 'no' })
      )
      const run = await runAction(inputs(`${receipts.url}/receipts/{event-id}`))

      expect(run.exitCode).toBe(1)
      expect(receipts.requests).toHaveLength(1)
      const [error] = annotations(run.stdout, 'error')
      expectWords(error?.title, ['refused', 'receipt token', new RegExp(`\\b${status}\\b`)])
      expectNamesInput(error?.text, 'receipt-token')
    }
  )

  it("keeps the receiver's JSON error text whole, angle brackets included", async () => {
    await standIn((_request, response) =>
      json(response, 401, { error: 'send Authorization: Bearer <receipt token>' })
    )
    const run = await runAction(inputs(`${receiver!.url}/receipts/{event-id}`))

    expect(run.errors[0]).toContain('(send Authorization: Bearer <receipt token>)')
  })

  it('fails at once, not at the deadline, when the receipt URL cannot work: a TLS handshake with a plain-http port', async () => {
    const receipts = await standIn(receiptAfter(0))
    const run = await runAction(
      inputs(`${receipts.url.replace('http:', 'https:')}/receipts/{event-id}`, {
        'receipt-timeout-seconds': '900'
      })
    )

    expect(run.exitCode).toBe(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['receipt URL', 'no usable answer'])
    expectWords(error?.text, ['TLS handshake failed'])
  })

  it.each([302, 400, 410])(
    'fails at once when the receipt URL answers %d, and follows no redirect: the URL is wrong',
    async (status) => {
      const receipts = await standIn((_request, response) =>
        json(response, status, {}, { location: 'https://elsewhere.example.com/' })
      )
      const run = await runAction(inputs(`${receipts.url}/receipts/{event-id}`))

      expect(run.exitCode).toBe(1)
      expect(receipts.requests).toHaveLength(1)
      const [error] = annotations(run.stdout, 'error')
      expectWords(error?.title, ['receipt URL', new RegExp(`\\b${status}\\b`)])
      expectNamesInput(error?.text, 'receipt-url')
    }
  )

  it('keeps polling through 503 and 429, waiting as Retry-After says', async () => {
    const receipts = await standIn((_request, response, seen) => {
      if (seen.length === 1)
        return json(response, 503, { error: 'starting' }, { 'retry-after': '1' })
      if (seen.length === 2)
        return json(response, 429, { error: 'slow down' }, { 'retry-after': '0' })
      json(response, 200, receiptFor(seen.at(-1)!.path))
    })
    const run = await runAction(
      inputs(`${receipts.url}/receipts/{event-id}`),
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(0)
    expect(receipts.requests).toHaveLength(3)
  })

  it('percent-encodes every placeholder it fills', async () => {
    const receipts = await standIn(receiptAfter(0))
    const run = await runAction(
      inputs(`${receipts.url}/r/{event-type}/{mode}/{event-id}?m={svix-message-id}`, {
        mode: 'live'
      })
    )

    expect(run.exitCode).toBe(0)
    expect(receipts.requests[0]?.path).toBe(
      `/r/generation.completed/live/${encodeURIComponent(run.outputs['event-id']!)}?m=${encodeURIComponent(run.outputs['svix-message-id']!)}`
    )
  })

  it('knows the receipt URL answered when its 404 came with a body too slow to read', async () => {
    await standIn((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' })
      response.write('{"error":')
    })
    const run = await runAction(
      inputs(`${receiver!.url}/receipts/{event-id}`, {
        'timeout-seconds': '1',
        'receipt-timeout-seconds': '1'
      })
    )

    expect(run.exitCode).toBe(1)
    expectWords(annotations(run.stdout, 'error')[0]?.title, [
      'no receipt',
      'generation.completed',
      /\b1 s\b/
    ])
  })

  it('says the receipt URL never answered, not that the receiver lost the event, when nothing listens there', async () => {
    const gone = await standIn(receiptAfter(0))
    await gone.close()
    const run = await runAction(
      inputs(`${gone.url}/receipts/{event-id}`, { 'receipt-timeout-seconds': '1' }),
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['receipt URL', 'never answered', /\b1 s\b/])
    expectWords(error?.text, ['refused'])
    expect(run.errors[0]).not.toContain('signature')
  })

  it('passes on no receipt output that holds the token as a number, where it cannot be cut out', async () => {
    const digits = '1234567890123456'
    await standIn((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(`{"eventId":"${receiptFor(request.url ?? '').eventId}","n":${digits}}`)
    })
    const run = await runAction(
      inputs(`${receiver!.url}/receipts/{event-id}`, { 'receipt-token': digits })
    )

    expect(run.exitCode).toBe(0)
    expect(run.outputs.receipt).toBeUndefined()
    expect(JSON.stringify(run.outputs) + run.summary + run.stderr).not.toContain(digits)
  })

  it('prints the receipt URL it would poll in a dry run, and polls nothing', async () => {
    const receipts = await standIn(receiptAfter(0))
    const run = await runAction(
      inputs(`${receipts.url}/receipts/{event-id}`, { 'dry-run': 'true' })
    )

    expect(run.exitCode).toBe(0)
    expectWords(run.stdout, [`poll GET ${receipts.url}/receipts/{event-id}`, 'each event'])
    expect(receipts.requests).toHaveLength(0)
    expect(diffio.requests).toHaveLength(0)
  })

  it('refuses a receipt-url without an id placeholder before sending anything', async () => {
    const run = await runAction(inputs('https://hooks.example.com/receipts'))

    expect(run.exitCode).toBe(1)
    expect(diffio.requests).toHaveLength(0)
    expectWords(annotations(run.stdout, 'error')[0]?.text, [
      /^receipt-url .*\{event-id\} or \{svix-message-id\}/m
    ])
  })
})

describe('the CLI with --receipt-url', () => {
  it("adds the receiver's answer to Diffio's answer on stdout, with the token from DIFFIO_RECEIPT_TOKEN", async () => {
    const receipts = await standIn(receiptAfter(1))
    const run = await runCli(
      ['--base-url', diffio.url, '--receipt-url', `${receipts.url}/receipts/{event-id}`],
      {
        DIFFIO_API_KEY: writer.key,
        DIFFIO_RECEIPT_TOKEN: token
      }
    )

    expect(run.exitCode).toBe(0)
    const answer = JSON.parse(run.stdout) as {
      eventId: string
      receipt: { delivered: boolean; latencyMs: number; answer: unknown }
    }
    expect(answer.receipt).toMatchObject({ delivered: true, answer: { eventId: answer.eventId } })
    expect(receipts.requests[0]?.authorization).toBe(`Bearer ${token}`)
    expect(run.stdout + run.stderr).not.toContain(token)
  })

  it('exits 1 with receipt.delivered false when no receipt comes', async () => {
    const receipts = await standIn(receiptAfter(Number.POSITIVE_INFINITY))
    const run = await runCli(
      [
        '--base-url',
        diffio.url,
        '--receipt-url',
        `${receipts.url}/{event-id}`,
        '--receipt-timeout-seconds',
        '1'
      ],
      {
        DIFFIO_API_KEY: writer.key
      },
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.stdout).receipt).toEqual({ delivered: false })
    expectWords(run.stderr, [/no receipt\b.*\bgeneration\.completed\b.*\b1 s\b/i])
    expectNamesInput(run.stderr, '--receipt-timeout-seconds')
  })

  it('refuses a token given as a flag, never echoing it', async () => {
    const run = await runCli(['--receipt-token', token], { DIFFIO_API_KEY: writer.key })

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('export DIFFIO_RECEIPT_TOKEN=...')
    expect(run.stderr).not.toContain(token)
  })
})
