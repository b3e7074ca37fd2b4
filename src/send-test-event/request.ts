import { endpointPath, type EventType, type Mode } from '../shared/contract.js'
import { redactedMark } from '../shared/redact.js'
import type { HttpRequest } from '../http/request.js'
import { userAgent } from '../shared/version.js'

/** What one test event request is made of. */
export interface TestEventTarget {
  apiKey: string
  /** The API origin, with any path prefix kept and no trailing slash. */
  baseUrl: string
  eventType: EventType
  mode: Mode
  apiKeyId?: string
  samplePayload?: Record<string, unknown>
}

/** The body with exactly the documented fields; optional ones only when given. */
function requestBody(target: TestEventTarget): Record<string, unknown> {
  return {
    eventType: target.eventType,
    mode: target.mode,
    ...(target.apiKeyId !== undefined && { apiKeyId: target.apiKeyId }),
    ...(target.samplePayload !== undefined && { samplePayload: target.samplePayload })
  }
}

export type TestEventRequest = HttpRequest & { method: 'POST'; body: string }

export function buildRequest(target: TestEventTarget): TestEventRequest {
  return {
    method: 'POST',
    url: target.baseUrl + endpointPath,
    headers: {
      authorization: `Bearer ${target.apiKey}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': userAgent
    },
    body: JSON.stringify(requestBody(target))
  }
}

/** The request as text for logs and dry runs, with the credentials replaced. */
export function describeRequest(request: HttpRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => {
    if (name !== 'authorization') return `${name}: ${value}`
    const [scheme, credentials] = value.split(' ')
    return `${name}: ${scheme} ${credentials === '' ? '(none given)' : redactedMark}`
  })
  return [
    `${request.method} ${request.url}`,
    ...headers,
    ...(request.body === undefined ? [] : ['', request.body])
  ].join('\n')
}
