import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { runCheckReceiverAction } from '../support/action-harness.ts'
import { runCheckReceiverCli } from '../support/cli-harness.ts'
import { skippingClock } from '../support/in-process.ts'
import { closedAfterEach, startTestReceiver } from '../check-receiver/receivers.ts'

// Secrets a receiver echoes in the forms its language prints bytes in, or split by HTML, and a CLI
// flag given no value: cases a review of check-receiver's redesign found.

const started = closedAfterEach()
const key = randomBytes(24)
const secret = `whsec_${key.toString('base64')}`
/** The escapes Python's bytes repr writes instead of \\xNN. */
const pythonEscapes: Record<number, string> = {
  9: '\\t',
  10: '\\n',
  13: '\\r',
  0x27: "\\'",
  0x5c: '\\\\'
}
const hexBytes = [...key].map((byte) => byte.toString(16).padStart(2, '0'))

/** What a person or a later step reads, the runner's mask commands aside. */
function shown(run: { stdout: string; summary: string; outputs: Record<string, string> }): string {
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [log, run.summary, ...Object.values(run.outputs)].join('\n')
}

/** Every run of `length` characters of `form`, so a piece of it is found as well as the whole. */
function piecesOf(form: string, length: number): string[] {
  const pieces: string[] = []
  for (let at = 0; at + length <= form.length; at += 1) pieces.push(form.slice(at, at + length))
  return pieces
}

describe('the signing key echoed in forms a receiver prints bytes in', () => {
  // xxd, Wireshark and printf("%02X ") write upper case, Python's key.hex(':') colons, and
  // print(key) in Python the bytes' repr.
  const forms: Record<string, string> = {
    'upper-case spaced hex': hexBytes.join(' ').toUpperCase(),
    'colon-separated hex (Python key.hex(":"))': hexBytes.join(':'),
    'Python bytes repr (print(key))': `b'${[...key]
      .map((byte) =>
        byte >= 0x20 && byte < 0x7f && byte !== 0x27 && byte !== 0x5c
          ? String.fromCharCode(byte)
          : (pythonEscapes[byte] ?? `\\x${byte.toString(16).padStart(2, '0')}`)
      )
      .join('')}'`
  }

  it.each(Object.entries(forms))('%s is not shown by the action', async (_name, form) => {
    const receiver = await started(
      startTestReceiver((_request, response) => {
        response
          .writeHead(401, { 'content-type': 'text/plain' })
          .end(`signature mismatch; key ${form}`)
      })
    )
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    expect(run.exitCode).toBe(1)
    const text = shown(run)
    // The receiver's answer is still shown, so the check below is about the key, not the body.
    expect(text).toContain('signature mismatch')
    // Four bytes of the key in a row is already more than an excerpt should give away.
    const bytes = form.startsWith("b'") ? [form.slice(2, -1)] : piecesOf(form, 11)
    for (const piece of bytes) expect(text).not.toContain(piece)
  })
})

describe('a secret split by an HTML tag in a receiver page', () => {
  it('shows no piece of the key that a <b> tag cut off from the rest', async () => {
    const encoded = key.toString('base64')
    const receiver = await started(
      startTestReceiver((_request, response) => {
        response
          .writeHead(500, { 'content-type': 'text/html' })
          .end(
            `<html><body><h1>Error</h1><pre>key=<b>${encoded.slice(0, 10)}</b>${encoded.slice(10)}</pre></body></html>`
          )
      })
    )
    const run = await runCheckReceiverAction({ url: receiver.webhookUrl, 'webhook-secret': secret })

    const text = shown(run)
    expect(text).toContain('Error key=')
    // Today: "Error key= <first 10 characters of the key> ***".
    expect(text).not.toContain(encoded.slice(0, 10))
  })

  it('shows no start of the receipt token that a tag and the excerpt cut left before the …', async () => {
    const token = 'tok/3b9f+1c2d4e5f6a7b8c9d0e1f=='
    const receiver = await started(
      startTestReceiver((request, response) => {
        if (request.path.startsWith('/receipts/')) {
          response
            .writeHead(200, { 'content-type': 'text/html' })
            .end(
              `<html>${'z'.repeat(180)} you sent <i>${token.slice(0, 8)}</i>${token.slice(8)}</html>`
            )
          return
        }
        response.writeHead(204).end()
      })
    )
    const run = await runCheckReceiverAction(
      {
        url: receiver.webhookUrl,
        'webhook-secret': secret,
        'receipt-url': `${receiver.url}/receipts/{event-id}`,
        'receipt-token': token,
        'timeout-seconds': '2'
      },
      {},
      { clock: skippingClock() }
    )

    const text = shown(run)
    expect(text).toContain('you sent')
    // Today: "… you sent tok/3b9f …".
    expect(text).not.toContain(token.slice(0, 8))
  })
})

describe('the CLI with a flag given no value', () => {
  it('says --url has no value, not that a later argument is unexpected', async () => {
    const run = await runCheckReceiverCli(['--url', '--timeout-seconds', '5'], {
      DIFFIO_WEBHOOK_SECRET: secret
    })

    expect(run.exitCode).toBe(2)
    // Today: "unexpected argument number 3 (not shown, in case it is a secret); options take the
    // form --name value", which points at 5 and not at the --url left without its value.
    expect(run.stderr).toMatch(/--url\b[^\n]*(value|argument)/)
    expect(run.stderr).not.toMatch(/argument number 3/)
  })
})
