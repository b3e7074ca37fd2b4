import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectNoStackTrace } from '../support/expectations.js'
import { annotations, expectNamesInput, expectWords } from '../support/meaning.js'
import { summaryRows, type ActionRun } from '../../demo/action-runner.ts'
import { runAction } from '../support/action-harness.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'

const [writer, admin] = testKeys as [(typeof testKeys)[0], (typeof testKeys)[0]]

let server: DiffioServer
beforeEach(async () => {
  server = await startDiffioServer()
})
afterEach(async () => {
  await server.close()
})

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return { 'api-key': writer.key, 'base-url': server.url, ...overrides }
}

/** The key may appear only in the runner's mask command, never in anything a person or a later step reads. */
function expectKeyOnlyMasked(run: ActionRun, key: string): void {
  const lines = run.stdout.split('\n').filter((line) => line.includes(key))
  expect(lines).toEqual([`::add-mask::${key}`])
  expect(run.stderr).not.toContain(key)
  expect(JSON.stringify(run.outputs)).not.toContain(key)
  expect(run.summary).not.toContain(key)
}

/** The event payload GitHub gives a workflow run for a pull request from a fork. */
async function writeForkEvent(): Promise<string> {
  const eventPath = join(await mkdtemp(join(tmpdir(), 'diffio-event-')), 'event.json')
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: { number: 7, head: { repo: { full_name: 'someone/fork' } } },
      repository: { full_name: 'diffio/app' }
    })
  )
  return eventPath
}

