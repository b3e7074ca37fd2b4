/**
 * Diffio's contract for POST /v1/webhooks/send_test_event and the deliveries it causes, as the API
 * reference and Diffio's SDKs state it. Everything else imports these facts from here.
 */

export const apiVersionPath = '/v1'
export const endpointPath = `${apiVersionPath}/webhooks/send_test_event`

export const defaultBaseUrl = 'https://api.diffio.ai'

export const eventTypes = [
  'generation.queued',
  'generation.processing',
  'generation.failed',
  'generation.completed'
] as const
export type EventType = (typeof eventTypes)[number]

/**
 * What both actions send unless told: the event a finished generation causes, the one most
 * receivers act on.
 */
export const defaultEventType: EventType = 'generation.completed'

export const modes = ['test', 'live'] as const
export type Mode = (typeof modes)[number]

/** Fields of the payload that Diffio always sets itself, whatever samplePayload says. */
export const fieldsDiffioSets = ['eventType', 'eventId', 'createdAt', 'apiKeyId', 'status'] as const

/** The five strings of a 200 answer. */
export const answerFields = ['svixMessageId', 'eventId', 'eventType', 'mode', 'apiKeyId'] as const

/** The event a 200 answer describes: its five strings. */
export type AnsweredEvent = Record<(typeof answerFields)[number], string>

/** The payload's `status` for each event type. */
export const payloadStatus: Record<EventType, string> = {
  'generation.queued': 'queued',
  'generation.processing': 'processing',
  'generation.failed': 'error',
  'generation.completed': 'complete'
}

/** How long Svix gives a receiver to answer a delivery with 2xx. */
export const receiverTimeLimitSeconds = 15

/** How far a delivery's svix-timestamp may be from the receiver's clock. */
export const signatureToleranceSeconds = 5 * 60

/** Svix retries a failed delivery at once, then after these waits. */
export const svixRetryScheduleSeconds = [
  0,
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  10 * 3600
] as const

/**
 * Svix's first retry comes this long after a failed delivery: until then a receipt is usually
 * moments away.
 */
export const svixFirstRetryMs = svixRetryScheduleSeconds[1] * 1000
