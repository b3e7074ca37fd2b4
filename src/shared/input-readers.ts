import { z } from 'zod/mini'
import { minSecretLength } from './redact.js'
import { closest, meantName, nameSharingAWord } from './suggest.js'
import { listed } from './wording.js'
import { isLoopbackHost } from '../http/dispatcher.js'

/**
 * Building blocks for reading raw text inputs with zod/mini: each reader turns the text into its
 * value or a Problem, and zod gathers the problems of every input so they are reported together.
 */

/**
 * What a reader returns when the text will not do: the expected form, worded to follow the input's
 * name.
 */
export class Problem {
  readonly message: string
  constructor(message: string) {
    this.message = message
  }
}

/** A string input, trimmed, then read into its value or a Problem. */
export function stringInput<T>(read: (text: string) => T | Problem) {
  return z.pipe(
    z.string().check(z.trim()),
    z.transform((text: string, context) => {
      const value = read(text)
      if (!(value instanceof Problem)) return value
      context.issues.push({ code: 'custom', message: value.message, input: text })
      return z.NEVER
    })
  )
}

/** One of a fixed list of values, with a guess at what a typo meant. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const expected = listed(values)
  return stringInput((value): T[number] | Problem => {
    if ((values as readonly string[]).includes(value)) return value
    if (value === '') return new Problem(`is required: one of ${expected}`)
    const guess = closest(value, values)
    return new Problem(
      `must be one of ${expected}; got ${JSON.stringify(value)}` +
        (guess ? ` (did you mean ${guess}?)` : '')
    )
  })
}

/**
 * An absolute https URL (http only on loopback), without credentials or a fragment; `carries` says
 * what plain http would expose; `written` is the input as typed, when `text` was made from it. The
 * URL, or the problem with it.
 */
export function readHttpUrl(
  text: string,
  example: string,
  carries: string,
  written: string = text
): URL | Problem {
  // URL parsing drops tabs and line breaks, but the text as written is what gets logged.
  if (/[\u0000-\u001f\u007f]/.test(text))
    return new Problem('must not contain line breaks, tabs or other control characters')
  if (!URL.canParse(text))
    return new Problem(
      `must be an absolute http(s) URL such as ${example}; got ${JSON.stringify(written)}`
    )
  const url = new URL(text)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new Problem(`must be an http(s) URL; got the scheme "${url.protocol}"`)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return new Problem(
      `must use https: plain http would send ${carries} unencrypted, so it is allowed only for loopback hosts (localhost, 127.0.0.0/8, ::1); got ${JSON.stringify(url.host)}`
    )
  }
  if (url.username !== '' || url.password !== '')
    return new Problem('must not contain a user name or password')
  if (url.hash !== '') return new Problem('must not contain a fragment')
  return url
}

/**
 * A number of seconds greater than 0 and at most `most`, fractions allowed; `why` says where the
 * limit comes from.
 */
export function secondsInput(most: number, why = '') {
  return stringInput((text) => {
    const seconds = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN
    if (seconds > 0 && seconds <= most) return seconds
    return new Problem(
      `must be a number of seconds greater than 0 and at most ${most}${why}, such as ${Math.min(30, most)}; got ${JSON.stringify(text)}`
    )
  })
}

/** An input that cannot be used as given, or is used but not quite as written. */
export interface InputIssue<N extends string> {
  /** The input's name as in action.yml, e.g. "event-type". */
  input: N
  /** What is wrong and the expected form, worded to follow the input's name. */
  problem: string
}

/**
 * What reading a product's inputs came to: its settings and the warnings about inputs used not
 * quite as written, or every problem at once; either way, the inputs passed that are no input of it
 * and resemble none (`unknown`), which a shell warns about.
 */
export type InputReading<S, N extends string> = (
  { ok: true; settings: S; warnings: InputIssue<N>[] } | { ok: false; issues: InputIssue<N>[] }
) & {
  unknown: string[]
}

/**
 * Reads raw text inputs with a product's zod schema into its values, or every problem at once:
 * those `alsoCheck` finds across inputs first, then the schema's, then inputs passed under another
 * name.
 */
export function readInputs<N extends string, T>(
  schema: z.ZodMiniType<T>,
  raw: Record<N, string>,
  names: readonly N[],
  strays: readonly string[],
  alsoCheck: (raw: Record<N, string>) => InputIssue<N>[] = () => []
): ({ ok: true; values: T } | { ok: false; issues: InputIssue<N>[] }) & { unknown: string[] } {
  const result = schema.safeParse(raw)
  const sorted = sortStrayInputs(strays, names)
  const issues: InputIssue<N>[] = [
    ...alsoCheck(raw),
    ...(result.success
      ? []
      : result.error.issues.map((issue) => ({
          input: issue.path[0] as N,
          problem: issue.code === 'invalid_type' ? 'is missing' : issue.message
        }))),
    ...sorted.misspelt
  ]
  if (!result.success || issues.length > 0) return { ok: false, issues, unknown: sorted.unrelated }
  return { ok: true, values: result.data, unknown: sorted.unrelated }
}

/**
 * Inputs a workflow passed that the action does not have, as the runner's variables name them,
 * split into those close to one of its inputs (`eventType`, `api_key`, a typo, `events`), which
 * must fail the step: the runner only warns, and the step would run green without them; and the
 * others.
 */
function sortStrayInputs<T extends string>(strays: readonly string[], inputs: readonly T[]) {
  const misspelt: InputIssue<T>[] = []
  const unrelated: string[] = []
  for (const stray of strays) {
    const input = meantName(stray, inputs) ?? nameSharingAWord(stray, inputs)
    if (input === undefined) unrelated.push(stray)
    else
      misspelt.push({
        input,
        problem: `was given under another name (the runner passed INPUT_${stray.toUpperCase()}), which is not an input of this action; rename it to ${input}`
      })
  }
  return { misspelt, unrelated }
}

/**
 * A bearer token, such as receipt-token: optional, at least a key's length, and sendable as a
 * header; never shown.
 */
export const secretTokenInput = stringInput((token) => {
  if (token === '') return undefined
  if (!/^[\x21-\x7e]+$/.test(token))
    return new Problem(
      'must be visible ASCII characters only, as an HTTP header needs; the value is not shown'
    )
  if (token.length < minSecretLength)
    return new Problem(`must be at least ${minSecretLength} characters (the value is not shown)`)
  return token
})
