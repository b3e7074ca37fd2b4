// Preloaded with --import by bench.ts, never in a timed run: records the files a run imports and
// the Node built-ins it loads, and writes them to BENCH_LOADS_FILE when the process exits.
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const files = new Set()
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context)
    if (resolved.url.startsWith('file:')) files.add(resolved.url)
    return resolved
  }
})

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice('NativeModule '.length))
  writeFileSync(process.env.BENCH_LOADS_FILE, JSON.stringify({ files: [...files], builtins }))
})
