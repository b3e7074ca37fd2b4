import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { expectNoStackTrace } from '../support/expectations.js'
import { startReceiver } from '../../examples/receiver/server.ts'
import { deliveryChecks } from '../../src/check-receiver/deliveries.js'
import { runCheckReceiverCli, type CliRun } from '../support/cli-harness.ts'
import { skippingClock } from '../support/in-process.ts'
import {
  closedAfterEach,
  echoedSecretForms,
  expectNoneShown,
  receiptToken,
  startAcceptingReceiver,
  startEchoingReceiver,
  startHandwrittenReceiver,
  startSlowReceiver,
  startTimestampIgnoringReceiver,
  type TestReceiver
} from './receivers.ts'

// The check-receiver CLI's shell, run in-process as a terminal runs it, against receivers on loopback.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const withSecret = (value: string = secret) => ({ DIFFIO_WEBHOOK_SECRET: value })

const started = closedAfterEach()

function expectSecretNeverShown(run: CliRun, value: string = secret): void {
  expect(run.stdout).not.toContain(value)
  expect(run.stderr).not.toContain(value)
}

describe('the bundled diffio-check-receiver CLI', () => {
  it('exits 0 for a receiver that verifies properly, with the results JSON on stdout and a table on stderr', async () => {
    const receiver = await started(
      startReceiver({ secret, receiptToken: 'receipt-token-for-tests' })
    )
    const run = await runCheckReceiverCli(['--url', receiver.webhookUrl], withSecret())

    expect(run.exitCode).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const rows = JSON.parse(run.stdout) as Array<{
      check: string
      status: number
      ok: boolean
      ms: number
    }>
    expect(rows.map((row) => row.check)).toEqual([...deliveryChecks])
    expect(rows.every((row) => row.ok && Number.isInteger(row.ms) && row.ms >= 0)).toBe(true)
    const lines = run.stderr.split('\n')
    expect(lines[0]).toMatch(/^check\s+expected\s+got\s+status\s+time\s+result\s+what is sent$/)
    expect(lines[1]).toMatch(/^genuine\s+accepted\s+accepted\s+204\s+\d+ ms\s+pass\s+Genuine: /)
    expect(run.stderr).toMatch(
      /^timestamp-old\s+refused\s+refused\s+401\s+\d+ ms\s+pass\s+Forged: /m
    )
    expect(run.stderr).toContain('accepted every genuine delivery, refused every forged one')
    expectSecretNeverShown(run)
  })

  it('exits 1 for a receiver that ignores the timestamp, naming the two checks it failed', async () => {
    const receiver = await started(startTimestampIgnoringReceiver(secret))
    const run = await runCheckReceiverCli(
      ['--url', receiver.webhookUrl, '--event-type', 'generation.failed'],
      withSecret()
    )

    expect(run.exitCode).toBe(1)
    const rows = JSON.parse(run.stdout) as Array<{ check: string; ok: boolean }>
    expect(rows.filter((row) => !row.ok).map((row) => row.check)).toEqual([
      'timestamp-old',
      'timestamp-ahead'
    ])
    expect(run.stderr).toContain('error: The receiver accepted 2 forged deliveries')
    expect(run.stderr).toMatch(
      /^timestamp-ahead\s+refused\s+accepted\s+200\s+\d+ ms\s+FAIL\s+Forged: /m
    )
    expect(JSON.parse(receiver.requests[0]!.body)).toMatchObject({
      eventType: 'generation.failed',
      status: 'error'
    })
    expectSecretNeverShown(run)
  })

  it('exits 1 with a time-out message when the receiver is slower than --timeout-seconds', async () => {
    const receiver = await started(startSlowReceiver(3000))
    const run = await runCheckReceiverCli(
      ['--url', receiver.webhookUrl, '--timeout-seconds', '0.3'],
      withSecret()
    )

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('error: The receiver did not answer in time')
    expect(run.stderr).toContain('within 0.3 s (--timeout-seconds)')
    expect(run.stderr).toMatch(/^genuine\s+accepted\s+timed-out\s+-\s+\d+ ms\s+FAIL\s+Genuine: /m)
    expect(run.stderr).toMatch(/^body-changed\s+refused\s+skipped\s+-\s+-\s+skipped\s+Forged: /m)
  })

  it('exits 1 and says it could not reach the receiver when nothing listens', async () => {
    const closed = await startAcceptingReceiver()
    await closed.close()
    const run = await runCheckReceiverCli(['--url', closed.webhookUrl], withSecret())

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('error: Could not reach the receiver')
    expect(run.stderr).toContain(
      `Could not reach ${new URL(closed.webhookUrl).host}: the connection was refused`
    )
    expect(run.stderr).toContain('Check that --url is the deployed receiver')
    expectNoStackTrace(run)
  })

  it('exits 2 on invalid input, naming --url and DIFFIO_WEBHOOK_SECRET, and posts nothing', async () => {
    const receiver = await started<TestReceiver>(startAcceptingReceiver())
    const badSecret = 'diffio_live_this_is_an_api_key_0123'
    const run = await runCheckReceiverCli(
      ['--url', `http://example.com/hook`, '--timeout-seconds', '30'],
      withSecret(badSecret)
    )

    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('error: 3 invalid inputs')
    expect(run.stderr).toContain('--url must use https')
    expect(run.stderr).toContain('DIFFIO_WEBHOOK_SECRET looks like a Diffio API key')
    expect(run.stderr).toContain(
      '--timeout-seconds must be a number of seconds greater than 0 and at most 15'
    )
    expect(receiver.requests).toHaveLength(0)
    expectSecretNeverShown(run, badSecret)
  })

  it('exits 2 when DIFFIO_WEBHOOK_SECRET is not set, and says how to set it', async () => {
    const run = await runCheckReceiverCli(['--url', 'https://receiver.example.com/hook'])

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain(
      "DIFFIO_WEBHOOK_SECRET is required: the endpoint's signing secret, whsec_ followed by base64"
    )
  })

  it('exits 2 when --url is missing', async () => {
    const run = await runCheckReceiverCli([], withSecret())

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--url is required')
  })

  it.each([['--webhook-secret', secret], [`--secret=${secret}`], ['--secret', secret]])(
    'refuses the secret as a flag (%s) without echoing it',
    async (...args) => {
      const run = await runCheckReceiverCli(['--url', 'https://receiver.example.com/hook', ...args])

      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('the signing secret is not taken as a flag')
      expect(run.stderr).toContain('Set DIFFIO_WEBHOOK_SECRET instead')
      expectSecretNeverShown(run)
    }
  )

  it('exits 2 on an unknown flag or a stray argument, without echoing a secret typed as one', async () => {
    const unknown = await runCheckReceiverCli(
      ['--url', 'https://receiver.example.com/hook', '--retries', '3'],
      withSecret()
    )
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain('unknown option --retries')

    const stray = await runCheckReceiverCli(['--url', 'https://receiver.example.com/hook', secret])
    expect(stray.exitCode).toBe(2)
    expect(stray.stderr).toContain('Run diffio-check-receiver --help for usage.')
    expectSecretNeverShown(stray)
  })

  it.each([
    [['--timeout-seconds'], '--timeout-seconds'],
    [['--help=yes'], '--help'],
    [['--headers', '--help'], '--headers']
  ])(
    'exits 2 for %j, a flag without its value or a switch given one, naming it, and posts nothing',
    async (args, flag) => {
      const receiver = await started<TestReceiver>(startAcceptingReceiver())
      const run = await runCheckReceiverCli(['--url', receiver.webhookUrl, ...args], withSecret())

      expect(run.exitCode).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(flag)
      expect(run.stderr).toContain('Run diffio-check-receiver --help for usage.')
      expect(receiver.requests).toHaveLength(0)
    }
  )

  it('waits for the genuine receipt the whole of --timeout-seconds, by the clock it is given, then exits 1', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { records: 'nothing' }))
    const began = performance.now()
    const run = await runCheckReceiverCli(
      ['--url', receiver.webhookUrl, '--receipt-url', receiver.receiptUrl],
      { ...withSecret(), DIFFIO_RECEIPT_TOKEN: receiptToken },
      { clock: skippingClock() }
    )

    expect(run.exitCode).toBe(1)
    const rows = JSON.parse(run.stdout) as Array<{ check: string; got: string; ms: number }>
    const recorded = rows.find((row) => row.check === 'genuine-recorded')!
    expect(recorded.got).toBe('not-recorded')
    expect(recorded.ms).toBeGreaterThan(14_000)
    // The 15 s passed on the clock, not in this process: its waits were skipped.
    expect(performance.now() - began).toBeLessThan(10_000)
    expect(run.stderr).toMatch(/^genuine-recorded\s+recorded\s+not-recorded\s+404\s+\d+ ms\s+FAIL/m)
  })

  it('never shows the signing secret or the receipt token, in any form a receiver echoes them', async () => {
    const forms = echoedSecretForms(secret, receiptToken)
    const receiver = await started(startEchoingReceiver(secret, forms))
    const run = await runCheckReceiverCli(
      ['--url', receiver.webhookUrl, '--receipt-url', `${receiver.url}/r/{event-id}`],
      { ...withSecret(), DIFFIO_RECEIPT_TOKEN: receiptToken }
    )

    expect(run.exitCode).toBe(1)
    // The receiver's answer is shown, with every secret in it cut out.
    expect(run.stderr).toContain('wrong: ***')
    expectNoneShown(run.stdout + run.stderr, forms)
  })

  it('prints its usage with --help and its version with --version', async () => {
    const help = await runCheckReceiverCli(['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toContain('Usage: diffio-check-receiver --url <url>')
    expect(help.stdout).toContain('DIFFIO_WEBHOOK_SECRET')

    const version = await runCheckReceiverCli(['--version'])
    expect(version.exitCode).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
