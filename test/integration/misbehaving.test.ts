import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTcpServer, type AddressInfo } from 'node:net'
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeSendFailure, explainSendFailure } from '../../src/send-test-event/explain.js'
import { runSequence } from '../../src/send-test-event/run.js'
import { succeeded } from '../../src/send-test-event/results.js'
import { resultEntry } from '../../src/runner/outputs.js'
import { sendTestEvent } from '../../src/send-test-event/send.js'
import { rawInputs } from '../support/inputs.js'
import { expectExplanation, expectWords } from '../support/meaning.js'
import {
  delivered,
  labelAsInput,
  sendFailure,
  settingsFor,
  withoutProxyVariables,
  writerKey,
  explanationOf
} from '../support/send-helpers.js'

/** A loopback server that answers every request with the handler's answer, counting requests. */
async function answering(handler: (response: ServerResponse, request: IncomingMessage) => void) {
  const requests: IncomingMessage[] = []
  const server = createServer((request, response) => {
    requests.push(request)
    request.resume()
    request.on('end', () => handler(response, request))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }
}

const closers: Array<() => Promise<void>> = []
beforeEach(() => withoutProxyVariables())
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  vi.unstubAllEnvs()
})

const event = {
  svixMessageId: 'msg_1',
  eventId: 'evt_1',
  eventType: 'generation.completed',
  mode: 'test',
  apiKeyId: 'key_1'
}
const noSleep = { sleep: async () => {} }

describe('an answer compressed though nobody asked', () => {
  it('asks for the identity encoding', async () => {
    const server = await answering((response) => response.end(JSON.stringify(event)))
    await delivered(sendTestEvent(settingsFor(server.url)))
    expect(server.requests[0]?.headers['accept-encoding']).toBe('identity')
  })

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync]
  ])('is read when it comes as %s', async (encoding, compress) => {
    const server = await answering((response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding })
      response.end(compress(Buffer.from(JSON.stringify(event))))
    })
    const delivery = await delivered(sendTestEvent(settingsFor(server.url)))
    expect(delivery.event).toEqual(event)
  })

  it('is read when two codings were applied one after the other', async () => {
    const server = await answering((response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip, br'
      })
      response.end(brotliCompressSync(gzipSync(Buffer.from(JSON.stringify(event)))))
    })
    const delivery = await delivered(sendTestEvent(settingsFor(server.url)))
    expect(delivery.event).toEqual(event)
  })

  it('is refused, not inflated, when it decompresses past the size cap', async () => {
    const server = await answering((response) => {
      response.writeHead(200, { 'content-encoding': 'gzip' })
      response.end(gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x20)))
    })
    const failure = await sendFailure(sendTestEvent(settingsFor(server.url)))
    expect(failure.failure).toMatchObject({
      kind: 'unreadable-body',
      problem: { kind: 'too-large', how: 'decompressed' }
    })
    expect(describeSendFailure(failure.failure)).toContain('once decompressed')
  })

  it('says what is wrong with an encoding it cannot decode', async () => {
    const server = await answering((response) => {
      response.writeHead(200, { 'content-encoding': 'zstd' })
      response.end('not really zstd')
    })
    const failure = await sendFailure(sendTestEvent(settingsFor(server.url)))
    expect(failure.failure).toEqual({
      kind: 'unreadable-body',
      status: 200,
      problem: { kind: 'undecodable', coding: 'zstd', corrupt: false }
    })
    expectWords(describeSendFailure(failure.failure), ['"zstd"', 'cannot decode'])
  })
})

describe('an answer whose body ends before its declared length', () => {
  /** Declares a longer body than it sends, then closes the connection. */
  const cutShort = (status: number, body: string) => (response: ServerResponse) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(body.length + 100)
    })
    response.write(body)
    setImmediate(() => response.socket?.destroy())
  }

  it('is still a 503: retried as one, its status kept, never "could not reach"', async () => {
    const server = await answering(cutShort(503, '{"error":"busy"}'))
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server.url, { 'max-retries': '2' }), noSleep)
    )

    expect(server.requests).toHaveLength(3)
    expect(failure.attempts).toBe(3)
    expect(failure.lastStatus).toBe(503)
    expect(failure.failure).toMatchObject({
      kind: 'error-status',
      status: 503,
      bodyProblem: { kind: 'cut-short', receivedBytes: 16 }
    })
    expectWords(describeSendFailure(failure.failure), [
      '503 Service Unavailable',
      'retryable',
      'busy',
      /broke off after 16 bytes/
    ])
    const explanation = explainSendFailure(failure, { label: labelAsInput })
    expectExplanation(explanation, { status: 503, title: ['unavailable'] })
    expect(`${explanation.title} ${explanation.message}`).not.toMatch(/could not reach/i)
  })

  it('is a 400 that is not retried, with the message that arrived', async () => {
    const server = await answering(cutShort(400, '{"error":"mode must be test or live"}'))
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server.url, { 'max-retries': '2' }), noSleep)
    )

    expect(server.requests).toHaveLength(1)
    expect(failure.failure).toMatchObject({
      kind: 'error-status',
      status: 400,
      serverMessage: 'mode must be test or live'
    })
  })

  it('is a 200 whose outputs cannot be set, retried for a whole answer', async () => {
    let answers = 0
    const server = await answering((response) => {
      answers += 1
      if (answers === 1) return cutShort(200, '{"svixMessageId":"msg_')(response)
      response.end(JSON.stringify(event))
    })
    const delivery = await delivered(
      sendTestEvent(settingsFor(server.url, { 'max-retries': '1' }), noSleep)
    )

    expect(server.requests).toHaveLength(2)
    expect(delivery.event).toEqual(event)
  })

  it('says a cut 200 broke off, when no retry is left', async () => {
    const server = await answering(cutShort(200, '{"svixMessageId":"msg_'))
    const failure = await sendFailure(sendTestEvent(settingsFor(server.url)))

    expect(failure.failure).toMatchObject({
      kind: 'unreadable-body',
      status: 200,
      problem: { kind: 'cut-short', receivedBytes: 22 }
    })
    expectWords(describeSendFailure(failure.failure), ['200 OK', /broke off after 22 bytes/])
    expect(explainSendFailure(failure, { label: labelAsInput }).statusClass).toBeUndefined()
  })
})

