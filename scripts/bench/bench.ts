import { spawn } from 'node:child_process'
import { access, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputVariable, readActionDefinition, root } from '../../demo/action-runner.ts'
import { startDiffioServer, testKeys } from '../../demo/diffio-server.ts'

// npm run bench [-- pairs]: cold runs of the bundled action and of the floor script, alternated,
// against the loopback Diffio server. Wall time is measured around each process; peak RSS comes
// from GNU time (/usr/bin/time -f %M), the same wrapper for both.

const pairs = Number(process.argv[2] ?? 20)
const warmUpPairs = 3
const timeBinary = '/usr/bin/time'

interface Sample {
  wallMs: number
  rssKiB: number
}

await access(timeBinary).catch(() => {
  console.error(`npm run bench needs GNU time at ${timeBinary} for peak RSS (Debian: apt-get install time).`)
  process.exit(2)
})

const server = await startDiffioServer()
const workspace = await mkdtemp(join(tmpdir(), 'diffio-bench-'))
const definition = await readActionDefinition()
const inputs: Record<string, string> = { 'api-key': testKeys[0]!.key, 'base-url': server.url }
const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: join(workspace, 'output'), GITHUB_STEP_SUMMARY: join(workspace, 'summary') }
for (const [name, input] of Object.entries(definition.inputs)) env[inputVariable(name)] = inputs[name] ?? input.default ?? ''

async function coldRun(script: string): Promise<Sample> {
  const rssFile = join(workspace, 'rss')
  await writeFile(env.GITHUB_OUTPUT!, '')
  await writeFile(env.GITHUB_STEP_SUMMARY!, '')
  const started = process.hrtime.bigint()
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(timeBinary, ['-f', '%M', '-o', rssFile, process.execPath, script], { env, stdio: 'ignore' })
    child.on('exit', resolve)
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  const output = await readFile(env.GITHUB_OUTPUT!, 'utf8')
  if (exitCode !== 0 || !/svix-message-id(=|<<)/.test(output)) throw new Error(`${script} did not succeed (exit ${exitCode})`)
  return { wallMs, rssKiB: Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1)) }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const action = join(root, 'dist', 'index.js')
const floor = join(root, 'scripts', 'bench', 'floor.mjs')
const samples = { action: [] as Sample[], floor: [] as Sample[] }
try {
  for (let pair = 0; pair < warmUpPairs + pairs; pair++) {
    // Alternate which one goes first, so neither always runs on a warmer machine.
    const order = pair % 2 === 0 ? (['action', 'floor'] as const) : (['floor', 'action'] as const)
    const result: Partial<Record<'action' | 'floor', Sample>> = {}
    for (const which of order) result[which] = await coldRun(which === 'action' ? action : floor)
    if (pair < warmUpPairs) continue
    samples.action.push(result.action!)
    samples.floor.push(result.floor!)
  }
} finally {
  await server.close()
  await rm(workspace, { recursive: true, force: true })
}

const wallRatios = samples.action.map((sample, index) => sample.wallMs / samples.floor[index]!.wallMs)
const rssRatios = samples.action.map((sample, index) => sample.rssKiB / samples.floor[index]!.rssKiB)
const row = (cells: string[]) => `| ${cells.join(' | ')} |`
const ms = (value: number) => `${value.toFixed(1)} ms`
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`

console.log(`Node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, ${pairs} pairs after ${warmUpPairs} warm-up pairs\n`)
console.log(row(['', 'median wall time', 'median peak RSS']))
console.log(row(['---', '---', '---']))
console.log(row(['action (node dist/index.js)', ms(median(samples.action.map((s) => s.wallMs))), mib(median(samples.action.map((s) => s.rssKiB)))]))
console.log(row(['floor (fetch + one output line)', ms(median(samples.floor.map((s) => s.wallMs))), mib(median(samples.floor.map((s) => s.rssKiB)))]))
console.log(row(['median of pairwise ratios', `${median(wallRatios).toFixed(2)}x`, `${median(rssRatios).toFixed(2)}x`]))

const distFiles = (await readdir(join(root, 'dist'))).filter((name) => name.endsWith('.js')).sort()
let total = 0
console.log(`\n${row(['dist file', 'size'])}\n${row(['---', '---'])}`)
for (const name of distFiles) {
  const { size } = await stat(join(root, 'dist', name))
  total += size
  console.log(row([`dist/${name}`, `${(size / 1e6).toFixed(3)} MB`]))
}
console.log(row(['all JS in dist/', `${(total / 1e6).toFixed(3)} MB`]))
