import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TestEvent } from '../../src/send-test-event/answer.js'
import {
  fillReceiptUrl,
  readReceiptUrlTemplate,
  type Unfillable
} from '../../src/shared/receipt-protocol.js'
import { describeUnfillable } from '../../src/send-test-event/explain.js'
import { Problem } from '../../src/shared/input-readers.js'
import { rawInputs, refusedInputs } from '../support/inputs.js'
import { expectWords } from '../support/meaning.js'

const event: TestEvent = {
  svixMessageId: 'msg 1/2',
  eventId: 'evt_1',
  eventType: 'generation.completed',
  mode: 'test',
  apiKeyId: 'key_1'
}
const withIds = (ids: Partial<TestEvent>): TestEvent => ({ ...event, ...ids })

function problemWith(template: string): string | undefined {
  const read = readReceiptUrlTemplate(template)
  return read instanceof Problem ? read.message : undefined
}

describe('a receipt-url as input', () => {
  it.each([
    'https:/{event-id}/receipts',
    'https:{event-id}/receipts',
    'https:\\\\{event-id}\\receipts',
    'HTTPS:/{event-id}/r',
    'https://{event-id}.example.com/r',
    'https://hooks.example.com{event-id}/r',
    'https://hooks.example.com:{mode}/r/{event-id}',
    'http://127.0.0.1:8{svix-message-id}/r'
  ])('refuses %s: parsed, its host or port would come from the ids', (template) => {
    expectWords(problemWith(template), [
      /^must keep its placeholders/,
      'path or the query',
      'receipt token'
    ])
  })

  it('names the hosts the token would go to when the ids chose it', () => {
    expect(problemWith('https:/{event-id}/receipts')).toContain(
      'it would go to https://a, https://b and https://0.0.0.1'
    )
  })

  it('refuses it through parseSettings before anything is sent, naming the input', () => {
    expect(
      refusedInputs(rawInputs({ 'receipt-url': 'https:{event-id}/receipts' })).map(
        (issue) => issue.input
      )
    ).toEqual(['receipt-url'])
  })

  it('accepts a template whose host the parser fixes however it is written, as the request will be made', () => {
    expect(readReceiptUrlTemplate('https:/hooks.example.com/receipts/{event-id}')).toBe(
      'https:/hooks.example.com/receipts/{event-id}'
    )
    expect(fillReceiptUrl('https:/hooks.example.com/receipts/{event-id}', event)).toEqual({
      url: 'https://hooks.example.com/receipts/evt_1'
    })
  })

  it('quotes the template as written when it is no URL at all', () => {
    expectWords(problemWith('hooks.example.com/receipts/{event-id}'), [
      'absolute http(s) URL',
      'got "hooks.example.com/receipts/{event-id}"'
    ])
  })
})

