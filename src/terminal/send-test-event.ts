import { runSequence } from '../send-test-event/run.js'
import {
  attemptsOf,
  confirmedReceipt,
  statusOf,
  succeeded,
  type EventResult,
  type Outcome
} from '../send-test-event/results.js'
import { version } from '../shared/version.js'
import { readArguments } from './arguments.js'
import { TerminalOutput, type TerminalSeams } from './output.js'
import { tolerateClosedStdout } from './stdout.js'
import { usage } from './send-test-event-usage.js'

const exitCodes = { success: 0, failed: 1, usage: 2 } as const

/**
 * The CLI: flags and environment in, one JSON line per event type on stdout, everything else on
 * stderr.
 */
export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
  { clock, ...streams }: TerminalSeams = {}
): Promise<number> {
  const output = new TerminalOutput(
    [env.DIFFIO_API_KEY ?? '', env.DIFFIO_RECEIPT_TOKEN ?? ''],
    streams
  )
  try {
    const parsed = readArguments(args, env)
    if (parsed.kind === 'usage-error') {
      output.err(`error: ${parsed.problem}\nRun diffio-send-test-event --help for usage.`)
      return exitCodes.usage
    }
    if (parsed.kind !== 'run') {
      output.out(parsed.kind === 'help' ? usage : version)
      return exitCodes.success
    }
    const outcome = await runSequence(parsed.raw, {
      label: parsed.label,
      keyHint:
        'The key is read from DIFFIO_API_KEY: export DIFFIO_API_KEY=... (from your secret store).',
      progress: {
        warning: (text) => output.err(`warning: ${text}`),
        line: (text) => output.err(text)
      },
      ...(clock !== undefined && { clock })
    })
    return render(outcome, output)
  } catch (error) {
    // runSequence explains every failure it expects; this is the net for a bug, without a stack
    // trace.
    output.err(`error: ${error instanceof Error ? error.message : String(error)}`)
    return exitCodes.failed
  }
}

function render(outcome: Outcome, output: TerminalOutput): number {
  if (outcome.kind === 'invalid') {
    output.error(outcome.explanation)
    return exitCodes.usage
  }
  if (outcome.kind === 'not-sent') {
    output.error(outcome.explanation)
    return exitCodes.failed
  }
  if (outcome.kind === 'dry-run') {
    const these =
      outcome.requests.length === 1 ? 'this request' : `these ${outcome.requests.length} requests`
    output.err(
      `Dry run: ${these} would be sent.\n\n${outcome.requests.map((request) => request.full).join('\n\n')}`
    )
    if (outcome.notes.length > 0) output.err(`\n${outcome.notes.join('\n')}`)
    return exitCodes.success
  }
  const receiptAsked = outcome.settings.receipt !== undefined
  const several = outcome.results.length > 1
  for (const result of outcome.results) {
    output.out(JSON.stringify(answerLine(result, outcome.settings.mode, receiptAsked)))
    if (result.outcome === 'failed')
      output.error(result.explanation, several ? `${result.eventType}: ` : '')
  }
  return outcome.results.every(succeeded) ? exitCodes.success : exitCodes.failed
}

/**
 * One line of stdout: the same fields for one event type or several, so one jq filter reads both.
 * Diffio's answer's fields where it accepted the event, how it went, and the receipt when one was
 * asked for.
 */
function answerLine(result: EventResult, mode: string, receiptAsked: boolean) {
  const { eventType, delivery } = result
  const receipt = confirmedReceipt(result)
  const event = delivery?.event
  const confirmed =
    receipt !== undefined
      ? {
          latencyMs: receipt.latencyMs,
          ...(receipt.json !== undefined && { answer: JSON.parse(receipt.json) as unknown })
        }
      : {}
  return {
    ...(event === undefined
      ? { eventType, mode }
      : {
          svixMessageId: event.svixMessageId,
          eventId: event.eventId,
          eventType: event.eventType,
          mode: event.mode,
          apiKeyId: event.apiKeyId
        }),
    ok: succeeded(result),
    statusCode: statusOf(result) ?? null,
    attempts: attemptsOf(result),
    ...(receiptAsked && { receipt: { delivered: receipt !== undefined, ...confirmed } }),
    ...(result.outcome === 'failed' && { error: result.explanation.title })
  }
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCli(): Promise<void> {
  tolerateClosedStdout()
  process.exitCode = await cli(process.argv.slice(2), process.env)
}
