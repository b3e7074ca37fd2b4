import type { EventType, Mode } from './contract.js'
import { explainFailure, type Explanation } from './explain.js'
import { InputError, SendFailure } from './failure.js'
import type { InputLabel, RawInputs } from './inputs.js'
import { createRedactor, printable, type Redactor } from './redact.js'
import { buildRequest, describeRequest, type TestEventTarget } from './request.js'
import { describeDelivery, describeRetry, sendTestEvent, type Delivery, type SendOptions } from './send.js'
import { parseSettings, type Settings } from './settings.js'

/** What a run reports while it goes; every text is already redacted. */
export interface RunProgress {
  /** An input was used, but not quite as written, or something passed was no input at all. */
  warning?: (text: string, title: string) => void
  /** The request for this event type is about to go out, with the key replaced. */
  sending?: (eventType: EventType, request: DescribedRequest) => void
  /** A line about one event type's progress: a retry and its wait. */
  progress?: (eventType: EventType, line: string) => void
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
  /** Test seams for the send: sleep, backoff, randomness, a shared dispatcher. */
  send?: Omit<SendOptions, 'onRetry' | 'redact'>
}

/** How one event type went. */
export interface EventResult {
  eventType: EventType
  ok: boolean
  attempts: number
  /** The status of the last answer Diffio gave, when one came. */
  status?: number
  /** Diffio's 200 answer, redacted, when it came. */
  delivery?: Delivery
  /** One line saying what happened, for logs. */
  summary: string
  failure?: Explanation
}

/** A request as logs show it: the key replaced everywhere. */
export interface DescribedRequest {
  eventType: EventType
  mode: Mode
  /** "POST https://…" */
  line: string
  body: string
  /** Every header and the body. */
  full: string
}

export type Outcome = (
  /** The inputs cannot be used; nothing was sent. */
  | { kind: 'invalid'; explanation: Explanation }
  | { kind: 'dry-run'; settings: Settings; requests: DescribedRequest[]; notes: string[] }
  | { kind: 'sent'; settings: Settings; results: EventResult[]; ok: boolean }
) & {
  /** The run's one redactor, for text a shell assembles from the outcome (escaping can form a secret anew). */
  redact: Redactor
}

/**
 * The whole sequence, the same for the action and the CLI: read the inputs, then send each event type
 * and say how it went. Never throws for anything a user or a server can cause; every string in the
 * outcome is redacted.
 */
export async function runSequence(raw: RawInputs, context: RunContext): Promise<Outcome> {
  const redact = createRedactor(raw['api-key'].trim())
  let settings: Settings
  try {
    const parsed = parseSettings(raw, context.strayInputs)
    settings = parsed.settings
    for (const { input, problem } of parsed.warnings) {
      const title = input === undefined ? 'Unknown input' : context.label(input)
      context.progress?.warning?.(redact(input === undefined ? problem : `${title} ${problem}`), title)
    }
  } catch (error) {
    return { kind: 'invalid', explanation: await explain(error, context, redact), redact }
  }

  if (settings.dryRun) {
    const requests = settings.eventTypes.map((eventType) => described({ ...settings, eventType }, redact))
    const notes = settings.apiKey === '' ? [`${context.label('api-key')} is empty, which a dry run allows: it sends nothing.`] : []
    return { kind: 'dry-run', settings, requests, notes, redact }
  }

  const results = await Promise.all(settings.eventTypes.map((eventType) => sendOne(settings, eventType, context, redact)))
  return { kind: 'sent', settings, results, ok: results.every((result) => result.ok), redact }
}

async function sendOne(settings: Settings, eventType: EventType, context: RunContext, redact: Redactor): Promise<EventResult> {
  const target = { ...settings, eventType }
  context.progress?.sending?.(eventType, described(target, redact))
  try {
    const delivery = await sendTestEvent(target, {
      ...context.send,
      redact,
      onRetry: (notice) => context.progress?.progress?.(eventType, redact(describeRetry(notice)))
    })
    return {
      eventType,
      ok: true,
      attempts: delivery.attempts,
      status: delivery.status,
      delivery,
      summary: printable(describeDelivery(delivery), redact)
    }
  } catch (error) {
    const failure = await explain(error, context, redact, settings.apiKeyId)
    return {
      eventType,
      ok: false,
      attempts: error instanceof SendFailure ? error.attempts : 1,
      ...(failure.status !== undefined && { status: failure.status }),
      summary: failure.title,
      failure
    }
  }
}

function described(target: TestEventTarget, redact: Redactor): DescribedRequest {
  const request = buildRequest(target)
  return {
    eventType: target.eventType,
    mode: target.mode,
    line: redact(`${request.method} ${request.url}`),
    body: redact(request.body),
    full: redact(describeRequest(request))
  }
}

async function explain(error: unknown, context: RunContext, redact: Redactor, apiKeyId?: string): Promise<Explanation> {
  const forkPullRequest = isAboutTheKey(error) && context.isForkPullRequest !== undefined && (await context.isForkPullRequest())
  const explanation = explainFailure(error, {
    label: context.label,
    keyHint: context.keyHint,
    forkPullRequest,
    ...(apiKeyId !== undefined && { apiKeyId })
  })
  return {
    ...explanation,
    title: redact(explanation.title),
    message: redact(explanation.message),
    nextStep: redact(explanation.nextStep),
    ...(explanation.serverMessage !== undefined && { serverMessage: redact(explanation.serverMessage) })
  }
}

/** A rejected or missing key: what a pull request from a fork, which gets no secrets, runs into. */
function isAboutTheKey(error: unknown): boolean {
  if (error instanceof SendFailure) return error.details.status === 401
  return error instanceof InputError && error.issues.some((issue) => issue.input === 'api-key')
}
