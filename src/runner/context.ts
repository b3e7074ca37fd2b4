import { readFile } from 'node:fs/promises'

/** What the action reads of the runner's context besides its inputs. */

/**
 * Inputs the workflow passed that action.yml does not declare, named as the runner's variables give
 * them.
 */
export function strayInputs(declared: readonly string[]): string[] {
  const variables = new Set(declared.map((name) => `INPUT_${name.toUpperCase()}`))
  return Object.keys(process.env)
    .filter((variable) => variable.startsWith('INPUT_') && !variables.has(variable))
    .map((variable) => variable.slice('INPUT_'.length).toLowerCase())
}

/** The parts of the webhook event that triggered the workflow that the fork check reads. */
interface TriggeringEvent {
  pull_request?: { head?: { repo?: { full_name?: string } } }
  repository?: { full_name?: string }
}

/**
 * Whether this run is a pull request from a fork, from the event file the runner names in
 * GITHUB_EVENT_PATH.
 */
export async function isForkPullRequest(): Promise<boolean> {
  const eventPath = process.env.GITHUB_EVENT_PATH
  if (eventPath === undefined || eventPath === '') return false
  try {
    const event = JSON.parse(await readFile(eventPath, 'utf8')) as TriggeringEvent
    const head = event.pull_request?.head?.repo?.full_name
    return head !== undefined && head !== event.repository?.full_name
  } catch {
    return false
  }
}
