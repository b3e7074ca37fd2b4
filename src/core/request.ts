import { redactedMark } from './redact.js'
import type { Settings } from './settings.js'
import { userAgent } from './version.js'

export const endpointPath = '/v1/webhooks/send_test_event'

export interface TestEventRequest {
  method: 'POST'
  url: string
  headers: Record<string, string>
  body: string
}

/** The body with exactly the documented fields; optional ones only when given. */
function requestBody(settings: Settings): Record<string, unknown> {
  return {
    eventType: settings.eventType,
    mode: settings.mode,
    ...(settings.apiKeyId !== undefined && { apiKeyId: settings.apiKeyId }),
    ...(settings.samplePayload !== undefined && { samplePayload: settings.samplePayload })
  }
}

export function buildRequest(settings: Settings): TestEventRequest {
  return {
    method: 'POST',
    url: settings.baseUrl + endpointPath,
    headers: {
      authorization: `Bearer ${settings.apiKey}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': userAgent
    },
    body: JSON.stringify(requestBody(settings))
  }
}

/** The request as text for logs and dry runs, with the key replaced. */
export function describeRequest(request: TestEventRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) =>
    name === 'authorization' ? `${name}: Bearer ${redactedMark}` : `${name}: ${value}`
  )
  return [`${request.method} ${request.url}`, ...headers, '', request.body].join('\n')
}
