import * as core from '@actions/core'
import { explainFailure, type Explanation } from './core/explain.js'
import { InputError, SendFailure } from './core/failure.js'
import { createRedactor, printable, type Redactor } from './core/redact.js'
import { buildRequest, describeRequest } from './core/request.js'
import { describeDelivery, describeRetry, sendTestEvent, type Delivery } from './core/send.js'
import { inputNames, parseSettings, type RawInputs, type Settings } from './core/settings.js'
import { writeDryRunSummary, writeFailureSummary, writeSuccessSummary } from './summary.js'

/** The action: read the inputs, send the test event, report the answer. Never throws. */
export async function run(): Promise<void> {
  const apiKey = core.getInput('api-key')
  if (apiKey !== '') core.setSecret(apiKey)
  const redact = createRedactor(apiKey)
  let settings: Settings | undefined
  try {
    const parsed = parseSettings(readInputs())
    settings = parsed.settings
    for (const { input, problem } of parsed.warnings) core.warning(redact(`${input} ${problem}`), { title: input })

    const request = buildRequest(settings)
    if (settings.dryRun) {
      const described = describeRequest(request)
      core.startGroup('Dry run: the request that would be sent')
      core.info(redact(described))
      core.endGroup()
      setOutputs({ 'event-type': settings.eventType, mode: settings.mode })
      await writeDryRunSummary(settings, described, redact)
      core.info('Dry run: nothing was sent to Diffio.')
      return
    }

    core.startGroup(`Sending ${settings.eventType} (${settings.mode}): ${request.method} ${request.url}`)
    core.info(redact(`Body: ${request.body}`))
    core.debug(redact(describeRequest(request)))
    let delivery: Delivery
    try {
      delivery = await sendTestEvent(settings, { onRetry: (notice) => core.info(redact(describeRetry(notice))) })
    } finally {
      core.endGroup()
    }
    report(delivery, redact)
    await writeSuccessSummary(delivery, redact)
  } catch (error) {
    try {
      await reportFailure(error, settings, redact)
    } catch (reportError) {
      // Whatever broke the report itself, the step must still fail, plainly.
      core.setFailed(redact(`${describe(error)} (and reporting it failed: ${describe(reportError)})`))
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function readInputs(): RawInputs {
  return Object.fromEntries(inputNames.map((name) => [name, core.getInput(name)])) as RawInputs
}

function report(delivery: Delivery, redact: Redactor): void {
  const { event } = delivery
  setOutputs({
    'svix-message-id': event.svixMessageId,
    'event-id': event.eventId,
    'event-type': event.eventType,
    mode: event.mode,
    'api-key-id': event.apiKeyId,
    response: delivery.json,
    'status-code': String(delivery.status)
  }, redact)
  core.startGroup(`Diffio answered ${delivery.status}`)
  core.info(delivery.json)
  core.endGroup()
  core.info(printable(describeDelivery(delivery), redact))
}

function setOutputs(outputs: Record<string, string>, redact: Redactor = (text) => text): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value))
}

async function reportFailure(error: unknown, settings: Settings | undefined, redact: Redactor): Promise<void> {
  // setFailed cannot carry a title, so this is setFailed with one, set first so nothing below can lose it.
  process.exitCode = core.ExitCode.Failure
  const status = error instanceof SendFailure ? error.lastStatus : undefined
  const explanation: Explanation = explainFailure(error, {
    label: (input) => input,
    forkPullRequest: isAboutTheKey(error) && (await isForkPullRequest()),
    ...(settings?.apiKeyId !== undefined && { apiKeyId: settings.apiKeyId })
  })
  core.error(redact(`${explanation.message}\n${explanation.nextStep}`), { title: redact(explanation.title) })
  try {
    if (status !== undefined) core.setOutput('status-code', String(status))
  } catch (outputError) {
    core.warning(redact(`Could not set the status-code output: ${describe(outputError)}`))
  }
  await writeFailureSummary(explanation, redact)
}

/** A rejected or missing key: what a pull request from a fork, which gets no secrets, runs into. */
function isAboutTheKey(error: unknown): boolean {
  if (error instanceof SendFailure) return error.details.status === 401
  return error instanceof InputError && error.issues.some((issue) => issue.input === 'api-key')
}

/** Whether this run is a pull request from a fork; loaded only when a key problem needs the answer. */
async function isForkPullRequest(): Promise<boolean> {
  try {
    const { context } = await import('@actions/github')
    const pullRequest = context.payload.pull_request
    if (pullRequest === undefined) return false
    const head = (pullRequest.head as { repo?: { full_name?: string } } | undefined)?.repo?.full_name
    return head !== undefined && head !== context.payload.repository?.full_name
  } catch {
    return false
  }
}
