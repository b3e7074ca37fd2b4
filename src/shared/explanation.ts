/** A failure as the user reads it: a title, what happened, and what to do next. */
export interface Explanation {
  title: string
  message: string
  nextStep: string
  status?: number
  statusClass?: string
  serverMessage?: string
  attempts?: number
}

/**
 * Why nothing was sent when inputs cannot be used: each problem on its own line, named as this
 * entry point names the input, then what to do, with `moreSteps` (where a key comes from, say)
 * after it.
 */
export function explainInputIssues<N extends string>(
  issues: ReadonlyArray<{ input: N; problem: string }>,
  label: (input: N) => string,
  nothingSent: string,
  moreSteps: readonly string[] = []
): Explanation {
  return {
    title: issues.length === 1 ? 'Invalid input' : `${issues.length} invalid inputs`,
    message: issues.map(({ input, problem }) => `${label(input)} ${problem}`).join('\n'),
    nextStep: [`Fix the inputs named above; ${nothingSent}.`, ...moreSteps].join(' ')
  }
}

/** The warning for something passed that is no input of the action, and its title. */
export function unknownInputWarning(stray: string): { text: string; title: string } {
  return {
    text: `${JSON.stringify(stray)} is not an input of this action and was ignored`,
    title: 'Unknown input'
  }
}
