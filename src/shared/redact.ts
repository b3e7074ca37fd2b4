/** Keys and tokens shorter than this are placeholders, and masking one would garble every log line it occurs in. */
export const minSecretLength = 16

export type Redactor = (text: string) => string

export const redactedMark = '***'

/**
 * Builds the one function every text from a server (and every message this
 * tool prints) passes through, so no secret (the API key, a receipt token, a
 * signing secret) can ever be shown, even when a server or proxy echoes it
 * back raw, JSON-escaped, URL- or form-encoded, or in base64 (alone or inside
 * a longer encoded text such as a Basic header).
 */
export function createRedactor(...secrets: string[]): Redactor {
  const forms = new Set(
    secrets.flatMap((secret) => [secret, ...jsonForms(secret), ...urlForms(secret), ...base64Forms(secret)])
  )
  forms.delete('')
  if (forms.size === 0) return (text) => text
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

function jsonForms(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1)
  return [escaped, escaped.replaceAll('/', '\\/')]
}

function urlForms(secret: string): string[] {
  let encoded: string[]
  try {
    encoded = [encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2)]
  } catch {
    return [] // a lone surrogate cannot be URL-encoded, so it cannot be sent that way either
  }
  const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
  return [...encoded, ...encoded.map(lowerHex)]
}

/**
 * The key's base64 as it appears at each of the three alignments inside a longer encoded text,
 * less the characters at either end that also depend on the bytes around it.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret)
  const forms: string[] = []
  for (const offset of [0, 1, 2]) {
    const length = offset + bytes.length
    const end = Math.floor(length / 3) * 4 + (length % 3)
    const start = [0, 2, 3][offset]!
    const aligned = Buffer.concat([Buffer.alloc(offset), bytes])
    forms.push(aligned.toString('base64').slice(start, end), aligned.toString('base64url').slice(start, end))
  }
  return forms
}

/**
 * A redactor for the secrets a run was given, as typed (trimmed). Shorter ones than a key can be are
 * refused unused and never printed; redacting them would garble ordinary words ("test" in send_test_event).
 */
export function redactorForInputs(...secrets: (string | undefined)[]): Redactor {
  return createRedactor(...secrets.map((secret) => (secret ?? '').trim()).filter((secret) => secret.length >= minSecretLength))
}

/**
 * Text from the server made safe to print: the key removed, and control characters, which could
 * start a workflow command on a new log line or a terminal escape, turned into spaces.
 */
export function printable(text: string, redact: Redactor): string {
  return redact(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
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
