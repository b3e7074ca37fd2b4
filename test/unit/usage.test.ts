import { describe, expect, it } from 'vitest'
import { retriedFaults } from '../../src/shared/http-wording.ts'
import { eventTypes } from '../../src/shared/contract.ts'
import { listed } from '../../src/shared/wording.ts'
import { usage as checkReceiverUsage } from '../../src/terminal/check-receiver-usage.ts'
import { usage as sendTestEventUsage } from '../../src/terminal/send-test-event-usage.ts'

/** The lines of a help text wider than a 100-column terminal, with their widths, for the failure message. */
function overlongLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => [...line].length > 100)
    .map((line) => `${[...line].length} columns: ${line}`)
}

/** The help text as one line of words, the way a reader takes in the wrapped descriptions. */
const words = (text: string) => text.split(/\s+/).join(' ')

describe('--help', () => {
  it.each([
    ['diffio-send-test-event', sendTestEventUsage],
    ['diffio-check-receiver', checkReceiverUsage]
  ])('of %s fits a 100-column terminal', (_cli, usage) => {
    expect(usage.split('\n').length).toBeGreaterThan(10)
    expect(overlongLines(usage)).toEqual([])
  })

  it('keeps every word of the lists it wraps: the event types and the faults that are retried', () => {
    expect(words(sendTestEventUsage)).toContain(listed(eventTypes))
    expect(words(sendTestEventUsage)).toContain(retriedFaults)
    expect(words(checkReceiverUsage)).toContain(listed(eventTypes))
  })
})
