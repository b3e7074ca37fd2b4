import { describe, expect, it } from 'vitest'
import { pollIntervalMs, pollUntil, type PollVerdict } from '../../src/http/poll.js'

/** A clock that moves only when the poller sleeps, so the schedule can be read off exactly. */
function virtualClock() {
  let time = 0
  const pollTimes: number[] = []
  return {
    pollTimes,
    options: (deadlineMs: number) => ({
      deadlineMs,
      pollTimeLimitMs: 10_000,
      briskMs: 5000,
      now: () => time,
      sleep: async (ms: number) => {
        time += ms
      }
    }),
    poll:
      <T, F = never>(verdicts: (index: number) => PollVerdict<T, F>) =>
      async (): Promise<PollVerdict<T, F>> => {
        pollTimes.push(time)
        return verdicts(pollTimes.length - 1)
      }
  }
}

describe('the polling cadence', () => {
  it('waits 250 ms for the first 5 s, when a delivery usually lands, then half as long again each time, up to 2 s', () => {
    expect([0, 2500, 4999].map((elapsed) => pollIntervalMs(elapsed, 250, 5000))).toEqual([
      250, 250, 250
    ])
    const waits = [250]
    for (let poll = 0; poll < 7; poll++) waits.push(pollIntervalMs(5000, waits.at(-1)!, 5000))
    expect(waits).toEqual([250, 375, 563, 845, 1268, 1902, 2000, 2000])
  })

  it('polls at once, then every 250 ms, and stops at what it looks for', async () => {
    const clock = virtualClock()
    const result = await pollUntil(
      clock.poll((index) => (index === 3 ? { found: 'yes' } : { notYet: '404' })),
      clock.options(60_000)
    )

    expect(clock.pollTimes).toEqual([0, 250, 500, 750])
    expect(result).toEqual({ found: 'yes', polls: 4, elapsedMs: 750 })
  })

  it('backs off after 5 s of finding nothing', async () => {
    const clock = virtualClock()
    await pollUntil(
      clock.poll(() => ({ notYet: '404' })),
      clock.options(12_000)
    )

    expect(clock.pollTimes.slice(19)).toEqual([4750, 5000, 5375, 5938, 6783, 8051, 9953, 11900])
  })

  it('waits as long as a Retry-After asks instead of its own interval', async () => {
    const clock = virtualClock()
    await pollUntil(
      clock.poll((index) =>
        index === 2 ? { found: true } : { notYet: '503', retryAfterMs: 3000 }
      ),
      clock.options(60_000)
    )

    expect(clock.pollTimes).toEqual([0, 3000, 6000])
  })

  it('never waits less than its own interval, whatever Retry-After says: 0 is no licence for a busy loop', async () => {
    const clock = virtualClock()
    await pollUntil(
      clock.poll((index) => (index === 3 ? { found: true } : { notYet: '503', retryAfterMs: 0 })),
      clock.options(60_000)
    )

    expect(clock.pollTimes).toEqual([0, 250, 500, 750])
  })

  it('never polls past the deadline, making its last poll early with time left to answer', async () => {
    const clock = virtualClock()
    const result = await pollUntil(
      clock.poll(() => ({ notYet: '404: not received yet' })),
      clock.options(1000)
    )

    expect(clock.pollTimes).toEqual([0, 250, 500, 750, 900])
    expect(clock.pollTimes.every((time) => time < 1000)).toBe(true)
    expect(result).toEqual({
      timedOut: true,
      lastSeen: '404: not received yet',
      polls: 5,
      elapsedMs: 900
    })
  })

  it('gives each poll no more time than is left before the deadline', async () => {
    const limits: number[] = []
    let time = 0
    await pollUntil(
      async (limit) => {
        limits.push(limit)
        return { notYet: 'x' }
      },
      {
        deadlineMs: 1000,
        pollTimeLimitMs: 600,
        briskMs: 5000,
        now: () => time,
        sleep: async (ms) => void (time += ms)
      }
    )

    expect(limits).toEqual([600, 600, 500, 250, 100])
  })

  it('ends at once on a final answer, as polling longer would not change it', async () => {
    const clock = virtualClock()
    const result = await pollUntil<never, string>(
      clock.poll(() => ({ final: '401' })),
      clock.options(60_000)
    )

    expect(result).toEqual({ final: '401', polls: 1, elapsedMs: 0 })
    expect(clock.pollTimes).toEqual([0])
  })

  it('lets a poll that throws, a bug, end the polling with its error', async () => {
    const clock = virtualClock()
    const polling = pollUntil(
      clock.poll(() => {
        throw new Error('401')
      }),
      clock.options(60_000)
    )

    await expect(polling).rejects.toThrow('401')
    expect(clock.pollTimes).toEqual([0])
  })
})
