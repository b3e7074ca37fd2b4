import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { runAction } from '../support/action-harness.js'
import { annotations, expectWords } from '../support/meaning.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { startReceiver, type Receiver } from '../../examples/receiver/server.ts'

// The whole round trip as a user has it: the action's shell, Diffio (the loopback stand-in, which
// delivers signed as Svix signs), and the reference receiver, which verifies with svix.

const writer = testKeys[0]!
const secret = `whsec_${randomBytes(24).toString('base64')}`
const token = `receipt_${randomBytes(12).toString('hex')}`
const running: Array<DiffioServer | Receiver> = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()))
})

async function roundTrip(receiverSecret: string) {
  const receiver = await startReceiver({ secret: receiverSecret, receiptToken: token })
  running.push(receiver)
  const diffio = await startDiffioServer({
    endpoints: { test: [{ url: receiver.webhookUrl, secret }] }
  })
  running.push(diffio)
  return { receiver, diffio }
}

describe('the round trip through Diffio to the reference receiver', () => {
  it('confirms every event type the receiver verified and recorded', async () => {
    const { receiver, diffio } = await roundTrip(secret)
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'event-type': 'all',
      'wait-for-url': receiver.healthUrl,
      'receipt-url': receiver.receiptUrl,
      'receipt-token': token
    })

    expect(run.exitCode).toBe(0)
    expect(run.outputs.delivered).toBe('true')
    const results = JSON.parse(run.outputs.results!) as { eventId: string; delivered: boolean }[]
    expect(results.map((result) => result.delivered)).toEqual([true, true, true, true])
    expect(
      receiver
        .events()
        .map((event) => event.eventId)
        .sort()
    ).toEqual(results.map((result) => result.eventId).sort())
  })

  it('fails, saying to look for signature failures, when the receiver holds another signing secret', async () => {
    const { receiver, diffio } = await roundTrip(`whsec_${randomBytes(24).toString('base64')}`)
    const run = await runAction({
      'api-key': writer.key,
      'base-url': diffio.url,
      'receipt-url': receiver.receiptUrl,
      'receipt-token': token,
      'receipt-timeout-seconds': '2'
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.delivered).toBe('false')
    expect(receiver.events()).toEqual([])
    expect(diffio.deliveries.length).toBeGreaterThan(0)
    expect(diffio.deliveries.every((attempt) => attempt.status === 401)).toBe(true)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['no receipt', 'generation.completed', /\b2 s\b/])
    expectWords(error?.text, ['signature failures', 'signing secret'])
  })
})
