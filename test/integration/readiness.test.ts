import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import type { RawInputs } from '../../src/send-test-event/inputs.js'
import { runSequence } from '../../src/send-test-event/run.js'
import { type Outcome } from '../../src/send-test-event/results.js'
import { readArguments } from '../../src/terminal/arguments.js'
import { startStandIn, type StandInReceiver } from '../support/receipt-server.js'
import { rawInputs } from '../support/inputs.js'
import { expectExplanation, expectWords } from '../support/meaning.js'
import { withoutProxyVariables } from '../support/send-helpers.js'

/** wait-for-text, driven in-process: the run sequence against a Diffio stand-in and a readiness URL on loopback. */

const key = testKeys[0]!.key
const newVersion = '3f2a9c1e8b7d'

let diffio: DiffioServer
let health: StandInReceiver | undefined
beforeEach(async () => {
  withoutProxyVariables()
  diffio = await startDiffioServer()
})
afterEach(async () => {
  await diffio.close()
  await health?.close()
  health = undefined
})

async function run(inputs: Partial<RawInputs>): Promise<{ outcome: Outcome; lines: string[] }> {
  const lines: string[] = []
  const outcome = await runSequence(
    rawInputs({ 'api-key': key, 'base-url': diffio.url, 'timeout-seconds': '2', ...inputs }),
    {
      label: (input) => `--${input}`,
      keyHint: 'Export DIFFIO_API_KEY.',
      progress: { line: (text) => lines.push(text) }
    }
  )
  return { outcome, lines }
}

describe('wait-for-text', () => {
  it('sends only once the readiness URL answers with the text, not at the first 2xx of the previous version', async () => {
    health = await startStandIn((_request, response, seen) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, commit: seen.length < 3 ? 'a1b2c3d4e5f6' : newVersion }))
    })
    const { outcome, lines } = await run({
      'wait-for-url': `${health.url}/version`,
      'wait-for-text': newVersion
    })

    expect(outcome.kind).toBe('sent')
    expect(health.requests).toHaveLength(3)
    expect(diffio.requests).toHaveLength(1)
    expectWords(lines[0], ['2xx', `"${newVersion}"`])
    expect(
      lines.filter((line) =>
        line.includes(`answered 200 OK, but its body does not contain "${newVersion}" yet`)
      )
    ).toHaveLength(1)
  })

  it('sends nothing when the text never comes, and says what to check', async () => {
    health = await startStandIn((_request, response) =>
      response.writeHead(200).end('{"commit":"a1b2c3d4e5f6"}')
    )
    const { outcome } = await run({
      'wait-for-url': health.url,
      'wait-for-text': newVersion,
      'wait-timeout-seconds': '1'
    })

    if (outcome.kind !== 'not-sent') throw new Error(`expected nothing sent, got ${outcome.kind}`)
    expect(diffio.requests).toHaveLength(0)
    expectExplanation(outcome.explanation, {
      message: ['nothing was sent', 'did not answer 2xx', `"${newVersion}"`],
      input: '--wait-for-text',
      nextStep: ['new version']
    })
  })

  it('does not count a 2xx whose body is too slow to show the text', async () => {
    health = await startStandIn((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.write('starting')
    })
    const { outcome } = await run({
      'wait-for-url': health.url,
      'wait-for-text': newVersion,
      'timeout-seconds': '0.5',
      'wait-timeout-seconds': '1'
    })

    expect(outcome.kind).toBe('not-sent')
    expect(diffio.requests).toHaveLength(0)
  })

  it('says in a dry run that it would wait for the text', async () => {
    const { outcome } = await run({
      'wait-for-url': 'https://hooks.example.com/version',
      'wait-for-text': newVersion,
      'dry-run': 'true'
    })

    if (outcome.kind !== 'dry-run') throw new Error(`expected a dry run, got ${outcome.kind}`)
    expect(
      outcome.notes.filter((note) =>
        note.includes(`to answer 2xx with "${newVersion}" in its body`)
      )
    ).toHaveLength(1)
  })

  it('is taken from the CLI as --wait-for-text', () => {
    const parsed = readArguments(
      ['--wait-for-url', 'https://hooks.example.com/version', '--wait-for-text', newVersion],
      { DIFFIO_API_KEY: key }
    )

    if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`)
    expect(parsed.raw['wait-for-text']).toBe(newVersion)
    expect(parsed.label('wait-for-text')).toBe('--wait-for-text')
  })
})
