import {
  inputDefaults,
  inputNames,
  type InputLabel,
  type InputName,
  type RawInputs
} from '../send-test-event/inputs.js'
import { readCommandLine, type SecretFromEnvironment } from './flags.js'

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
  'wait-for-text': { type: 'string' },
  'wait-timeout-seconds': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

const environmentNames: Partial<Record<InputName, string>> = {
  'api-key': 'DIFFIO_API_KEY',
  'receipt-token': 'DIFFIO_RECEIPT_TOKEN'
}

export type Arguments =
  | { kind: 'help' | 'version' }
  /** The command line cannot be read: `problem` says why, repeating no value (one may be a key). */
  | { kind: 'usage-error'; problem: string }
  | { kind: 'run'; raw: RawInputs; label: InputLabel }

/**
 * The command line and the environment as the core's raw inputs, with the name each input goes by
 * here.
 */
export function readArguments(args: string[], env: NodeJS.ProcessEnv): Arguments {
  const commandLine = readCommandLine(args, flags, secretsFromEnvironment, 'a key')
  if (commandLine.kind === 'usage-error') return commandLine
  const { values } = commandLine
  if (values.help || values.version) return { kind: values.help ? 'help' : 'version' }

  const baseUrlFromEnvironment =
    values['base-url'] === undefined && Boolean(env.DIFFIO_API_BASE_URL)
  const label = (input: InputName) =>
    input === 'base-url' && baseUrlFromEnvironment
      ? 'DIFFIO_API_BASE_URL'
      : (environmentNames[input] ?? `--${input}`)
  const given = values as unknown as Partial<Record<InputName, string>>
  const raw = Object.fromEntries(
    inputNames.map((name) => [
      name,
      given[name] ?? (inputDefaults as Partial<RawInputs>)[name] ?? ''
    ])
  ) as RawInputs
  return {
    kind: 'run',
    label,
    raw: {
      ...raw,
      'api-key': env.DIFFIO_API_KEY ?? '',
      'receipt-token': env.DIFFIO_RECEIPT_TOKEN ?? '',
      'event-type': values['event-type']?.join(',') ?? inputDefaults['event-type'],
      'base-url': values['base-url'] ?? (env.DIFFIO_API_BASE_URL || inputDefaults['base-url']),
      'dry-run': String(values['dry-run'] === true)
    }
  }
}

/** The secrets, which a flag would leave in shell history and process lists. */
const secretsFromEnvironment: SecretFromEnvironment[] = [
  {
    flagNames: ['api-key', 'key', 'diffio-api-key'],
    refusal:
      'the API key is not taken as an option, where it would land in shell history and process lists; export DIFFIO_API_KEY=... (from your secret store) instead'
  },
  {
    flagNames: ['receipt-token', 'token'],
    refusal:
      'the receipt token is not taken as an option, where it would land in shell history and process lists; export DIFFIO_RECEIPT_TOKEN=... instead'
  }
]
