import type { Explanation } from '../shared/explanation.js'
import { printable, redactorForInputs } from '../shared/redact.js'
import { resultEntry, runSequence, type EventResult, type Outcome } from '../send-test-event/run.js'
import { version } from '../shared/version.js'
import { readArguments, type Arguments } from './arguments.js'
import { tolerateClosedStdout } from './stdout.js'
import { usage } from './send-test-event-usage.js'

const exitCodes = { success: 0, failed: 1, usage: 2 } as const

/** The CLI: flags and environment in, Diffio's answers on stdout, everything else on stderr. */
export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const redact = redactorForInputs(env.DIFFIO_API_KEY, env.DIFFIO_RECEIPT_TOKEN)
  let parsed: Arguments
  try {
    parsed = readArguments(args, env)
  } catch (error) {
    // Node quotes the offending argument, which may be a secret typed as one.
    process.stderr.write(`error: ${printable((error as Error).message, redact)}\nRun diffio-send-test-event --help for usage.\n`)
    return exitCodes.usage
  }
  if (parsed.kind !== 'run') {
    process.stdout.write(parsed.kind === 'help' ? usage : `${version}\n`)
    return exitCodes.success
  }
  const outcome = await runSequence(parsed.raw, {
    label: parsed.label,
    keyHint: 'The key is read from DIFFIO_API_KEY: export DIFFIO_API_KEY=... (from your secret store).',
    progress: { warning: (text) => process.stderr.write(`warning: ${text}\n`), line: (text) => process.stderr.write(`${text}\n`) }
  })
  return render(outcome)
}

function render(outcome: Outcome): number {
  if (outcome.kind === 'invalid') return explain(outcome.explanation, exitCodes.usage)
  if (outcome.kind === 'not-sent') return explain(outcome.explanation, exitCodes.failed)
  if (outcome.kind === 'dry-run') {
    for (const note of outcome.notes) process.stderr.write(`${note}\n`)
    const these = outcome.requests.length === 1 ? 'this request' : `these ${outcome.requests.length} requests`
    process.stderr.write(`Dry run: ${these} would be sent.\n\n${outcome.requests.map((request) => request.full).join('\n\n')}\n`)
    return exitCodes.success
  }
  const receiptAsked = outcome.settings.receipt !== undefined
  const several = outcome.results.length > 1
  for (const result of outcome.results) {
    const line = several ? JSON.stringify(resultEntry(result, receiptAsked)) : answerLine(result, receiptAsked)
    if (line !== undefined) process.stdout.write(`${line}\n`)
    if (result.failure !== undefined) explain(result.failure, exitCodes.failed, several ? `${result.eventType}: ` : '')
  }
  return outcome.ok ? exitCodes.success : exitCodes.failed
}

/** Diffio's answer, with what the receiver said when a receipt was asked for. */
function answerLine({ delivery, receipt }: EventResult, receiptAsked: boolean): string | undefined {
  if (delivery === undefined) return undefined
  if (!receiptAsked) return delivery.json
  const confirmed = receipt?.delivered === true ? { latencyMs: receipt.latencyMs, ...(receipt.json !== undefined && { answer: JSON.parse(receipt.json) as unknown }) } : {}
  return JSON.stringify({ ...(JSON.parse(delivery.json) as object), receipt: { delivered: receipt?.delivered === true, ...confirmed } })
}

function explain({ title, message, nextStep }: Explanation, exitCode: number, prefix = ''): number {
  process.stderr.write(`error: ${prefix}${title}\n${message}\n${nextStep}\n`)
  return exitCode
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCli(): Promise<void> {
  tolerateClosedStdout()
  process.exitCode = await cli(process.argv.slice(2), process.env).catch((error: unknown) => {
    // cli explains every failure it expects; this is the net for a bug, without a stack trace.
    const redact = redactorForInputs(process.env.DIFFIO_API_KEY, process.env.DIFFIO_RECEIPT_TOKEN)
    process.stderr.write(`error: ${printable(error instanceof Error ? error.message : String(error), redact)}\n`)
    return exitCodes.failed
  })
}
