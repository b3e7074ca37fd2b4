import { describe, expect, it } from 'vitest'
import {
  defaultBackoff,
  parseRetryAfter,
  retryableStatuses,
  retryAfterStatuses,
  retryDelayMs
} from '../../src/http/retry.js'
import { describeRetry } from '../../src/send-test-event/explain.js'

const lowest = () => 0
const highest = () => 0.999999999

describe('retryableStatuses', () => {
  it('names 408, 429, 500, 502, 503 and 504, as the official SDKs retry', () => {
    expect([...retryableStatuses].sort()).toEqual([408, 429, 500, 502, 503, 504])
  })

  it('honours Retry-After on 429 and 503 only', () => {
    expect([...retryAfterStatuses].sort()).toEqual([429, 503])
  })
})

describe('retryDelayMs', () => {
  it('starts from 0.5 s and caps at 8 s by default', () => {
    expect(defaultBackoff).toMatchObject({ baseMs: 500, capMs: 8000 })
  })

  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [4, 4000],
    [5, 8000]
  ])('waits at most the doubled base before retry %d (%d ms)', (retry, ceiling) => {
    expect(retryDelayMs(retry, undefined, defaultBackoff, highest)).toBe(ceiling)
  })

  it.each([1, 3, 5, 10])('can wait no time at all before retry %d (full jitter)', (retry) => {
    expect(retryDelayMs(retry, undefined, defaultBackoff, lowest)).toBe(0)
  })

  it('spreads the wait over the whole range with the random draw', () => {
    expect(retryDelayMs(3, undefined, defaultBackoff, () => 0.25)).toBe(500)
  })

  it.each([6, 10, 30])('never waits more than 8 s, even before retry %d', (retry) => {
    expect(retryDelayMs(retry, undefined, defaultBackoff, highest)).toBe(8000)
  })

  it('follows the policy it is given', () => {
    const policy = { baseMs: 100, capMs: 300, retryAfterCapMs: 1000 }
    expect(retryDelayMs(1, undefined, policy, highest)).toBe(100)
    expect(retryDelayMs(3, undefined, policy, highest)).toBe(300)
  })

  it('waits a whole number of milliseconds', () => {
    expect(Number.isInteger(retryDelayMs(2, undefined, defaultBackoff, () => 0.123456))).toBe(true)
  })

  it('waits as long as Retry-After asks, ignoring the random draw', () => {
    expect(retryDelayMs(1, 7, defaultBackoff, highest)).toBe(7000)
  })

  it('waits no time when Retry-After says 0', () => {
    expect(retryDelayMs(4, 0, defaultBackoff, highest)).toBe(0)
  })

  it('waits longer than the backoff cap when Retry-After asks', () => {
    expect(retryDelayMs(1, 30, defaultBackoff, highest)).toBe(30_000)
  })

  it('caps Retry-After at 60 s', () => {
    expect(retryDelayMs(1, 3600, defaultBackoff, highest)).toBe(60_000)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z')

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120)
  })

  it('reads zero seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0)
  })

  it('ignores whitespace around delay-seconds', () => {
    expect(parseRetryAfter(' 5 ', now)).toBe(5)
  })

  it('reads an HTTP date as the seconds until then', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30)
  })

  it('rounds a date part way through a second up', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now + 500)).toBe(30)
  })

  it('reads an HTTP date in the past as no wait', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:59:00 GMT', now)).toBe(0)
  })

  it('reads the obsolete RFC 850 date form', () => {
    expect(parseRetryAfter('Saturday, 01-Mar-25 12:01:00 GMT', now)).toBe(60)
  })

  it('is undefined when there is no header', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })

  it.each([
    '',
    'soon',
    'abc',
    '10s',
    '1e3',
    'Infinity',
    '1.5',
    '-1',
    'foo 1',
    'never 12',
    'a 2020'
  ])('is undefined for %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})

describe('describeRetry', () => {
  const failed = {
    attempt: 1,
    attempts: 3,
    failure: { kind: 'error-status', status: 503, serverMessage: 'Svix is not configured' } as const
  }

  it('names the attempt, the attempts allowed and why it failed', () => {
    const line = describeRetry({ ...failed, waitMs: 300 })
    expect(line).toMatch(/^Attempt 1 of 3 failed: /)
    expect(line).toContain('503 Service Unavailable')
  })

  it('says the retry comes now when there is no wait, never "in 0.0 s"', () => {
    const line = describeRetry({ ...failed, waitMs: 0 })
    expect(line).toContain('Retrying now.')
    expect(line).not.toMatch(/\b0(\.0)? m?s\b/)
  })

  it('gives a wait under a second in ms, so that the shortest backoff waits do not read as 0.0 s', () => {
    expect(describeRetry({ ...failed, waitMs: 40 })).toContain('Retrying in 40 ms.')
    expect(describeRetry({ ...failed, waitMs: 999 })).toContain('Retrying in 999 ms.')
  })

  it('gives a wait of a second or more in seconds', () => {
    expect(describeRetry({ ...failed, waitMs: 1000 })).toContain('Retrying in 1.0 s.')
    expect(describeRetry({ ...failed, waitMs: 8000 })).toContain('Retrying in 8.0 s.')
  })
})
