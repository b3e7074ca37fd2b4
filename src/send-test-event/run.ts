import type { Dispatcher } from 'undici'
import type { EventType } from '../shared/contract.js'
import {
  answeredLine,
  confirmedLine,
  describeDelivery,
  describeRetry,
  dryRunNotes,
  explainInvalidInputs,
  explainNoReceipt,
  explainNotReady,
  explainSendFailure,
  explainSharedEventId,
  inputWarning,
  notReadyLine,
  readyLine,
  receiptPollLine,
  receiptWaitLine,
  waitingLine
} from './explain.js'
import { unknownInputWarning, type Explanation } from '../shared/explanation.js'
import type { InputLabel, InputName, RawInputs } from './inputs.js'
import type { InputIssue } from '../shared/input-readers.js'
import { awaitReceipt } from './receipt.js'
import { waitUntilReady, type Readiness } from './readiness.js'
import { buildRequest, describeRequest, type TestEventTarget } from './request.js'
import { sendTestEvent, type FailedSend, type SendOptions } from './send.js'
import type { DescribedRequest, EventResult, Outcome, ShownSettings } from './results.js'
import { parseSettings, type Settings, type WaitSettings } from './settings.js'
import { createDispatcher } from '../http/dispatcher.js'
import { oneLine } from '../shared/server-text.js'
import type { Clock } from '../http/clock.js'

/**
 * What a run reports while it goes, as raw text: the shell's output object redacts what it shows.
 */
export interface RunProgress {
  /** An input was used, but not quite as written, or something passed was no input at all. */
  warning?: (text: string, title: string) => void
  /** The requests are about to go out, one for each event type. */
  sending?: (requests: DescribedRequest[]) => void
  /**
   * A line worth showing as it happens: the readiness wait, or, with the event type it is about
   * (and naming it when several are sent), a retry or a receipt. Each event type's lines are also
   * in its log.
   */
  line?: (text: string, eventType?: EventType) => void
}

export interface RunContext {
  label: InputLabel
  /**
   * Inputs passed that are not this action's, as the runner named them: a near miss fails the run.
   */
  strayInputs?: readonly string[]
  /**
   * How to provide the key where this run happens: a secret in a workflow, an export in a terminal.
   */
  keyHint: string
  progress?: RunProgress
  /**
   * Asked only when the key is missing or refused: whether GitHub withheld secrets from this run.
   */
  isForkPullRequest?: () => Promise<boolean>
  /** Test seams: sleep, backoff, randomness, a shared dispatcher. */
  send?: Omit<SendOptions, 'onRetry'>
  /** Where the readiness wait, the retries and the receipt wait read the time and wait. */
  clock?: Clock
}

function shown({ apiKey: _apiKey, receipt, ...rest }: Settings): ShownSettings {
  if (receipt === undefined) return rest
  const { token: _token, ...kept } = receipt
  return { ...rest, receipt: kept }
}

/**
 * The whole sequence, the same for the action and the CLI: read the inputs; wait for the receiver
 * to be up, if asked; send each event type, all at once over one connection pool; wait for each
 * receipt, if asked; say how it went. Never throws for anything a user or a server can cause. The
 * outcome holds no secret the run was given, but servers' text as they sent it: the shells redact
 * what they show.
 */
export async function runSequence(raw: RawInputs, context: RunContext): Promise<Outcome> {
  const reading = parseSettings(raw, context.strayInputs)
  // Said whether or not the inputs can be used: the runner's own warning is easy to miss.
  for (const stray of reading.unknown) warn(context, unknownInputWarning(stray))
  if (!reading.ok)
    return { kind: 'invalid', explanation: await explainInputs(reading.issues, context) }
  const { settings } = reading
  for (const issue of reading.warnings) warn(context, inputWarning(issue, context.label))
  if (settings.dryRun) {
    const requests = settings.eventTypes.map((eventType) => described({ ...settings, eventType }))
    const notes = dryRunNotes(settings, context.label)
    return { kind: 'dry-run', settings: shown(settings), requests, notes }
  }

  const given = context.send?.dispatcher
  const created =
    given === undefined
      ? createDispatcher(settings.timeoutSeconds * 1000)
      : { kind: 'dispatcher' as const, dispatcher: given }
  if (created.kind === 'unusable-proxy') {
    const failed = { kind: 'failed' as const, failure: created, attempts: 0 }
    const explanation = explainSendFailure(failed, { label: context.label })
    return { kind: 'not-sent', settings: shown(settings), explanation }
  }
  const { dispatcher } = created
  try {
    const readiness =
      settings.wait === undefined
        ? undefined
        : await awaitReadiness(settings.wait, settings, dispatcher, context)
    if (readiness?.ready === false) {
      const explanation = explainNotReady(settings.wait!, readiness, context.label)
      return {
        kind: 'not-sent',
        settings: shown(settings),
        explanation,
        waitedMs: readiness.waitedMs
      }
    }
    const results = await sendEach(settings, dispatcher, context)
    const waitedMs = readiness?.waitedMs
    return {
      kind: 'sent',
      settings: shown(settings),
      results,
      ...(waitedMs !== undefined && { waitedMs })
    }
  } finally {
    if (given === undefined) await dispatcher.destroy()
  }
}

