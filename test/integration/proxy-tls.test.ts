import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startConnectProxy, type ConnectProxy, type ConnectProxyOptions } from '../support/connect-proxy.js'
import { startDiffioServer, type DiffioServer } from '../../demo/diffio-server.ts'
import { writerKey } from '../support/send-helpers.js'

// Node reads NODE_EXTRA_CA_CERTS only at start-up, so these run the bundled CLI as a child process.

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const tlsFixture = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url))
const testCa = tlsFixture('ca.pem')

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs dist/cli.js with only the given environment, so no proxy or CA of this machine leaks in. */
function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? '', DIFFIO_API_KEY: writerKey, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
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
    tls: { key: readFileSync(tlsFixture('server-key.pem')), cert: readFileSync(tlsFixture('server.pem')) }
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

    const run = await runCli(flagsFor(server), { HTTPS_PROXY: tunnel.url, NODE_EXTRA_CA_CERTS: testCa })

    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(tunnel.connects).toEqual([`${serverName}:${portOf(server.url)}`])
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${writerKey}`)
    const body = JSON.parse(run.stdout.trim()) as Record<string, unknown>
    expect(body.svixMessageId).toEqual(expect.stringMatching(/^msg_/))
    expect(body).toMatchObject({ eventType: 'generation.completed', mode: 'test', apiKeyId: 'key_writer' })
    expect(run.stderr).not.toContain('experimental')
  })

  it('goes straight to a host named in NO_PROXY', async () => {
    const tunnel = await startProxy()

    const run = await runCli(flagsFor(server, 'localhost'), { HTTPS_PROXY: tunnel.url, NO_PROXY: 'localhost', NODE_EXTRA_CA_CERTS: testCa })

    expect(run.code).toBe(0)
    expect(tunnel.connects).toEqual([])
    expect(server.requests).toHaveLength(1)
    expect(JSON.parse(run.stdout.trim())).toHaveProperty('svixMessageId')
  })

  it('fails once, pointing at NODE_EXTRA_CA_CERTS, when the CA is not trusted', async () => {
    const tunnel = await startProxy()

    const run = await runCli(flagsFor(server), { HTTPS_PROXY: tunnel.url })

    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
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

    const run = await runCli(flagsFor(server), { HTTPS_PROXY: tunnel.url, NODE_EXTRA_CA_CERTS: testCa })

    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('error: Could not reach Diffio')
    expect(run.stderr).toContain(`The proxy refused to open a tunnel to ${serverName}:${portOf(server.url)}: it wants credentials`)
    expect(run.stderr).toContain('HTTPS_PROXY')
    expect(tunnel.connects).toEqual([`${serverName}:${portOf(server.url)}`])
    expect(server.requests).toHaveLength(0)
  })
})
