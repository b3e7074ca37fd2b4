import { describe, expect, it } from 'vitest'
import { retriedFaults } from '../../src/shared/http-wording.ts'
import { eventTypes } from '../../src/shared/contract.ts'
import { listed } from '../../src/shared/wording.ts'
import { readArguments } from '../../src/terminal/arguments.ts'
import { readCheckArguments } from '../../src/terminal/check-receiver-arguments.ts'
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

describe('reading a command line', () => {
  const secret = 'whsec_c2VjcmV0LWZvci10aGUtY29tbWFuZC1saW5lLXRlc3Q='
  const commandLines = [
    ['--mode'],
    ['--url'],
    ['--dry-run=yes'],
    ['--help=yes'],
    ['--mode', '--dry-run'],
    ['--url', '-x'],
    [secret],
    ['--', secret],
    ['--url', 'https://r.example.com', secret],
    ['-h=x'],
    ['-'],
    ['---'],
    ['--=x'],
    ['-hv', '--version']
  ]

  it.each(commandLines)(
    'answers %j with a result, never an exception, and shows no value in a usage problem',
    (...args) => {
      for (const read of [readArguments, readCheckArguments]) {
        const parsed = read(args, {})
        expect(['usage-error', 'help', 'version', 'run']).toContain(parsed.kind)
        if (parsed.kind === 'usage-error') {
          expect(parsed.problem).not.toContain(secret.slice('whsec_'.length, 20))
          expect(parsed.problem.length).toBeGreaterThan(0)
        }
      }
    }
  )

  it('says what is missing when a flag ends the line without its value', () => {
    expect(readArguments(['--mode'], {})).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('--mode') as unknown
    })
    expect(readCheckArguments(['--url'], {})).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('--url') as unknown
    })
  })
})