describe('an answer that is not valid HTTP', () => {
  /** A TCP server that writes the same bytes to every connection, then closes it. */
  async function writing(bytes: string) {
    let connections = 0
    const server = createTcpServer((socket) => {
      connections += 1
      socket.on('error', () => {})
      socket.once('data', () => socket.end(bytes))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      connections: () => connections
    }
  }

  it.each([
    ['a banner that is not HTTP', 'SSH-2.0-OpenSSH_9.6\r\n'],
    ['a status line with a status of 99', 'HTTP/1.1 099 Odd\r\ncontent-length: 0\r\n\r\n']
  ])(
    'is said to be an answer that is not HTTP, not "could not reach", and is not sent again: %s',
    async (_, bytes) => {
      const server = await writing(bytes)
      const failure = await sendFailure(
        sendTestEvent(settingsFor(server.url, { 'max-retries': '2' }), noSleep)
      )

      expect(failure.failure).toMatchObject({
        kind: 'no-answer',
        noAnswer: { reason: 'not-http', transient: false }
      })
      expectWords(describeSendFailure(failure.failure), [/^127\.0\.0\.1:\d+ /, 'not valid HTTP'])
      expect(server.connections()).toBe(1)
    }
  )
})

describe('an unsolicited 100 Continue before the answer', () => {
  it("is read past to Diffio's 200, as RFC 9110 has a client do, and the event is sent", async () => {
    const server = await answering((response) => {
      response.writeContinue()
      setTimeout(() => response.end(JSON.stringify(event)), 20)
    })
    const delivery = await delivered(sendTestEvent(settingsFor(server.url, { 'max-retries': '0' })))

    expect(delivery.event).toEqual(event)
    expect(server.requests).toHaveLength(1)
  })

  it('is read past to an error status, which stands', async () => {
    const server = await answering((response) => {
      response.writeContinue()
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end('{"error":"Invalid API key"}')
    })
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server.url, { 'max-retries': '2' }), noSleep)
    )

    expect(failure.failure).toMatchObject({
      kind: 'error-status',
      status: 401,
      serverMessage: 'Invalid API key'
    })
  })
})

describe('a 200 about another event than the one asked for', () => {
  it('fails, not retried, naming what Diffio said and what was asked', async () => {
    const server = await answering((response) =>
      response.end(JSON.stringify({ ...event, mode: 'live', eventType: 'generation.failed' }))
    )
    const failure = await sendFailure(
      sendTestEvent(
        settingsFor(server.url, {
          'event-type': 'generation.completed',
          mode: 'test',
          'max-retries': '2'
        }),
        noSleep
      )
    )

    expect(server.requests).toHaveLength(1)
    expect(failure.failure).toEqual({
      kind: 'mismatch',
      status: 200,
      mismatches: [
        { field: 'eventType', asked: 'generation.completed', answered: 'generation.failed' },
        { field: 'mode', asked: 'test', answered: 'live' }
      ]
    })
    expectExplanation(explainSendFailure(failure, { label: labelAsInput }), {
      title: ['does not match the request'],
      message: [
        /\bmode live\b.*\basked for test\b/,
        /\beventType generation\.failed\b.*\basked for generation\.completed\b/
      ],
      input: 'base-url'
    })
  })

  it('sets no outputs in a run: the run has no delivery, and says why', async () => {
    const server = await answering((response) =>
      response.end(JSON.stringify({ ...event, mode: 'live' }))
    )
    const outcome = await runSequence(
      rawInputs({ 'api-key': writerKey, 'base-url': server.url, mode: 'test' }),
      { label: labelAsInput, keyHint: '' }
    )

    expect(outcome.kind).toBe('sent')
    if (outcome.kind !== 'sent') return
    expect(outcome.results.every(succeeded)).toBe(false)
    const [result] = outcome.results
    expect(result?.delivery).toBeUndefined()
    expectWords(explanationOf(result!)?.message, [/\bmode live\b.*\basked for test\b/])
    expect(resultEntry(result!, false)).not.toHaveProperty('mode')
  })
})

describe('an error answer too large to read', () => {
  it('is still its status: a 503 with 3 MB of body is retried as a 503', async () => {
    const server = await answering((response) => {
      response.writeHead(503, { 'content-length': String(3 * 1024 * 1024) })
      response.end(Buffer.alloc(3 * 1024 * 1024, 0x20))
    })
    const failure = await sendFailure(
      sendTestEvent(settingsFor(server.url, { 'max-retries': '1' }), noSleep)
    )

    expect(server.requests).toHaveLength(2)
    expect(failure.failure).toMatchObject({
      kind: 'error-status',
      status: 503,
      bodyProblem: { kind: 'too-large', how: 'declared' }
    })
    expect(describeSendFailure(failure.failure)).toContain('the body was not read')
  })
})
