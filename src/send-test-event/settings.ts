import { z } from 'zod/mini'
import {
  apiVersionPath,
  defaultBaseUrl,
  endpointPath,
  eventTypes,
  fieldsDiffioSets,
  modes,
  type EventType,
  type Mode
} from '../shared/contract.js'
import {
  allEventTypes,
  inputNames,
  maxRetriesLimit,
  maxTimeoutSeconds,
  maxWaitSeconds,
  maxWaitTextLength,
  type InputName,
  type RawInputs
} from './inputs.js'
import { minSecretLength } from '../shared/redact.js'
import { oneLine } from '../shared/server-text.js'
import {
  oneOf,
  Problem,
  readHttpUrl,
  readInputs,
  secondsInput,
  secretTokenInput,
  stringInput,
  type InputIssue,
  type InputReading
} from '../shared/input-readers.js'
import { closest } from '../shared/suggest.js'
import { listed } from '../shared/wording.js'
import { receiptUrlInput } from '../shared/receipt-protocol.js'

export interface Settings {
  apiKey: string
  /** The event types to send, in the order given. */
  eventTypes: EventType[]
  mode: Mode
  apiKeyId?: string
  samplePayload?: Record<string, unknown>
  /** The API origin, with any path prefix kept and no trailing slash. */
  baseUrl: string
  timeoutSeconds: number
  maxRetries: number
  /** Wait for the receiver's receipt of each event, when a receipt-url is given. */
  receipt?: ReceiptSettings
  /** Wait for this URL to answer 2xx before sending anything. */
  wait?: WaitSettings
  dryRun: boolean
}

export interface WaitSettings {
  url: string
  timeoutSeconds: number
  /** Text the 2xx body must contain to count as ready: the new deployment's version, say. */
  text?: string
}

export interface ReceiptSettings {
  /** The receipt-url, its placeholders still in it. */
  urlTemplate: string
  token?: string
  timeoutSeconds: number
}

/** The action's inputs read: its settings, or every problem with them. */
export type SettingsReading = InputReading<Settings, InputName>

// Whether an empty key is allowed depends on dry-run, so parseSettings checks that once both are
// read.
const apiKey = stringInput((key) => {
  if (key === '') return key
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return new Problem(
      'must be visible ASCII characters only (no spaces, line breaks or other characters an HTTP header cannot carry); the value is not shown'
    )
  }
  if (key.length < minSecretLength) {
    return new Problem(
      `must be at least ${minSecretLength} characters, as Diffio API keys are; this looks like a placeholder (the value is not shown)`
    )
  }
  return key
})

const apiKeyId = stringInput((id) => (id === '' ? undefined : id))

const samplePayload = stringInput((text): Record<string, unknown> | undefined | Problem => {
  if (text === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return new Problem(
      `must be a JSON object, but it is not valid JSON: ${jsonProblem(error as Error)}`
    )
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    return new Problem(`must be a JSON object like {"apiProjectId": "proj_123"}; got ${kind}`)
  }
  try {
    JSON.stringify(value)
  } catch {
    // JSON.parse takes any depth, but sending it again recurses and overflows the stack.
    return new Problem('is nested too deeply to send')
  }
  return value as Record<string, unknown>
})

function jsonProblem(error: Error): string {
  // V8 quotes a piece of the text, which may hold line breaks; keep the message on one line.
  const message = oneLine(error.message)
  return /end of (JSON )?input/i.test(message) ? `${message} (it ends too early)` : message
}

const baseUrl = stringInput((text) => {
  const url = readHttpUrl(text, defaultBaseUrl, 'the API key')
  if (url instanceof Problem) return url
  if (url.search !== '') return new Problem('must not contain a query string')
  return url.origin + url.pathname.replace(/\/+$/, '')
})

const waitForUrl = stringInput((text) => {
  if (text === '') return undefined
  const url = readHttpUrl(text, 'https://hooks.example.com/healthz', 'the request')
  return url instanceof Problem ? url : url.href
})

const waitForText = stringInput((text) => {
  if (text === '') return undefined
  // It is printed in the log while waiting, where a line break could start a runner command.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text))
    return new Problem('must be one line of text, without control characters')
  if (text.length > maxWaitTextLength)
    return new Problem(
      `must be at most ${maxWaitTextLength} characters, such as a version or a commit SHA; got ${text.length}`
    )
  return text
})

const waitSeconds = stringInput((text) => {
  const seconds = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN
  if (seconds >= 1 && seconds <= maxWaitSeconds) return seconds
  return new Problem(
    `must be a whole number of seconds from 1 to ${maxWaitSeconds}; got ${JSON.stringify(text)}`
  )
})

const eventTypeList = stringInput((text): EventType[] | Problem => {
  const expected = `one of ${listed(eventTypes)}, several separated by commas or new lines, or ${allEventTypes}`
  const listedTypes = text
    .split(/[,\n]/)
    .map((type) => type.trim())
    .filter((type) => type !== '')
  if (listedTypes.length === 0) return new Problem(`is required: ${expected}`)
  if (listedTypes.some((type) => type.toLowerCase() === allEventTypes)) {
    if (listedTypes.length === 1) return [...eventTypes]
    return new Problem(
      `lists ${allEventTypes} with other event types; ${allEventTypes} stands for the four and is given alone`
    )
  }
  const unknown = listedTypes.filter((type) => !(eventTypes as readonly string[]).includes(type))
  if (unknown.length > 0) {
    const got = unknown.map((type) => {
      const guess = closest(type, eventTypes)
      return JSON.stringify(type) + (guess ? ` (did you mean ${guess}?)` : '')
    })
    return new Problem(`must be ${expected}; got ${listed(got, 'and')}`)
  }
  const known = listedTypes as EventType[]
  const twice = [...new Set(known.filter((type, index) => known.indexOf(type) !== index))]
  if (twice.length > 0)
    return new Problem(`lists ${listed(twice, 'and')} twice; each event type is sent once`)
  return known
})

