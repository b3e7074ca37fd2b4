import { describe, expect, it } from 'vitest'
import { runSequence } from '../../src/send-test-event/run.js'
import { rawInputs, testKey } from '../support/inputs.js'

const token = 'receipt_token_0123456789abcdef'
const context = { label: (input: string) => input, keyHint: 'Pass the key from a secret.' }

describe('the outcome of a run', () => {
  it('carries neither the key nor the receipt token, even in a dry run', async () => {
    const outcome = await runSequence(
      rawInputs({
        'dry-run': 'true',
        'receipt-url': 'https://hooks.example.com/receipts/{event-id}',
        'receipt-token': token
      }),
      context
    )

    expect(outcome.kind).toBe('dry-run')
    const text = JSON.stringify(outcome)
    expect(text).not.toContain(testKey)
    expect(text).not.toContain(token)
  })

  it.each([
    ['a one-character key', 'x', 'was not checked'],
    ['no key', '', 'is empty']
  ])(
    'is a dry run with %s, saying the key was not checked and showing it nowhere',
    async (_name, key, note) => {
      const outcome = await runSequence(rawInputs({ 'api-key': key, 'dry-run': 'true' }), context)

      if (outcome.kind !== 'dry-run') throw new Error(`expected a dry run, got ${outcome.kind}`)
      expect(outcome.notes.filter((line) => line.startsWith(`api-key ${note}`))).toHaveLength(1)
      expect(outcome.requests[0]?.full).toMatch(/^authorization: Bearer (\*\*\*|\(none given\))$/m)
      if (key !== '') expect(outcome.requests[0]?.full).not.toMatch(/Bearer x/)
    }
  )
})