function warn(context: RunContext, { text, title }: { text: string; title: string }): void {
  context.progress?.warning?.(text, title)
}

/** Waits for wait-for-url to answer 2xx, saying so as it goes, a line for each change in what it answers. */
async function awaitReadiness(
  wait: WaitSettings,
  settings: Settings,
  dispatcher: Dispatcher,
  context: RunContext
): Promise<Readiness> {
  context.progress?.line?.(waitingLine(wait))
  let lastLine = ''
  const readiness = await waitUntilReady(wait, {
    dispatcher,
    pollTimeLimitMs: settings.timeoutSeconds * 1000,
    ...sleepOf(context),
    onPoll: (seen) => {
      const line = notReadyLine(wait, seen)
      if (line !== lastLine) context.progress?.line?.((lastLine = line))
    }
  })
  if (readiness.ready) context.progress?.line?.(readyLine(wait, readiness.waitedMs))
  return readiness
}

/** Sends each event type at once over the one connection pool, each followed by its receipt wait. */
async function sendEach(
  settings: Settings,
  dispatcher: Dispatcher,
  context: RunContext
): Promise<EventResult[]> {
  if (settings.receipt !== undefined) context.progress?.line?.(receiptWaitLine(settings.receipt))
  const requests = settings.eventTypes.map((eventType) => described({ ...settings, eventType }))
  context.progress?.sending?.(requests)
  const run = {
    settings,
    context,
    dispatcher,
    pollTimeLimitMs: settings.timeoutSeconds * 1000,
    receiptsByEventId: new Map<string, EventType>()
  }
  return Promise.all(requests.map((request) => runEvent(request, run)))
}

interface EventRun {
  settings: Settings
  context: RunContext
  dispatcher: Dispatcher
  pollTimeLimitMs: number
  /**
   * Which event type's receipt wait each event id went to first: one receipt confirms one event.
   */
  receiptsByEventId: Map<string, EventType>
}

async function runEvent(
  request: DescribedRequest,
  { settings, context, dispatcher, pollTimeLimitMs, receiptsByEventId }: EventRun
): Promise<EventResult> {
  const { eventType } = request
  const base = { eventType, request, log: [] as string[] }
  const say = (line: string) => {
    base.log.push(line)
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
    const explanation = await explainSent(sent, context, settings.apiKeyId)
    return { ...base, outcome: 'failed', failure: { kind: 'not-sent', send: sent }, explanation }
  }
  const { delivery } = sent
  say(answeredLine(delivery))
  say(oneLine(describeDelivery(delivery)))
  if (settings.receipt === undefined) return { ...base, outcome: 'ok', delivery }

  const first = receiptsByEventId.get(delivery.event.eventId)
  if (first !== undefined) {
    return {
      ...base,
      outcome: 'failed',
      delivery,
      failure: { kind: 'shared-event-id', first },
      explanation: explainSharedEventId(delivery.event, first, context.label)
    }
  }
  receiptsByEventId.set(delivery.event.eventId, eventType)
  const receipt = await awaitReceipt(settings.receipt, delivery.event, {
    dispatcher,
    pollTimeLimitMs,
    ...sleepOf(context),
    // A line for each change in what the receipt URL says, not for every poll.
    onPoll: (seen) => {
      const line = receiptPollLine(seen)
      if (base.log.at(-1) !== line) say(line)
    }
  })
  if (!receipt.delivered) {
    const explanation = explainNoReceipt(
      receipt.missing,
      delivery.event,
      receipt,
      settings.receipt,
      context.label
    )
    const failure = { kind: 'no-receipt' as const, receipt }
    return { ...base, outcome: 'failed', delivery, failure, explanation }
  }
  say(confirmedLine(eventType, receipt.latencyMs, receipt.url))
  return { ...base, outcome: 'ok', delivery, receipt }
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
