import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ncc from '@vercel/ncc'

// Builds one shared bundle, dist/bundle.js, from src/bundle.ts with ncc's API, and a small entry file
// for each way in. Code loaded only when needed (a dynamic import with a webpackChunkName) becomes
// dist/<name>.js. Not minified: people review dist/ diffs.

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')

/** Each entry file calls one export of the bundle; the runner and npm's bin point at these. */
const entries: Record<string, { exportName: string; bin?: boolean }> = {
  'index.js': { exportName: 'runAction' },
  'cli.js': { exportName: 'runCli', bin: true }
}

const { code, assets, stats } = await ncc(join(root, 'src', 'bundle.ts'), { quiet: true, license: 'licenses.txt', minify: false })

// ncc names chunks by webpack's numeric ids, which move whenever modules do; name them after their chunk names.
const chunkFiles: Record<string, string> = {}
for (const chunk of stats.toJson({ all: false, chunks: true }).chunks ?? []) {
  const [name] = chunk.names ?? []
  const [file] = chunk.files ?? []
  if (chunk.initial || file === undefined) continue
  if (name === undefined) throw new Error(`${file} is a chunk without a name: give its import() a webpackChunkName`)
  chunkFiles[file] = `${name}.js`
}
const chunkUrl = 'return "" + chunkId + ".index.js";'
if (Object.keys(chunkFiles).length > 0 && !code.includes(chunkUrl)) throw new Error('ncc no longer names chunks as this script expects')
const names = Object.fromEntries(Object.entries(chunkFiles).map(([file, name]) => [file.replace('.index.js', ''), name]))
const bundle = code.replace(chunkUrl, `return ${JSON.stringify(names)}[chunkId];`)

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })
await writeFile(join(dist, 'bundle.js'), bundle)
for (const [name, asset] of Object.entries(assets)) await writeFile(join(dist, chunkFiles[name] ?? name), asset.source)
for (const [file, { exportName, bin }] of Object.entries(entries)) {
  const shebang = bin ? '#!/usr/bin/env node\n' : ''
  await writeFile(join(dist, file), `${shebang}import { ${exportName} } from './bundle.js'\n\nawait ${exportName}()\n`)
  if (bin) await chmod(join(dist, file), 0o755)
}
