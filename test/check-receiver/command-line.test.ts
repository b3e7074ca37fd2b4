import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startReceiver } from '../../examples/receiver/server.ts'
import { checkReceiverCli } from '../../src/terminal/check-receiver.js'
import { deliveryChecks, receiptChecks } from '../../src/check-receiver/deliveries.js'
import {
  closedAfterEach,
  receiptToken,
  startAcceptingReceiver,
  startHandwrittenReceiver
} from './receivers.ts'

// diffio-check-receiver's shell, in-process: its arguments and environment in, its stdout, stderr and exit code out.

const secret = `whsec_${randomBytes(24).toString('base64')}`
const started = closedAfterEach()

afterEach(() => {
  vi.restoreAllMocks()
})

async function cli(args: string[], env: NodeJS.ProcessEnv = { DIFFIO_WEBHOOK_SECRET: secret }) {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true))
  const exitCode = await checkReceiverCli(args, env)
  vi.restoreAllMocks()
  return { exitCode, stdout, stderr }
}

describe('the diffio-check-receiver command line', () => {
  it.each([
    ['--event-typ', 'generation.failed', '--event-type'],
    ['--header', 'webhook', '--headers'],
    ['--reciept-url', 'https://r.example.com/{event-id}', '--receipt-url'],
    ['--timeout_seconds', '3', '--timeout-seconds']
  ])(
    'answers the unknown flag %s with the one it likely meant, and posts nothing',
    async (typed, value, meant) => {
      const receiver = await started(startAcceptingReceiver())
      const run = await cli(['--url', receiver.webhookUrl, typed, value])

      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain(`unknown option ${typed} (did you mean ${meant}?)`)
      expect(run.stderr).toContain('Run diffio-check-receiver --help for usage.')
      expect(receiver.requests).toHaveLength(0)
    }
  )

  it('does not echo a stray argument, which may be the secret', async () => {
    const run = await cli(['--url', 'https://receiver.example.com/hook', secret], {})

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('unexpected argument number 3 (not shown, in case it is a secret)')
    expect(run.stderr).not.toContain(secret)
    expect(run.stderr).not.toContain(secret.slice('whsec_'.length))
  })

  it.each([['--webhook-secret', secret], [`--secret=${secret}`], ['--signing-secret', secret]])(
    'refuses the secret as a flag (%s) without echoing it',
    async (...args) => {
      const run = await cli(['--url', 'https://receiver.example.com/hook', ...args], {})

      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('the signing secret is not taken as a flag')
      expect(run.stderr).toContain('Set DIFFIO_WEBHOOK_SECRET instead')
      expect(run.stderr).not.toContain(secret.slice('whsec_'.length))
    }
  )

  it('refuses the receipt token as a flag, naming DIFFIO_RECEIPT_TOKEN', async () => {
    const run = await cli([
      '--url',
      'https://receiver.example.com/hook',
      '--receipt-token',
      receiptToken
    ])

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('Set DIFFIO_RECEIPT_TOKEN instead')
    expect(run.stderr).not.toContain(receiptToken)
  })

  it('exits 0 for the reference receiver with receipts: the results JSON on stdout, a table naming and describing each check on stderr', async () => {
    const receiver = await started(startReceiver({ secret, receiptToken }))
    const run = await cli(['--url', receiver.webhookUrl, '--receipt-url', receiver.receiptUrl], {
      DIFFIO_WEBHOOK_SECRET: secret,
      DIFFIO_RECEIPT_TOKEN: receiptToken
    })

    expect(run.exitCode).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const rows = JSON.parse(run.stdout) as Array<{ check: string; ok: boolean | null }>
    expect(rows.map((row) => row.check)).toEqual([...deliveryChecks, ...receiptChecks])
    expect(rows.every((row) => row.ok === true)).toBe(true)
    const lines = run.stderr.split('\n')
    expect(lines[0]).toMatch(/^check\s+expected\s+got\s+status\s+time\s+result\s+what is sent$/)
    expect(lines[1]).toMatch(
      /^genuine\s+accepted\s+accepted\s+204\s+\d+ ms\s+pass\s+Genuine: correctly signed, current timestamp$/
    )
    expect(run.stderr).toMatch(/^retry\s+accepted\s+accepted\s+204\s+\d+ ms\s+pass\s+A retry: /m)
    expect(run.stderr).toMatch(
      /^forgeries-not-recorded\s+not-recorded\s+not-recorded\s+404\s+\d+ ms\s+pass\s+Receipt: /m
    )
    expect(run.stderr).toContain('refused every forged one, and recorded only the genuine events')
    for (const text of [secret, secret.slice('whsec_'.length), receiptToken])
      expect(run.stdout + run.stderr).not.toContain(text)
  })

  it('exits 1 for a receiver with a mistake, naming its --flags and environment variables in the explanation', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { key: 'secret-text' }))
    const run = await cli(['--url', receiver.webhookUrl])

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain(
      'error: The receiver refused a genuine delivery (401): secret-text-as-key'
    )
    expect(run.stderr).toMatch(
      /^secret-text-as-key\s+refused\s+accepted\s+204\s+\d+ ms\s+FAIL\s+Diagnostic: /m
    )
    expect(run.stderr).toMatch(/^body-changed\s+refused\s+skipped\s+-\s+-\s+skipped\s+Forged: /m)
    expect(run.stdout + run.stderr).not.toContain(secret.slice('whsec_'.length))
  })

  it('exits 2 naming --headers and --receipt-url when they cannot be used', async () => {
    const run = await cli([
      '--url',
      'https://receiver.example.com/hook',
      '--headers',
      'standard',
      '--receipt-url',
      'https://r.example.com/receipts'
    ])

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('error: 2 invalid inputs')
    expect(run.stderr).toContain('--headers must be one of svix or webhook')
    expect(run.stderr).toContain('--receipt-url must contain {event-id} or {svix-message-id}')
  })
})

describe('what diffio-check-receiver says, in its own words', () => {
  it('keeps every line of --help within 100 columns', async () => {
    const run = await cli(['--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n').filter((line) => line.length > 100)).toEqual([])
  })

  it('names --headers as the flag to change, not the action input', async () => {
    const receiver = await started(startHandwrittenReceiver(secret, { headerNames: 'svix-only' }))
    const run = await cli(['--url', receiver.webhookUrl, '--headers', 'webhook'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('run the check with --headers set to svix')
    expect(run.stderr).not.toContain('headers: svix')
  })

  it('says DIFFIO_RECEIPT_TOKEN is not set when the receipt route wants a token and none was given', async () => {
    const receiver = await started(startHandwrittenReceiver(secret))
    const run = await cli(['--url', receiver.webhookUrl, '--receipt-url', receiver.receiptUrl])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('DIFFIO_RECEIPT_TOKEN is not set')
    expect(run.stderr).not.toContain('Check DIFFIO_RECEIPT_TOKEN')
  })
})
