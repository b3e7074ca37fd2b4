import * as core from '@actions/core'
import { inputNames, type RawInputs } from '../send-test-event/inputs.js'
import { whatWasSent } from '../send-test-event/explain.js'
import { runSequence } from '../send-test-event/run.js'
import { type Outcome } from '../send-test-event/results.js'
import { isForkPullRequest, strayInputs } from './context.js'
import { EventLog } from './log.js'
import { sentOutputs } from './outputs.js'
import { outputsNotWritten, RunnerOutput, type RunnerSeams } from './output.js'
import { summaryFor } from './summary.js'

/**
 * The action: read the inputs, run the sequence, render its outcome for the runner. Never throws.
 */
export async function run({ write, clock }: RunnerSeams = {}): Promise<void> {
  const raw = Object.fromEntries(inputNames.map((name) => [name, core.getInput(name)])) as RawInputs
  const output = new RunnerOutput(
    [raw['api-key'], raw['receipt-token']],
    write === undefined ? {} : { write }
  )
  try {
    const log = new EventLog(output)
    const outcome = await runSequence(raw, {
      label: (input) => input,
      keyHint:
        'The key comes from the secret you pass as api-key, as in api-key: ${{ secrets.DIFFIO_API_KEY }}.',
      strayInputs: strayInputs(inputNames),
      isForkPullRequest,
      progress: {
        warning: (text, title) => output.warning(text, title),
        sending: (requests) => log.sending(requests),
        line: (text, eventType) => log.line(text, eventType)
      },
      ...(clock !== undefined && { clock })
    })
    if (outcome.kind === 'sent') log.done(outcome.results)
    await render(outcome, output)
  } catch (error) {
    // runSequence explains every failure it expects; this is the net for a bug, so the step still
    // fails.
    output.fail({
      title: 'Unexpected error',
      message: error instanceof Error ? error.message : String(error),
      nextStep: 'This is a bug in the action, not in your inputs: please report it with this log.'
    })
  }
}

async function render(outcome: Outcome, output: RunnerOutput): Promise<void> {
  if (outcome.kind === 'invalid') {
    output.fail(outcome.explanation)
    return output.summary(summaryFor.invalid(outcome.explanation))
  }
  if (outcome.kind === 'dry-run') {
    const { requests, settings } = outcome
    output.group(
      requests.length === 1
        ? 'Dry run: the request that would be sent'
        : `Dry run: the ${requests.length} requests that would be sent`
    )
    output.info(requests.map((request) => request.full).join('\n\n'))
    output.endGroup()
    for (const note of outcome.notes) output.info(note)
    await setOutputs(
      output,
      requests.length === 1 ? { 'event-type': settings.eventTypes[0]!, mode: settings.mode } : {},
      outcome
    )
    await output.summary(summaryFor.dryRun(outcome))
    return output.info('Dry run: nothing was sent to Diffio.')
  }
  if (outcome.kind === 'not-sent') {
    output.fail(outcome.explanation)
    await setOutputs(
      output,
      outcome.waitedMs === undefined ? {} : { 'waited-ms': String(outcome.waitedMs) },
      outcome
    )
    return output.summary(summaryFor.notSent(outcome))
  }
  const { results } = outcome
  for (const result of results) {
    if (result.outcome === 'ok') continue
    const { explanation, eventType } = result
    output.fail(
      results.length > 1
        ? { ...explanation, title: `${eventType}: ${explanation.title}` }
        : explanation
    )
  }
  await setOutputs(output, sentOutputs(outcome), outcome)
  await output.summary(summaryFor.sent(outcome))
}

/**
 * Sets the outputs; when they cannot be written, fails the step saying what was sent, so a later
 * step's empty string is not the only trace.
 */
async function setOutputs(
  output: RunnerOutput,
  outputs: Record<string, string>,
  outcome: Outcome
): Promise<void> {
  const problem = await output.setOutputs(outputs)
  if (problem !== undefined) output.fail(outputsNotWritten(problem, whatWasSent(outcome)))
}
