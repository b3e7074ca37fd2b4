import { checkNames } from '../check-receiver/deliveries.js'
import {
  explainCheck,
  explainInvalidInputs,
  passedLine,
  resultCells,
  resultColumns
} from '../check-receiver/explain.js'
import { checkPassed, resultsJson, type CheckResult } from '../check-receiver/results.js'
import {
  newOtherSecret,
  runReceiverCheck,
  signingSecretForms,
  type ReceiverCheckOutcome
} from '../check-receiver/run.js'
import type { CheckInputName } from '../check-receiver/settings.js'
import { receiverTimeLimitSeconds } from '../shared/contract.js'
import { version } from '../shared/version.js'
import { receiptTokenVariable, secretVariable, usage } from './check-receiver-usage.js'
import { readCheckArguments } from './check-receiver-arguments.js'
import { TerminalOutput, type TerminalSeams } from './output.js'
import { tolerateClosedStdout } from './stdout.js'

const exitCodes = { passed: 0, failed: 1, usage: 2 } as const

/**
 * The CLI: flags and environment in, the results JSON on stdout, the table and any failure on
 * stderr.
 */
export async function checkReceiverCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  { clock, ...streams }: TerminalSeams = {}
): Promise<number> {
  const secret = env[secretVariable] ?? ''
  const receiptToken = env[receiptTokenVariable] ?? ''
  // A signing secret typed where a flag's value goes (--url whsec_...) is kept out of every message
  // too.
  const typedSecrets = args
    .map((arg) => arg.replace(/^--[^=]*=/, ''))
    .filter((arg) => arg.trim().startsWith('whsec_'))
  const otherSecret = newOtherSecret()
  const output = new TerminalOutput(
    [receiptToken, ...[secret, ...typedSecrets, otherSecret].flatMap(signingSecretForms)],
    streams
  )
  try {
    const parsed = readCheckArguments(args, env)
    if (parsed.kind === 'usage-error') {
      output.err(`error: ${parsed.problem}\nRun diffio-check-receiver --help for usage.`)
      return exitCodes.usage
    }
    if (parsed.kind !== 'run') {
      output.out(parsed.kind === 'help' ? usage : version)
      return exitCodes.passed
    }

    let rowsWritten = 0
    const outcome = await runReceiverCheck(parsed.raw, {
      otherSecret,
      ...(clock !== undefined && { clock }),
      progress: {
        checked: (result, family) =>
          output.err(`${rowsWritten++ === 0 ? `${tableHeader}\n` : ''}${tableRow(result, family)}`)
      }
    })
    return render(outcome, output)
  } catch (error) {
    // checkReceiverCli explains every failure it expects; this is the net for a bug, without a
    // stack trace.
    output.err(`error: ${error instanceof Error ? error.message : String(error)}`)
    return exitCodes.failed
  }
}

const label = (input: CheckInputName) =>
  input === 'webhook-secret'
    ? secretVariable
    : input === 'receipt-token'
      ? receiptTokenVariable
      : `--${input}`

function render(outcome: ReceiverCheckOutcome, output: TerminalOutput): number {
  if (outcome.kind === 'invalid') {
    output.error(explainInvalidInputs(outcome.issues, label))
    return exitCodes.usage
  }
  output.out(resultsJson(outcome.results))
  if (!checkPassed(outcome.results)) {
    const failure = explainCheck(outcome.target, outcome.results, label)
    if (failure !== undefined) output.error(failure)
    return exitCodes.failed
  }
  output.err(passedLine(outcome.target))
  return exitCodes.passed
}

/**
 * The table's column widths are known before the first row, so each row is printed as its check
 * ends; the description, last, is not padded.
 */
const columnWidths: Record<(typeof resultColumns)[number], number> = {
  check: Math.max(...checkNames.map((name) => name.length)),
  expected: 'not-recorded'.length,
  got: 'inconclusive'.length,
  status: 'status'.length,
  time: `${receiverTimeLimitSeconds * 1000} ms`.length,
  result: 'skipped'.length,
  description: 0
}
const terminalColumns = [
  'check',
  'expected',
  'got',
  'status',
  'time',
  'result',
  'description'
] as const

function tableLine(cells: Record<(typeof resultColumns)[number], string>): string {
  return terminalColumns
    .map((column) => cells[column].padEnd(columnWidths[column]))
    .join('  ')
    .trimEnd()
}

const tableHeader = tableLine(
  Object.fromEntries(
    resultColumns.map((column) => [column, column === 'description' ? 'what is sent' : column])
  ) as Record<(typeof resultColumns)[number], string>
)

function tableRow(result: CheckResult, family: Parameters<typeof resultCells>[1]): string {
  return tableLine(resultCells(result, family, '-'))
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCheckReceiverCli(): Promise<void> {
  tolerateClosedStdout()
  process.exitCode = await checkReceiverCli(process.argv.slice(2), process.env)
}
