import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { summaryRows } from '../../demo/action-runner.ts'
import { runAction } from '../support/action-harness.js'
import { skippingClock } from '../support/in-process.js'
import { annotations, expectWords } from '../support/meaning.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { eventTypes } from '../../src/shared/contract.js'
import { runCli } from '../support/cli-harness.js'
import {
  json,
  receiptAfter,
  receiptFor,
  startStandIn,
  type StandInReceiver
} from '../support/receipt-server.js'

const writer = testKeys[0]!
const stoppers: Array<() => Promise<void>> = []
let diffio: DiffioServer
beforeEach(async () => {
  diffio = await startDiffioServer()
})
afterEach(async () => {
  await diffio.close()
  await Promise.all(stoppers.splice(0).map((stop) => stop()))
})

async function standIn(answer: Parameters<typeof startStandIn>[0]): Promise<StandInReceiver> {
  const server = await startStandIn(answer)
  stoppers.push(server.close)
  return server
}

/** A Diffio stand-in that takes 200 ms over each request, counts how many it holds at once, and refuses one event type for good. */
async function slowDiffio(refused?: string) {
  let open = 0
  const stats = { mostAtOnce: 0 }
  const server = await standIn((request: IncomingMessage, response: ServerResponse) => {
    open += 1
    stats.mostAtOnce = Math.max(stats.mostAtOnce, open)
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () =>
      setTimeout(() => {
        open -= 1
        const { eventType, mode } = JSON.parse(Buffer.concat(chunks).toString()) as {
          eventType: string
          mode: string
        }
        if (eventType === refused)
          return json(response, 500, { error: 'failed to send test webhook' })
        json(response, 200, {
          svixMessageId: `msg_${eventType}`,
          eventId: `evt_${eventType}`,
          eventType,
          mode,
          apiKeyId: 'key_slow'
        })
      }, 200)
    )
  })
  return { url: server.url, requests: server.requests, stats }
}

interface Entry {
  eventType: string
  ok: boolean
  statusCode: number | null
  attempts: number
  svixMessageId?: string
  eventId?: string
  delivered?: boolean
  error?: string
}

describe('several event types in one step', () => {
  it('sends all four for "all" and lists each in results, in order', async () => {
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'event-type': 'all'
    })

    expect(run.exitCode).toBe(0)
    expect(diffio.requests).toHaveLength(4)
    const results = JSON.parse(run.outputs.results!) as Entry[]
    expect(results.map((entry) => entry.eventType)).toEqual([...eventTypes])
    for (const entry of results) {
      expect(entry).toMatchObject({
        ok: true,
        statusCode: 200,
        attempts: 1,
        mode: 'test',
        apiKeyId: writer.id
      })
      expect(entry.svixMessageId).toMatch(/^msg_/)
    }
    expect(run.outputs['svix-message-id']).toBeUndefined()
    expect(run.outputs['event-id']).toBeUndefined()
    expectWords(run.summary, [/\ball 4 sent\b/, /\bMode: test\b/, new URL(diffio.url).host])
    for (const type of eventTypes)
      expect(run.stdout).toContain(
        `::group::${type} (test): POST ${diffio.url}/v1/webhooks/send_test_event`
      )
  })

  it('sends them at once over one pool, tries every one although one fails for good, and fails the step', async () => {
    const slow = await slowDiffio('generation.failed')
    const run = await runAction({
      'api-key': writer.key,
      'base-url': slow.url,
      'event-type': 'all',
      'max-retries': '1'
    })

    expect(run.exitCode).toBe(1)
    expect(slow.stats.mostAtOnce).toBeGreaterThan(1)
    const results = JSON.parse(run.outputs.results!) as Entry[]
    expect(
      results.map(({ eventType, ok, statusCode, attempts }) => ({
        eventType,
        ok,
        statusCode,
        attempts
      }))
    ).toEqual([
      { eventType: 'generation.queued', ok: true, statusCode: 200, attempts: 1 },
      { eventType: 'generation.processing', ok: true, statusCode: 200, attempts: 1 },
      { eventType: 'generation.failed', ok: false, statusCode: 500, attempts: 2 },
      { eventType: 'generation.completed', ok: true, statusCode: 200, attempts: 1 }
    ])
    expect(results[2]?.error).toMatch(/\(500\)$/)
    expect(run.errors).toHaveLength(1)
    expectWords(annotations(run.stdout, 'error')[0]?.title, [
      /^generation\.failed: /,
      'unavailable',
      /\(500\)/
    ])
    expectWords(run.summary, [/\b1 of 4 failed\b/])
    const [type, result, ...cells] = summaryRows(run.summary)[3]!
    expect([type, cells]).toEqual(['generation.failed', ['500', '2', '', '', '', '']])
    expect(result).toBe(results[2]?.error)
  })

  it('sets results for one event type too', async () => {
    const run = await runAction({ 'api-key': writer.key, 'base-url': diffio.url })

    const [entry] = JSON.parse(run.outputs.results!) as Entry[]
    expect(entry).toMatchObject({
      eventType: 'generation.completed',
      ok: true,
      svixMessageId: run.outputs['svix-message-id']
    })
  })

  it('sets no single-value output in a dry run of several types', async () => {
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'event-type': 'all',
      'dry-run': 'true'
    })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['event-type']).toBeUndefined()
    expectWords(run.stdout, [/dry run\b.*\b4 requests\b/i])
  })

  it('awaits each receipt, and delivered is true only when every one came', async () => {
    const receipts = await standIn((request, response) => {
      if (request.url?.includes('generation.queued')) return json(response, 404, {})
      json(response, 200, receiptFor(request.url ?? ''))
    })
    const run = await runAction(
      {
        'api-key': writer.key,
        'base-url': diffio.url,
        'event-type': 'generation.queued, generation.completed',
        'receipt-url': `${receipts.url}/{event-type}/{event-id}`,
        'receipt-timeout-seconds': '1'
      },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(run.outputs.delivered).toBe('false')
    const results = JSON.parse(run.outputs.results!) as Entry[]
    expect(results.map(({ eventType, delivered }) => ({ eventType, delivered }))).toEqual([
      { eventType: 'generation.queued', delivered: false },
      { eventType: 'generation.completed', delivered: true }
    ])
  })

  it('refuses a type listed twice before sending anything', async () => {
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'event-type': 'generation.failed,generation.failed'
    })

    expect(run.exitCode).toBe(1)
    expect(diffio.requests).toHaveLength(0)
    expect(run.errors[0]).toContain('event-type lists generation.failed twice')
  })

  it('prints one JSON line per type from the CLI, in the order given, with --event-type repeated', async () => {
    const run = await runCli(
      [
        '--base-url',
        diffio.url,
        '--event-type',
        'generation.failed',
        '--event-type',
        'generation.queued'
      ],
      {
        DIFFIO_API_KEY: writer.key
      }
    )

    expect(run.exitCode).toBe(0)
    expect(run.stderr).toMatch(/^generation\.failed: .*\bsent\b.*\bgeneration\.failed \(test\)/im)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Entry)
    expect(lines.map((line) => [line.eventType, line.ok])).toEqual([
      ['generation.failed', true],
      ['generation.queued', true]
    ])
  })

  it('prints the same fields from the CLI for one event type as for several, so one jq filter reads both', async () => {
    const receipts = await standIn(receiptAfter(0))
    const args = ['--base-url', diffio.url, '--receipt-url', `${receipts.url}/{event-id}`]
    const one = await runCli(args, { DIFFIO_API_KEY: writer.key })
    const several = await runCli([...args, '--event-type', 'all'], { DIFFIO_API_KEY: writer.key })

    const lines = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as Record<string, unknown> & { receipt: { delivered: boolean } }
        )
    const [single] = lines(one.stdout)
    expect(Object.keys(single!)).toEqual([
      'svixMessageId',
      'eventId',
      'eventType',
      'mode',
      'apiKeyId',
      'ok',
      'statusCode',
      'attempts',
      'receipt'
    ])
    expect(lines(several.stdout).map((line) => Object.keys(line))).toEqual(
      eventTypes.map(() => Object.keys(single!))
    )
    expect([single!, ...lines(several.stdout)].map((line) => line.receipt.delivered)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
  })
})

