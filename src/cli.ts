import { parseArgs } from 'node:util'
import { eventTypes, modes } from './core/contract.js'
import { inputDefaults, maxRetriesLimit, maxTimeoutSeconds, type InputName } from './core/inputs.js'
import { createRedactor, printable } from './core/redact.js'
import { retriedFaults } from './core/retry.js'
import { runSequence, type Outcome } from './core/run.js'
import { version } from './core/version.js'
import { meantName } from './core/suggest.js'
import { listed } from './core/wording.js'

const exitCodes = { sent: 0, failed: 1, usage: 2 } as const

const flags = {
  'event-type': { type: 'string', default: inputDefaults['event-type'] },
  mode: { type: 'string', default: inputDefaults.mode },
  'api-key-id': { type: 'string', default: inputDefaults['api-key-id'] },
  'sample-payload': { type: 'string', default: inputDefaults['sample-payload'] },
  'base-url': { type: 'string' },
  'timeout-seconds': { type: 'string', default: inputDefaults['timeout-seconds'] },
  'max-retries': { type: 'string', default: inputDefaults['max-retries'] },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false }
} as const

const usage = `Usage: diffio-send-test-event [options]

Asks Diffio to deliver a sample generation.* webhook event to the endpoints
configured for your API key, and prints Diffio's answer as one line of JSON.

The API key is read only from the DIFFIO_API_KEY environment variable: a flag
would land in shell history and process lists.

Options:
  --event-type <type>       event to send (default: ${inputDefaults['event-type']}): ${listed(eventTypes)}
  --mode <mode>             ${listed(modes)}: which endpoints receive the event (default: ${inputDefaults.mode})
  --api-key-id <id>         target another key of the account (admin keys only)
  --sample-payload <json>   JSON object merged into the generated payload
  --base-url <url>          API origin (default: $DIFFIO_API_BASE_URL or ${inputDefaults['base-url']})
  --timeout-seconds <s>     time limit for one attempt, at most ${maxTimeoutSeconds} (default: ${inputDefaults['timeout-seconds']})
  --max-retries <n>         retries after the first attempt on ${retriedFaults},
                            0 to ${maxRetriesLimit} (default: ${inputDefaults['max-retries']})
  --dry-run                 validate and print the request without sending it
  -h, --help                show this help
  -v, --version             show the version

Environment:
  DIFFIO_API_KEY            the Diffio API key (required)
  DIFFIO_API_BASE_URL       default for --base-url
  HTTPS_PROXY, NO_PROXY     proxy settings, honoured as usual

Exit codes: 0 sent, 1 API or network failure, 2 usage or validation error.
`

/** The CLI: flags and environment in, Diffio's answer on stdout, everything else on stderr. */
export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const apiKey = env.DIFFIO_API_KEY ?? ''
  let values
  try {
    const problem = argumentProblem(args)
    if (problem !== undefined) throw new Error(problem)
    ;({ values } = parseArgs({ args, options: flags, strict: true, allowPositionals: false }))
  } catch (error) {
    // Node quotes the offending argument, which may be the key typed as one.
    const message = printable((error as Error).message, createRedactor(apiKey.trim()))
    process.stderr.write(`error: ${message}\nRun diffio-send-test-event --help for usage.\n`)
    return exitCodes.usage
  }
  if (values.help || values.version) {
    process.stdout.write(values.help ? usage : `${version}\n`)
    return exitCodes.sent
  }

  const baseUrlFromEnvironment = values['base-url'] === undefined && Boolean(env.DIFFIO_API_BASE_URL)
  const label = (input: InputName) => {
    if (input === 'api-key') return 'DIFFIO_API_KEY'
    return input === 'base-url' && baseUrlFromEnvironment ? 'DIFFIO_API_BASE_URL' : `--${input}`
  }
  const outcome = await runSequence(
    {
      ...values,
      'api-key': apiKey,
      'base-url': values['base-url'] ?? (env.DIFFIO_API_BASE_URL || inputDefaults['base-url']),
      'dry-run': String(values['dry-run'])
    },
    {
      label,
      keyHint: 'Set it in the environment: export DIFFIO_API_KEY=... (from your secret store).',
      progress: {
        warning: (text) => process.stderr.write(`warning: ${text}\n`),
        progress: (_eventType, line) => process.stderr.write(`${line}\n`)
      }
    }
  )
  return render(outcome)
}

/** What is wrong with the arguments, said without repeating any value, since one may be a key. */
function argumentProblem(args: string[]): string | undefined {
  const { tokens } = parseArgs({ args, options: flags, strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind === 'positional') return `unexpected argument number ${token.index + 1} (not shown, in case it is a key); options take the form --name value`
    if (token.kind !== 'option' || token.name in flags) continue
    if (meantName(token.name, ['api-key', 'key', 'token', 'diffio-api-key']) !== undefined) {
      return `the API key is not taken as an option, where it would land in shell history and process lists; export DIFFIO_API_KEY=... (from your secret store) instead`
    }
    const meant = meantName(token.name, Object.keys(flags))
    return `unknown option ${token.rawName}${meant === undefined ? '' : ` (did you mean --${meant}?)`}`
  }
  return undefined
}

function render(outcome: Outcome): number {
  if (outcome.kind === 'invalid') return explain(outcome.explanation, exitCodes.usage)
  if (outcome.kind === 'dry-run') {
    const requests = outcome.requests.map((request) => request.full).join('\n\n')
    for (const note of outcome.notes) process.stderr.write(`${note}\n`)
    process.stderr.write(`Dry run: this request would be sent.\n\n${requests}\n`)
    return exitCodes.sent
  }
  for (const result of outcome.results) {
    if (result.delivery === undefined) return explain(result.failure!, exitCodes.failed)
    process.stdout.write(`${result.delivery.json}\n`)
    process.stderr.write(`${result.summary}\n`)
  }
  return exitCodes.sent
}

function explain({ title, message, nextStep }: { title: string; message: string; nextStep: string }, exitCode: number): number {
  process.stderr.write(`error: ${title}\n${message}\n${nextStep}\n`)
  return exitCode
}

/** The CLI as a process: its arguments and environment in, its exit code out. */
export async function runCli(): Promise<void> {
  process.exitCode = await cli(process.argv.slice(2), process.env).catch((error: unknown) => {
    // cli explains every failure it expects; this is the net for a bug, without a stack trace.
    const redact = createRedactor((process.env.DIFFIO_API_KEY ?? '').trim())
    process.stderr.write(`error: ${printable(error instanceof Error ? error.message : String(error), redact)}\n`)
    return exitCodes.failed
  })
}
