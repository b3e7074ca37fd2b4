import { describe, expect, it } from 'vitest'
import {
  describeSendFailure,
  explainInvalidInputs,
  explainSendFailure,
  type ExplainContext
} from '../../src/send-test-event/explain.js'
import type { FailedSend } from '../../src/send-test-event/send.js'
import type { SendFailure } from '../../src/send-test-event/failure.js'
import type { InputName } from '../../src/send-test-event/inputs.js'
import { expectExplanation, expectNamesInput, expectWords } from '../support/meaning.js'

const workflowLabels: ExplainContext = { label: (input) => input }
const terminalLabels: ExplainContext = {
  label: (input: InputName) => (input === 'api-key' ? 'DIFFIO_API_KEY' : `--${input}`)
}

/** A send that failed once, with this failure. */
function failed(failure: SendFailure, attempts = 1): FailedSend {
  return { kind: 'failed', failure, attempts }
}

/** Diffio answered an error status, once. */
function apiFailure(
  status: number,
  serverMessage = 'x',
  extra: { code?: string } = {}
): FailedSend {
  return failed({ kind: 'error-status', status, serverMessage, ...extra })
}

const timedOut: SendFailure = {
  kind: 'no-answer',
  host: 'api.diffio.ai',
  noAnswer: {
    kind: 'no-answer',
    reason: 'timed-out',
    transient: true,
    timeLimitMs: 30_000,
    detail: 'no answer within 30000 ms'
  }
}

describe('explainInvalidInputs', () => {
  const twoIssues = [
    { input: 'api-key', problem: 'is required' },
    { input: 'timeout-seconds', problem: 'must be a number; got "abc"' }
  ] as const

  it('the invalid-inputs wording snapshot: a count, one line per problem led by the input name a workflow uses, then what to do', () => {
    expect(explainInvalidInputs(twoIssues, workflowLabels)).toEqual({
      title: '2 invalid inputs',
      message: 'api-key is required\ntimeout-seconds must be a number; got "abc"',
      nextStep: 'Fix the inputs named above; nothing was sent to Diffio.'
    })
  })

  it('lists each issue on its own line under the name a terminal uses', () => {
    const lines = explainInvalidInputs(twoIssues, terminalLabels).message.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^DIFFIO_API_KEY is required/)
    expect(lines[1]).toMatch(/^--timeout-seconds must be a number/)
  })

  it('counts the invalid inputs in the title', () => {
    expectWords(explainInvalidInputs(twoIssues, workflowLabels).title, [/\b2\b/, 'invalid inputs'])
  })

  it('titles a single issue as an invalid input, with no count', () => {
    const error = [{ input: 'mode', problem: 'is required' }] as const
    const { title } = explainInvalidInputs(error, workflowLabels)
    expectWords(title, ['invalid input'])
    expect(title).not.toMatch(/\d|inputs/)
  })

  it('says nothing was sent', () => {
    expect(explainInvalidInputs(twoIssues, workflowLabels).nextStep).toContain(
      'nothing was sent to Diffio'
    )
  })
})

describe('explainFailure for a 401', () => {
  const failure = apiFailure(401, 'Invalid API key')

  it('says Diffio rejected the key', () => {
    expectExplanation(explainSendFailure(failure, workflowLabels), {
      status: 401,
      title: ['rejected', 'API key']
    })
  })

  it('says the secret is missing or wrong', () => {
    expectExplanation(explainSendFailure(failure, workflowLabels), {
      input: 'api-key',
      nextStep: ['missing or wrong']
    })
  })

  it('names the key the way a terminal does', () => {
    expectExplanation(explainSendFailure(failure, terminalLabels), {
      input: 'DIFFIO_API_KEY',
      nextStep: ['missing or wrong']
    })
  })

  it('says forks are not given secrets when the run is a pull request from a fork', () => {
    const { nextStep } = explainSendFailure(failure, { ...workflowLabels, forkPullRequest: true })
    expectWords(nextStep, ['pull request from a fork', 'no secrets'])
    expect(nextStep).toContain("dry-run: ${{ secrets.DIFFIO_API_KEY == '' }}")
  })

  it('does not mention forks otherwise', () => {
    expect(
      explainSendFailure(failure, { ...workflowLabels, forkPullRequest: false }).nextStep
    ).not.toContain('fork')
  })

  it('carries the status, class and server message', () => {
    expect(explainSendFailure(failure, workflowLabels)).toMatchObject({
      status: 401,
      statusClass: 'auth error',
      serverMessage: 'Invalid API key',
      attempts: 1
    })
  })
})

