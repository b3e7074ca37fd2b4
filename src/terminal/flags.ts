import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { meantName } from '../shared/suggest.js'

/**
 * A secret that is taken only from the environment, and the flag names someone might try for it.
 */
export interface SecretFromEnvironment {
  /** Names a flag for it might have: `api-key`, `key`, `token`. */
  flagNames: string[]
  /** What to say instead of taking it: why not, and which variable to set. */
  refusal: string
}

/** The flags' values as Node's strict parser reads them. */
type FlagValues<F extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: F; strict: true; allowPositionals: false }>
>['values']

/** A command line read: its flags' values, or what is wrong with it, said repeating no value. */
export type CommandLine<F extends ParseArgsOptionsConfig> =
  { kind: 'flags'; values: FlagValues<F> } | { kind: 'usage-error'; problem: string }

/**
 * Reads a command line into its flags' values, or says what is wrong with it: the problems below
 * first, then what Node's parser refuses (a flag without its value, a value given to a switch).
 */
export function readCommandLine<const F extends ParseArgsOptionsConfig>(
  args: string[],
  flags: F,
  secrets: readonly SecretFromEnvironment[],
  mightBe: string
): CommandLine<F> {
  const problem = commandLineProblem(args, flags, secrets, mightBe)
  if (problem !== undefined) return { kind: 'usage-error', problem }
  try {
    const { values } = parseArgs({ args, options: flags, strict: true, allowPositionals: false })
    return { kind: 'flags', values }
  } catch (error) {
    // Node's parser refuses only by throwing; its messages name the flag, never a value.
    if (isParseArgsError(error)) return { kind: 'usage-error', problem: error.message }
    throw error
  }
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')
  )
}

/**
 * What is wrong with a command line before it is parsed, said without repeating any value, since
 * one may be a secret: a stray argument, a secret typed as a flag, or an unknown flag with the one
 * it likely meant.
 */
function commandLineProblem(
  args: string[],
  flags: ParseArgsOptionsConfig,
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
    if (token.kind !== 'option') continue
    // Node's lenient reading takes the next flag as the value of one that was given none.
    if (token.name in flags && token.inlineValue === false && token.value?.startsWith('--'))
      return `${token.rawName} needs a value${token.value.slice(2) in flags ? `, and got none before ${token.value}` : ''}`
    if (token.name in flags) continue
    const secret = secrets.find(({ flagNames }) => meantName(token.name, flagNames) !== undefined)
    if (secret !== undefined) return secret.refusal
    const meant = meantName(token.name, Object.keys(flags))
    // A name unlike any flag's (a pasted key: `--diffio_live_…`, `--whsec_…`) is not repeated.
    const shown =
      /^--?[a-z][\w-]{0,29}$/i.test(token.rawName) && !/^--?(diffio|whsec)_/i.test(token.rawName)
        ? token.rawName
        : `(not shown, in case it is ${mightBe})`
    return `unknown option ${shown}${meant === undefined ? '' : ` (did you mean --${meant}?)`}`
  }
  return undefined
}
