import * as core from '@actions/core'
import type { Explanation } from './core/explain.js'
import { inputNames, minApiKeyLength, type RawInputs } from './core/inputs.js'
import type { Redactor } from './core/redact.js'
import { runSequence, type EventResult, type Outcome } from './core/run.js'
import { writeDryRunSummary, writeFailureSummary, writeSuccessSummary, type FailedRequest } from './summary.js'

/** The action: read the inputs, run the sequence, render its outcome for the runner. Never throws. */
export async function run(): Promise<void> {
  const apiKey = core.getInput('api-key')
  // A shorter key is refused unused and never printed; masking it would garble every line it occurs in.
  if (apiKey.length >= minApiKeyLength) core.setSecret(apiKey)
  try {
    const raw = Object.fromEntries(inputNames.map((name) => [name, core.getInput(name)])) as RawInputs
    const outcome = await runSequence(raw, {
      label: (input) => input,
      keyHint: 'Pass the key from a secret: api-key: ${{ secrets.DIFFIO_API_KEY }}.',
      strayInputs: strayInputs(),
      isForkPullRequest,
      progress: {
        warning: (text, title) => core.warning(text, { title }),
        sending: (eventType, request) => {
          core.startGroup(`Sending ${eventType} (${request.mode}): ${request.line}`)
          core.info(`Body: ${request.body}`)
          core.debug(request.full)
        },
        progress: (_eventType, line) => core.info(line)
      }
    })
    await render(outcome)
  } catch (error) {
    // runSequence explains every failure it expects; this is the net for a bug, so the step still fails.
    core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function render(outcome: Outcome): Promise<void> {
  switch (outcome.kind) {
    case 'invalid':
      return fail(outcome.explanation, outcome.redact)
    case 'dry-run': {
      const request = outcome.requests.map((described) => described.full).join('\n\n')
      for (const note of outcome.notes) core.info(note)
      core.startGroup('Dry run: the request that would be sent')
      core.info(request)
      core.endGroup()
      setOutputs({ 'event-type': outcome.settings.eventTypes.join(','), mode: outcome.settings.mode })
      await writeDryRunSummary(outcome.settings, request, outcome.redact)
      return core.info('Dry run: nothing was sent to Diffio.')
    }
    case 'sent': {
      core.endGroup()
      const { mode, baseUrl } = outcome.settings
      for (const result of outcome.results) {
        await renderResult(result, outcome.redact, { eventType: result.eventType, mode, host: new URL(baseUrl).host })
      }
    }
  }
}

async function renderResult(result: EventResult, redact: Redactor, request: FailedRequest): Promise<void> {
  if (result.status !== undefined) setOutputs({ 'status-code': String(result.status) })
  if (result.delivery === undefined) return fail(result.failure!, redact, request)
  const { delivery } = result
  const { event } = delivery
  setOutputs({
    'svix-message-id': event.svixMessageId,
    'event-id': event.eventId,
    'event-type': event.eventType,
    mode: event.mode,
    'api-key-id': event.apiKeyId,
    response: delivery.json
  })
  core.startGroup(`Diffio answered ${delivery.status}`)
  core.info(delivery.json)
  core.endGroup()
  core.info(result.summary)
  await writeSuccessSummary(delivery, redact)
}

async function fail(explanation: Explanation, redact: Redactor, request?: FailedRequest): Promise<void> {
  // setFailed cannot carry a title, so this is setFailed with one, set first so nothing below can lose it.
  process.exitCode = core.ExitCode.Failure
  core.error(`${explanation.message}\n${explanation.nextStep}`, { title: explanation.title })
  await writeFailureSummary(explanation, redact, request)
}

function setOutputs(outputs: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  } catch (error) {
    core.warning(`Could not set the outputs: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Inputs the workflow passed that action.yml does not declare, named as the runner's variables give them. */
function strayInputs(): string[] {
  const declared = new Set(inputNames.map((name) => `INPUT_${name.toUpperCase()}`))
  return Object.keys(process.env)
    .filter((variable) => variable.startsWith('INPUT_') && !declared.has(variable))
    .map((variable) => variable.slice('INPUT_'.length).toLowerCase())
}

/** Whether this run is a pull request from a fork; loaded only when a key problem needs the answer. */
async function isForkPullRequest(): Promise<boolean> {
  try {
    const { context } = await import(/* webpackChunkName: "github" */ '@actions/github')
    const head = (context.payload.pull_request?.head as { repo?: { full_name?: string } } | undefined)?.repo?.full_name
    return head !== undefined && head !== context.payload.repository?.full_name
  } catch {
    return false
  }
}
