import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { maxLineLength, maxOutputLength } from '../../src/shared/outgoing-text.js'
import { runAction } from '../support/action-harness.js'
import { runCli } from '../support/cli-harness.js'
import { skippingClock } from '../support/in-process.js'
import { json, startStandIn, type StandInReceiver } from '../support/receipt-server.js'
import { runnerCommands } from '../support/runner-log.js'

// Server text reaches the log through many paths: Diffio's 200 body, retry lines quoting a 503 body,
// receipt bodies, the failure annotation. The runner parses `::` at the start of a line and `##[`
// anywhere as commands; none of that text may become one, in the action or in the CLI run in a step.

const writer = testKeys[0]!
const token = 'receipt_token_0123456789abcdef'
const forgedError = '##[error title=Diffio key compromised]Rotate it now at https://evil.example'
const c1 = '\u009b31m\u0085\u0090'

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

/** Diffio's 200 answer, with a field of its own that Diffio might add one day. */
function accepted(extra: Record<string, string>): { status: number; body: string } {
  const event = {
    svixMessageId: 'msg_hostile',
    eventId: 'evt_hostile',
    eventType: 'generation.completed',
    mode: 'test',
    apiKeyId: writer.id
  }
  return { status: 200, body: JSON.stringify({ ...event, ...extra }) }
}

/** A receipt route that never has the receipt, and says so with `text`. */
async function receiptsSaying(text: string): Promise<StandInReceiver> {
  receiver = await startStandIn((_request, response) => json(response, 404, { error: text }))
  return receiver
}

const commandNames = (stdout: string) => runnerCommands(stdout).map(({ command }) => command)

