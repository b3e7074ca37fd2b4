import { STATUS_CODES } from 'node:http'

/**
 * Server text longer than this is cut: a message is a sentence, and a job summary has a size limit.
 */
const serverTextLength = 300

/**
 * A short, single-line, tag-free excerpt of a body (often a gateway's HTML page). A JSON body is
 * written again compactly, so its escapes (`\u0064`) cannot hide a secret from the shell's
 * redaction.
 */
export function excerpt(text: string): string {
  return shorten(
    oneLine(compactJson(text) ?? text)
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      // Tags inside a line of text join what they split, as a browser shows it; others break it.
      .replace(/<\/?(a|b|i|em|strong|span|code|small|u|mark|sub|sup|tt|kbd|font)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    200
  )
}

/** The body written again as compact JSON, when it is JSON. */
export function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, '')))
  } catch {
    // Not JSON, or nested too deeply to write again.
    return undefined
  }
}

/** What shorten puts where it cut server text short. */
export const cutMark = '…'

/** Where shorten may end a text besides whitespace: after one of these, never inside a word. */
export const wordBreaks = '"\'\x60,;:()<>[]{}/?&=#'

const partialWord = new RegExp(`[^\\s${wordBreaks.replace(/[\]\\^-]/g, '\\$&')}]*$`)

/**
 * Text cut to `length` characters, back to the end of its last whole word (a URL breaks at `/ ? & =
 * #`): a secret cut in two there would leave a piece too short for the shells' redaction to
 * recognise.
 */
export function shorten(text: string, length: number = serverTextLength): string {
  if (text.length <= length) return text
  return `${text.slice(0, length).replace(partialWord, '')}${cutMark}`
}

/**
 * Text on one line: control characters and line breaks, which could start a runner command or a
 * terminal escape, become spaces.
 */
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
