import { parseArgs } from 'node:util'
import type { Explanation } from '../core/explain.js'
import { inputDefaults, inputNames, type InputName, type RawInputs } from '../core/inputs.js'
import { createRedactor, printable } from '../core/redact.js'
import { resultEntry, runSequence, type EventResult, type Outcome } from '../core/run.js'
import { meantName } from '../core/suggest.js'
import { version } from '../core/version.js'
import { usage } from './usage.js'

const exitCodes = { sent: 0, failed: 1, usage: 2 } as const

/** The flags: every input but the two secrets, which come only from the environment. */
const flags = {
  'event-type': { type: 'string', multiple: true },
  mode: { type: 'string' },
  'api-key-id': { type: 'string' },
  'sample-payload': { type: 'string' },
  'base-url': { type: 'string' },
  'timeout-seconds': { type: 'string' },
  'max-retries': { type: 'string' },
  'receipt-url': { type: 'string' },
  'receipt-timeout-seconds': { type: 'string' },
  'wait-for-url': { type: 'string' },
  'wait-timeout-seconds': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

const environmentNames: Partial<Record<InputName, string>> = { 'api-key': 'DIFFIO_API_KEY', 'receipt-token': 'DIFFIO_RECEIPT_TOKEN' }

/** The CLI: flags and environment in, Diffio's answers on stdout, everything else on stderr. */
export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values
  try {
    const problem = argumentProblem(args)
    if (problem !== undefined) throw new Error(problem)
    ;({ values } = parseArgs({ args, options: flags, strict: true, allowPositionals: false }))
  } catch (error) {
    // Node quotes the offending argument, which may be a secret typed as one.
    const message = printable((error as Error).message, createRedactor((env.DIFFIO_API_KEY ?? '').trim(), (env.DIFFIO_RECEIPT_TOKEN ?? '').trim()))
    process.stderr.write(`error: ${message}\nRun diffio-send-test-event --help for usage.\n`)
    return exitCodes.usage
  }
  if (values.help || values.version) {
    process.stdout.write(values.help ? usage : `${version}\n`)
    return exitCodes.sent
  }

  const baseUrlFromEnvironment = values['base-url'] === undefined && Boolean(env.DIFFIO_API_BASE_URL)
  const label = (input: InputName) => {
    if (input === 'base-url' && baseUrlFromEnvironment) return 'DIFFIO_API_BASE_URL'
    return environmentNames[input] ?? `--${input}`
  }
  const given = values as unknown as Partial<Record<InputName, string>>
  const outcome = await runSequence(
    {
      ...(Object.fromEntries(inputNames.map((name) => [name, given[name] ?? (inputDefaults as Partial<RawInputs>)[name] ?? ''])) as RawInputs),
      'api-key': env.DIFFIO_API_KEY ?? '',
      'receipt-token': env.DIFFIO_RECEIPT_TOKEN ?? '',
      'event-type': values['event-type']?.join(',') ?? inputDefaults['event-type'],
      'base-url': values['base-url'] ?? (env.DIFFIO_API_BASE_URL || inputDefaults['base-url']),
      'dry-run': String(values['dry-run'] === true)
    },
    {
      label,
      keyHint: 'Set it in the environment: export DIFFIO_API_KEY=... (from your secret store).',
      progress: { warning: (text) => process.stderr.write(`warning: ${text}\n`), line: (text) => process.stderr.write(`${text}\n`) }
    }
  )
  return render(outcome)
}

function render(outcome: Outcome): number {
  if (outcome.kind === 'invalid') return explain(outcome.explanation, exitCodes.usage)
  if (outcome.kind === 'not-ready') return explain(outcome.explanation, exitCodes.failed)
  if (outcome.kind === 'dry-run') {
    for (const note of outcome.notes) process.stderr.write(`${note}\n`)
    process.stderr.write(`Dry run: this request would be sent.\n\n${outcome.requests.map((request) => request.full).join('\n\n')}\n`)
    return exitCodes.sent
  }
  const receiptAsked = outcome.settings.receipt !== undefined
  for (const result of outcome.results) {
    const line = outcome.results.length > 1 ? JSON.stringify(resultEntry(result, receiptAsked)) : answerLine(result, receiptAsked)
    if (line !== undefined) process.stdout.write(`${line}\n`)
    if (result.failure !== undefined) explain(result.failure, exitCodes.failed, outcome.results.length > 1 ? result.eventType : undefined)
  }
  return outcome.ok ? exitCodes.sent : exitCodes.failed
}

/** Diffio's answer, with what the receiver said when a receipt was asked for. */
function answerLine({ delivery, receipt }: EventResult, receiptAsked: boolean): string | undefined {
  if (delivery === undefined) return undefined
  if (!receiptAsked) return delivery.json
  const confirmed = receipt?.delivered === true ? { latencyMs: receipt.latencyMs, ...(receipt.json !== undefined && { answer: JSON.parse(receipt.json) as unknown }) } : {}
  return JSON.stringify({ ...(JSON.parse(delivery.json) as object), receipt: { delivered: receipt?.delivered === true, ...confirmed } })
}

function explain({ title, message, nextStep }: Explanation, exitCode: number, eventType?: string): number {
  process.stderr.write(`error: ${eventType === undefined ? '' : `${eventType}: `}${title}\n${message}\n${nextStep}\n`)
  return exitCode
}

/** What is wrong with the arguments, said without repeating any value, since one may be a key. */
function argumentProblem(args: string[]): string | undefined {
  const { tokens } = parseArgs({ args, options: flags, strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind === 'positional') return `unexpected argument number ${token.index + 1} (not shown, in case it is a key); options take the form --name value`
    if (token.kind !== 'option' || token.name in flags) continue
    if (meantName(token.name, ['api-key', 'key', 'diffio-api-key']) !== undefined) {
      return `the API key is not taken as an option, where it would land in shell history and process lists; export DIFFIO_API_KEY=... (from your secret store) instead`
    }
    if (meantName(token.name, ['receipt-token', 'token']) !== undefined) {
      return `the receipt token is not taken as an option, where it would land in shell history and process lists; export DIFFIO_RECEIPT_TOKEN=... instead`
    }
    const meant = meantName(token.name, Object.keys(flags))
    return `unknown option ${token.rawName}${meant === undefined ? '' : ` (did you mean --${meant}?)`}`
  }
  return undefined
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCli(): Promise<void> {
  process.exitCode = await cli(process.argv.slice(2), process.env).catch((error: unknown) => {
    // cli explains every failure it expects; this is the net for a bug, without a stack trace.
    const redact = createRedactor((process.env.DIFFIO_API_KEY ?? '').trim(), (process.env.DIFFIO_RECEIPT_TOKEN ?? '').trim())
    process.stderr.write(`error: ${printable(error instanceof Error ? error.message : String(error), redact)}\n`)
    return exitCodes.failed
  })
}
