import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }

// src/http/undici.ts imports undici's internal modules by path to save start-up time. Those paths
// are not undici's public interface, so an upgrade may move them: these tests say which one moved.

const require = createRequire(import.meta.url)
const source = await readFile(new URL('../../src/http/undici.ts', import.meta.url), 'utf8')
const internalPaths = [...source.matchAll(/from '(undici\/lib\/[^']+)'/g)].map((match) => match[1]!)

describe("the trimmed import of undici's own modules", () => {
  it('rests on an exact or patch-level pin of undici in package.json', () => {
    const pinned = packageJson.devDependencies.undici
    expect(
      pinned,
      `package.json pins undici as ${JSON.stringify(pinned)}: src/http/undici.ts needs an exact version or ~x.y.z`
    ).toMatch(/^~?\d+\.\d+\.\d+$/)
    const installed = (require('undici/package.json') as { version: string }).version
    expect(
      installed.split('.').slice(0, 2),
      `undici ${installed} is installed, but package.json pins ${pinned}`
    ).toEqual(pinned.replace('~', '').split('.').slice(0, 2))
  })

  it.each(internalPaths)('finds %s in the installed undici', (path) => {
    let loaded: unknown
    try {
      loaded = require(path)
    } catch (error) {
      throw new Error(
        `src/http/undici.ts imports ${path}, which the installed undici does not have (${(error as Error).message}); update the path or import the public "undici"`,
        { cause: error }
      )
    }
    expect(loaded, `${path} loads as nothing`).toBeTruthy()
  })

  it.each([
    'Agent',
    'buildConnector',
    'Dispatcher',
    'EnvHttpProxyAgent',
    'Pool',
    'ProxyAgent'
  ] as const)('exports the same %s as the public undici', async (name) => {
    const trimmed = await import('../../src/http/undici.js')
    const publicUndici = require('undici') as Record<string, unknown>
    expect(
      trimmed[name],
      `src/http/undici.ts's ${name} is not the one undici's index exports: a module moved or was renamed`
    ).toBe(publicUndici[name])
  })

  it("gives every dispatcher the public API's request and connect", async () => {
    const trimmed = await import('../../src/http/undici.js')
    const publicUndici = require('undici') as { Dispatcher: { prototype: Record<string, unknown> } }
    for (const method of ['request', 'connect', 'stream', 'pipeline', 'upgrade']) {
      expect(
        trimmed.Dispatcher.prototype[method as 'request'],
        `Dispatcher.prototype.${method} is missing after src/http/undici.ts`
      ).toBe(publicUndici.Dispatcher.prototype[method])
    }
  })
})
