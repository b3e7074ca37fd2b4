import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'

// The step's process in npm run local-action: runs one export of src/bundle.ts from the source, as the
// matching dist/ entry file runs it from the bundle. Node strips the types; these hooks resolve what the
// bundler and vitest resolve: './x.js' to './x.ts', and 'undici' from src/ to the trimmed src/http/undici.ts.

const source = new URL('../src/', import.meta.url).href
const trimmedUndici = new URL('../src/http/undici.ts', import.meta.url).href

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (context.parentURL?.startsWith(source)) {
      if (specifier === 'undici') return nextResolve(trimmedUndici, context)
      if (/^\.\.?\/.*\.js$/.test(specifier) && !existsSync(new URL(specifier, context.parentURL))) {
        return nextResolve(
          new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL).href,
          context
        )
      }
    }
    return nextResolve(specifier, context)
  }
})

const exportName = process.argv[2] ?? ''
const waysIn: Record<string, unknown> = await import('../src/bundle.ts')
const run = waysIn[exportName]
if (typeof run !== 'function')
  throw new Error(
    `src/bundle.ts has no export "${exportName}": expected one of ${Object.keys(waysIn).join(', ')}`
  )
await (run as () => Promise<void>)()
