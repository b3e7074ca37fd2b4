/** What the action reads of the runner's context besides its inputs. */

/** Inputs the workflow passed that action.yml does not declare, named as the runner's variables give them. */
export function strayInputs(declared: readonly string[]): string[] {
  const variables = new Set(declared.map((name) => `INPUT_${name.toUpperCase()}`))
  return Object.keys(process.env)
    .filter((variable) => variable.startsWith('INPUT_') && !variables.has(variable))
    .map((variable) => variable.slice('INPUT_'.length).toLowerCase())
}

/** Whether this run is a pull request from a fork; loaded only when a key problem needs the answer. */
export async function isForkPullRequest(): Promise<boolean> {
  try {
    const { context } = await import(/* webpackChunkName: "github" */ '@actions/github')
    const head = (context.payload.pull_request?.head as { repo?: { full_name?: string } } | undefined)?.repo?.full_name
    return head !== undefined && head !== context.payload.repository?.full_name
  } catch {
    return false
  }
}
