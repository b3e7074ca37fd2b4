import { expect } from 'vitest'
import type { Explanation } from '../../src/shared/explanation.js'
import { runnerCommands } from './runner-log.js'

/** What a text must say: a string is looked for whatever its case, a RegExp as written. */
export type Words = ReadonlyArray<string | RegExp>

/** The text says each of the words, so a test holds to what a message means, not to its phrasing. */
export function expectWords(text: string | undefined, words: Words): void {
  expect(text, 'the text to look in').toBeTypeOf('string')
  for (const word of words) {
    if (typeof word === 'string') expect(text!.toLowerCase()).toContain(word.toLowerCase())
    else expect(text).toMatch(word)
  }
}

/** The text names the input exactly, as a name of its own: api-key is not found inside api-key-id. */
export function expectNamesInput(text: string | undefined, input: string): void {
  const escaped = input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  expect(text).toMatch(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`))
}

/** What an explanation must mean: its status, the input its next step names, and key words of each part. */
export interface ExpectedExplanation {
  /** The status the title names; the explanation's own status too, when it carries one. */
  status?: number
  /** The input the next step names, as this entry point names it (api-key, DIFFIO_API_KEY, --mode). */
  input?: string
  title?: Words
  message?: Words
  nextStep?: Words
}

export function expectExplanation(
  explanation: Explanation | undefined,
  expected: ExpectedExplanation
): void {
  expect(explanation, 'an explanation').toBeDefined()
  const { title, message, nextStep, status } = explanation!
  if (expected.status !== undefined) {
    expect(title).toMatch(new RegExp(`\\b${expected.status}\\b`))
    if (status !== undefined) expect(status).toBe(expected.status)
  }
  if (expected.input !== undefined) expectNamesInput(nextStep, expected.input)
  expectWords(title, expected.title ?? [])
  expectWords(message, expected.message ?? [])
  expectWords(nextStep, expected.nextStep ?? [])
}

/** An annotation as a reader sees it on the run's page: its title, and the text under it. */
export interface Annotation {
  title: string
  text: string
}

/** The step's annotations of one kind, in the order written, with the runner's escapes undone. */
export function annotations(stdout: string, kind: 'error' | 'warning'): Annotation[] {
  return runnerCommands(stdout)
    .filter(({ command }) => command === kind)
    .map(({ properties, data }) => ({
      title: unescape(/(?:^|,)title=([^,]*)/.exec(properties)?.[1] ?? ''),
      text: unescape(data)
    }))
}

function unescape(text: string): string {
  return text.replace(/%(0A|0D|3A|2C|25)/g, (_, code: string) =>
    String.fromCharCode(parseInt(code, 16))
  )
}
