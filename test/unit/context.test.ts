import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isForkPullRequest } from '../../src/runner/context.ts'

// The fork check reads the event file the runner names in GITHUB_EVENT_PATH, as @actions/github's context did.

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'diffio-event-'))
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(folder, { recursive: true, force: true })
})

async function runnerEvent(content: string): Promise<void> {
  const eventPath = join(folder, 'event.json')
  await writeFile(eventPath, content)
  vi.stubEnv('GITHUB_EVENT_PATH', eventPath)
}

const pullRequest = (head: string) =>
  JSON.stringify({
    pull_request: { number: 7, head: { repo: { full_name: head } } },
    repository: { full_name: 'diffio/app' }
  })

describe('isForkPullRequest', () => {
  it('is true for a pull request whose head is in another repository', async () => {
    await runnerEvent(pullRequest('someone/fork'))
    expect(await isForkPullRequest()).toBe(true)
  })

  it('is false for a pull request from a branch of the same repository', async () => {
    await runnerEvent(pullRequest('diffio/app'))
    expect(await isForkPullRequest()).toBe(false)
  })

  it('is false for an event that is not a pull request', async () => {
    await runnerEvent(
      JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'diffio/app' } })
    )
    expect(await isForkPullRequest()).toBe(false)
  })

  it('is false when there is no event file, or it is not JSON, or not an object', async () => {
    vi.stubEnv('GITHUB_EVENT_PATH', '')
    expect(await isForkPullRequest()).toBe(false)
    vi.stubEnv('GITHUB_EVENT_PATH', join(folder, 'missing.json'))
    expect(await isForkPullRequest()).toBe(false)
    await runnerEvent('{"pull_request": ')
    expect(await isForkPullRequest()).toBe(false)
    await runnerEvent('null')
    expect(await isForkPullRequest()).toBe(false)
  })
})
