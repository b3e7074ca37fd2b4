import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import ncc from '@vercel/ncc'
import { bundleEntries } from './entries.ts'

// Builds one shared bundle, dist/bundle.js, from src/bundle.ts with ncc's API, and a small entry file
// for each way in. Code loaded only when needed (a dynamic import with a webpackChunkName) becomes
// dist/<name>.js. Not minified: people review dist/ diffs. --out-dir <dir> builds the same files
// elsewhere: the tests' smoke runs build a fresh bundle from the source that way.

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } })
const dist = values['out-dir'] === undefined ? join(root, 'dist') : resolve(values['out-dir'])

// No build cache: a build restored from it reports no modules, and the licences are gathered from them.
const { code, assets, stats } = await ncc(join(root, 'src', 'bundle.ts'), {
  quiet: true,
  minify: false,
  cache: false
})

// ncc names chunks by webpack's numeric ids, which move whenever modules do; name them after their chunk names.
const chunkFiles: Record<string, string> = {}
for (const chunk of stats.toJson({ all: false, chunks: true }).chunks ?? []) {
  const [name] = chunk.names ?? []
  const [file] = chunk.files ?? []
  if (chunk.initial || file === undefined) continue
  if (name === undefined)
    throw new Error(`${file} is a chunk without a name: give its import() a webpackChunkName`)
  chunkFiles[file] = `${name}.js`
}
const chunkUrl = 'return "" + chunkId + ".index.js";'
if (Object.keys(chunkFiles).length > 0 && !code.includes(chunkUrl))
  throw new Error('ncc no longer names chunks as this script expects')
const names = Object.fromEntries(
  Object.entries(chunkFiles).map(([file, name]) => [file.replace('.index.js', ''), name])
)
const bundle = code.replace(chunkUrl, `return ${JSON.stringify(names)}[chunkId];`)

// dist/ is rebuilt whole; another folder is never emptied, only filled when it is empty.
if (values['out-dir'] === undefined) await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })
if ((await readdir(dist)).length > 0)
  throw new Error(`${dist} is not empty: give --out-dir a new or empty folder`)
await writeFile(join(dist, 'bundle.js'), bundle)
await writeFile(join(dist, 'licenses.txt'), await licenses())
for (const [name, asset] of Object.entries(assets))
  await writeFile(join(dist, chunkFiles[name] ?? name), asset.source)
for (const [file, { exportName, bin }] of Object.entries(bundleEntries)) {
  const shebang = bin ? '#!/usr/bin/env node\n' : ''
  await writeFile(
    join(dist, file),
    `${shebang}import { ${exportName} } from './bundle.js'\n\nawait ${exportName}()\n`
  )
  if (bin) await chmod(join(dist, file), 0o755)
}

/**
 * The licences of every package in the bundle and its chunks. ncc's own licence file holds only one
 * chunk's packages once there are chunks, so it is gathered here from the modules bundled.
 */
async function licenses(): Promise<string> {
  const packageDirs = new Set<string>()
  const collect = (modules: { name?: string; modules?: unknown[] }[]) => {
    for (const module of modules) {
      if (module.modules !== undefined) collect(module.modules as typeof modules)
      const at = module.name?.lastIndexOf('node_modules/') ?? -1
      if (at < 0) continue
      const [scopeOrName, name] = module.name!.slice(at + 'node_modules/'.length).split('/')
      packageDirs.add(
        join(
          root,
          module.name!.slice(0, at),
          'node_modules',
          scopeOrName!.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName!
        )
      )
    }
  }
  collect(stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? [])
  if (packageDirs.size === 0)
    throw new Error('the build reported no bundled packages, so their licences cannot be listed')
  const entries = await Promise.all(
    [...packageDirs].map(async (dir) => {
      const { name, version, license } = JSON.parse(
        await readFile(join(dir, 'package.json'), 'utf8')
      ) as Record<string, string>
      const file = (await readdir(dir)).find((entry) => /^licen[cs]e/i.test(entry))
      const text = file === undefined ? '' : `\n${(await readFile(join(dir, file), 'utf8')).trim()}`
      return `${name}@${version}\n${license ?? 'no license field'}${text}\n`
    })
  )
  return [...new Set(entries)].sort().join('\n')
}
