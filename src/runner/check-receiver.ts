import * as core from '@actions/core'
import { minSecretLength } from '../shared/redact.js'
import { describeResult, explainCheck, explainInvalidInputs, passedLine, resultCells } from '../check-receiver/explain.js'
import { checkPassed, resultsJson } from '../check-receiver/results.js'
import { checkInputNames, type CheckInputs } from '../check-receiver/settings.js'
import { redactExplanation } from '../shared/explanation.js'
import { runReceiverCheck, type ReceiverCheckOutcome } from '../check-receiver/run.js'
import { strayInputs } from './context.js'
import { annotate, setOutputs, writeSummary, type Table } from './report.js'

/** The check-receiver action: read the inputs, run the check, render its outcome for the runner. Never throws. */
export async function runCheckReceiverAction(): Promise<void> {
  // A shorter value is refused unused; masking it would garble every log line it occurs in.
  for (const secret of [core.getInput('webhook-secret'), core.getInput('receipt-token')]) {
    if (secret.trim().length >= minSecretLength) core.setSecret(secret)
  }
  try {
    const raw = Object.fromEntries(checkInputNames.map((name) => [name, core.getInput(name)])) as CheckInputs
    const outcome = await runReceiverCheck(raw, {
      strayInputs: strayInputs(checkInputNames),
      progress: { checked: (result, family) => core.info(describeResult(result, family)) }
    })
    await render(outcome)
  } catch (error) {
    // runReceiverCheck explains every failure it expects; this is the net for a bug, so the step still fails.
    core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const label = (input: string) => input

async function render(outcome: ReceiverCheckOutcome): Promise<void> {
  if (outcome.kind === 'invalid') {
    const explanation = redactExplanation(explainInvalidInputs(outcome.issues, label), outcome.redact)
    setOutputs({ passed: 'false', results: '[]' })
    annotate(explanation)
    const { title, message, nextStep } = explanation
    await writeSummary({ heading: 'Receiver check: invalid inputs', rows: [], paragraphs: [title, message, nextStep] }, outcome.redact)
    return
  }
  const passed = checkPassed(outcome.results)
  setOutputs({ passed: String(passed), results: resultsJson(outcome.results) })
  const failure = explainCheck(outcome.target, outcome.results, label)
  if (failure === undefined) core.info(outcome.redact(passedLine(outcome.target)))
  else annotate(redactExplanation(failure, outcome.redact))
  await writeSummary(summary(outcome, passed, failure === undefined ? [] : [failure.title, failure.message, failure.nextStep]), outcome.redact)
}

function summary(outcome: Extract<ReceiverCheckOutcome, { kind: 'checked' }>, passed: boolean, paragraphs: string[]): Table {
  const columns = ['Check', 'What is sent', 'Expected', 'Got', 'Status', 'Time', 'Result']
  const rows = outcome.results.map((result) => {
    const cells = resultCells(result, outcome.target.headers, '')
    return [cells.check, cells.description, cells.expected, cells.got, cells.status, cells.time, cells.result]
  })
  return { heading: `Receiver check ${passed ? 'passed' : 'failed'}: ${outcome.target.url}`, rows: [columns, ...rows], paragraphs }
}
