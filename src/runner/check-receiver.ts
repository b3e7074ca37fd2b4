import * as core from '@actions/core'
import {
  describeResult,
  explainCheck,
  explainInvalidInputs,
  passedLine,
  resultCells,
  whatTheCheckDid
} from '../check-receiver/explain.js'
import { checkPassed, resultsJson } from '../check-receiver/results.js'
import { unknownInputWarning } from '../shared/explanation.js'
import {
  newOtherSecret,
  runReceiverCheck,
  signingSecretForms,
  type ReceiverCheckOutcome
} from '../check-receiver/run.js'
import { checkInputNames, type CheckInputs } from '../check-receiver/settings.js'
import { strayInputs } from './context.js'
import { outputsNotWritten, RunnerOutput, type RunnerSeams, type Table } from './output.js'

const label = (input: string) => input

/**
 * The check-receiver action: read the inputs, run the check, render its outcome for the runner.
 * Never throws.
 */
export async function runCheckReceiverAction({ write, clock }: RunnerSeams = {}): Promise<void> {
  const raw = Object.fromEntries(
    checkInputNames.map((name) => [name, core.getInput(name)])
  ) as CheckInputs
  const secret = raw['webhook-secret']
  const otherSecret = newOtherSecret()
  // Redacted, not masked: masking would write the other secret into the log in a command.
  const output = new RunnerOutput([secret, raw['receipt-token']], {
    alsoRedacted: [secret, otherSecret].flatMap(signingSecretForms),
    ...(write !== undefined && { write })
  })
  try {
    const outcome = await runReceiverCheck(raw, {
      strayInputs: strayInputs(checkInputNames),
      otherSecret,
      ...(clock !== undefined && { clock }),
      progress: {
        unknownInput: (name) => {
          const { text, title } = unknownInputWarning(name)
          output.warning(text, title)
        },
        checked: (result, family) => output.info(describeResult(result, family))
      }
    })
    await render(outcome, output)
  } catch (error) {
    // runReceiverCheck explains every failure it expects; this is the net for a bug, so the step
    // still fails.
    output.fail({
      title: 'Unexpected error',
      message: error instanceof Error ? error.message : String(error),
      nextStep:
        'This is a bug in the action, not in your inputs or your receiver: please report it with this log.'
    })
  }
}

async function render(outcome: ReceiverCheckOutcome, output: RunnerOutput): Promise<void> {
  const outputs =
    outcome.kind === 'invalid'
      ? { passed: 'false', results: '[]' }
      : { passed: String(checkPassed(outcome.results)), results: resultsJson(outcome.results) }
  let summary: Table
  if (outcome.kind === 'invalid') {
    const explanation = explainInvalidInputs(outcome.issues, label)
    output.fail(explanation)
    const { title, message, nextStep } = explanation
    summary = {
      heading: 'Receiver check: invalid inputs',
      rows: [],
      paragraphs: [title, message, nextStep]
    }
  } else {
    const failure = explainCheck(outcome.target, outcome.results, label)
    if (failure === undefined) output.info(passedLine(outcome.target))
    else output.fail(failure)
    summary = resultsTable(
      outcome,
      failure === undefined ? [] : [failure.title, failure.message, failure.nextStep]
    )
  }
  const problem = await output.setOutputs(outputs)
  if (problem !== undefined) {
    output.fail(outputsNotWritten(problem, whatTheCheckDid(outcome)))
  }
  await output.summary(summary)
}

function resultsTable(
  outcome: Extract<ReceiverCheckOutcome, { kind: 'checked' }>,
  paragraphs: string[]
): Table {
  const columns = ['Check', 'What is sent', 'Expected', 'Got', 'Status', 'Time', 'Result']
  const rows = outcome.results.map((result) => {
    const cells = resultCells(result, outcome.target.headers, '')
    return [
      cells.check,
      cells.description,
      cells.expected,
      cells.got,
      cells.status,
      cells.time,
      cells.result
    ]
  })
  const passed = checkPassed(outcome.results)
  return {
    heading: `Receiver check ${passed ? 'passed' : 'failed'}: ${outcome.target.url}`,
    rows: [columns, ...rows],
    paragraphs
  }
}
