import type { Dispatcher } from 'undici'
import type { EventType, Mode } from '../shared/contract.js'
import type { TestEvent } from './answer.js'
import {
  describeDelivery,
  describeRetry,
  explainInvalidInputs,
  explainSendFailure,
  type FailedSend
} from './explain.js'
import type { Explanation } from '../shared/explanation.js'
import type { InputLabel, InputName, RawInputs } from './inputs.js'
import type { InputIssue } from '../shared/input-readers.js'
import { awaitReceipt, type ReceiptResult } from './receipt.js'
import { waitUntilReady } from './readiness.js'
import { buildRequest, describeRequest, type TestEventTarget } from './request.js'
import { sendTestEvent, type Delivery, type SendOptions } from './send.js'
import {
  parseSettings,
  type ReceiptSettings,
  type Settings,
  type WaitSettings
} from './settings.js'
import { createDispatcher } from '../http/dispatcher.js'
import { oneLine } from '../shared/server-text.js'
import type { Clock } from '../http/clock.js'

/** What a run reports while it goes, as raw text: the shell's output object redacts what it shows. */
export interface RunProgress {
  /** An input was used, but not quite as written, or something passed was no input at all. */
  warning?: (text: string, title: string) => void
  /** The requests are about to go out, one for each event type. */
  sending?: (requests: DescribedRequest[]) => void
  /**
   * A line worth showing as it happens: the readiness wait, or, with the event type it is about (and
   * naming it when several are sent), a retry or a receipt. Each event type's lines are also in its log.
   */
  line?: (text: string, eventType?: EventType) => void
}

export interface RunContext {
  label: InputLabel
  /** Inputs passed that are not this action's, as the runner named them: a near miss fails the run. */
  strayInputs?: readonly string[]
  /** How to provide the key where this run happens: a secret in a workflow, an export in a terminal. */
  keyHint: string
  progress?: RunProgress
  /** Asked only when the key is missing or refused: whether GitHub withheld secrets from this run. */
  isForkPullRequest?: () => Promise<boolean>
  /** Test seams: sleep, backoff, randomness, a shared dispatcher. */
  send?: Omit<SendOptions, 'onRetry'>
  /** Where the readiness wait, the retries and the receipt wait read the time and wait. */
  clock?: Clock
}

/** A request as logs show it: the Authorization header's key replaced. */
export interface DescribedRequest {
  eventType: EventType
  mode: Mode
  /** "POST https://…" */
  line: string
  body: string
  /** Every header and the body. */
  full: string
}

/** How one event type went, from the request to the receipt. */
export interface EventResult {
  eventType: EventType
  attempts: number
  /** The status of the last answer Diffio gave, when one came. */
  status?: number
  request: DescribedRequest
  /** Diffio's 200 answer, when it came. */
  delivery?: Delivery
  /** Whether the receiver confirmed it, when a receipt-url was given and Diffio accepted the event. */
  receipt?: ReceiptResult
  /** What went wrong: Diffio's refusal, or the missing receipt; none when it went through (see succeeded). */
  failure?: Explanation
  /** This event type's lines after its request, in order: what a log group shows. */
  log: string[]
}

/** The settings as an outcome carries them: without the key and the receipt token, which nothing shows. */
export type ShownSettings = Omit<Settings, 'apiKey' | 'receipt'> & {
  receipt?: Omit<ReceiptSettings, 'token'>
}

function shown({ apiKey: _apiKey, receipt, ...rest }: Settings): ShownSettings {
  if (receipt === undefined) return rest
  const { token: _token, ...kept } = receipt
  return { ...rest, receipt: kept }
}

export type Outcome =
  /** The inputs cannot be used; nothing was sent. */
  | { kind: 'invalid'; explanation: Explanation }
  | { kind: 'dry-run'; settings: ShownSettings; requests: DescribedRequest[]; notes: string[] }
  /** Nothing was sent: wait-for-url never answered 2xx, or the proxy settings cannot be used. */
  | { kind: 'not-sent'; settings: ShownSettings; explanation: Explanation; waitedMs?: number }
  | { kind: 'sent'; settings: ShownSettings; results: EventResult[]; waitedMs?: number }

/**
 * The whole sequence, the same for the action and the CLI: read the inputs; wait for the receiver to
 * be up, if asked; send each event type, all at once over one connection pool; wait for each receipt,
 * if asked; say how it went. Never throws for anything a user or a server can cause. The outcome
 * holds no secret the run was given, but servers' text as they sent it: the shells redact what they show.
 */
