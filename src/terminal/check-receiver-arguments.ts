import { checkInputDefaults, type CheckInputs } from '../check-receiver/settings.js'
import { receiptTokenVariable, secretVariable } from './check-receiver-usage.js'
import { readCommandLine, type SecretFromEnvironment } from './flags.js'

const flags = {
  url: { type: 'string', default: '' },
  'event-type': { type: 'string', default: checkInputDefaults['event-type'] },
  'timeout-seconds': { type: 'string', default: checkInputDefaults['timeout-seconds'] },
  headers: { type: 'string', default: checkInputDefaults.headers },
  'receipt-url': { type: 'string', default: checkInputDefaults['receipt-url'] },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false }
} as const

/** The secrets, which a flag would leave in shell history and process lists. */
const secretsFromEnvironment: SecretFromEnvironment[] = [
  {
    flagNames: ['webhook-secret', 'secret', 'signing-secret', 'diffio-webhook-secret'],
    refusal: `the signing secret is not taken as a flag, where it would land in shell history and process lists. Set ${secretVariable} instead, e.g. read -rs ${secretVariable} && export ${secretVariable}`
  },
  {
    flagNames: ['receipt-token', 'token'],
    refusal: `the receipt token is not taken as a flag, where it would land in shell history and process lists. Set ${receiptTokenVariable} instead`
  }
]

export type CheckArguments =
  | { kind: 'help' | 'version' }
  /** The command line cannot be read: `problem` says why, showing no value (one may be secret). */
  | { kind: 'usage-error'; problem: string }
  | { kind: 'run'; raw: CheckInputs }

/** The command line and the environment as the check's raw inputs. */
export function readCheckArguments(args: string[], env: NodeJS.ProcessEnv): CheckArguments {
  const commandLine = readCommandLine(args, flags, secretsFromEnvironment, 'a secret')
  if (commandLine.kind === 'usage-error') return commandLine
  const { values } = commandLine
  if (values.help || values.version) return { kind: values.help ? 'help' : 'version' }
  return {
    kind: 'run',
    raw: {
      url: values.url,
      'webhook-secret': env[secretVariable] ?? '',
      'event-type': values['event-type'],
      'timeout-seconds': values['timeout-seconds'],
      headers: values.headers,
      'receipt-url': values['receipt-url'],
      // DIFFIO_RECEIPT_TOKEN may be exported for diffio-send-test-event: it is read only when
      // receipts are asked for.
      'receipt-token': values['receipt-url'] === '' ? '' : (env[receiptTokenVariable] ?? '')
    }
  }
}