describe('explainFailure for a 403', () => {
  const failure = apiFailure(403, 'Missing webhooks:write permission')

  it('says permission was denied', () => {
    expectExplanation(explainSendFailure(failure, workflowLabels), {
      status: 403,
      title: ['permission']
    })
  })

  it('asks for the webhooks:write permission', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).toContain('webhooks:write')
  })

  it('says only admin keys may name another key when api-key-id was given', () => {
    const { nextStep } = explainSendFailure(failure, { ...workflowLabels, apiKeyId: 'key_other' })
    expectNamesInput(nextStep, 'api-key-id')
    expectWords(nextStep, ['admin keys', 'webhooks:write'])
  })

  it('names api-key-id the way a terminal does', () => {
    expectExplanation(explainSendFailure(failure, { ...terminalLabels, apiKeyId: 'key_other' }), {
      input: '--api-key-id'
    })
  })

  it('does not mention admin keys when no api-key-id was given', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).not.toContain('admin')
  })
})

describe('explainFailure for a 402', () => {
  const failure = apiFailure(402, 'Payment failed', { code: 'paymentFailed' })

  it('titles it a billing problem', () => {
    expectExplanation(explainSendFailure(failure, workflowLabels), {
      status: 402,
      title: ['billing']
    })
  })

  it('points at billing', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).toContain('billing')
  })

  it('points at billing for a spend limit code on another status', () => {
    const spendLimit = apiFailure(400, 'Spend limit exceeded', { code: 'spendLimitExceeded' })
    expect(explainSendFailure(spendLimit, workflowLabels).nextStep).toContain('billing')
  })
})

describe('explainFailure for a 400', () => {
  it.each([
    ['eventType is required', 'event-type'],
    ['eventType is not supported', 'event-type'],
    ['mode must be test or live', 'mode'],
    ['samplePayload must be an object', 'sample-payload'],
    ['apiKeyId must be a string', 'api-key-id']
  ])('for "%s" says to fix %s, quoting Diffio', (serverMessage, input) => {
    const { nextStep } = explainSendFailure(apiFailure(400, serverMessage), workflowLabels)
    expectWords(nextStep, ['fix', serverMessage])
    // Diffio's words name the body field; the advice around them must name the input.
    expectNamesInput(nextStep.replace(serverMessage, ''), input)
  })

  it('names the input the way a terminal does', () => {
    const serverMessage = 'eventType is not supported'
    const { nextStep } = explainSendFailure(apiFailure(400, serverMessage), terminalLabels)
    expectWords(nextStep, ['fix', serverMessage])
    expectNamesInput(nextStep.replace(serverMessage, ''), '--event-type')
  })

  it('lists the inputs that go into the body when the message names none', () => {
    const { nextStep } = explainSendFailure(apiFailure(400, 'Invalid JSON body'), workflowLabels)
    for (const input of ['event-type', 'mode', 'api-key-id', 'sample-payload'])
      expectNamesInput(nextStep, input)
    expectWords(nextStep, ['API reference'])
  })

  it('titles it a rejected request', () => {
    expectExplanation(explainSendFailure(apiFailure(400), workflowLabels), {
      status: 400,
      title: ['rejected', 'request']
    })
  })
})