export async function runSequence(raw: RawInputs, context: RunContext): Promise<Outcome> {
  const reading = parseSettings(raw, context.strayInputs)
  // Said whether or not the inputs can be used: the runner's own warning is easy to miss.
  for (const stray of reading.unknown) {
    context.progress?.warning?.(
      `${JSON.stringify(stray)} is not an input of this action and was ignored`,
      'Unknown input'
    )
  }
  if (!reading.ok)
    return {
      kind: 'invalid',
      explanation: await explainInputs(reading.issues, context)
    }
  const { settings } = reading
  for (const { input, problem } of reading.warnings)
    context.progress?.warning?.(`${context.label(input)} ${problem}`, context.label(input))

  if (settings.dryRun) {
    const requests = settings.eventTypes.map((eventType) => described({ ...settings, eventType }))
    return {
      kind: 'dry-run',
      settings: shown(settings),
      requests,
      notes: dryRunNotes(settings, context.label)
    }
  }

  const given = context.send?.dispatcher
  const created =
    given === undefined
      ? createDispatcher(settings.timeoutSeconds * 1000)
      : { kind: 'dispatcher' as const, dispatcher: given }
  if (created.kind === 'unusable-proxy') {
    const explanation = explainSendFailure(
      { kind: 'failed', failure: created, attempts: 0 },
      { label: context.label }
    )
    return {
      kind: 'not-sent',
      settings: shown(settings),
      explanation
    }
  }
  const { dispatcher } = created
  const pollTimeLimitMs = settings.timeoutSeconds * 1000
  try {
    let waitedMs: number | undefined
    if (settings.wait !== undefined) {
      context.progress?.line?.(
        `Waiting up to ${settings.wait.timeoutSeconds} s for ${settings.wait.url} to answer 2xx${withText(settings.wait)}.`
      )
      let lastLine = ''
      const onPoll = (line: string) => {
        if (line !== lastLine) context.progress?.line?.((lastLine = line))
      }
      const readiness = await waitUntilReady(settings.wait, {
        dispatcher,
        label: context.label,
        pollTimeLimitMs,
        onPoll,
        ...sleepOf(context)
      })
      if (!readiness.ready) {
        return {
          kind: 'not-sent',
          settings: shown(settings),
          explanation: readiness.explanation,
          waitedMs: readiness.waitedMs
        }
      }
      waitedMs = readiness.waitedMs
      context.progress?.line?.(
        `${settings.wait.url} answered 2xx${withText(settings.wait)} after ${waitedMs} ms.`
      )
    }
    if (settings.receipt !== undefined) {
      const { urlTemplate, timeoutSeconds } = settings.receipt
      context.progress?.line?.(
        `Once Diffio accepts each event, the receiver has up to ${timeoutSeconds} s to confirm it at ${urlTemplate}.`
      )
    }
    const requests = settings.eventTypes.map((eventType) => described({ ...settings, eventType }))
    context.progress?.sending?.(requests)
    const run = {
      settings,
      context,
      dispatcher,
      pollTimeLimitMs,
      receiptsByEventId: new Map<string, EventType>()
    }
    const results = await Promise.all(requests.map((request) => runEvent(request, run)))
    return {
      kind: 'sent',
      settings: shown(settings),
      results,
      ...(waitedMs !== undefined && { waitedMs })
    }
  } finally {
    if (context.send?.dispatcher === undefined) await dispatcher.destroy()
  }
}

interface EventRun {
  settings: Settings
  context: RunContext
  dispatcher: Dispatcher
  pollTimeLimitMs: number
  /** Which event type's receipt wait each event id went to first: one receipt confirms one event. */
  receiptsByEventId: Map<string, EventType>
}

async function runEvent(
  request: DescribedRequest,
  { settings, context, dispatcher, pollTimeLimitMs, receiptsByEventId }: EventRun
): Promise<EventResult> {
  const { eventType } = request
  const log: string[] = []
  const say = (line: string) => {
    log.push(line)
    context.progress?.line?.(
      settings.eventTypes.length > 1 ? `${eventType}: ${line}` : line,
      eventType
    )
  }
  const sent = await sendTestEvent(
    { ...settings, eventType },
    {
      ...context.send,
      ...sleepOf(context),
      dispatcher,
      onRetry: (notice) => say(describeRetry(notice))
    }
  )
  if (sent.kind === 'failed') {
    const failure = await explainSent(sent, context, settings.apiKeyId)
    return {
      eventType,
      attempts: sent.attempts,
      ...(failure.status !== undefined && { status: failure.status }),
      request,
      failure,
      log
    }
  }
  const { delivery } = sent
  say(`Diffio answered ${delivery.status}: ${delivery.json}`)
  say(oneLine(describeDelivery(delivery)))
  const accepted = {
    eventType,
    attempts: delivery.attempts,
    status: delivery.status,
    request,
    delivery,
    log
  }
  if (settings.receipt === undefined) return accepted

  const sharing = receiptsByEventId.get(delivery.event.eventId)
  if (sharing !== undefined) {
    const failure = sameEventId(delivery.event, sharing, context.label)
    return {
      ...accepted,
      receipt: {
        delivered: false,
        polls: 0,
        url: settings.receipt.urlTemplate,
        explanation: failure
      },
      failure
    }
  }
  receiptsByEventId.set(delivery.event.eventId, eventType)
  const receipt = await awaitReceipt(settings.receipt, delivery.event, {
    dispatcher,
    label: context.label,
    pollTimeLimitMs,
    ...sleepOf(context),
    // A line for each change in what the receipt URL says, not for every poll.
    onPoll: (line) => {
      if (log.at(-1) !== line) say(line)
    }
  })
  if (!receipt.delivered) {
    return { ...accepted, receipt, failure: receipt.explanation }
  }
  say(
    `The receiver confirmed ${eventType} ${receipt.latencyMs} ms after Diffio's answer (${receipt.url}).`
  )
  return { ...accepted, receipt }
}