describe('server text in the action, as the runner parses the step log', () => {
  it('keeps the step green and without a forged annotation when a 503 before the 200 holds ##[error]', async () => {
    diffio.queue({ status: 503, body: JSON.stringify({ error: forgedError }) }, accepted({}))
    const run = await runAction(
      { 'api-key': writer.key, 'base-url': diffio.url },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Diffio key compromised')
    expect(commandNames(run.stdout)).toEqual(['add-mask', 'group', 'debug', 'endgroup'])
  })

  it('still ends its group and fails with its own annotation when a receipt body holds ##[stop-commands]', async () => {
    const receipts = await receiptsSaying('##[stop-commands]x')
    const run = await runAction(
      {
        'api-key': writer.key,
        'base-url': diffio.url,
        'receipt-url': `${receipts.url}/{event-id}`,
        'receipt-token': token,
        'receipt-timeout-seconds': '1'
      },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    const commands = runnerCommands(run.stdout)
    expect(commands.map(({ command }) => command)).toEqual([
      'add-mask',
      'add-mask',
      'group',
      'debug',
      'endgroup',
      'error'
    ])
    expect(commands.at(-1)?.properties).toMatch(/^title=.*\bno receipt\b.*generation\.completed/i)
  })

  it('sets no output the action left unset when a body holds ##[set-output]', async () => {
    const receipts = await receiptsSaying('##[set-output name=receipt;]forged')
    diffio.queue(accepted({ note: '##[set-output name=receipt-latency-ms;]1' }))
    const run = await runAction(
      {
        'api-key': writer.key,
        'base-url': diffio.url,
        'receipt-url': `${receipts.url}/{event-id}`,
        'receipt-token': token,
        'receipt-timeout-seconds': '1'
      },
      {},
      { clock: skippingClock() }
    )

    expect(commandNames(run.stdout)).not.toContain('set-output')
    expect(run.outputs.receipt).toBeUndefined()
    expect(run.outputs['receipt-latency-ms']).toBeUndefined()
    expect(run.outputs.delivered).toBe('false')
  })

  it('starts no command on a line of its own when server text holds ::error:: after a line break', async () => {
    diffio.queue(
      {
        status: 503,
        body: JSON.stringify({
          error: 'busy\n::error::forged\r::warning::forged\u2028::notice::forged'
        })
      },
      accepted({})
    )
    const run = await runAction(
      { 'api-key': writer.key, 'base-url': diffio.url },
      {},
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(0)
    expect(commandNames(run.stdout)).toEqual(['add-mask', 'group', 'debug', 'endgroup'])
  })

  it('drops C1 control characters and line separators from the log, the outputs and the summary', async () => {
    diffio.queue(accepted({ note: `${c1}\u2028::error::forged` }))
    const run = await runAction({ 'api-key': writer.key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(0)
    expect(run.outputs.response).toContain('forged')
    expect(run.stdout + JSON.stringify(run.outputs) + run.summary).not.toMatch(
      /[\u0080-\u009f\u2028\u2029]/
    )
  })

  it('drops C1 control characters from a failure annotation and its summary', async () => {
    diffio.queue({ status: 400, body: JSON.stringify({ error: `bad ${c1} request` }) })
    const run = await runAction({ 'api-key': writer.key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('bad')
    expect(run.stdout + run.summary).not.toMatch(/[\u0080-\u009f]/)
  })

  it('caps a 1 MiB answer in the log and in the response output, and says so', async () => {
    diffio.queue(accepted({ padding: `##[warning]${'x'.repeat(1024 * 1024 - 400)}` }))
    const run = await runAction({ 'api-key': writer.key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['svix-message-id']).toBe('msg_hostile')
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(maxLineLength + 100)
    expect(run.stdout).toMatch(/\d+ more characters not shown/)
    expect(run.outputs.response!.length).toBeLessThanOrEqual(maxOutputLength)
    const warning = runnerCommands(run.stdout).find(({ command }) => command === 'warning')
    expect(warning?.data).toMatch(/response output was cut/)
    expect(commandNames(run.stdout)).toEqual(['add-mask', 'group', 'debug', 'endgroup', 'warning'])
  })
})

describe('server text in the CLI, run inside a run: step', () => {
  it('prints no runner command on stdout or stderr, whatever Diffio and the receiver say', async () => {
    const receipts = await receiptsSaying('##[stop-commands]x\n::error::forged')
    diffio.queue(
      { status: 503, body: JSON.stringify({ error: `${forgedError}\n::error::forged` }) },
      accepted({ note: '##[set-output name=x;]y' })
    )
    const run = await runCli(
      [
        '--base-url',
        diffio.url,
        '--receipt-url',
        `${receipts.url}/{event-id}`,
        '--receipt-timeout-seconds',
        '1'
      ],
      { DIFFIO_API_KEY: writer.key, DIFFIO_RECEIPT_TOKEN: token },
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('Diffio key compromised')
    expect(runnerCommands(run.stdout)).toEqual([])
    expect(runnerCommands(run.stderr)).toEqual([])
    expect(JSON.parse(run.stdout)).toMatchObject({
      svixMessageId: 'msg_hostile',
      receipt: { delivered: false }
    })
  })

  it('drops C1 control characters, one of which is a terminal escape', async () => {
    diffio.queue(
      { status: 503, body: JSON.stringify({ error: `busy ${c1}` }) },
      {
        status: 200,
        body: JSON.stringify({ ...JSON.parse(accepted({}).body), svixMessageId: `msg_${c1}` })
      }
    )
    const run = await runCli(
      ['--base-url', diffio.url],
      { DIFFIO_API_KEY: writer.key },
      { clock: skippingClock() }
    )

    // An id holding a control character is no id: the send fails, naming the field.
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('busy')
    expect(run.stderr).toContain('svixMessageId holds control characters')
    expect(run.stdout + run.stderr).not.toMatch(/[\u0080-\u009f]/)
  })

  it('caps the log line of a 1 MiB answer and keeps stdout to the documented fields', async () => {
    diffio.queue(accepted({ padding: 'x'.repeat(1024 * 1024 - 400) }))
    const run = await runCli(['--base-url', diffio.url], { DIFFIO_API_KEY: writer.key })

    expect(run.exitCode).toBe(0)
    for (const line of run.stderr.split('\n')) expect(line.length).toBeLessThan(maxLineLength + 100)
    expect(run.stderr).toMatch(/\d+ more characters not shown/)
    expect(run.stdout.length).toBeLessThan(1000)
    expect(JSON.parse(run.stdout)).toMatchObject({ svixMessageId: 'msg_hostile', ok: true })
  })
})
