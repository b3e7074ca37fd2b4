import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { inputVariable, readActionDefinition } from '../../demo/action-runner.ts'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { run as runAction } from '../../src/runner/send-test-event.ts'
import { cli } from '../../src/terminal/send-test-event.ts'

// A refused key's advice says where the key comes from where the run happens: in a workflow the secret
// passed as api-key (the action cannot see the secret's name), in a terminal DIFFIO_API_KEY. Both shells
// run in-process against the loopback Diffio stand-in.

const keyOf = (id: string) => testKeys.find((record) => record.id === id)!.key
const refusals = [
  { status: 401, key: 'diffio_live_not_a_real_key_0123456789', advice: 'is missing or wrong' },
  { status: 403, key: keyOf('key_reader'), advice: 'webhooks:write' }
]

let diffio: DiffioServer
let workspace: string

beforeAll(async () => {
  diffio = await startDiffioServer()
  workspace = await mkdtemp(join(tmpdir(), 'diffio-key-advice-'))
})

afterAll(async () => {
  await diffio.close()
  await rm(workspace, { recursive: true, force: true })
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  // core.setFailed marks the process as failed; the failure belongs to the step, not to this test run.
  process.exitCode = undefined
})

/** What a stream of this process received while `action` ran. */
async function written(stream: NodeJS.WriteStream, action: () => Promise<unknown>): Promise<string> {
  let text = ''
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk)
    return true
  })
  await action()
  return text
}

describe('the advice on a refused key', () => {
  it.each(refusals)('names the secret passed as api-key in a workflow ($status)', async ({ status, key, advice }) => {
    const { inputs } = await readActionDefinition()
    for (const [name, input] of Object.entries(inputs)) vi.stubEnv(inputVariable(name), input.default ?? '')
    vi.stubEnv(inputVariable('api-key'), key)
    vi.stubEnv(inputVariable('base-url'), diffio.url)
    vi.stubEnv(inputVariable('max-retries'), '0')
    vi.stubEnv('GITHUB_OUTPUT', join(workspace, 'output'))
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(workspace, 'summary'))
    await writeFile(join(workspace, 'output'), '')
    await writeFile(join(workspace, 'summary'), '')

    const log = await written(process.stdout, runAction)
    const error = log.split('\n').find((line) => line.startsWith('::error'))?.replace(/%0A/g, '\n') ?? ''

    expect(error).toContain(`(${status})`)
    expect(error).toContain(advice)
    expect(error).toContain('the secret you pass as api-key')
    // The runner hides the key everywhere once ::add-mask:: has named it; nothing else may show it.
    expect(log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain(key)
  })

  it.each(refusals)('names DIFFIO_API_KEY in a terminal ($status)', async ({ status, key, advice }) => {
    let exitCode: number | undefined
    const stderr = await written(process.stderr, async () => {
      exitCode = await cli(['--base-url', diffio.url, '--max-retries', '0'], { DIFFIO_API_KEY: key })
    })

    expect(exitCode).toBe(1)
    expect(stderr).toContain(`(${status})`)
    expect(stderr).toContain(advice)
    expect(stderr).toContain('The key is read from DIFFIO_API_KEY')
    expect(stderr).not.toContain(key)
  })
})