describe('the action, run as the GitHub runner runs it', () => {
  it('sends the test event and sets every output from the 200 answer', async () => {
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(1)
    const response = JSON.parse(run.outputs.response!) as Record<string, string>
    expect(run.outputs).toMatchObject({
      'svix-message-id': response.svixMessageId,
      'event-id': response.eventId,
      'event-type': 'generation.completed',
      mode: 'test',
      'api-key-id': writer.id,
      'status-code': '200'
    })
    expect(run.outputs['svix-message-id']).toMatch(/^msg_/)
    expect(run.outputs['event-id']).toMatch(/^evt_/)
    expect(run.errors).toEqual([])
    expectKeyOnlyMasked(run, writer.key)
  })

  it('masks the key before anything else is written', async () => {
    const run = await runAction(inputs())
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${writer.key}`)
  })

  it('sends the documented request: bearer key, JSON headers, user agent and exactly the documented body', async () => {
    await runAction(inputs({ 'event-type': 'generation.failed', mode: 'live' }))

    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.path).toBe('/v1/webhooks/send_test_event')
    expect(request?.headers.authorization).toBe(`Bearer ${writer.key}`)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers.accept).toBe('application/json')
    expect(request?.headers['user-agent']).toMatch(/^diffio-send-test-event\/\d+\.\d+\.\d+/)
    expect(JSON.parse(request!.body)).toEqual({ eventType: 'generation.failed', mode: 'live' })
  })

  it('writes a job summary with the ids, the status and the attempts', async () => {
    const run = await runAction(inputs())

    expect(run.summary).toContain('Diffio test event sent')
    expect(run.summary).toContain(run.outputs['svix-message-id'])
    expect(run.summary).toContain(run.outputs['event-id'])
    expect(summaryRows(run.summary)).toEqual(
      expect.arrayContaining([
        ['HTTP status', '200'],
        ['Attempts', '1']
      ])
    )
  })

  it('lets an admin key send the event for another key', async () => {
    const run = await runAction(inputs({ 'api-key': admin.key, 'api-key-id': writer.id }))

    expect(run.exitCode).toBe(0)
    expect(run.outputs['api-key-id']).toBe(writer.id)
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ apiKeyId: writer.id })
  })

  it('sends sample-payload and warns about fields Diffio always sets itself', async () => {
    const run = await runAction(
      inputs({ 'sample-payload': '{"apiProjectId": "proj_9", "status": "complete"}' })
    )

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({
      samplePayload: { apiProjectId: 'proj_9', status: 'complete' }
    })
    const [warning] = annotations(run.stdout, 'warning')
    expectNamesInput(warning?.title, 'sample-payload')
    expectWords(warning?.text, [/^sample-payload sets status\b/, 'ignored'])
  })

  it('reports every bad input together, naming each one, and sends nothing', async () => {
    const run = await runAction(
      inputs({
        'event-type': 'generation.complete',
        mode: 'prod',
        'timeout-seconds': '0',
        'sample-payload': '[1]'
      })
    )

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(run.errors).toHaveLength(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, [/\b4\b/, 'invalid inputs'])
    expectWords(error?.text, [
      /^event-type .*did you mean generation\.completed\?/m,
      /^mode .*test or live.*"prod"/m,
      /^timeout-seconds must be/m,
      /^sample-payload .*JSON object/m
    ])
    expectNoStackTrace(run)
  })

  it('refuses a key that is not a valid header value without echoing it', async () => {
    const key = 'diffio_live_has space'
    const run = await runAction(inputs({ 'api-key': key }))

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(annotations(run.stdout, 'error')[0]?.text).toMatch(/^api-key .*visible ASCII/m)
    expectKeyOnlyMasked(run, key)
  })

  it('fails on a wrong key with the status, its class, the server message and what to do', async () => {
    const key = 'diffio_live_not_a_real_key_123'
    const run = await runAction(inputs({ 'api-key': key }))

    expect(run.exitCode).toBe(1)
    expect(run.outputs['status-code']).toBe('401')
    expect(run.outputs['svix-message-id']).toBeUndefined()
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, [/\b401\b/, 'API key'])
    expectWords(error?.text, [
      '401 Unauthorized',
      'auth error',
      'Invalid API key',
      'missing or wrong'
    ])
    expectNamesInput(error?.text, 'api-key')
    expect(server.requests).toHaveLength(1)
    expect(run.summary).toContain('Diffio test event failed')
    expectKeyOnlyMasked(run, key)
    expectNoStackTrace(run)
  })

  it('tells a pull request from a fork that GitHub withholds secrets there', async () => {
    const eventPath = await writeForkEvent()
    const run = await runAction(inputs({ 'api-key': 'diffio_live_missing' }), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('pull request from a fork')
  })

  it('tells a pull request from a fork whose key is empty that GitHub withholds secrets there', async () => {
    const eventPath = await writeForkEvent()
    const run = await runAction(inputs({ 'api-key': '' }), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('api-key is required')
    expect(run.errors[0]).toContain('pull request from a fork')
    expect(server.requests).toHaveLength(0)
  })

  it('fails when a non-admin key names another key, and says only admin keys may', async () => {
    const run = await runAction(inputs({ 'api-key-id': admin.id }))

    expect(run.exitCode).toBe(1)
    expect(run.outputs['status-code']).toBe('403')
    expect(run.errors[0]).toContain('(permission error)')
    expectWords(run.errors[0], ['admin keys'])
    expectNamesInput(run.errors[0], 'api-key-id')
  })

  it('never shows the key, even when the server echoes it back', async () => {
    server.queue({
      status: 400,
      body: (request) =>
        JSON.stringify({ error: `bad key ${request.headers.authorization}`, code: 'badKey' })
    })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('bad key Bearer ***')
    expectKeyOnlyMasked(run, writer.key)
  })

  it('retries a 503 and succeeds on the next attempt', async () => {
    server.queue({ status: 503, body: '{"error":"Svix is not configured"}' })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(2)
    const retryLine = run.stdout.split('\n').find((line) => /attempt 1 of 3\b/i.test(line))
    expectWords(retryLine, [
      '503',
      'retryable',
      'Svix is not configured',
      /Retrying (now|in \d+ ms|in \d+\.\d s)\.$/
    ])
    expect(summaryRows(run.summary)).toContainEqual(['Attempts', '2'])
  })

  it('gives up after max-retries and says how many attempts were made', async () => {
    const failure = { status: 500, body: '{"error":"failed to send test webhook"}' }
    server.queue(failure, failure)
    const run = await runAction(inputs({ 'max-retries': '1' }))

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(2)
    expect(run.outputs['status-code']).toBe('500')
    expect(run.errors[0]).toMatch(/\b2 attempts\b/)
    expect(run.errors[0]).toContain('failed to send test webhook')
    expect(run.errors[0]).toContain('try again')
  })

  it('shows a gateway page that is not JSON as a short excerpt', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>${'x'.repeat(5000)}</body></html>`
    server.queue({ status: 502, body: page, headers: { 'content-type': 'text/html' } })
    const run = await runAction(inputs({ 'max-retries': '0' }))

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('response body: 502 Bad Gateway 502 Bad Gateway')
    expect(run.errors[0]).not.toContain('<h1>')
    expect(run.errors[0]!.length).toBeLessThan(1000)
  })

  it('fails a 200 that is not the documented shape as an unexpected answer', async () => {
    server.queue({ status: 200, body: '{"svixMessageId":"msg_1"}' })
    const run = await runAction(inputs())

    expect(run.exitCode).toBe(1)
    expect(run.outputs['status-code']).toBe('200')
    expectWords(annotations(run.stdout, 'error')[0]?.title, [/\b200\b/, 'unexpected'])
    expect(run.errors[0]).toContain('eventId')
    expect(summaryRows(run.summary).flat()).not.toContain('complete')
  })

  it('in a dry run says what it would send first, then what it would do around it, then that nothing was sent', async () => {
    const run = await runAction(
      inputs({
        'dry-run': 'true',
        'event-type': 'all',
        'receipt-url': 'https://hooks.example.com/receipts/{event-id}'
      })
    )

    const order = [
      '::group::Dry run: the 4 requests that would be sent',
      'It would then poll GET',
      'Dry run: nothing was sent to Diffio.'
    ].map((text) => run.stdout.indexOf(text))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('in a dry run prints the request with the key redacted and sends nothing', async () => {
    const run = await runAction(
      inputs({ 'dry-run': 'true', 'sample-payload': '{"apiProjectId":"p"}' })
    )

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)
    expect(run.stdout).toContain(`POST ${server.url}/v1/webhooks/send_test_event`)
    expect(run.stdout).toContain('authorization: Bearer ***')
    expect(run.stdout).toContain(
      '{"eventType":"generation.completed","mode":"test","samplePayload":{"apiProjectId":"p"}}'
    )
    expect(run.outputs['svix-message-id']).toBeUndefined()
    expect(run.outputs['event-id']).toBeUndefined()
    expectKeyOnlyMasked(run, writer.key)
  })

  it('never lets server text start a workflow command on a line of its own', async () => {
    server.queue(
      {
        status: 503,
        body: '{"error":"busy\\n::error title=Injected::owned"}',
        headers: { 'retry-after': '0' }
      },
      {
        status: 200,
        body: JSON.stringify({
          svixMessageId: 'm\n::warning::injected',
          eventId: 'e',
          eventType: 'generation.completed',
          mode: 'test',
          apiKeyId: 'k'
        })
      }
    )
    const run = await runAction(inputs())

    // An id with a line break is no id: the step fails, naming the field, and the line starts no command.
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('svixMessageId holds control characters')
    expect(run.stdout).not.toMatch(/^::error title=Injected/m)
    expect(run.stdout).not.toMatch(/^::warning::injected/m)
  })

  it('still fails the step with its annotation, and no stack trace, when the output file cannot be written', async () => {
    const run = await runAction(inputs({ 'api-key': 'diffio_live_wrong' }), {
      GITHUB_OUTPUT: '/nonexistent/output'
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(2)
    expect(run.errors[0]).toContain('401 Unauthorized')
    const outputsError = annotations(run.stdout, 'error')[1]
    expectWords(outputsError?.title, ['step outputs'])
    expectWords(outputsError?.text, ['GITHUB_OUTPUT', '/nonexistent/output', 'ENOENT'])
    expectNoStackTrace(run)
  })

  it.each([
    ['missing', undefined, 'GITHUB_OUTPUT is not set'],
    ['a folder', tmpdir(), 'EISDIR']
  ])(
    'fails the step after the send when GITHUB_OUTPUT is %s, naming what Diffio accepted and its ids',
    async (_case, file, said) => {
      const run = await runAction(inputs(), { GITHUB_OUTPUT: file })

      expect(run.exitCode).toBe(1)
      expect(server.requests).toHaveLength(1)
      const svixMessageId = summaryRows(run.summary).find(
        ([field]) => field === 'Svix message id'
      )![1]!
      const eventId = summaryRows(run.summary).find(([field]) => field === 'Event id')![1]!
      expect(run.errors).toHaveLength(1)
      const [error] = annotations(run.stdout, 'error')
      expectWords(error?.title, ['step outputs'])
      expectWords(error?.text, [said, 'accepted generation.completed', svixMessageId, eventId])
      expectWords(error?.text, ['GITHUB_OUTPUT', 'set by the GitHub runner'])
    }
  )

  it('sets status-code from the last answer when a later attempt got none', async () => {
    server.queue(
      { status: 503, body: '{"error":"busy"}', headers: { 'retry-after': '0' } },
      { reset: true }
    )
    const run = await runAction(inputs({ 'max-retries': '1' }))

    expect(run.exitCode).toBe(1)
    expect(run.outputs['status-code']).toBe('503')
    expect(run.errors[0]).toMatch(/\b2 attempts\b/)
  })

  it('fails without a stack trace when nothing listens at base-url', async () => {
    const closed = await startDiffioServer()
    const url = closed.url
    await closed.close()
    const run = await runAction(inputs({ 'base-url': url, 'max-retries': '0' }))

    expect(run.exitCode).toBe(1)
    const [error] = annotations(run.stdout, 'error')
    expectWords(error?.title, ['could not reach'])
    expectWords(error?.text, ['refused'])
    expect(run.outputs['status-code']).toBeUndefined()
    expectNoStackTrace(run)
  })

  it('puts the event type, the mode and the Diffio host in the failure summary', async () => {
    const run = await runAction(
      inputs({
        'api-key': 'diffio_live_wrong_0123456789',
        mode: 'live',
        'event-type': 'generation.queued'
      })
    )

    expect(run.exitCode).toBe(1)
    expect(summaryRows(run.summary)).toEqual(
      expect.arrayContaining([
        ['Event type', 'generation.queued'],
        ['Mode', 'live'],
        ['Diffio host', new URL(server.url).host]
      ])
    )
  })
})

describe('workflows as new users write them', () => {
  it('runs a dry run with an empty key, as a fork pull request gets, and says so', async () => {
    const run = await runAction(inputs({ 'api-key': '', 'dry-run': 'true' }))

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)
    expect(run.stdout).toMatch(/^api-key is empty\b.*\bdry run\b.*\bsends nothing\b/m)
    expect(run.stdout).toContain('authorization: Bearer (none given)')
  })

  it('suggests the dry-run expression that needs no placeholder key when a fork pull request has no key', async () => {
    const run = await runAction(inputs({ 'api-key': '' }), {
      GITHUB_EVENT_PATH: await writeForkEvent()
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("dry-run: ${{ secrets.DIFFIO_API_KEY == '' }}")
  })

  it.each([
    ['INPUT_EVENTTYPE', 'eventType', 'event-type'],
    ['INPUT_EVENT_TYPE', 'event_type', 'event-type'],
    ['INPUT_APIKEYID', 'apiKeyId', 'api-key-id'],
    ['INPUT_EVENT-TPYE', 'event-tpye', 'event-type']
  ])(
    'fails before sending when %s is set, naming the input it was meant to be',
    async (variable, _written, meant) => {
      const run = await runAction(inputs(), { [variable]: 'generation.failed' })

      expect(run.exitCode).toBe(1)
      expect(server.requests).toHaveLength(0)
      expect(run.errors[0]).toContain(`rename it to ${meant}`)
    }
  )

  it('fails before sending when the key is passed as api_key, naming api-key', async () => {
    const run = await runAction(inputs({ 'api-key': '' }), { INPUT_API_KEY: writer.key })

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    expectWords(run.errors[0], [/\bapi-key\b.*\banother name\b/, 'INPUT_API_KEY'])
    expect(run.stdout + run.stderr).not.toContain(writer.key)
  })

  it('warns about an input unlike any of its own, and still sends', async () => {
    const run = await runAction(inputs(), { INPUT_WEBHOOK_URL: 'https://example.com/hook' })

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(1)
    const [warning] = annotations(run.stdout, 'warning')
    expectWords(warning?.title, ['unknown input'])
    expectWords(warning?.text, ['"webhook_url"', 'not an input', 'ignored'])
  })

  it.each([
    ['INPUT_EVENTS', 'event-type'],
    ['INPUT_PAYLOAD', 'sample-payload'],
    ['INPUT_RETRIES', 'max-retries']
  ])(
    'fails before sending when %s is set, as it shares a word with %s alone',
    async (variable, meant) => {
      const run = await runAction(inputs(), { [variable]: 'x' })

      expect(run.exitCode).toBe(1)
      expect(server.requests).toHaveLength(0)
      expect(run.errors[0]).toContain(`rename it to ${meant}`)
    }
  )

  it('explains proxy settings that cannot be used, with a title and a summary, and sends nothing', async () => {
    const run = await runAction(inputs(), { HTTPS_PROXY: 'not a url' })

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('The proxy settings cannot be used')
    expect(run.errors[0]).not.toContain('Unexpected error')
    expect(run.summary).toContain('Diffio test event not sent')
  })

  it('still warns about an input unlike any of its own when another input fails the step', async () => {
    const run = await runAction(inputs({ mode: 'staging' }), {
      INPUT_WEBHOOK_URL: 'https://example.com/hook'
    })

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    const [warning] = annotations(run.stdout, 'warning')
    expectWords(warning?.title, ['unknown input'])
    expectWords(warning?.text, ['"webhook_url"', 'not an input', 'ignored'])
  })

  it('refuses a placeholder key before sending, says the minimum, and leaves the log ungarbled', async () => {
    const run = await runAction(inputs({ 'api-key': 'test' }))

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(annotations(run.stdout, 'error')[0]?.text).toMatch(/^api-key .*at least 16 characters/m)
    expect(run.stdout).not.toContain('::add-mask::')
    expect(run.stdout).not.toContain('***')
  })
})
