import { parseArgs, type ParseArgsConfig } from 'node:util'
import { meantName } from '../shared/suggest.js'

/** A secret that is taken only from the environment, and the flag names someone might try for it. */
export interface SecretFromEnvironment {
  /** Names a flag for it might have: `api-key`, `key`, `token`. */
  flagNames: string[]
  /** What to say instead of taking it: why not, and which variable to set. */
  refusal: string
}

/**
 * What is wrong with a command line before it is parsed, said without repeating any value, since one
 * may be a secret: a stray argument, a secret typed as a flag, or an unknown flag with the one it likely meant.
 */
export function commandLineProblem(
  args: string[],
  flags: NonNullable<ParseArgsConfig['options']>,
  secrets: readonly SecretFromEnvironment[],
  /** What a stray argument might be, for the message that does not show it: "a key". */
  mightBe: string
): string | undefined {
  const { tokens } = parseArgs({
    args,
    options: flags,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  for (const token of tokens) {
    if (token.kind === 'positional')
      return `unexpected argument number ${token.index + 1} (not shown, in case it is ${mightBe}); options take the form --name value`
    if (token.kind !== 'option' || token.name in flags) continue
    const secret = secrets.find(({ flagNames }) => meantName(token.name, flagNames) !== undefined)
    if (secret !== undefined) return secret.refusal
    const meant = meantName(token.name, Object.keys(flags))
    return `unknown option ${token.rawName}${meant === undefined ? '' : ` (did you mean --${meant}?)`}`
  }
  return undefined
}
