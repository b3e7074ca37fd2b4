#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { explainFailure } from './core/explain.js'
import { InputError } from './core/failure.js'
import { createRedactor, printable } from './core/redact.js'
import { buildRequest, describeRequest } from './core/request.js'
import { describeDelivery, describeRetry, sendTestEvent } from './core/send.js'
import { parseSettings, type InputName } from './core/settings.js'
import { version } from './core/version.js'

const exitCodes = { sent: 0, failed: 1, usage: 2 } as const

// action.yml's defaults, which the action gets from the runner; test/e2e/cli.test.ts keeps the two equal.
const defaults = {
  'event-type': 'generation.completed',
  mode: 'test',
  'base-url': 'https://api.diffio.ai',
  'timeout-seconds': '30',
  'max-retries': '2'
} as const

const flags = {
  'event-type': { type: 'string', default: defaults['event-type'] },
  mode: { type: 'string', default: defaults.mode },
  'api-key-id': { type: 'string', default: '' },
  'sample-payload': { type: 'string', default: '' },
  'base-url': { type: 'string' },
  'timeout-seconds': { type: 'string', default: defaults['timeout-seconds'] },
  'max-retries': { type: 'string', default: defaults['max-retries'] },
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
  --event-type <type>       event to send (default: ${defaults['event-type']}): generation.queued,
                            generation.processing, generation.failed or generation.completed
  --mode <mode>             test or live: which endpoints receive the event (default: ${defaults.mode})
  --api-key-id <id>         target another key of the account (admin keys only)
  --sample-payload <json>   JSON object merged into the generated payload
  --base-url <url>          API origin (default: $DIFFIO_API_BASE_URL or ${defaults['base-url']})
  --timeout-seconds <s>     time limit for one attempt (default: ${defaults['timeout-seconds']})
  --max-retries <n>         retries after the first attempt, 0 to 10 (default: ${defaults['max-retries']})
  --dry-run                 validate and print the request without sending it
  -h, --help                show this help
  -v, --version             show the version

Environment:
  DIFFIO_API_KEY            the Diffio API key (required)
  DIFFIO_API_BASE_URL       default for --base-url
  HTTPS_PROXY, NO_PROXY     proxy settings, honoured as usual

Exit codes: 0 sent, 1 API or network failure, 2 usage or validation error.
`

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const apiKey = env.DIFFIO_API_KEY ?? ''
  const redact = createRedactor(apiKey.trim())

  let values
  try {
    ;({ values } = parseArgs({ args, options: flags, strict: true, allowPositionals: false }))
  } catch (error) {
    // Node quotes the offending argument, which may be the key typed as one.
    process.stderr.write(`error: ${printable((error as Error).message, redact)}\nRun diffio-send-test-event --help for usage.\n`)
    return exitCodes.usage
  }
  if (values.help) {
    process.stdout.write(usage)
    return exitCodes.sent
  }
  if (values.version) {
    process.stdout.write(`${version}\n`)
    return exitCodes.sent
  }

  const baseUrlFromEnvironment = values['base-url'] === undefined && Boolean(env.DIFFIO_API_BASE_URL)
  const label = (input: InputName) => {
    if (input === 'api-key') return 'DIFFIO_API_KEY'
    return input === 'base-url' && baseUrlFromEnvironment ? 'DIFFIO_API_BASE_URL' : `--${input}`
  }
  const fail = (error: unknown, apiKeyId?: string) => {
    const explanation = explainFailure(error, { label, ...(apiKeyId !== undefined && { apiKeyId }) })
    process.stderr.write(redact(`error: ${explanation.title}\n${explanation.message}\n${explanation.nextStep}\n`))
    return error instanceof InputError ? exitCodes.usage : exitCodes.failed
  }

  let parsed
  try {
    parsed = parseSettings({
      'api-key': apiKey,
      'event-type': values['event-type'],
      mode: values.mode,
      'api-key-id': values['api-key-id'],
      'sample-payload': values['sample-payload'],
      'base-url': values['base-url'] ?? (env.DIFFIO_API_BASE_URL || defaults['base-url']),
      'timeout-seconds': values['timeout-seconds'],
      'max-retries': values['max-retries'],
      'dry-run': String(values['dry-run'])
    })
  } catch (error) {
    return fail(error)
  }
  for (const { input, problem } of parsed.warnings) process.stderr.write(redact(`warning: ${label(input)} ${problem}\n`))
  const { settings } = parsed

  if (settings.dryRun) {
    process.stderr.write(redact(`Dry run: this request would be sent.\n\n${describeRequest(buildRequest(settings))}\n`))
    return exitCodes.sent
  }
  try {
    const delivery = await sendTestEvent(settings, {
      onRetry: (notice) => process.stderr.write(`${redact(describeRetry(notice))}\n`)
    })
    process.stdout.write(`${delivery.json}\n`)
    process.stderr.write(`${printable(describeDelivery(delivery), redact)}\n`)
    return exitCodes.sent
  } catch (error) {
    return fail(error, settings.apiKeyId)
  }
}

process.exitCode = await main(process.argv.slice(2), process.env).catch((error: unknown) => {
  // main explains every failure it expects; this is the net for a bug, without a stack trace.
  const redact = createRedactor((process.env.DIFFIO_API_KEY ?? '').trim())
  process.stderr.write(`error: ${printable(error instanceof Error ? error.message : String(error), redact)}\n`)
  return exitCodes.failed
})
