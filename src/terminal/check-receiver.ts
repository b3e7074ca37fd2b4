import { parseArgs } from 'node:util'
import { checkNames } from '../check-receiver/deliveries.js'
import { receiverTimeLimitSeconds } from '../shared/contract.js'
import { resultCells, resultColumns, resultsJson, type CheckResult } from '../check-receiver/results.js'
import { checkInputDefaults, type CheckInputName } from '../check-receiver/settings.js'
import { runReceiverCheck, signingSecretForms, type ReceiverCheckOutcome } from '../check-receiver/run.js'
import { version } from '../shared/version.js'
import { secretVariable, usage } from './check-receiver-usage.js'
import { TerminalOutput, type Streams } from './output.js'
import { tolerateClosedStdout } from './stdout.js'

const exitCodes = { passed: 0, failed: 1, usage: 2 } as const

const flags = {
  url: { type: 'string', default: '' },
  'event-type': { type: 'string', default: checkInputDefaults['event-type'] },
  'timeout-seconds': { type: 'string', default: checkInputDefaults['timeout-seconds'] },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false }
} as const

/** Arguments that would carry the secret on the command line. */
const secretFlag = /^--(webhook-)?secret(=|$)/

/** The CLI: flags and environment in, the results JSON on stdout, the table and any failure on stderr. */
export async function checkReceiverCli(args: string[], env: NodeJS.ProcessEnv, streams: Partial<Streams> = {}): Promise<number> {
  const secret = env[secretVariable] ?? ''
  // Node quotes an argument it cannot use, which may be a secret typed as one.
  const typedSecrets = args.map((arg) => arg.replace(/^--[^=]*=/, '')).filter((arg) => arg.startsWith('whsec_'))
  const output = new TerminalOutput([secret, ...typedSecrets].flatMap(signingSecretForms), streams)
  try {
    if (args.some((arg) => secretFlag.test(arg))) {
      output.err(
        `error: the signing secret is not taken as a flag, where it would land in shell history and process lists.\nSet ${secretVariable} instead, e.g. read -rs ${secretVariable} && export ${secretVariable}`
      )
      return exitCodes.usage
    }
    let values
    try {
      ;({ values } = parseArgs({ args, options: flags, strict: true, allowPositionals: false }))
    } catch (error) {
      output.err(`error: ${(error as Error).message}\nRun diffio-check-receiver --help for usage.`)
      return exitCodes.usage
    }
    if (values.help || values.version) {
      output.out(values.help ? usage : version)
      return exitCodes.passed
    }

    let rowsWritten = 0
    const label = (input: CheckInputName) => (input === 'webhook-secret' ? secretVariable : `--${input}`)
    const outcome = await runReceiverCheck(
      { url: values.url, 'webhook-secret': secret, 'event-type': values['event-type'], 'timeout-seconds': values['timeout-seconds'] },
      { label, alsoSecret: typedSecrets, progress: { checked: (result) => output.err(`${rowsWritten++ === 0 ? `${tableHeader}\n` : ''}${tableRow(result)}`) } }
    )
    return render(outcome, output)
  } catch (error) {
    // checkReceiverCli explains every failure it expects; this is the net for a bug, without a stack trace.
    output.err(`error: ${error instanceof Error ? error.message : String(error)}`)
    return exitCodes.failed
  }
}

function render(outcome: ReceiverCheckOutcome, output: TerminalOutput): number {
  if (outcome.kind === 'invalid') {
    output.error(outcome.explanation)
    return exitCodes.usage
  }
  output.out(resultsJson(outcome.results))
  if (!outcome.passed) {
    output.error(outcome.failure)
    return exitCodes.failed
  }
  output.err(`The receiver at ${outcome.url} accepted the genuine delivery and refused every forged one.`)
  return exitCodes.passed
}

/** The table's column widths are known before the first row, so each row is printed as its check ends. */
const columnWidths = [Math.max(...checkNames.map((name) => name.length)), 'accepted'.length, 'timed out'.length, 'status'.length, `${receiverTimeLimitSeconds * 1000} ms`.length]

function tableLine(cells: string[]): string {
  return cells.map((cell, column) => cell.padEnd(columnWidths[column] ?? 0)).join('  ')
}

const tableHeader = tableLine(resultColumns.map((column) => column.toLowerCase()))

function tableRow(result: CheckResult): string {
  return tableLine(resultCells(result, 'check', '-'))
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCheckReceiverCli(): Promise<void> {
  tolerateClosedStdout()
  process.exitCode = await checkReceiverCli(process.argv.slice(2), process.env)
}
