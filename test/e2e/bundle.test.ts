import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actionFile, runAction, summaryRows } from '../../demo/action-runner.ts'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { startReceiver, type Receiver } from '../../examples/receiver/server.ts'
import { startAcceptingReceiver, type TestReceiver } from '../check-receiver/receivers.ts'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'
import {
  bundleWaitMs,
  freshBundle,
  runBundledAction,
  runBundledCheckReceiverAction,
  runBundledCli
} from '../support/bundle-runner.js'
import { expectNoStackTrace } from '../support/expectations.js'
import { runnerCommands } from '../support/runner-log.js'

// Smoke tests: the four entry points of a bundle built from the source for this test run, run as
// child processes the way the GitHub runner and a terminal run them. Everything else they do is
// tested in-process; these show the bundle is whole and each entry point is wired to its shell.

const writer = testKeys[0]!
const running: Array<DiffioServer | Receiver | TestReceiver | ConnectProxy> = []

beforeAll(async () => {
  await freshBundle()
}, bundleWaitMs)

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()))
})

async function started<T extends DiffioServer | Receiver | TestReceiver | ConnectProxy>(
  starting: Promise<T>
): Promise<T> {
  const server = await starting
  running.push(server)
  return server
}

describe('the freshly built bundle, run as the runner and a terminal run it', () => {
  it('action: runs without dist/svix.js, which only check-receiver loads, to sign', async () => {
    const diffio = await started(startDiffioServer())
    const copy = await mkdtemp(join(tmpdir(), 'diffio-no-svix-'))
    try {
      await cp(await freshBundle(), copy, {
        recursive: true,
        filter: (path) => !path.endsWith('svix.js')
      })
      const run = await runAction(
        { 'api-key': writer.key, 'base-url': diffio.url },
        {},
        actionFile,
        join(copy, 'index.js')
      )

      expect(run.exitCode, run.stderr).toBe(0)
      expect(run.outputs['svix-message-id']).toMatch(/^msg_/)
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })

  it('action: masks the key first, sends the event, sets the outputs and writes the summary', async () => {
    const diffio = await started(startDiffioServer())
    const run = await runBundledAction({ 'api-key': writer.key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${writer.key}`)
    expect(diffio.requests).toHaveLength(1)
    expect(run.outputs).toMatchObject({
      'event-type': 'generation.completed',
      mode: 'test',
      'api-key-id': writer.id,
      'status-code': '200'
    })
    expect(run.outputs['svix-message-id']).toMatch(/^msg_/)
    expect(summaryRows(run.summary)).toContainEqual(['HTTP status', '200'])
  })

  it('action: fails the step with one annotation when Diffio refuses, and no server text becomes a command', async () => {
    const diffio = await started(startDiffioServer())
    diffio.queue({
      status: 403,
      body: JSON.stringify({ error: 'no\n::warning::forged ##[set-output name=receipt;]x' })
    })
    const run = await runBundledAction({ 'api-key': writer.key, 'base-url': diffio.url })

    expect(run.exitCode).toBe(1)
    expect(runnerCommands(run.stdout).map(({ command }) => command)).toEqual([
      'add-mask',
      'group',
      'debug',
      'endgroup',
      'error'
    ])
    expect(run.errors[0]).toMatch(/^::error title=[^:]*\(403\)::/)
    expect(run.outputs.receipt).toBeUndefined()
    expectNoStackTrace(run)
  })

  it('CLI: prints one JSON line for the event on stdout and exits 0', async () => {
    const diffio = await started(startDiffioServer())
    const run = await runBundledCli('cli.js', ['--base-url', diffio.url], {
      DIFFIO_API_KEY: writer.key
    })

    expect(run.exitCode).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(run.stdout)).toMatchObject({
      eventType: 'generation.completed',
      mode: 'test',
      ok: true,
      statusCode: 200
    })
    expect(run.stderr + run.stdout).not.toContain(writer.key)
  })

  it('check-receiver action: passes the reference receiver and sets its outputs', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`
    const receiver = await started(
      startReceiver({ secret, receiptToken: 'receipt-token-for-tests' })
    )
    const run = await runBundledCheckReceiverAction({
      url: receiver.webhookUrl,
      'webhook-secret': secret
    })

    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${secret}`)
    expect(run.outputs.passed).toBe('true')
    expect(run.summary).toContain('Receiver check passed')
  })

  it('check-receiver CLI: exits 1 for a receiver that accepts forgeries, with the results on stdout', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`
    const receiver = await started(startAcceptingReceiver())
    const run = await runBundledCli('check-receiver-cli.js', ['--url', receiver.webhookUrl], {
      DIFFIO_WEBHOOK_SECRET: secret
    })

    expect(run.exitCode).toBe(1)
    const rows = JSON.parse(run.stdout) as Array<{ check: string; expected: string; ok: boolean }>
    const forged = rows.filter((row) => row.expected === 'refused')
    expect(forged.length).toBeGreaterThan(0)
    expect(forged.every((row) => !row.ok)).toBe(true)
    expect(rows.filter((row) => row.expected === 'accepted').every((row) => row.ok)).toBe(true)
    expect(run.stderr).toContain('forged deliveries')
    expect(run.stderr + run.stdout).not.toContain(secret)
    expectNoStackTrace(run)
  })

  it('CLI: trusts the CA named in NODE_EXTRA_CA_CERTS, which Node reads at start-up, through a CONNECT proxy', async () => {
    const tls = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url))
    const diffio = await started(
      startDiffioServer({
        tls: { key: readFileSync(tls('server-key.pem')), cert: readFileSync(tls('server.pem')) }
      })
    )
    // A name that is not loopback, so the request goes through the proxy, which tunnels it to this machine.
    const proxy = await started(startConnectProxy({ aliases: { 'diffio.test': '127.0.0.1' } }))
    const port = new URL(diffio.url).port
    const run = await runBundledCli('cli.js', ['--base-url', `https://diffio.test:${port}`], {
      DIFFIO_API_KEY: writer.key,
      HTTPS_PROXY: proxy.url,
      NODE_EXTRA_CA_CERTS: tls('ca.pem')
    })

    expect(run.exitCode, run.stderr).toBe(0)
    expect(proxy.connects).toEqual([`diffio.test:${port}`])
    expect(JSON.parse(run.stdout)).toMatchObject({ eventType: 'generation.completed', ok: true })
  })
})
