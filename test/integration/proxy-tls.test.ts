import { readFileSync } from 'node:fs'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startConnectProxy,
  type ConnectProxy,
  type ConnectProxyOptions
} from '../support/connect-proxy.js'
import { startDiffioServer, type DiffioServer } from '../../demo/diffio-server.ts'
import { runCli as runCliShell } from '../support/cli-harness.js'
import { expectWords } from '../support/meaning.js'
import { writerKey } from '../support/send-helpers.js'

// A private CA is trusted through NODE_EXTRA_CA_CERTS, which Node reads only at start-up: these run the
// CLI's shell in-process with the test CA added to this process's default CAs, which is what
// NODE_EXTRA_CA_CERTS does; test/e2e/bundle.test.ts runs the bundled CLI with the variable itself.

const tlsFixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url))
const testCa = tlsFixture('ca.pem')
const defaultCas = getCACertificates('default')

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the CLI with only the given environment, so no proxy of this machine leaks in; NODE_EXTRA_CA_CERTS trusts the test CA. */
async function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const { NODE_EXTRA_CA_CERTS: extraCas, ...rest } = env
  setDefaultCACertificates(
    extraCas === undefined ? defaultCas : [...defaultCas, readFileSync(extraCas, 'utf8')]
  )
  try {
    const run = await runCliShell(args, { DIFFIO_API_KEY: writerKey, ...rest })
    return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr }
  } finally {
    setDefaultCACertificates(defaultCas)
  }
}

let server: DiffioServer
let proxy: ConnectProxy | undefined

/** The name the proxy tunnels to the loopback server: loopback names themselves never go through a proxy. */
const serverName = 'diffio.test'

async function startProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  proxy = await startConnectProxy({ aliases: { [serverName]: '127.0.0.1' }, ...options })
  return proxy
}

beforeEach(async () => {
  server = await startDiffioServer({
    tls: {
      key: readFileSync(tlsFixture('server-key.pem')),
      cert: readFileSync(tlsFixture('server.pem'))
    }
  })
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  await server.close()
})

const portOf = (url: string) => new URL(url).port

/** The CLI's flags for the TLS server, reached by name so the certificate's DNS names are checked. */
const flagsFor = (diffio: DiffioServer, host = serverName) => [
  '--base-url',
  `https://${host}:${portOf(diffio.url)}`,
  '--event-type',
  'generation.completed',
  '--mode',
  'test',
  '--timeout-seconds',
  '5',
  '--max-retries',
  '2'
]

describe('https through a CONNECT proxy', () => {
  it('reaches the TLS server through the proxy when the test CA is trusted', async () => {
    const tunnel = await startProxy()

    const run = await runCli(flagsFor(server), {
      HTTPS_PROXY: tunnel.url,
      NODE_EXTRA_CA_CERTS: testCa
    })

    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(tunnel.connects).toEqual([`${serverName}:${portOf(server.url)}`])
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${writerKey}`)
    const body = JSON.parse(run.stdout.trim()) as Record<string, unknown>
    expect(body.svixMessageId).toEqual(expect.stringMatching(/^msg_/))
    expect(body).toMatchObject({
      eventType: 'generation.completed',
      mode: 'test',
      apiKeyId: 'key_writer'
    })
    expect(run.stderr).not.toContain('experimental')
  })

  it('goes straight to a host named in NO_PROXY', async () => {
    const tunnel = await startProxy()

    const run = await runCli(flagsFor(server, 'localhost'), {
      HTTPS_PROXY: tunnel.url,
      NO_PROXY: 'localhost',
      NODE_EXTRA_CA_CERTS: testCa
    })

    expect(run.code).toBe(0)
    expect(tunnel.connects).toEqual([])
    expect(server.requests).toHaveLength(1)
    expect(JSON.parse(run.stdout.trim())).toHaveProperty('svixMessageId')
  })

  it('fails once, pointing at NODE_EXTRA_CA_CERTS, when the CA is not trusted', async () => {
    const tunnel = await startProxy()

    const run = await runCli(flagsFor(server), { HTTPS_PROXY: tunnel.url })

    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, statusCode: null })
    expect(run.stderr).toContain('error: Could not reach Diffio')
    expect(run.stderr).toContain('TLS certificate is not trusted')
    expect(run.stderr).toContain('NODE_EXTRA_CA_CERTS')
    expect(run.stderr).not.toContain('Retrying')
    expect(tunnel.connects).toHaveLength(1)
    expect(server.requests).toHaveLength(0)
  })

  it('fails once, pointing at NODE_EXTRA_CA_CERTS, when the CA is not trusted and no proxy is set', async () => {
    const run = await runCli(flagsFor(server, 'localhost'), {})

    expect(run.code).toBe(1)
    expect(run.stderr).toContain('TLS certificate is not trusted')
    expect(run.stderr).toContain('NODE_EXTRA_CA_CERTS')
    expect(run.stderr).not.toContain('Retrying')
    expect(server.requests).toHaveLength(0)
  })

  it('fails with a clear message when the proxy answers 407 to CONNECT', async () => {
    const tunnel = await startProxy({ requireAuth: true })

    const run = await runCli(flagsFor(server), {
      HTTPS_PROXY: tunnel.url,
      NODE_EXTRA_CA_CERTS: testCa
    })

    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, statusCode: null })
    expect(run.stderr).toContain('error: Could not reach Diffio')
    expectWords(run.stderr, [
      'proxy refused',
      `${serverName}:${portOf(server.url)}`,
      'wants credentials'
    ])
    expect(run.stderr).toContain('HTTPS_PROXY')
    expect(tunnel.connects).toEqual([`${serverName}:${portOf(server.url)}`])
    expect(server.requests).toHaveLength(0)
  })
})
