import { describe, expect, it } from 'vitest'
import { receiptUrlFor } from '../../src/send-test-event/receipt.js'

const event = { svixMessageId: 'msg 1/2', eventId: 'evt_1', eventType: 'generation.completed', mode: 'test', apiKeyId: 'key_1' }

describe('the receipt URL for an event', () => {
  it('fills every placeholder from Diffio\'s answer, percent-encoded', () => {
    expect(receiptUrlFor('https://r.example/{event-type}/{mode}/{event-id}?m={svix-message-id}', event)).toBe(
      'https://r.example/generation.completed/test/evt_1?m=msg%201%2F2'
    )
  })
})
