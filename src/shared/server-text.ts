import { STATUS_CODES } from 'node:http'
import { printable, redactJson, type Redactor } from './redact.js'

/** Server text longer than this is cut: a message is a sentence, and a job summary has a size limit. */
const serverTextLength = 300

/**
 * A short, single-line, tag-free excerpt of a body (often a gateway's HTML page). A JSON body is
 * redacted as JSON first, which also cuts out a secret split across neighbouring strings.
 */
export function excerpt(text: string, redact: Redactor): string {
  const plain = printable(asRedactedJson(text, redact) ?? text, redact)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return shorten(plain, 200)
}

/** The body written again with every secret cut out, when it is JSON. */
function asRedactedJson(text: string, redact: Redactor): string | undefined {
  try {
    return JSON.stringify(redactJson(JSON.parse(text), redact))
  } catch {
    // Not JSON, or nested too deeply to write again: it is redacted as text.
    return undefined
  }
}

export function shorten(text: string, length: number = serverTextLength): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`
}

/** Text on one line: control characters and line breaks, which could start a runner command or a terminal escape, become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
}

/** "503 Service Unavailable" */
export function describeStatus(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim()
}

/** The first value of a header, which undici gives as an array when it came more than once. */
export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string
): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
