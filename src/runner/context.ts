import { readFile } from 'node:fs/promises'

/** What the action reads of the runner's context besides its inputs. */

/** Inputs the workflow passed that action.yml does not declare, named as the runner's variables give them. */
export function strayInputs(declared: readonly string[]): string[] {
  const variables = new Set(declared.map((name) => `INPUT_${name.toUpperCase()}`))
  return Object.keys(process.env)
    .filter((variable) => variable.startsWith('INPUT_') && !variables.has(variable))
    .map((variable) => variable.slice('INPUT_'.length).toLowerCase())
}

interface EventPayload {
  pull_request?: { head?: { repo?: { full_name?: string } } }
  repository?: { full_name?: string }
}

/** Whether this run is a pull request from a fork, read from the event payload the runner writes; asked only when a key problem needs the answer. */
export async function isForkPullRequest(): Promise<boolean> {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return false
  try {
    const payload = JSON.parse(await readFile(path, 'utf8')) as EventPayload
    const head = payload.pull_request?.head?.repo?.full_name
    return head !== undefined && head !== payload.repository?.full_name
  } catch {
    return false
  }
}
