import * as core from '@actions/core'
import { minSecretLength } from '../shared/redact.js'
import { describeResult, resultCells, resultColumns, resultsJson } from '../check-receiver/results.js'
import { checkInputNames, type CheckInputs } from '../check-receiver/settings.js'
import { runReceiverCheck, type ReceiverCheckOutcome } from '../check-receiver/run.js'
import { strayInputs } from './context.js'
import { annotate, setOutputs, writeSummary, type Table } from './report.js'

/** The check-receiver action: read the inputs, run the check, render its outcome for the runner. Never throws. */
export async function runCheckReceiverAction(): Promise<void> {
  const secret = core.getInput('webhook-secret')
  // A shorter value is refused unused; masking it would garble every log line it occurs in.
  if (secret.trim().length >= minSecretLength) core.setSecret(secret)
  try {
    const raw = Object.fromEntries(checkInputNames.map((name) => [name, core.getInput(name)])) as CheckInputs
    const outcome = await runReceiverCheck(raw, {
      label: (input) => input,
      strayInputs: strayInputs(checkInputNames),
      progress: { checked: (result) => core.info(describeResult(result)) }
    })
    await render(outcome)
  } catch (error) {
    // runReceiverCheck explains every failure it expects; this is the net for a bug, so the step still fails.
    core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function render(outcome: ReceiverCheckOutcome): Promise<void> {
  if (outcome.kind === 'invalid') {
    setOutputs({ passed: 'false', results: '[]' })
    annotate(outcome.explanation)
  } else {
    setOutputs({ passed: String(outcome.passed), results: resultsJson(outcome.results) })
    if (outcome.passed) core.info(`The receiver at ${outcome.url} accepted the genuine delivery and refused every forged one.`)
    else annotate(outcome.failure)
  }
  await writeSummary(summary(outcome), outcome.redact)
}

function summary(outcome: ReceiverCheckOutcome): Table {
  if (outcome.kind === 'invalid') {
    const { title, message, nextStep } = outcome.explanation
    return { heading: 'Receiver check: invalid inputs', rows: [], paragraphs: [title, message, nextStep] }
  }
  const failure = outcome.passed ? [] : [outcome.failure.title, outcome.failure.message, outcome.failure.nextStep]
  return {
    heading: `Receiver check ${outcome.passed ? 'passed' : 'failed'}: ${outcome.url}`,
    rows: [[...resultColumns], ...outcome.results.map((result) => resultCells(result, 'description', ''))],
    paragraphs: failure
  }
}
