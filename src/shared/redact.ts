/** Keys and tokens shorter than this are placeholders, and masking one would garble every log line it occurs in. */
export const minSecretLength = 16

/**
 * The fewest characters of one of a secret's forms that count as a piece of it: a key cut short
 * ("diffio_live_4f9a…") or split in two shows at least this much of it in one place. Diffio's public
 * prefix (`diffio_live_`, 12 characters) is shorter, and a random run this long does not occur by chance.
 */
export const minPieceLength = minSecretLength

/** Where a secret is in a text: from `start` up to, not including, `end`. */
export interface SecretRange {
  start: number
  end: number
}

export interface Redactor {
  /** The text with every secret, and every piece of one, replaced by the mark. */
  (text: string): string
  /** Where the secrets and their pieces are in a text, in order, none overlapping or touching another. */
  find: (text: string) => SecretRange[]
}

export const redactedMark = '***'

/**
 * Builds the one function every text from a server (and every message this
 * tool prints) passes through, so no secret (the API key, a receipt token, a
 * signing secret) can ever be shown, even when a server or proxy echoes it
 * back raw, JSON-escaped, URL- or form-encoded, in hex, or in base64 (alone or
 * inside a longer encoded text such as a Basic header); nor a run of
 * minPieceLength or more characters of any of those forms, as a server that
 * cuts the key short or splits it shows.
 */
export function createRedactor(...secrets: string[]): Redactor {
  const forms = new Set(
    secrets.flatMap((secret) => [
      secret,
      ...jsonForms(secret),
      ...urlForms(secret),
      ...hexForms(secret),
      ...base64Forms(secret)
    ])
  )
  forms.delete('')
  const find = formFinder([...forms])
  const redact = (text: string) => {
    let clean = cut(text, find(text), redactedMark)
    // A key that overlaps the mark itself (say "*") could survive; drop what is left outright.
    for (let left = find(clean); left.length > 0; left = find(clean)) clean = cut(clean, left, '')
    return clean
  }
  return Object.assign(redact, { find })
}

/** A redactor for text that holds no secret, such as a value that is not one. */
export const noSecrets: Redactor = createRedactor()

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

/** The key's UTF-8 bytes in hex, as a debugging proxy or a byte dump shows them. */
function hexForms(secret: string): string[] {
  const hex = Buffer.from(secret).toString('hex')
  return [hex, hex.toUpperCase()]
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
    forms.push(
      aligned.toString('base64').slice(start, end),
      aligned.toString('base64url').slice(start, end)
    )
  }
  return forms
}

/**
 * Finds the forms in a text: a form shorter than minPieceLength only whole, a longer one wherever
 * minPieceLength of its characters in a row appear, the range then reaching as far as the text goes on
 * agreeing with the form.
 */
function formFinder(forms: string[]): (text: string) => SecretRange[] {
  const whole = forms.filter((form) => form.length < minPieceLength)
  const pieces = new Map<string, { form: string; at: number }[]>()
  for (const form of forms.filter((form) => form.length >= minPieceLength)) {
    for (let at = 0; at + minPieceLength <= form.length; at++) {
      const piece = form.slice(at, at + minPieceLength)
      pieces.set(piece, [...(pieces.get(piece) ?? []), { form, at }])
    }
  }
  // Most positions of a long text can be passed over on their first two characters, without a slice.
  const openings = new Set(
    [...pieces.keys()].map((piece) => piece.charCodeAt(0) * 0x10000 + piece.charCodeAt(1))
  )
  return (text) => {
    const found: SecretRange[] = []
    for (const form of whole) {
      for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1))
        found.push({ start, end: start + form.length })
    }
    for (let start = 0; start + minPieceLength <= text.length && pieces.size > 0; start++) {
      if (!openings.has(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1))) continue
      for (const { form, at } of pieces.get(text.slice(start, start + minPieceLength)) ?? []) {
        let length = minPieceLength
        while (
          start + length < text.length &&
          at + length < form.length &&
          text[start + length] === form[at + length]
        )
          length++
        found.push({ start, end: start + length })
      }
    }
    return merged(found)
  }
}

/** The ranges in order, those that overlap or touch joined into one. */
function merged(ranges: SecretRange[]): SecretRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const joined: SecretRange[] = []
  for (const range of sorted) {
    const last = joined.at(-1)
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else joined.push({ ...range })
  }
  return joined
}

/** The text with each range replaced by `mark`. */
function cut(text: string, ranges: SecretRange[], mark: string): string {
  if (ranges.length === 0) return text
  let kept = ''
  let from = 0
  for (const { start, end } of ranges) {
    kept += text.slice(from, start) + mark
    from = end
  }
  return kept + text.slice(from)
}

/**
 * A redactor for the secrets a run was given, as typed (trimmed). Shorter ones than a key can be are
 * refused unused and never printed; redacting them would garble ordinary words ("test" in send_test_event).
 */
export function redactorForInputs(...secrets: (string | undefined)[]): Redactor {
  return createRedactor(
    ...secrets
      .map((secret) => (secret ?? '').trim())
      .filter((secret) => secret.length >= minSecretLength)
  )
}

/**
 * Text from the server made safe to print: the key removed, and control characters, which could
 * start a workflow command on a new log line or a terminal escape, turned into spaces.
 */
export function printable(text: string, redact: Redactor): string {
  return redact(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
}

/**
 * Redacts every string, key included, inside a parsed JSON value. The string values are also read
 * as one text, in the order JSON.stringify writes them back, so a secret split across neighbouring
 * strings (`["Bearer diffio_live_4f9a", "c21e…"]`) is cut out of each of them.
 */
export function redactJson(value: unknown, redact: Redactor): unknown {
  const strings: string[] = []
  collectStrings(value, strings)
  const redacted = redactTogether(strings, redact)
  let next = 0
  const rebuild = (item: unknown): unknown => {
    if (typeof item === 'string') return redacted[next++]
    if (Array.isArray(item)) return item.map(rebuild)
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(
        Object.entries(item).map(([key, inner]) => [redact(key), rebuild(inner)])
      )
    return item
  }
  return rebuild(value)
}

/** The string values of a parsed JSON value, in the order JSON.stringify writes them. */
function collectStrings(value: unknown, strings: string[]): void {
  if (typeof value === 'string') strings.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, strings)
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, strings)
}

/** Each string redacted, with the parts of it that form a secret together with its neighbours cut out too. */
function redactTogether(strings: string[], redact: Redactor): string[] {
  const ranges = redact.find(strings.join(''))
  let offset = 0
  return strings.map((text) => {
    const own = ranges
      .filter(({ start, end }) => end > offset && start < offset + text.length)
      .map(({ start, end }) => ({
        start: Math.max(start, offset) - offset,
        end: Math.min(end, offset + text.length) - offset
      }))
    offset += text.length
    return redact(cut(text, own, redactedMark))
  })
}
