import { describe, expect, it } from 'vitest'
import {
  describeSendFailure,
  explainInvalidInputs,
  explainSendFailure,
  type ExplainContext,
  type FailedSend
} from '../../src/send-test-event/explain.js'
import type { SendFailure } from '../../src/send-test-event/failure.js'
import type { InputName } from '../../src/send-test-event/inputs.js'

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

  it('lists each issue under the input name a workflow uses', () => {
    expect(explainInvalidInputs(twoIssues, workflowLabels).message).toBe(
      'api-key is required\ntimeout-seconds must be a number; got "abc"'
    )
  })

  it('lists each issue under the name a terminal uses', () => {
    expect(explainInvalidInputs(twoIssues, terminalLabels).message).toBe(
      'DIFFIO_API_KEY is required\n--timeout-seconds must be a number; got "abc"'
    )
  })

  it('counts the invalid inputs in the title', () => {
    expect(explainInvalidInputs(twoIssues, workflowLabels).title).toBe('2 invalid inputs')
  })

  it('titles a single issue "Invalid input"', () => {
    const error = [{ input: 'mode', problem: 'is required' }] as const
    expect(explainInvalidInputs(error, workflowLabels).title).toBe('Invalid input')
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
    expect(explainSendFailure(failure, workflowLabels).title).toBe(
      'Diffio rejected the API key (401)'
    )
  })

  it('says the secret is missing or wrong', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).toContain(
      'api-key is missing or wrong'
    )
  })

  it('names the key the way a terminal does', () => {
    expect(explainSendFailure(failure, terminalLabels).nextStep).toContain(
      'DIFFIO_API_KEY is missing or wrong'
    )
  })

  it('says forks are not given secrets when the run is a pull request from a fork', () => {
    const { nextStep } = explainSendFailure(failure, { ...workflowLabels, forkPullRequest: true })
    expect(nextStep).toContain('pull request from a fork')
    expect(nextStep).toContain('GitHub gives such runs no secrets')
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
    expect(explainSendFailure(failure, workflowLabels).title).toBe('Diffio denied permission (403)')
  })

  it('asks for the webhooks:write permission', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).toContain('webhooks:write')
  })

  it('says only admin keys may name another key when api-key-id was given', () => {
    const { nextStep } = explainSendFailure(failure, { ...workflowLabels, apiKeyId: 'key_other' })
    expect(nextStep).toContain('Only admin keys may name another key in api-key-id')
    expect(nextStep).toContain('webhooks:write')
  })

  it('names api-key-id the way a terminal does', () => {
    expect(
      explainSendFailure(failure, { ...terminalLabels, apiKeyId: 'key_other' }).nextStep
    ).toContain('--api-key-id')
  })

  it('does not mention admin keys when no api-key-id was given', () => {
    expect(explainSendFailure(failure, workflowLabels).nextStep).not.toContain('admin')
  })
})

describe('explainFailure for a 402', () => {
  const failure = apiFailure(402, 'Payment failed', { code: 'paymentFailed' })

  it('titles it a billing problem', () => {
    expect(explainSendFailure(failure, workflowLabels).title).toBe('Diffio billing problem (402)')
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
  ])('for "%s" says to fix %s', (serverMessage, input) => {
    expect(explainSendFailure(apiFailure(400, serverMessage), workflowLabels).nextStep).toBe(
      `Fix ${input}; Diffio said: ${serverMessage}`
    )
  })

  it('names the input the way a terminal does', () => {
    const failure = apiFailure(400, 'eventType is not supported')
    expect(explainSendFailure(failure, terminalLabels).nextStep).toBe(
      'Fix --event-type; Diffio said: eventType is not supported'
    )
  })

  it('lists the inputs that go into the body when the message names none', () => {
    const failure = apiFailure(400, 'Invalid JSON body')
    expect(explainSendFailure(failure, workflowLabels).nextStep).toBe(
      "Check event-type, mode, api-key-id and sample-payload against Diffio's API reference."
    )
  })

  it('titles it a rejected request', () => {
    expect(explainSendFailure(apiFailure(400), workflowLabels).title).toBe(
      'Diffio rejected the request (400)'
    )
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
    expect(explainSendFailure(apiFailure(503), workflowLabels).title).toBe(
      'Diffio is unavailable (503)'
    )
  })

  it('starts the message with the number of attempts after retries', () => {
    const failure = failed(apiFailure(502, 'Bad Gateway').failure, 3)
    const explanation = explainSendFailure(failure, workflowLabels)
    expect(explanation.message).toBe(
      `Gave up after 3 attempts. The last one: ${describeSendFailure(failure.failure)}`
    )
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
    expect(explanation.title).toBe('Diffio server error (501)')
    expect(explanation.statusClass).toBe('server error')
    expect(explanation.nextStep).toContain('not retried automatically')
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
    expect(explainSendFailure(failure, workflowLabels).message).toBe(
      `${describeSendFailure(failure.failure)} Not retried: max-retries is 0.`
    )
    expect(explainSendFailure(failure, terminalLabels).message).toContain(
      'Not retried: --max-retries is 0.'
    )
  })

  it('suggests more retries for a 429', () => {
    expect(explainSendFailure(apiFailure(429), terminalLabels).nextStep).toContain('--max-retries')
  })
})

describe('explainFailure for other failures', () => {
  it('suggests raising timeout-seconds or checking the proxy after a timeout', () => {
    const explanation = explainSendFailure(failed(timedOut), workflowLabels)
    expect(explanation.title).toBe('Diffio request timed out')
    expect(explanation.message).toMatch(
      /timed out after 30 s waiting for an answer \(timeout-seconds\)\. Not retried: max-retries is 0\.$/
    )
    expect(explanation.nextStep).toContain('Raise timeout-seconds')
    expect(explanation.nextStep).toContain('HTTPS_PROXY')
  })

  it('names timeout-seconds the way a terminal does', () => {
    expect(explainSendFailure(failed(timedOut), terminalLabels).nextStep).toContain(
      'Raise --timeout-seconds'
    )
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
    const explanation = explainSendFailure(failed(refused), workflowLabels)
    expect(explanation.message).toContain(
      'Could not reach api.diffio.ai: the connection was refused'
    )
    expect(explanation.title).toBe('Could not reach Diffio')
    expect(explanation.nextStep).toContain('base-url')
  })

  it('asks to point base-url at the address that answers after a redirect', () => {
    const explanation = explainSendFailure(
      failed({ kind: 'redirect', status: 301, location: 'https://x/' }),
      workflowLabels
    )
    expect(explanation.title).toBe('Diffio answered with a redirect (301)')
    expect(explanation.nextStep).toContain('Point base-url at the address that answers directly')
  })

  it('asks whether base-url is Diffio after an unexpected answer', () => {
    const failure = failed({
      kind: 'undocumented-body',
      status: 200,
      why: { kind: 'not-json', excerpt: '' }
    })
    const explanation = explainSendFailure(failure, workflowLabels)
    expect(explanation.title).toBe('Unexpected answer from Diffio (200)')
    expect(explanation.nextStep).toContain("points at Diffio's API")
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
    expect(explanation.title).toContain('does not match the request')
    expect(explanation.message).toContain('mode live where the request asked for test')
    expect(explanation.message).not.toContain('Not retried')
    expect(explanation.nextStep).toContain('base-url')
  })
})
