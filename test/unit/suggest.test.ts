import { describe, expect, it } from 'vitest'
import { eventTypes, modes } from '../../src/shared/contract.js'
import { inputNames } from '../../src/send-test-event/inputs.js'
import { closest, meantName } from '../../src/shared/suggest.js'

describe('did you mean, only for close matches', () => {
  it.each([
    ['generation.complete', 'generation.completed'],
    ['generation.qeueud', 'generation.queued'],
    ['generation.fail', 'generation.failed'],
    ['genration.completd', 'generation.completed'],
    ['generation.proccessing', 'generation.processing']
  ])('suggests %s is %s, a typo away', (typed, meant) => {
    expect(closest(typed, eventTypes)).toBe(meant)
  })

  it.each([
    'started',
    'finished',
    'updated',
    'pending',
    'cancelled',
    'created',
    'deleted',
    'succeeded'
  ])(
    'suggests nothing for generation.%s, an event type Diffio does not have rather than a typo of one',
    (word) => {
      expect(closest(`generation.${word}`, eventTypes)).toBeUndefined()
    }
  )

  it('still allows one edit in a short name', () => {
    expect(closest('lve', modes)).toBe('live')
    expect(closest('prod', modes)).toBeUndefined()
  })

  it('reads misspelt input names as before', () => {
    expect(meantName('recieptTimeoutSeconds', inputNames)).toBe('receipt-timeout-seconds')
    expect(meantName('wait_for_ulr', inputNames)).toBe('wait-for-url')
  })
})
