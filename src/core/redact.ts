export type Redactor = (text: string) => string

export const redactedMark = '***'

/**
 * Builds the one function every text from the server (and every message this
 * tool prints) passes through, so the API key can never be shown, even when a
 * server or proxy echoes it back raw, JSON-escaped or URL-encoded.
 */
export function createRedactor(secret: string): Redactor {
  if (secret === '') return (text) => text
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    urlEncoded(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url')
  ])
  // Longest first, so a form that contains another is removed whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length)
  return (text) => {
    let clean = text
    for (const form of ordered) clean = clean.replaceAll(form, redactedMark)
    // A key that overlaps the mark itself (say "*") could survive; drop what is left outright.
    while (ordered.some((form) => clean.includes(form))) {
      for (const form of ordered) clean = clean.replaceAll(form, '')
    }
    return clean
  }
}

/**
 * Text from the server made safe to print: the key removed, and control characters, which could
 * start a workflow command on a new log line or a terminal escape, turned into spaces.
 */
export function printable(text: string, redact: Redactor): string {
  return redact(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
}

function urlEncoded(secret: string): string {
  try {
    return encodeURIComponent(secret)
  } catch {
    return secret // a lone surrogate cannot be URL-encoded, so it cannot be sent that way either
  }
}

/** Redacts every string, key included, inside a parsed JSON value. */
export function redactJson(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact)])
    )
  }
  return value
}
