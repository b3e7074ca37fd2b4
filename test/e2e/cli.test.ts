import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readActionDefinition } from '../../demo/action-runner.ts'
import { runCli } from '../support/cli-harness.js'
import { expectNamesInput, expectWords } from '../support/meaning.js'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'

const [writer, admin] = testKeys as [(typeof testKeys)[0], (typeof testKeys)[0]]

let server: DiffioServer
beforeEach(async () => {
  server = await startDiffioServer()
})
afterEach(async () => {
  await server.close()
})

const asKey = (key: string = writer.key) => ({ DIFFIO_API_KEY: key })

describe('the CLI', () => {
  it('prints the 200 body as one line of JSON on stdout and exits 0', async () => {
    const run = await runCli(
      ['--base-url', server.url, '--event-type', 'generation.queued', '--mode', 'live'],
      asKey()
    )

    expect(run.exitCode).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const body = JSON.parse(run.stdout) as Record<string, string>
    expect(body).toMatchObject({
      eventType: 'generation.queued',
      mode: 'live',
      apiKeyId: writer.id
    })
    expect(body.svixMessageId).toMatch(/^msg_/)
    expect(run.stderr).toContain(`Svix message ${body.svixMessageId}`)
  })

  it('takes the base URL from DIFFIO_API_BASE_URL when no flag is given', async () => {
    const run = await runCli([], { ...asKey(), DIFFIO_API_BASE_URL: server.url })

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(1)
  })

  it('sends for another key with an admin key and --api-key-id', async () => {
    const run = await runCli(
      ['--base-url', server.url, '--api-key-id', writer.id],
      asKey(admin.key)
    )

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ apiKeyId: writer.id })
  })

  it('exits 2 on invalid flags, naming each, and sends nothing', async () => {
    const run = await runCli(
      ['--base-url', server.url, '--mode', 'tset', '--max-retries', 'many'],
      asKey()
    )

    expect(run.exitCode).toBe(2)
    expect(server.requests).toHaveLength(0)
    expect(run.stdout).toBe('')
    expectWords(run.stderr, [
      /^--mode .*test or live.*"tset"/m,
      /^--max-retries .*whole number.*\b0 to 10\b/m
    ])
  })

  it('exits 2 when DIFFIO_API_KEY is missing and names the variable', async () => {
    const run = await runCli(['--base-url', server.url])

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('DIFFIO_API_KEY is required')
  })

  it.each([
    ['--api-key', 'KEY'],
    ['--api-key=KEY'],
    ['--apiKey', 'KEY'],
    ['--api_key=KEY'],
    ['--key', 'KEY']
  ])('answers %s with how to set DIFFIO_API_KEY, never with the value', async (...args) => {
    const run = await runCli(args.map((arg) => arg.replace('KEY', writer.key)))

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('export DIFFIO_API_KEY=...')
    expect(run.stderr).not.toContain(writer.key)
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    ['--eventType', '--event-type'],
    ['--event_type', '--event-type'],
    ['--dryrun', '--dry-run'],
    ['--base-uri', '--base-url']
  ])('suggests the flag meant by %s', async (typed, meant) => {
    const run = await runCli([typed, 'x'], asKey())

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain(`unknown option ${typed} (did you mean ${meant}?)`)
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    ['a Diffio key', () => `--${writer.key}`],
    ['a signing secret', () => `--whsec_${Buffer.from('0123456789abcdef0123').toString('base64')}`],
    ['a long token', () => `--tok${'a1b2'.repeat(10)}`]
  ])('does not repeat %s typed as a flag name', async (_name, flag) => {
    const typed = flag()
    const run = await runCli([typed, 'x'], asKey())

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('unknown option (not shown, in case it is a key)')
    expect(run.stderr).not.toContain(typed.slice(2))
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    [['--mode'], '--mode'],
    [['--dry-run=yes'], '--dry-run'],
    [['--mode', '--dry-run'], '--mode']
  ])(
    'exits 2 for %j, a flag without its value or a switch given one, naming it',
    async (args, flag) => {
      const run = await runCli(['--base-url', server.url, ...args], asKey())

      expect(run.exitCode).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(flag)
      expect(run.stderr).toContain('Run diffio-send-test-event --help for usage.')
      expect(server.requests).toHaveLength(0)
    }
  )

  it('says to export DIFFIO_API_KEY when the key is missing', async () => {
    const run = await runCli(['--base-url', server.url])

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('DIFFIO_API_KEY is required')
    expect(run.stderr).toContain('export DIFFIO_API_KEY=...')
  })

  it('runs a dry run without a key, and says so', async () => {
    const run = await runCli(['--dry-run', '--base-url', server.url])

    expect(run.exitCode).toBe(0)
    expect(run.stderr).toMatch(/^DIFFIO_API_KEY is empty\b.*\bdry run\b/m)
    expect(run.stderr).toContain('authorization: Bearer (none given)')
    expect(server.requests).toHaveLength(0)
  })

  it('exits 1 on an API error, with the status on stdout, and the status, class and what to do on stderr, the title once', async () => {
    const key = 'diffio_live_wrong_key_456'
    const run = await runCli(['--base-url', server.url], asKey(key))

    expect(run.exitCode).toBe(1)
    const line = JSON.parse(run.stdout) as { error: string }
    expect(line).toEqual({
      eventType: 'generation.completed',
      mode: 'test',
      ok: false,
      statusCode: 401,
      attempts: 1,
      error: line.error
    })
    expect(line.error).toMatch(/API key.*\(401\)/)
    expect(run.stderr.split(line.error)).toHaveLength(2)
    expectWords(run.stderr, ['401 Unauthorized', 'auth error', 'Invalid API key'])
    expectNamesInput(run.stderr, 'DIFFIO_API_KEY')
    expectWords(run.stderr, ['missing or wrong'])
    expect(run.stderr + run.stdout).not.toContain(key)
  })

  it('retries as the action does and logs each retry on stderr', async () => {
    server.queue({ status: 429, body: '{"error":"slow down"}', headers: { 'retry-after': '0' } })
    const run = await runCli(['--base-url', server.url], asKey())

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(2)
    const retryLine = run.stderr.split('\n').find((line) => /attempt 1 of 3\b/i.test(line))
    expectWords(retryLine, ['429', 'retryable', 'slow down'])
  })

  it('never prints the key when the server echoes it', async () => {
    server.queue({
      status: 403,
      body: (request) =>
        JSON.stringify({ error: `key ${request.headers.authorization} not active` })
    })
    const run = await runCli(['--base-url', server.url], asKey())

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('key Bearer *** not active')
    expect(run.stderr + run.stdout).not.toContain(writer.key)
  })

  it('does not echo the key when it is given as a stray argument', async () => {
    const run = await runCli(['--base-url', server.url, writer.key], asKey())

    expect(run.exitCode).toBe(2)
    expectWords(run.stderr, [/unexpected argument\b.*\b3\b.*\bnot shown\b/])
    expect(run.stderr).not.toContain(writer.key)
  })

  it('exits 1 naming the proxy variable when it is not a URL', async () => {
    const run = await runCli(['--base-url', server.url], {
      ...asKey(),
      HTTPS_PROXY: 'proxy.corp:3128'
    })

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('The proxy settings cannot be used')
    expect(run.stderr).toContain('HTTPS_PROXY')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(server.requests).toHaveLength(0)
  })

  it('names DIFFIO_API_BASE_URL when the base URL it gave is bad', async () => {
    const run = await runCli([], { ...asKey(), DIFFIO_API_BASE_URL: 'http://example.com' })

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('DIFFIO_API_BASE_URL must use https')
  })

  it('says first in a dry run which requests would be sent, then the notes', async () => {
    const run = await runCli([
      '--base-url',
      server.url,
      '--dry-run',
      '--event-type',
      'all',
      '--receipt-url',
      'https://hooks.example.com/r/{event-id}'
    ])

    expect(run.exitCode).toBe(0)
    const headline = run.stderr.indexOf('Dry run: these 4 requests would be sent.')
    expect(headline).toBeGreaterThanOrEqual(0)
    expect(run.stderr.indexOf('DIFFIO_API_KEY is empty')).toBeGreaterThan(headline)
    expect(run.stderr.indexOf('It would then poll')).toBeGreaterThan(headline)
  })

  it('prints the request in a dry run without sending it', async () => {
    const run = await runCli(['--base-url', server.url, '--dry-run'], asKey())

    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)
    expect(run.stderr).toContain('authorization: Bearer ***')
    expect(run.stderr).not.toContain(writer.key)
  })

  it('explains that the key comes only from DIFFIO_API_KEY in --help', async () => {
    const run = await runCli(['--help'])

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('DIFFIO_API_KEY')
    expect(run.stdout).toContain('shell history')
  })

  it('shows the same defaults as action.yml', async () => {
    const { inputs } = await readActionDefinition()
    const help = (await runCli(['--help'])).stdout

    for (const name of ['event-type', 'mode', 'timeout-seconds', 'max-retries', 'base-url']) {
      // An option's text runs from its flag to the next flag.
      const block = help
        .split(/\n(?= {2}-)/)
        .find((text) => text.trimStart().startsWith(`--${name} `))
      expect(block, name).toContain(`${inputs[name]?.default})`)
    }
  })

  it('prints its version', async () => {
    const run = await runCli(['--version'])
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
