import { defaultBaseUrl } from './contract.js'

/**
 * The inputs, named as in action.yml, with their defaults and limits. action.yml states the same
 * defaults for the runner; test/docs.test.ts keeps the two equal, and the CLI takes its defaults here.
 */
export const inputNames = [
  'api-key',
  'event-type',
  'mode',
  'api-key-id',
  'sample-payload',
  'base-url',
  'timeout-seconds',
  'max-retries',
  'dry-run'
] as const
export type InputName = (typeof inputNames)[number]
export type RawInputs = Record<InputName, string>

/** Every input but the required key has a default; '' means "not given". */
export const inputDefaults: Omit<RawInputs, 'api-key'> = {
  'event-type': 'generation.completed',
  mode: 'test',
  'api-key-id': '',
  'sample-payload': '',
  'base-url': defaultBaseUrl,
  'timeout-seconds': '30',
  'max-retries': '2',
  'dry-run': 'false'
}

export const maxTimeoutSeconds = 600
export const maxRetriesLimit = 10

/** Keys shorter than this are placeholders, and masking one would garble every log line it occurs in. */
export const minApiKeyLength = 16

/** How this entry point names an input: `event-type` in a workflow, `--event-type` in a terminal. */
export type InputLabel = (input: InputName) => string
