import { afterEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../src/http/dispatcher.js'
import { awaitReceipt } from '../../src/send-test-event/receipt.js'
import { receiptPollLine } from '../../src/send-test-event/explain.js'
import { startStandIn, type StandInReceiver } from '../support/receipt-server.js'

const event = {
  svixMessageId: 'msg 1/2',
  eventId: 'evt_1',
  eventType: 'generation.completed',
  mode: 'test',
  apiKeyId: 'key_1'
}

describe('the receipt wait', () => {
  let receiver: StandInReceiver | undefined
  afterEach(async () => {
    await receiver?.close()
  })

  it('reports a poll that finds nothing yet as progress, with what the receipt URL answered', async () => {
    receiver = await startStandIn((_request, response, seen) => {
      response.writeHead(seen.length < 3 ? 404 : 200, { 'content-type': 'application/json' })
      response.end(seen.length < 3 ? '{"error":"not received"}' : '{"eventId":"evt_1"}')
    })
    const created = createDispatcher(5000)
    if (created.kind !== 'dispatcher')
      throw new Error('no proxy is set in tests, so the dispatcher is usable')
    const { dispatcher } = created
    const lines: string[] = []
    try {
      const result = await awaitReceipt(
        { urlTemplate: `${receiver.url}/receipts/{event-id}`, timeoutSeconds: 5 },
        event,
        {
          dispatcher,
          pollTimeLimitMs: 5000,
          sleep: async () => undefined,
          onPoll: (seen) => lines.push(receiptPollLine(seen))
        }
      )
      expect(result.delivered).toBe(true)
    } finally {
      await dispatcher.destroy()
    }

    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^Waiting for the receipt: not there yet/)
    expect(lines[0]).toContain('404')
    expect(lines[0]).toContain('not received')
  })
})