describe('explainFailure for 5xx', () => {
  it('says the problem is likely temporary and to try again', () => {
    const { nextStep } = explainSendFailure(
      apiFailure(500, 'failed to send test webhook'),
      workflowLabels
    )
    expect(nextStep).toContain('likely temporary')
    expect(nextStep).toContain('try again')
  })

  it('titles it as Diffio being unavailable', () => {
    expectExplanation(explainSendFailure(apiFailure(503), workflowLabels), {
      status: 503,
      title: ['unavailable']
    })
  })

  it('starts the message with the number of attempts after retries, then the last one', () => {
    const failure = failed(apiFailure(502, 'Bad Gateway').failure, 3)
    const explanation = explainSendFailure(failure, workflowLabels)
    const last = describeSendFailure(failure.failure)
    expect(explanation.message).toMatch(/^[^.]*\b3 attempts\b/)
    expect(explanation.message.endsWith(last)).toBe(true)
    expect(explanation.attempts).toBe(3)
  })

  it('gives the message as it is after a single attempt that may not be retried', () => {
    const failure = apiFailure(400)
    expect(explainSendFailure(failure, workflowLabels).message).toBe(
      describeSendFailure(failure.failure)
    )
  })

  it('calls a 5xx outside the retry list a server error that was not retried', () => {
    const explanation = explainSendFailure(apiFailure(501, 'nope'), workflowLabels)
    expectExplanation(explanation, {
      status: 501,
      title: ['server error'],
      nextStep: ['not retried']
    })
    expect(explanation.statusClass).toBe('server error')
  })

  it('tells a pull request from a fork with no key that GitHub withholds secrets there', () => {
    const missingKey = [
      { input: 'api-key', problem: 'is required: pass your Diffio API key from a secret' }
    ] as const
    expect(
      explainInvalidInputs(missingKey, { ...workflowLabels, forkPullRequest: true }).nextStep
    ).toContain('pull request from a fork')
    expect(explainInvalidInputs(missingKey, workflowLabels).nextStep).not.toContain('fork')
  })

  it('says that no retry was allowed when max-retries is 0', () => {
    const failure = apiFailure(500)
    const { message } = explainSendFailure(failure, workflowLabels)
    expect(message.startsWith(describeSendFailure(failure.failure))).toBe(true)
    expectWords(message, ['not retried', /(?<![\w-])max-retries is 0\b/])
    expectWords(explainSendFailure(failure, terminalLabels).message, [
      'not retried',
      /--max-retries is 0\b/
    ])
  })

  it('suggests more retries for a 429', () => {
    expectExplanation(explainSendFailure(apiFailure(429), terminalLabels), {
      status: 429,
      input: '--max-retries'
    })
  })
})

describe('explainFailure for other failures', () => {
  it('suggests raising timeout-seconds or checking the proxy after a timeout', () => {
    const explanation = explainSendFailure(failed(timedOut), workflowLabels)
    expectExplanation(explanation, {
      title: ['timed out'],
      message: ['timed out', /\b30 s\b/, 'timeout-seconds', 'not retried', /max-retries is 0\b/],
      input: 'timeout-seconds',
      nextStep: ['raise timeout-seconds', 'HTTPS_PROXY']
    })
  })

  it('names timeout-seconds the way a terminal does', () => {
    expectExplanation(explainSendFailure(failed(timedOut), terminalLabels), {
      input: '--timeout-seconds',
      nextStep: ['raise --timeout-seconds']
    })
  })

  it('asks whether base-url is reachable after a network failure', () => {
    const refused: SendFailure = {
      kind: 'no-answer',
      host: 'api.diffio.ai',
      noAnswer: {
        kind: 'no-answer',
        reason: 'refused',
        transient: true,
        code: 'ECONNREFUSED',
        detail: 'connect ECONNREFUSED'
      }
    }
    expectExplanation(explainSendFailure(failed(refused), workflowLabels), {
      title: ['could not reach'],
      message: ['api.diffio.ai', 'refused'],
      input: 'base-url'
    })
  })

  it('asks to point base-url at the address that answers after a redirect', () => {
    const explanation = explainSendFailure(
      failed({ kind: 'redirect', status: 301, location: 'https://x/' }),
      workflowLabels
    )
    expectExplanation(explanation, {
      status: 301,
      title: ['redirect'],
      input: 'base-url',
      nextStep: ['answers directly']
    })
  })

  it('asks whether base-url is Diffio after an unexpected answer', () => {
    const failure = failed({
      kind: 'undocumented-body',
      status: 200,
      why: { kind: 'not-json', excerpt: '' }
    })
    expectExplanation(explainSendFailure(failure, workflowLabels), {
      status: 200,
      title: ['unexpected'],
      input: 'base-url',
      nextStep: ["Diffio's API"]
    })
  })

  it.each([
    [404, 'client error'],
    [405, 'fix required']
  ])('asks to check base-url after a %d (%s)', (status, statusClass) => {
    const explanation = explainSendFailure(apiFailure(status), workflowLabels)
    expect(explanation.nextStep).toMatch(/^Check base-url/)
    expect(explanation.statusClass).toBe(statusClass)
  })

  it('says what Diffio answered instead when its answer does not match the request, and what to check', () => {
    const mismatch = failed({
      kind: 'mismatch',
      status: 200,
      mismatches: [{ field: 'mode', asked: 'test', answered: 'live' }]
    })
    const explanation = explainSendFailure(mismatch, workflowLabels)
    expectWords(explanation.title, ['does not match the request', 'mode'])
    expectWords(explanation.message, [/\bmode live\b.*\basked for test\b/])
    expect(explanation.message).not.toContain('Not retried')
    expect(explanation.nextStep).toContain('base-url')
  })
})