describe('waiting for the receiver to be up', () => {
  it('waits while the URL is not ready, then sends, and says how long it waited', async () => {
    const health = await standIn((_request, response, seen) =>
      json(response, seen.length < 4 ? 503 : 200, {})
    )
    const run = await runAction(
      { 'api-key': writer.key, 'base-url': diffio.url, 'wait-for-url': `${health.url}/healthz` },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(0)
    expect(health.requests).toHaveLength(4)
    expect(diffio.requests).toHaveLength(1)
    expect(Number(run.outputs['waited-ms'])).toBeGreaterThan(0)
    // What the URL said while not ready, once, as it happened.
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.includes('is not ready: it answered 503 Service Unavailable'))
    ).toHaveLength(1)
  })

  it('sends nothing when the URL never answers 2xx, and says what it last saw', async () => {
    const health = await standIn((_request, response) =>
      json(response, 302, {}, { location: '/login' })
    )
    const run = await runAction(
      {
        'api-key': writer.key,
        'base-url': diffio.url,
        'wait-for-url': health.url,
        'wait-timeout-seconds': '1'
      },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(diffio.requests).toHaveLength(0)
    expect(health.requests.length).toBeGreaterThan(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['wait-for-url', 'not ready', /\b1 s\b/])
    expectWords(error?.text, [
      'nothing was sent',
      `${health.url}/`,
      '2xx',
      /last seen\b.*\b302 Found\b.*redirects are not followed/i
    ])
    expect(run.outputs['waited-ms']).toBeDefined()
  })

  it('counts a 2xx as ready even when its body is too slow to read', async () => {
    const health = await standIn((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.write('starting')
    })
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'wait-for-url': health.url,
      'timeout-seconds': '1'
    })

    expect(run.exitCode).toBe(0)
    expect(health.requests).toHaveLength(1)
    expect(diffio.requests).toHaveLength(1)
  })

  it('says a connection was refused when nothing listens there yet', async () => {
    const gone = await standIn(receiptAfter(0))
    await gone.close()
    const run = await runCli(
      ['--base-url', diffio.url, '--wait-for-url', gone.url, '--wait-timeout-seconds', '1'],
      { DIFFIO_API_KEY: writer.key },
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(diffio.requests).toHaveLength(0)
    expect(run.stderr).toContain('the connection was refused')
    expect(run.stderr).toContain('--wait-timeout-seconds')
  })

  it('stops at once on a URL that cannot work as written, https to a plain-http port, and names the event types, mode and host', async () => {
    const health = await standIn((_request, response) => json(response, 200, {}))
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'wait-for-url': health.url.replace('http:', 'https:'),
      'wait-timeout-seconds': '900'
    })

    expect(run.exitCode).toBe(1)
    expect(diffio.requests).toHaveLength(0)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['wait-for-url', 'cannot be reached'])
    expectWords(error?.text, ['nothing was sent', 'TLS handshake failed'])
    expect(summaryRows(run.summary)).toEqual(
      expect.arrayContaining([
        ['Event type', 'generation.completed'],
        ['Mode', 'test']
      ])
    )
  })
})
