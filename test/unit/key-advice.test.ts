import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { runAction } from '../support/action-harness.ts'
import { runCli } from '../support/cli-harness.ts'

// A refused key's advice says where the key comes from where the run happens: in a workflow the secret
// passed as api-key (the action cannot see the secret's name), in a terminal DIFFIO_API_KEY. Both shells
// run in-process against the loopback Diffio stand-in.

const keyOf = (id: string) => testKeys.find((record) => record.id === id)!.key
const refusals = [
  { status: 401, key: 'diffio_live_not_a_real_key_0123456789', advice: 'is missing or wrong' },
  { status: 403, key: keyOf('key_reader'), advice: 'webhooks:write' }
]

let diffio: DiffioServer

beforeAll(async () => {
  diffio = await startDiffioServer()
})

afterAll(async () => {
  await diffio.close()
})

describe('the advice on a refused key', () => {
  it.each(refusals)(
    'names the secret passed as api-key in a workflow ($status)',
    async ({ status, key, advice }) => {
      const run = await runAction({ 'api-key': key, 'base-url': diffio.url, 'max-retries': '0' })

      expect(run.exitCode).toBe(1)
      const error = run.errors.join('\n')
      expect(error).toContain(`(${status})`)
      expect(error).toContain(advice)
      expect(error).toContain('the secret you pass as api-key')
      // The runner hides the key everywhere once ::add-mask:: has named it; nothing else may show it.
      expect(
        run.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n')
      ).not.toContain(key)
    }
  )

  it.each(refusals)(
    'names DIFFIO_API_KEY in a terminal ($status)',
    async ({ status, key, advice }) => {
      const run = await runCli(['--base-url', diffio.url, '--max-retries', '0'], {
        DIFFIO_API_KEY: key
      })

      expect(run.exitCode).toBe(1)
      expect(run.stderr).toContain(`(${status})`)
      expect(run.stderr).toContain(advice)
      expect(run.stderr).toContain('The key is read from DIFFIO_API_KEY')
      expect(run.stderr + run.stdout).not.toContain(key)
    }
  )
})
