import { z } from 'zod/mini'
import { headerFamilies, type HeaderFamily } from './deliveries.js'
import {
  defaultEventType,
  eventTypes,
  receiverTimeLimitSeconds,
  type EventType
} from '../shared/contract.js'
import {
  oneOf,
  Problem,
  readHttpUrl,
  secondsInput,
  stringInput,
  readInputs,
  secretTokenInput,
  type InputReading
} from '../shared/input-readers.js'
import { receiptUrlInput } from '../shared/receipt-protocol.js'

/** The inputs, named as in check-receiver/action.yml. */
export const checkInputNames = [
  'url',
  'webhook-secret',
  'event-type',
  'timeout-seconds',
  'headers',
  'receipt-url',
  'receipt-token'
] as const
export type CheckInputName = (typeof checkInputNames)[number]
export type CheckInputs = Record<CheckInputName, string>

/**
 * How this entry point names an input: `url` in a workflow, `--url` or an environment variable in a
 * terminal.
 */
export type CheckInputLabel = (input: CheckInputName) => string

/**
 * check-receiver/action.yml states the same defaults for the runner; a test keeps the two equal.
 */
export const checkInputDefaults: Omit<CheckInputs, 'url' | 'webhook-secret'> = {
  'event-type': defaultEventType,
  'timeout-seconds': String(receiverTimeLimitSeconds),
  headers: 'svix',
  'receipt-url': '',
  'receipt-token': ''
}

export interface ReceiverCheckSettings {
  /** The receiver's webhook URL, as given. */
  url: string
  webhookSecret: string
  eventType: EventType
  timeoutSeconds: number
  headers: HeaderFamily
  /**
   * Ask the receiver's receipt route, when given, whether it recorded the genuine event and no
   * forged one.
   */
  receipt?: { urlTemplate: string; token?: string }
}

export const secretPrefix = 'whsec_'
const base64Text =
  /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/
const secretForm = `the endpoint's signing secret, ${secretPrefix} followed by base64 (from the endpoint's page in Diffio, not a Diffio API key)`

const webhookSecret = stringInput((secret) => {
  if (secret === '') return new Problem(`is required: ${secretForm}`)
  if (/^diffio_/.test(secret))
    return new Problem(`looks like a Diffio API key; this check needs ${secretForm}`)
  if (!secret.startsWith(secretPrefix))
    return new Problem(
      `must be ${secretForm}; it does not start with ${secretPrefix} (the value is not shown)`
    )
  if (secret === secretPrefix)
    return new Problem(`must be ${secretForm}; nothing follows ${secretPrefix}`)
  if (!base64Text.test(secret.slice(secretPrefix.length))) {
    return new Problem(
      `must be ${secretForm}; what follows ${secretPrefix} is not base64 (the value is not shown)`
    )
  }
  return secret
})

const url = stringInput((text) => {
  const example = 'https://preview.example.com/webhooks/diffio'
  if (text === '') return new Problem(`is required: the receiver's webhook URL, such as ${example}`)
  const parsed = readHttpUrl(text, example, 'the deliveries')
  return parsed instanceof Problem ? parsed : text
})

const timeoutSeconds = secondsInput(receiverTimeLimitSeconds, ', the time Svix gives a receiver')

const inputsSchema = z.object({
  url,
  'webhook-secret': webhookSecret,
  'event-type': oneOf(eventTypes),
  'timeout-seconds': timeoutSeconds,
  headers: oneOf(headerFamilies),
  'receipt-url': receiptUrlInput,
  'receipt-token': secretTokenInput
})

/** Turns the raw inputs into settings, or every problem with them at once. */
export function readCheckSettings(
  raw: CheckInputs,
  strayInputs: readonly string[] = []
): InputReading<ReceiverCheckSettings, CheckInputName> {
  const read = readInputs(inputsSchema, raw, checkInputNames, strayInputs)
  if (!read.ok) return read
  const inputs = read.values
  const token = inputs['receipt-token']
  // A token without a receipt URL is left unused, as the main action leaves it.
  const receipt =
    inputs['receipt-url'] === undefined
      ? undefined
      : { urlTemplate: inputs['receipt-url'], ...(token !== undefined && { token }) }
  const settings: ReceiverCheckSettings = {
    url: inputs.url,
    webhookSecret: inputs['webhook-secret'],
    eventType: inputs['event-type'],
    timeoutSeconds: inputs['timeout-seconds'],
    headers: inputs.headers,
    ...(receipt !== undefined && { receipt })
  }
  return { ok: true, settings, warnings: [], unknown: read.unknown }
}