describe('the receipt URL for an event', () => {
  it("fills every placeholder from Diffio's answer, percent-encoded", () => {
    expect(
      fillReceiptUrl('https://r.example/{event-type}/{mode}/{event-id}?m={svix-message-id}', event)
    ).toEqual({
      url: 'https://r.example/generation.completed/test/evt_1?m=msg%201%2F2'
    })
  })

  it('sends the token nowhere else when the event id is a host name', () => {
    for (const template of [
      'https://hooks.example.com/receipts/{event-id}',
      'https://hooks.example.com/r?id={event-id}',
      'https://hooks.example.com/{event-id}'
    ]) {
      const filled = fillReceiptUrl(template, withIds({ eventId: 'attacker.example' }))
      expect(filled).toHaveProperty('url')
      expect(new URL((filled as { url: string }).url).host).toBe('hooks.example.com')
    }
    expect(
      fillReceiptUrl(
        'https://hooks.example.com/{event-id}',
        withIds({ eventId: '@attacker.example:443/x' })
      )
    ).toEqual({
      url: 'https://hooks.example.com/%40attacker.example%3A443%2Fx'
    })
  })

  it('refuses a template that lets the ids choose the host, even one that never went through the input check', () => {
    const filled = fillReceiptUrl(
      'https:/{event-id}/receipts',
      withIds({ eventId: 'attacker.example' })
    )
    expect(filled).toEqual({
      refused: { kind: 'leaves-origin', origin: 'https://attacker.example' }
    })
    expectWords(describeUnfillable((filled as { refused: Unfillable }).refused), [
      'https://attacker.example',
      "not to the receipt URL's host"
    ])
  })

  it.each([
    ['..', 'the folder above'],
    ['.', 'the folder it is in']
  ])('refuses an event id of %s, which would change the path, and says why', (eventId, reading) => {
    const filled = fillReceiptUrl(
      'https://hooks.example.com/api/receipts/{event-id}/status',
      withIds({ eventId })
    )
    expect(filled).toEqual({
      refused: { kind: 'dot-segment', placeholder: '{event-id}', value: eventId }
    })
    const refused = describeUnfillable((filled as { refused: Unfillable }).refused)
    expect(refused).toContain(`event id as ${JSON.stringify(eventId)}`)
    expect(refused).toContain(reading)
  })

  it.each(['{svix-message-id}', '{event-type}', '{mode}'] as const)(
    'refuses "." and ".." for %s as for the event id',
    (placeholder) => {
      const field = {
        '{svix-message-id}': 'svixMessageId',
        '{event-type}': 'eventType',
        '{mode}': 'mode'
      }[placeholder]
      const template = `https://hooks.example.com/r/${placeholder}/{event-id}`
      expect(fillReceiptUrl(template, withIds({ [field]: '..' }))).toHaveProperty('refused')
      expect(fillReceiptUrl(template, withIds({ [field]: '.' }))).toHaveProperty('refused')
      expect(fillReceiptUrl(template, withIds({ [field]: '...' }))).toHaveProperty('url')
    }
  )

  it('refuses an empty id, which would ask about another route, and says which id', () => {
    const filled = fillReceiptUrl(
      'https://hooks.example.com/receipts/{event-id}',
      withIds({ eventId: '' })
    )
    expect(filled).toEqual({ refused: { kind: 'empty-id', placeholder: '{event-id}' } })
    expect(describeUnfillable((filled as { refused: Unfillable }).refused)).toContain(
      'event id as an empty string'
    )
  })

  it('ignores the values of placeholders the template does not use', () => {
    expect(
      fillReceiptUrl(
        'https://hooks.example.com/receipts/{event-id}',
        withIds({ svixMessageId: '..', mode: '' })
      )
    ).toEqual({
      url: 'https://hooks.example.com/receipts/evt_1'
    })
  })

  it('keeps the origin and the path segments of any accepted template, whatever the ids are', () => {
    const templates = fc.constantFrom(
      'https://hooks.example.com/receipts/{event-id}',
      'https://hooks.example.com/api/receipts/{event-id}/status',
      'https://hooks.example.com/r/.{event-id}/{svix-message-id}',
      'https://hooks.example.com/r/%2e{event-id}',
      'https:/hooks.example.com/{event-type}/{mode}/{svix-message-id}',
      'http://127.0.0.1:8787/r?id={event-id}&m={mode}#',
      'https://hooks.example.com/r\\{event-id}\\x'
    )
    const id = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '.',
        '..',
        '%2e',
        '%2e%2e',
        '.%2E',
        'attacker.example',
        '/',
        '\\',
        '@x',
        ':1',
        '?a',
        '#b',
        '..\\..'
      )
    )
    fc.assert(
      fc.property(
        templates,
        fc.record({ eventId: id, svixMessageId: id, eventType: id, mode: id, apiKeyId: id }),
        (template, ids) => {
          if (readReceiptUrlTemplate(template) instanceof Problem) return
          const filled = fillReceiptUrl(template, ids)
          if ('refused' in filled) return
          const neutral = new URL(template.replace(/\{[a-z-]+\}/g, 'x'))
          const url = new URL(filled.url)
          expect(url.origin).toBe(neutral.origin)
          expect(url.pathname.split('/')).toHaveLength(neutral.pathname.split('/').length)
          expect(url.search.split('&')).toHaveLength(neutral.search.split('&').length)
        }
      ),
      { numRuns: 500 }
    )
  })
})