const timeoutSeconds = secondsInput(maxTimeoutSeconds)

const maxRetries = stringInput((text) => {
  const count = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN
  if (count <= maxRetriesLimit) return count
  return new Problem(
    `must be a whole number from 0 to ${maxRetriesLimit}; got ${JSON.stringify(text)}`
  )
})

const isTrue = (text: unknown) =>
  typeof text === 'string' && ['true', 'True', 'TRUE'].includes(text.trim())

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput reads them.
const dryRun = stringInput((text) => {
  if (isTrue(text)) return true
  if (['false', 'False', 'FALSE', ''].includes(text)) return false
  return new Problem(`must be true or false; got ${JSON.stringify(text)}`)
})

const inputsSchema = z.object({
  'api-key': apiKey,
  'event-type': eventTypeList,
  mode: oneOf(modes),
  'api-key-id': apiKeyId,
  'sample-payload': samplePayload,
  'base-url': baseUrl,
  'timeout-seconds': timeoutSeconds,
  'max-retries': maxRetries,
  'receipt-url': receiptUrlInput,
  'receipt-token': secretTokenInput,
  'receipt-timeout-seconds': waitSeconds,
  'wait-for-url': waitForUrl,
  'wait-for-text': waitForText,
  'wait-timeout-seconds': waitSeconds,
  'dry-run': dryRun
})

/**
 * Turns the raw inputs into one typed settings object, or every problem with them at once, before
 * anything is sent.
 */
export function parseSettings(
  raw: RawInputs,
  strayInputs: readonly string[] = []
): SettingsReading {
  // A dry run sends nothing, so its key, if any, is kept unchecked; the request it shows masks it.
  const dryRunAsked = isTrue(raw['dry-run'])
  const uncheckedKey = typeof raw['api-key'] === 'string' ? raw['api-key'].trim() : ''
  const read = readInputs(
    inputsSchema,
    dryRunAsked ? { ...raw, 'api-key': '' } : raw,
    inputNames,
    strayInputs,
    () => acrossInputs(raw, dryRunAsked)
  )
  if (!read.ok) return read
  const inputs = read.values
  const settings: Settings = {
    apiKey: dryRunAsked ? uncheckedKey : inputs['api-key'],
    eventTypes: inputs['event-type'],
    mode: inputs.mode,
    baseUrl: inputs['base-url'],
    timeoutSeconds: inputs['timeout-seconds'],
    maxRetries: inputs['max-retries'],
    dryRun: inputs['dry-run']
  }
  if (inputs['api-key-id'] !== undefined) settings.apiKeyId = inputs['api-key-id']
  if (inputs['sample-payload'] !== undefined) settings.samplePayload = inputs['sample-payload']
  const token = inputs['receipt-token']
  if (inputs['receipt-url'] !== undefined) {
    settings.receipt = {
      urlTemplate: inputs['receipt-url'],
      timeoutSeconds: inputs['receipt-timeout-seconds'],
      ...(token !== undefined && { token })
    }
  }
  if (inputs['wait-for-url'] !== undefined) {
    const text = inputs['wait-for-text']
    settings.wait = {
      url: inputs['wait-for-url'],
      timeoutSeconds: inputs['wait-timeout-seconds'],
      ...(text !== undefined && { text })
    }
  }
  const warnings = payloadWarnings(settings.samplePayload)
  if (token !== undefined && settings.receipt === undefined) {
    warnings.push({
      input: 'receipt-token',
      problem: 'is set, but no receipt URL is, so it is not used'
    })
  }
  // The API's version is part of the endpoint path, so a base-url ending in it would make /v1/v1/….
  const extra = [endpointPath, apiVersionPath].find((path) => settings.baseUrl.endsWith(path))
  if (extra !== undefined) {
    settings.baseUrl = settings.baseUrl.slice(0, -extra.length)
    warnings.push({
      input: 'base-url',
      problem: `ends with ${extra}, which is part of the endpoint path added to it; it was removed`
    })
  }
  return { ok: true, settings, warnings, unknown: read.unknown }
}

/**
 * What no one input's reader can see: the key a run that sends needs, and a text with no URL to
 * wait on.
 */
function acrossInputs(raw: RawInputs, dryRunAsked: boolean): InputIssue<InputName>[] {
  const issues: InputIssue<InputName>[] = []
  if (typeof raw['api-key'] === 'string' && raw['api-key'].trim() === '' && !dryRunAsked) {
    issues.push({ input: 'api-key', problem: 'is required (a dry run needs none)' })
  }
  if (
    typeof raw['wait-for-text'] === 'string' &&
    raw['wait-for-text'].trim() !== '' &&
    typeof raw['wait-for-url'] === 'string' &&
    raw['wait-for-url'].trim() === ''
  ) {
    issues.push({
      input: 'wait-for-text',
      problem:
        'needs wait-for-url: it is the text that URL must answer with, and without the URL nothing would be waited for'
    })
  }
  return issues
}

function payloadWarnings(payload: Record<string, unknown> | undefined): InputIssue<InputName>[] {
  const overridden = fieldsDiffioSets.filter(
    (field) => payload !== undefined && Object.hasOwn(payload, field)
  )
  if (overridden.length === 0) return []
  const ignored = overridden.length === 1 ? 'that value is' : 'those values are'
  return [
    {
      input: 'sample-payload',
      problem: `sets ${listed(overridden, 'and')}, which Diffio always sets itself; ${ignored} ignored`
    }
  ]
}
