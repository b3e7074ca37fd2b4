import { cutMark, wordBreaks } from './server-text.js'

/**
 * Keys and tokens shorter than this are placeholders, and masking one would garble every log line
 * it occurs in.
 */
export const minSecretLength = 16

/**
 * The fewest characters of one of a secret's forms that count as a piece of it: a key cut short
 * ("diffio_live_4f9a…") or split in two shows at least this much of it in one place. Diffio's
 * public prefix (`diffio_live_`, 12 characters) is shorter, and a random run this long does not
 * occur by chance.
 */
const minPieceLength = minSecretLength

/** Where a secret is in a text: from `start` up to, not including, `end`. */
export interface SecretRange {
  start: number
  end: number
}

export interface Redactor {
  /** The text with every secret, and every piece of one, replaced by the mark. */
  (text: string): string
  /**
   * Where the secrets and their pieces are in a text, in order, none overlapping or touching
   * another.
   */
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
  // As a product puts server text on one line before a shell redacts it; not a form that flattens
  // to a few characters, which ordinary text would match.
  for (const form of [...forms]) {
    const flat = form.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ')
    if (flat.trim().length >= minPieceLength) forms.add(flat)
  }
  forms.delete('')
  const findForms = formFinder([...forms])
  const find = (text: string) => merged([...findForms(text), ...acrossJsonStrings(text, findForms)])
  const redact = (text: string) => {
    const found = find(text)
    if (found.length === 0) return text
    let clean = cut(text, found, redactedMark)
    // A key that overlaps the mark itself (say "*") could survive; drop what is left outright.
    for (let left = find(clean); left.length > 0; left = find(clean)) clean = cut(clean, left, '')
    return clean
  }
  return Object.assign(redact, { find })
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
 * minPieceLength of its characters in a row appear, the range then reaching as far as the text goes
 * on agreeing with the form; and the start of any form that a product cut short, before its `…`.
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
  const findCutShort = cutShortFinder(forms)
  // Most positions of a long text can be passed over on their first two characters, without a
  // slice.
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
    found.push(...findCutShort(text))
    return merged(found)
  }
}

/** The fewest characters of a form's start, just before a cut, that count as the form cut short. */
const minCutLength = 4

/**
 * The starts of a form that shorten can leave before its cut mark: up to a word break it holds, or
 * up to a space (which the finder steps back over). A key or token of letters and digits has none.
 */
function cutStarts(form: string): string[] {
  const starts: string[] = []
  for (let length = minCutLength; length < form.length; length++) {
    const last = form[length - 1]!
    if (isSpace(last)) continue
    if (wordBreaks.includes(last) || isSpace(form[length]!)) starts.push(form.slice(0, length))
  }
  return starts
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || /\s/.test(char)
}

/**
 * The start of a form left just before a cut mark, spaces between them aside: a product shortens
 * server text before a shell redacts it, and the cut can leave fewer than minPieceLength characters
 * of a form with spaces or word breaks in it (spaced hex, a byte array, base64, raw key bytes).
 */
function cutShortFinder(forms: string[]): (text: string) => SecretRange[] {
  const starts = forms.flatMap(cutStarts).sort((a, b) => b.length - a.length)
  if (starts.length === 0) return () => []
  return (text) => {
    const found: SecretRange[] = []
    for (let mark = text.indexOf(cutMark); mark >= 0; mark = text.indexOf(cutMark, mark + 1)) {
      let end = mark
      while (end > 0 && /\s/.test(text[end - 1]!)) end--
      const start = starts.find((form) => text.startsWith(form, end - form.length))
      if (start !== undefined) found.push({ start: end - start.length, end })
    }
    return found
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
 * A redactor for the secrets a run was given, as typed (trimmed). Shorter ones than a key can be
 * are refused unused and never printed; redacting them would garble ordinary words ("test" in
 * send_test_event).
 */
export function redactorForInputs(...secrets: (string | undefined)[]): Redactor {
  return createRedactor(
    ...secrets
      .map((secret) => (secret ?? '').trim())
      .filter((secret) => secret.length >= minSecretLength)
  )
}

/**
 * A JSON string literal anywhere in a text: its quotes, and its characters escaped as JSON writes
 * them.
 */
const jsonString = /"(?:[^"\\\n]|\\.)*"/g

/**
 * Where a secret split across neighbouring JSON strings (`["Bearer diffio_live_4f9a", "c21e…"]`)
 * is, in whatever text holds them, found by reading the strings as one text in order, twice: their
 * values alone, and names and values together (`{"diffio_live_4f9a": "c21e…"}`). Each range found
 * is cut back into the strings it spans. A body, an output or a log line is redacted this way
 * without being parsed first.
 */
function acrossJsonStrings(text: string, find: (text: string) => SecretRange[]): SecretRange[] {
  // Two strings need four quotes; most log lines have none.
  let quotes = 0
  for (let at = text.indexOf('"'); at >= 0 && quotes < 4; at = text.indexOf('"', at + 1)) quotes++
  if (quotes < 4) return []
  const strings = [...text.matchAll(jsonString)].map((match) => {
    const after = match.index + match[0].length
    // An object's name is followed by its colon.
    const isName = /^\s*:/.test(text.slice(after, after + 64))
    return { start: match.index + 1, content: match[0].slice(1, -1), isName }
  })
  return [
    ...acrossStrings(
      strings.filter(({ isName }) => !isName),
      find
    ),
    ...acrossStrings(strings, find)
  ]
}

function acrossStrings(
  strings: { start: number; content: string }[],
  find: (text: string) => SecretRange[]
): SecretRange[] {
  if (strings.length < 2) return []
  const found: SecretRange[] = []
  const ranges = find(strings.map(({ content }) => content).join(''))
  let offset = 0
  for (const { start, content } of strings) {
    for (const range of ranges) {
      const from = Math.max(range.start, offset)
      const to = Math.min(range.end, offset + content.length)
      if (from < to) found.push({ start: start + from - offset, end: start + to - offset })
    }
    offset += content.length
  }
  return found
}

/** Where secrets stand in a text, for checks that decide something and change no text. */
export interface SecretChecks {
  /**
   * Whether a JSON text holds a secret anywhere but inside its strings (in a number, or across the
   * quotes and colon between a name and its value), where redacting the strings cannot cut it out.
   */
  outsideStrings: (json: string) => boolean
  /**
   * Whether a few short texts shown one by one (the ids of an answer, each its own output) hold a
   * secret between them, put together in any order: each alone may be too short a piece to find.
   */
  across: (parts: readonly string[]) => boolean
}

export function secretChecks(...secrets: string[]): SecretChecks {
  const { find } = createRedactor(...secrets)
  const orders = (left: readonly string[]): string[][] =>
    left.length <= 1
      ? [[...left]]
      : left.flatMap((part, at) =>
          orders([...left.slice(0, at), ...left.slice(at + 1)]).map((rest) => [part, ...rest])
        )
  return {
    outsideStrings: (json) => {
      const inStrings = [...json.matchAll(jsonString)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length
      }))
      return find(json).some(
        (range) => !inStrings.some(({ start, end }) => range.start > start && range.end < end)
      )
    },
    across: (parts) => orders(parts).some((order) => find(order.join('')).length > 0)
  }
}
