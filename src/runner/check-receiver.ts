import * as core from '@actions/core'
import { describeResult, resultCells, resultColumns, resultsJson } from '../check-receiver/results.js'
import { checkInputNames, type CheckInputs } from '../check-receiver/settings.js'
import { runReceiverCheck, signingSecretForms, type ReceiverCheckOutcome } from '../check-receiver/run.js'
import { strayInputs } from './context.js'
import { outputsNotWritten, RunnerOutput, type Table, type Write } from './output.js'

/** The check-receiver action: read the inputs, run the check, render its outcome for the runner. Never throws. */
export async function runCheckReceiverAction({ write }: { write?: Write } = {}): Promise<void> {
  const raw = Object.fromEntries(checkInputNames.map((name) => [name, core.getInput(name)])) as CheckInputs
  const secret = raw['webhook-secret']
  const output = new RunnerOutput([secret], { alsoRedacted: signingSecretForms(secret), ...(write !== undefined && { write }) })
  try {
    const outcome = await runReceiverCheck(raw, {
      label: (input) => input,
      strayInputs: strayInputs(checkInputNames),
      progress: { checked: (result) => output.info(describeResult(result)) }
    })
    await render(outcome, output)
  } catch (error) {
    // runReceiverCheck explains every failure it expects; this is the net for a bug, so the step still fails.
    output.fail({
      title: 'Unexpected error',
      message: error instanceof Error ? error.message : String(error),
      nextStep: 'This is a bug in the action, not in your inputs or your receiver: please report it with this log.'
    })
  }
}

async function render(outcome: ReceiverCheckOutcome, output: RunnerOutput): Promise<void> {
  if (outcome.kind === 'invalid') output.fail(outcome.explanation)
  else if (outcome.passed) output.info(`The receiver at ${outcome.url} accepted the genuine delivery and refused every forged one.`)
  else output.fail(outcome.failure)
  const outputs = outcome.kind === 'invalid' ? { passed: 'false', results: '[]' } : { passed: String(outcome.passed), results: resultsJson(outcome.results) }
  const problem = await output.setOutputs(outputs)
  if (problem !== undefined) {
    const ran = outcome.kind === 'invalid' ? 'Nothing was posted to the receiver.' : `The check ran and ${outcome.passed ? 'passed' : 'failed'}, as the log above shows.`
    output.fail(outputsNotWritten(problem, ran))
  }
  await output.summary(summary(outcome))
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