function sameEventId(event: TestEvent, first: EventType, label: InputLabel): Explanation {
  return {
    // Only several event types can share an id, and the shells put the event type before each title then.
    title: `Came back with the event id of ${first}`,
    message: `Diffio accepted ${event.eventType} (Svix message ${event.svixMessageId}) with event id ${event.eventId}, the id it gave ${first}. A receipt names one event, so one receipt is not counted for both: the receipt wait is ${first}'s, and ${event.eventType} is not confirmed.`,
    nextStep: `Diffio gives each event its own id, so this answer is not Diffio's usual one: check ${label('base-url')}, and send the event types one at a time to confirm each.`
  }
}

/** What the readiness URL's 2xx must show besides its status, in words that follow "2xx". */
function withText(wait: WaitSettings): string {
  return wait.text === undefined ? '' : ` with ${JSON.stringify(wait.text)} in its body`
}

function sleepOf(context: RunContext): {
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
} {
  const sleep = context.send?.sleep ?? context.clock?.sleep
  return {
    ...(sleep !== undefined && { sleep }),
    ...(context.clock !== undefined && { now: context.clock.now })
  }
}

function dryRunNotes(settings: Settings, label: InputLabel): string[] {
  const notes: string[] = []
  notes.push(
    settings.apiKey === ''
      ? `${label('api-key')} is empty, which a dry run allows: it sends nothing.`
      : `${label('api-key')} was not checked: a dry run sends nothing, so any value will do. A real run needs a Diffio API key that Diffio accepts.`
  )
  if (settings.wait !== undefined)
    notes.push(
      `It would first wait up to ${settings.wait.timeoutSeconds} s for GET ${settings.wait.url} to answer 2xx${withText(settings.wait)}.`
    )
  if (settings.receipt !== undefined) {
    notes.push(
      `It would then poll GET ${settings.receipt.urlTemplate} for each event, up to ${settings.receipt.timeoutSeconds} s, with the placeholders filled from Diffio's answer.`
    )
  }
  return notes
}

function described(target: TestEventTarget): DescribedRequest {
  const request = buildRequest(target)
  return {
    eventType: target.eventType,
    mode: target.mode,
    line: `${request.method} ${request.url}`,
    body: request.body,
    full: describeRequest(request)
  }
}

async function explainInputs(
  issues: InputIssue<InputName>[],
  context: RunContext
): Promise<Explanation> {
  // A missing key is what a pull request from a fork, which gets no secrets, runs into.
  const forkPullRequest =
    issues.some((issue) => issue.input === 'api-key') && (await isForkPullRequest(context))
  return explainInvalidInputs(issues, {
    label: context.label,
    keyHint: context.keyHint,
    forkPullRequest
  })
}

async function explainSent(
  failed: FailedSend,
  context: RunContext,
  apiKeyId?: string
): Promise<Explanation> {
  // A rejected key is what a pull request from a fork, which gets no secrets, runs into.
  const rejectedKey = failed.failure.kind === 'error-status' && failed.failure.status === 401
  const forkPullRequest = rejectedKey && (await isForkPullRequest(context))
  return explainSendFailure(failed, {
    label: context.label,
    keyHint: context.keyHint,
    forkPullRequest,
    ...(apiKeyId !== undefined && { apiKeyId })
  })
}

async function isForkPullRequest(context: RunContext): Promise<boolean> {
  return context.isForkPullRequest !== undefined && (await context.isForkPullRequest())
}

/** Diffio accepted the event and, when a receipt was asked for, the receiver confirmed it: nothing went wrong. */
export function succeeded(result: EventResult): boolean {
  return result.failure === undefined
}

/** One entry of the `results` output, and one line of the CLI's output for several event types. */
export interface ResultEntry {
  eventType: EventType
  ok: boolean
  statusCode: number | null
  attempts: number
  svixMessageId?: string
  eventId?: string
  mode?: string
  apiKeyId?: string
  delivered?: boolean
  receiptLatencyMs?: number
  error?: string
}

export function resultEntry(result: EventResult, receiptAsked: boolean): ResultEntry {
  const event = result.delivery?.event
  const { receipt } = result
  return {
    eventType: result.eventType,
    ok: succeeded(result),
    statusCode: result.status ?? null,
    attempts: result.attempts,
    ...(event !== undefined && {
      svixMessageId: event.svixMessageId,
      eventId: event.eventId,
      mode: event.mode,
      apiKeyId: event.apiKeyId
    }),
    ...(receiptAsked && { delivered: receipt?.delivered === true }),
    ...(receipt?.delivered === true && { receiptLatencyMs: receipt.latencyMs }),
    ...(result.failure !== undefined && { error: result.failure.title })
  }
}
