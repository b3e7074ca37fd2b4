import { defaultBaseUrl, defaultEventType } from '../shared/contract.js'

/**
 * The inputs, named as in action.yml, with their defaults and limits. action.yml states the same
 * defaults for the runner; test/docs.test.ts keeps the two equal, and the CLI takes its defaults
 * here.
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
  'receipt-url',
  'receipt-token',
  'receipt-timeout-seconds',
  'wait-for-url',
  'wait-timeout-seconds',
  'wait-for-text',
  'dry-run'
] as const
export type InputName = (typeof inputNames)[number]
export type RawInputs = Record<InputName, string>

/** Every input but the required key has a default; '' means "not given". */
export const inputDefaults: Omit<RawInputs, 'api-key'> = {
  'event-type': defaultEventType,
  mode: 'test',
  'api-key-id': '',
  'sample-payload': '',
  'base-url': defaultBaseUrl,
  'timeout-seconds': '30',
  'max-retries': '2',
  'receipt-url': '',
  'receipt-token': '',
  // Svix delivers at once, and retries after 5 s, then after 5 minutes: a minute covers the first
  // two.
  'receipt-timeout-seconds': '60',
  'wait-for-url': '',
  'wait-for-text': '',
  'wait-timeout-seconds': '120',
  'dry-run': 'false'
}

export const maxTimeoutSeconds = 600
export const maxRetriesLimit = 10
/** The longest receipt-timeout-seconds and wait-timeout-seconds. */
export const maxWaitSeconds = 900
/** The longest wait-for-text: a version, a commit SHA or a build id, not a document. */
export const maxWaitTextLength = 200

/** `all` in event-type stands for every event type. */
export const allEventTypes = 'all'

/**
 * How this entry point names an input: `event-type` in a workflow, `--event-type` in a terminal.
 */
export type InputLabel = (input: InputName) => string
