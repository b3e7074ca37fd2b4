import * as core from '@actions/core'
import type { Explanation } from '../core/explain.js'
import { inputNames, minSecretLength, type RawInputs } from '../core/inputs.js'
import type { Redactor } from '../core/redact.js'
import { runSequence, type EventResult, type Outcome } from '../core/run.js'
import { isForkPullRequest, strayInputs } from './context.js'
import { sentOutputs } from './outputs.js'
import { annotate, setOutputs, writeSummary, type Table } from './report.js'
import { summaryFor } from './summary.js'

/** The action: read the inputs, run the sequence, render its outcome for the runner. Never throws. */
export async function run(): Promise<void> {
  try {
    const raw = Object.fromEntries(inputNames.map((name) => [name, core.getInput(name)])) as RawInputs
    // Shorter ones are refused unused and never printed; masking them would garble every line they occur in.
    for (const secret of [raw['api-key'], raw['receipt-token']]) if (secret.length >= minSecretLength) core.setSecret(secret)
    const outcome = await runSequence(raw, {
      label: (input) => input,
      keyHint: 'Pass the key from a secret: api-key: ${{ secrets.DIFFIO_API_KEY }}.',
      strayInputs: strayInputs(inputNames),
      isForkPullRequest,
      progress: {
        warning: (text, title) => core.warning(text, { title }),
        // Each event type's lines go in its log group once it is done; only the run's own show at once.
        line: (text, eventType) => {
          if (eventType === undefined) core.info(text)
        }
      }
    })
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
    core.startGroup('Dry run: the request that would be sent')
    core.info(outcome.requests.map((request) => request.full).join('\n\n'))
    core.endGroup()
    setOutputs({ 'event-type': outcome.settings.eventTypes.join(','), mode: outcome.settings.mode })
    await writeSummary(summaryFor.dryRun(outcome), redact)
    return core.info('Dry run: nothing was sent to Diffio.')
  }
  if (outcome.kind === 'not-ready') {
    setOutputs({ 'waited-ms': String(outcome.waitedMs) })
    return fail(outcome.explanation, redact, summaryFor.invalid(outcome.explanation))
  }
  const { results } = outcome
  for (const result of results) logGroup(result)
  setOutputs(sentOutputs(outcome))
  for (const { failure, eventType } of results) {
    if (failure !== undefined) annotate(results.length > 1 ? { ...failure, title: `${eventType}: ${failure.title}` } : failure)
  }
  await writeSummary(summaryFor.sent(outcome), redact)
}

function logGroup(result: EventResult): void {
  core.startGroup(`${result.eventType} (${result.request.mode}): ${result.request.line}`)
  for (const line of result.log) core.info(line)
  core.debug(result.request.full)
  core.endGroup()
}

async function fail(explanation: Explanation, redact: Redactor, table: Table): Promise<void> {
  annotate(explanation)
  await writeSummary(table, redact)
}
