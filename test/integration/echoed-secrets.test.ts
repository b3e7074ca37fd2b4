// Secrets a server spells in pieces, across names, or where a message cuts its text short, as the
// action shows them: each case was found by a review of moving redaction to the shells' output objects.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDiffioServer, type DiffioServer } from '../../demo/diffio-server.ts'
import type { ActionRun } from '../../demo/action-runner.ts'
import { redactorForInputs } from '../../src/shared/redact.js'
import { runAction } from '../support/action-harness.js'
import { runCli } from '../support/cli-harness.js'
import { skippingClock } from '../support/in-process.js'

const key = 'diffio_live_Q7f3K9x2M4p8R1v6T5w0Y3z8B2n7C4j1'
const token = 'rcpt_Hq4Lm8Nz2Wx6Ps0Dk3Vb7Gt1'

let diffio: DiffioServer
let receiptAnswer: (request: IncomingMessage, response: ServerResponse) => void
let receiptOrigin = ''
const receiver = createServer((request, response) => receiptAnswer(request, response))

beforeAll(async () => {
  diffio = await startDiffioServer({
    keys: [{ key, id: 'key_review', permissions: ['webhooks:write'] }]
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiptOrigin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
})
afterAll(async () => {
  await diffio.close()
  receiver.closeAllConnections()
  await new Promise((resolve) => receiver.close(resolve))
})

/** Everything a person or a later step reads, the runner's mask command aside. */
function shown(run: ActionRun): string {
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [log, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
}

function action(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    { 'api-key': key, 'base-url': diffio.url, ...inputs },
    {},
    { clock: skippingClock() }
  )
}

/** The event id in a receipt URL's path. */
const eventIdIn = (request: IncomingMessage) =>
  /evt_\w+/.exec(decodeURIComponent(request.url ?? ''))?.[0] ?? ''

describe('secrets a server echoes in pieces or where text is cut', () => {
  it('shows no piece of the key when a 200 spells it across svixMessageId, eventId and apiKeyId', async () => {
    const pieces = [key.slice(0, 15), key.slice(15, 30), key.slice(30)]
    const body = JSON.stringify({
      eventType: 'generation.completed',
      mode: 'test',
      svixMessageId: pieces[0],
      eventId: pieces[1],
      apiKeyId: pieces[2]
    })
    diffio.queue({ status: 200, body })
    const run = await action()
    diffio.queue({ status: 200, body })
    const cli = await runCli(
      ['--base-url', diffio.url],
      { DIFFIO_API_KEY: key },
      { clock: skippingClock() }
    )

    for (const piece of pieces.slice(1)) {
      expect(shown(run)).not.toContain(piece)
      expect(cli.stdout + cli.stderr).not.toContain(piece)
    }
  })

  it('does not pass on a receipt that splits the token across a name and its value', async () => {
    receiptAnswer = (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        `{"eventId":"${eventIdIn(request)}","${token.slice(0, 14)}":"${token.slice(14)}"}`
      )
    }
    const run = await action({
      'receipt-url': `${receiptOrigin}/receipts/{event-id}`,
      'receipt-token': token,
      'receipt-timeout-seconds': '5'
    })

    expect(run.exitCode).toBe(0)
    expect(shown(run)).not.toContain(token.slice(14))
    expect(shown(run)).not.toContain(token.slice(5, 14))
  })

  it('shows no piece of the key spelt across the names of an error body', async () => {
    const names = [key.slice(0, 15), key.slice(15, 30), key.slice(30)]
    diffio.queue({
      status: 400,
      body: `{"detail":{${names.map((name, at) => `"${name}":${at}`).join(',')}}}`
    })
    const run = await action({ 'max-retries': '0' })

    expect(run.exitCode).toBe(1)
    expect(shown(run)).not.toContain(names[1])
    expect(shown(run)).not.toContain(names[2])
  })

  it('redacts a 1 MiB text of … in about the time it takes to read it', () => {
    const redact = redactorForInputs(key, token)
    const text = '…'.repeat(349_525)
    const started = performance.now()
    redact(text)
    // Linear work takes milliseconds; one pass per … over the whole text took seconds.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('keeps the last whole word of a cut server message that merely begins like the key', async () => {
    const message = `${'w '.repeat(145)}git diff ${'x'.repeat(40)}`
    diffio.queue({ status: 400, body: JSON.stringify({ error: message }) })
    const run = await action({ 'max-retries': '0' })

    expect(run.errors[0]).toContain('git diff')
    expect(run.errors[0]).not.toContain('git ***')
  })

  it('still names the host a long redirect points to', async () => {
    const location = `https://login.example.com/oauth2/authorize?client_id=app&state=${'s'.repeat(400)}`
    diffio.queue({ status: 302, body: '', headers: { location } })
    const run = await action({ 'max-retries': '0' })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('login.example.com')
  })
})
