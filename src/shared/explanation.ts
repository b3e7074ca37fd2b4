import type { Redactor } from './redact.js'

/** A failure as the user reads it: a title, what happened, and what to do next. */
export interface Explanation {
  title: string
  message: string
  nextStep: string
  status?: number
  statusClass?: string
  serverMessage?: string
  attempts?: number
}

export function redactExplanation(explanation: Explanation, redact: Redactor): Explanation {
  return {
    ...explanation,
    title: redact(explanation.title),
    message: redact(explanation.message),
    nextStep: redact(explanation.nextStep),
    ...(explanation.serverMessage !== undefined && { serverMessage: redact(explanation.serverMessage) })
  }
}
