import * as core from '@actions/core'
import type { Explanation } from '../shared/explanation.js'
import { inputNames, type RawInputs } from '../send-test-event/inputs.js'
import { minSecretLength } from '../shared/redact.js'
import type { Redactor } from '../shared/redact.js'
import { runSequence, type Outcome } from '../send-test-event/run.js'
import { isForkPullRequest, strayInputs } from './context.js'
import { EventLog } from './log.js'
import { sentOutputs } from './outputs.js'
import { annotate, setOutputs, writeSummary, type Table } from './report.js'
import { summaryFor } from './summary.js'

/** The action: read the inputs, run the sequence, render its outcome for the runner. Never throws. */
export async function run(): Promise<void> {
  try {
    const raw = Object.fromEntries(inputNames.map((name) => [name, core.getInput(name)])) as RawInputs
    // Shorter ones are refused unused and never printed; masking them would garble every line they occur in.
    for (const secret of [raw['api-key'], raw['receipt-token']]) if (secret.length >= minSecretLength) core.setSecret(secret)
    const log = new EventLog()
    const outcome = await runSequence(raw, {
      label: (input) => input,
      keyHint: 'The key comes from the secret you pass as api-key, as in api-key: ${{ secrets.DIFFIO_API_KEY }}.',
      strayInputs: strayInputs(inputNames),
      isForkPullRequest,
      progress: {
        warning: (text, title) => core.warning(text, { title }),
        sending: (requests) => log.sending(requests),
        line: (text, eventType) => log.line(text, eventType)
      }
    })
    if (outcome.kind === 'sent') log.done(outcome.results)
    await render(outcome)
  } catch (error) {
    // runSequence explains every failure it expects; this is the net for a bug, so the step still fails.
    core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function render(outcome: Outcome): Promise<void> {
  const { redact } = outcome
  if (outcome.kind === 'invalid') return fail(outcome.explanation, redact, summaryFor.invalid(outcome.explanation))
  if (outcome.kind === 'dry-run') {
    for (const note of outcome.notes) core.info(note)
    const { requests, settings } = outcome
    core.startGroup(requests.length === 1 ? 'Dry run: the request that would be sent' : `Dry run: the ${requests.length} requests that would be sent`)
    core.info(requests.map((request) => request.full).join('\n\n'))
    core.endGroup()
    if (requests.length === 1) setOutputs({ 'event-type': settings.eventTypes[0]!, mode: settings.mode })
    await writeSummary(summaryFor.dryRun(outcome), redact)
    return core.info('Dry run: nothing was sent to Diffio.')
  }
  if (outcome.kind === 'not-sent') {
    if (outcome.waitedMs !== undefined) setOutputs({ 'waited-ms': String(outcome.waitedMs) })
    return fail(outcome.explanation, redact, summaryFor.notSent(outcome))
  }
  const { results } = outcome
  setOutputs(sentOutputs(outcome))
  for (const { failure, eventType } of results) {
    if (failure !== undefined) annotate(results.length > 1 ? { ...failure, title: `${eventType}: ${failure.title}` } : failure)
  }
  await writeSummary(summaryFor.sent(outcome), redact)
}

async function fail(explanation: Explanation, redact: Redactor, table: Table): Promise<void> {
  annotate(explanation)
  await writeSummary(table, redact)
}
