import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import ncc from '@vercel/ncc'

// Builds dist/index.js (the action, with its lazily loaded chunks) and dist/cli.js with ncc's API,
// since its command line names every output index.js. Not minified: people review dist/ diffs.

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')

async function build(entry: string, output: string): Promise<Record<string, { source: string | Buffer }>> {
  const { code, assets } = await ncc(join(root, entry), { quiet: true, license: 'licenses.txt', minify: false })
  await writeFile(join(dist, output), code)
  return assets
}

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

const actionAssets = await build('src/index.ts', 'index.js')
for (const [name, asset] of Object.entries(actionAssets)) {
  await mkdir(dirname(join(dist, name)), { recursive: true })
  await writeFile(join(dist, name), asset.source)
}

const cliAssets = await build('src/cli.ts', 'cli.js')
const cliChunks = Object.keys(cliAssets).filter((name) => name.endsWith('.js'))
if (cliChunks.length > 0) throw new Error(`the CLI bundle has chunks (${cliChunks.join(', ')}) that would clash with the action's`)
