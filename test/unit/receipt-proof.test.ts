import { describe, expect, it } from 'vitest'
import type { TestEvent } from '../../src/send-test-event/answer.js'
import { receiptProof } from '../../src/shared/receipt-protocol.js'

const event: TestEvent = {
  svixMessageId: 'msg_1',
  eventId: 'evt_1',
  eventType: 'generation.completed',
  mode: 'test',
  apiKeyId: 'key_1'
}

describe('what a receipt must show', () => {
  it.each([
    ['the event id', { eventId: 'evt_1' }],
    ['the Svix message id', { svixMessageId: 'msg_1' }],
    [
      "the reference receiver's whole record",
      {
        eventId: 'evt_1',
        svixMessageId: 'msg_1',
        eventType: 'generation.completed',
        receivedAt: '2026-01-01T00:00:00.000Z'
      }
    ]
  ])('proves the event with a JSON object naming %s', (_name, body) => {
    expect(receiptProof(JSON.stringify(body), event)).toEqual({ proves: true })
  })

  it.each([
    [
      "a catch-all page's HTML",
      '<!doctype html><html><body><div id="app"></div></body></html>',
      'not-json'
    ],
    ['an empty body', '', 'not-json'],
    ['a JSON array', '["evt_1"]', 'not-an-object'],
    ['a JSON string', '"evt_1"', 'not-an-object'],
    ['a generic success', '{"ok":true}', 'names-no-event'],
    ['the id under another name', '{"id":"evt_1","received":true}', 'names-no-event']
  ])('proves nothing with %s', (_name, body, because) => {
    expect(receiptProof(body, event)).toEqual({ proves: false, because })
  })

  it.each([
    ['eventId', { eventId: 'evt_2', svixMessageId: 'msg_1' }, 'evt_2'],
    ['svixMessageId', { eventId: 'evt_1', svixMessageId: 'msg_2' }, 'msg_2'],
    ['eventType', { eventId: 'evt_1', eventType: 'generation.queued' }, 'generation.queued']
  ])('proves nothing when the receipt names another event by its %s', (field, body, value) => {
    expect(receiptProof(JSON.stringify(body), event)).toEqual({
      proves: false,
      because: 'names-another-event',
      field,
      value
    })
  })

  it('reads a body that starts with a byte order mark', () => {
    expect(receiptProof('\uFEFF{"eventId":"evt_1"}', event)).toEqual({ proves: true })
  })

  it('takes a null field as not named', () => {
    expect(receiptProof('{"eventId":"evt_1","svixMessageId":null}', event)).toEqual({
      proves: true
    })
  })
})
