import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { access, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { inputVariable, parseOutputFile, readActionDefinition, root, type ActionDefinition } from '../../demo/action-runner.ts'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { startReceiver } from '../../examples/receiver/server.ts'
import { categories, summarizeProfiles } from './cpu-profile.ts'

// npm run bench [-- pairs] [options]: cold runs of the bundled action as the runner runs it, against
// loopback servers, printed as Markdown tables (docs/performance.md explains them). The sections:
//   success  the action vs the floor script (one POST with fetch, one output line), in pairs
//   events   event-type: all vs one event type, in pairs, against a Diffio that holds each answer 200 ms
//   receipt  receipt-url against a receiver that confirms D ms after Diffio's 200, for each D
//   check    the whole check-receiver action, with receipts, against the reference receiver on loopback
//   profile  only when asked for: `pairs` CPU profiles each of the action and the floor, by category
// Wall time is measured around each process; peak RSS comes from GNU time (/usr/bin/time -f %M),
// the same wrapper for every run.

const usage =
  'usage: npm run bench [-- pairs] [--sections success,events,receipt,check,profile] [--delays 0,250,700,1000,2100,3000,5000] [--receipt-runs 5] [--dist dir]'
const allSections = ['success', 'events', 'receipt', 'check', 'profile'] as const
const defaultSections: readonly Section[] = ['success', 'events', 'receipt', 'check']
type Section = (typeof allSections)[number]

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sections: { type: 'string', default: defaultSections.join(',') },
    delays: { type: 'string', default: '0,250,700,1000,2100,3000,5000' },
    'receipt-runs': { type: 'string', default: '5' },
    /** Another build to measure in place of dist/, such as a variant of the bundle. */
    dist: { type: 'string', default: join(root, 'dist') }
  }
})
const pairs = Number(positionals[0] ?? 20)
const sections = new Set(options.sections.split(',').map((name) => name.trim()))
const receiptDelaysMs = options.delays.split(',').map((delay) => Number(delay.trim()))
const receiptRuns = Number(options['receipt-runs'])
const problems = [
  ...(Number.isInteger(pairs) && pairs > 0 ? [] : [`pairs must be a whole number from 1, not "${positionals[0]}"`]),
  ...(positionals.length > 1 ? [`only one positional argument (pairs) is taken, not ${positionals.length}`] : []),
  ...[...sections].filter((name) => !(allSections as readonly string[]).includes(name)).map((name) => `--sections has "${name}": expected ${allSections.join(', ')}`),
  ...(receiptDelaysMs.every((delay) => Number.isInteger(delay) && delay >= 0) ? [] : [`--delays must list whole ms from 0, not "${options.delays}"`]),
  ...(Number.isInteger(receiptRuns) && receiptRuns > 0 ? [] : [`--receipt-runs must be a whole number from 1, not "${options['receipt-runs']}"`])
]
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\n${usage}`)
  process.exit(2)
}
const runs = (section: Section) => sections.has(section)

const startedAt = new Date()
const loadAtStart = loadavg()[0]!
const warmUpPairs = 3
const timeBinary = '/usr/bin/time'
/** How long the events section's Diffio holds each answer. */
const answerDelayMs = 200
const receiptToken = 'bench_receipt_token_0123456789'
const distDir = resolve(options.dist)
const action = join(distDir, 'index.js')
const floor = join(root, 'scripts', 'bench', 'floor.mjs')
const loadsPreload = join(root, 'scripts', 'bench', 'loads.mjs')

const targets = { successWall: 1.3, successRss: 1.15, distMB: 1.6, eventsWall: 1.3, receiptOvershootMs: 300, checkReceiverMs: 1500 }

await access(timeBinary).catch(() => {
  console.error(`npm run bench needs GNU time at ${timeBinary} for peak RSS (Debian: apt-get install time).`)
  process.exit(2)
})

interface Run {
  wallMs: number
  rssKiB: number
  outputs: Record<string, string>
}

/** One way to run a step: the script, its inputs, and what a successful run leaves behind. */
interface Contender {
  label: string
  script: string
  inputs: Record<string, string>
  succeeded: (outputs: Record<string, string>) => boolean
  /** The action.yml whose defaults fill the inputs not given; the main action's unless said. */
  definition?: ActionDefinition
}

const definition = await readActionDefinition()
const workspace = await mkdtemp(join(tmpdir(), 'diffio-bench-'))
const outputFile = join(workspace, 'output')
const summaryFile = join(workspace, 'summary')
const rssFile = join(workspace, 'rss')

/** The environment the runner gives a step: every input, defaults filled in from action.yml. */
function runnerEnv(inputs: Record<string, string>, of: ActionDefinition = definition): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }
  for (const [name, input] of Object.entries(of.inputs)) env[inputVariable(name)] = inputs[name] ?? input.default ?? ''
  return env
}

async function coldRun({ label, script, inputs, succeeded, definition: of }: Contender): Promise<Run> {
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const started = process.hrtime.bigint()
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(timeBinary, ['-f', '%M', '-o', rssFile, process.execPath, script], { env: runnerEnv(inputs, of), stdio: 'ignore' })
    child.on('exit', resolve)
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  if (exitCode !== 0 || !succeeded(outputs)) throw new Error(`${label} did not succeed (exit ${exitCode}): ${JSON.stringify(outputs)}`)
  return { wallMs, rssKiB: Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1)), outputs }
}

/** Cold runs of two contenders in pairs, alternating which goes first so neither always runs on a warmer machine. */
async function pairedRuns(first: Contender, second: Contender): Promise<[Run[], Run[]]> {
  const samples: [Run[], Run[]] = [[], []]
  for (let pair = 0; pair < warmUpPairs + pairs; pair++) {
    const order = pair % 2 === 0 ? [0, 1] : [1, 0]
    const result: Run[] = []
    for (const index of order) result[index] = await coldRun(index === 0 ? first : second)
    if (pair < warmUpPairs) continue
    samples[0].push(result[0]!)
    samples[1].push(result[1]!)
  }
  return samples
}

const median = (values: number[]) => quantile(values, 0.5)
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const below = sorted[Math.floor(at)]!
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at))
}
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const table = (header: string[], rows: (string | number)[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const ms = (value: number) => `${value.toFixed(1)} ms`
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`
const times = (ratio: number) => `${ratio.toFixed(2)}x`
const verdict = (met: boolean) => (met ? 'met' : '**not met**')

/** The median of each contender and the median of pairwise ratios, with the middle half of those ratios. */
function pairTable(names: [string, string], [first, second]: [Run[], Run[]]): { text: string; wallRatio: number; rssRatio: number } {
  const ratios = (pick: (run: Run) => number) => first.map((run, index) => pick(run) / pick(second[index]!))
  const wallRatios = ratios((run) => run.wallMs)
  const rssRatios = ratios((run) => run.rssKiB)
  const spread = (values: number[]) => `${times(quantile(values, 0.25))} to ${times(quantile(values, 0.75))}`
  const text = table(
    ['', 'median wall time', 'median peak RSS'],
    [
      [names[0], ms(median(first.map((run) => run.wallMs))), mib(median(first.map((run) => run.rssKiB)))],
      [names[1], ms(median(second.map((run) => run.wallMs))), mib(median(second.map((run) => run.rssKiB)))],
      ['median of pairwise ratios', times(median(wallRatios)), times(median(rssRatios))],
      ['middle half of pairwise ratios', spread(wallRatios), spread(rssRatios)]
    ]
  )
  return { text, wallRatio: median(wallRatios), rssRatio: median(rssRatios) }
}

/** What one run imports (files) and loads (Node built-ins), from an untimed run with loads.mjs preloaded. */
async function loadsOf(contender: Contender): Promise<{ files: string[]; builtins: string[] }> {
  const loadsFile = join(workspace, 'loads.json')
  await writeFile(outputFile, '')
  const exitCode = await new Promise<number | null>((resolve) => {
    const env = { ...runnerEnv(contender.inputs), BENCH_LOADS_FILE: loadsFile }
    spawn(process.execPath, ['--import', loadsPreload, contender.script], { env, stdio: 'ignore' }).on('exit', resolve)
  })
  if (exitCode !== 0 || !contender.succeeded(parseOutputFile(await readFile(outputFile, 'utf8')))) {
    throw new Error(`${contender.label} did not succeed with ${loadsPreload} preloaded (exit ${exitCode})`)
  }
  return JSON.parse(await readFile(loadsFile, 'utf8')) as { files: string[]; builtins: string[] }
}

/** One untimed run under V8's sampling profiler, its profile written into folder. */
async function profiledRun(contender: Contender, folder: string): Promise<void> {
  await writeFile(outputFile, '')
  const args = ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', folder, contender.script]
  const exitCode = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, args, { env: runnerEnv(contender.inputs), stdio: 'ignore' }).on('exit', resolve)
  })
  if (exitCode !== 0 || !contender.succeeded(parseOutputFile(await readFile(outputFile, 'utf8')))) {
    throw new Error(`${contender.label} did not succeed under --cpu-prof (exit ${exitCode})`)
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const servers: { close: () => Promise<void> }[] = []
async function diffio(...args: Parameters<typeof startDiffioServer>): Promise<DiffioServer> {
  const server = await startDiffioServer(...args)
  servers.push(server)
  return server
}

const printed: string[] = []
const targetRows: string[][] = []
const key = testKeys[0]!.key
const oneEventSucceeded = (outputs: Record<string, string>) => (outputs['svix-message-id'] ?? '') !== ''

try {
  let loadedByAction = new Set<string>()
  const successServer = runs('success') || runs('profile') ? await diffio() : undefined
  const successInputs = { 'api-key': key, 'base-url': successServer?.url ?? '' }
  const actionRun: Contender = { label: 'node dist/index.js', script: action, inputs: successInputs, succeeded: oneEventSucceeded }
  const floorRun: Contender = { label: 'the floor script', script: floor, inputs: successInputs, succeeded: oneEventSucceeded }
  if (runs('success')) {
    const result = pairTable(['action (node dist/index.js)', 'floor (fetch + one output line)'], await pairedRuns(actionRun, floorRun))
    printed.push(`Success path, one event: ${pairs} pairs after ${warmUpPairs} warm-up pairs\n\n${result.text}`)
    targetRows.push(
      ['success path wall time', `at most ${times(targets.successWall)} the floor`, times(result.wallRatio), verdict(result.wallRatio <= targets.successWall)],
      ['success path peak RSS', `at most ${times(targets.successRss)} the floor`, times(result.rssRatio), verdict(result.rssRatio <= targets.successRss)]
    )

    const [actionLoads, floorLoads] = [await loadsOf(actionRun), await loadsOf(floorRun)]
    loadedByAction = new Set(actionLoads.files)
    const floorBuiltins = new Set(floorLoads.builtins)
    const extra = actionLoads.builtins.filter((name) => !floorBuiltins.has(name))
    const publicExtra = extra.filter((name) => !name.startsWith('internal/'))
    printed.push(
      table(
        ['Node built-ins one success run loads', 'count', 'public ones'],
        [
          ['floor', floorLoads.builtins.length, ''],
          ['action', actionLoads.builtins.length, ''],
          ['action, not loaded by the floor', extra.length, publicExtra.join(', ')]
        ]
      )
    )
  }

  if (runs('events')) {
    const server = await diffio({ answerDelayMs })
    const inputs = (eventType: string) => ({ 'api-key': key, 'base-url': server.url, 'event-type': eventType })
    const allSucceeded = (outputs: Record<string, string>) => {
      const results = JSON.parse(outputs.results ?? '[]') as { ok: boolean }[]
      return results.length === 4 && results.every((result) => result.ok)
    }
    const four: Contender = { label: 'event-type: all', script: action, inputs: inputs('all'), succeeded: allSucceeded }
    const one: Contender = { label: 'one event type', script: action, inputs: inputs('generation.completed'), succeeded: oneEventSucceeded }
    const result = pairTable(['event-type: all (four)', 'event-type: generation.completed (one)'], await pairedRuns(four, one))
    printed.push(`Four event types vs one, Diffio holding each answer ${answerDelayMs} ms: ${pairs} pairs after ${warmUpPairs} warm-up pairs\n\n${result.text}`)
    targetRows.push(['four event types vs one', `at most ${times(targets.eventsWall)} the wall time`, times(result.wallRatio), verdict(result.wallRatio <= targets.eventsWall)])
  }

  if (runs('receipt')) {
    // Both clocks are this process's: when the Diffio stand-in wrote each 200, and when the receiver first confirmed it.
    const answeredAt = new Map<string, number>()
    const firstReceiptAt = new Map<string, number>()
    const polls = new Map<string, number>()
    const server = await diffio({ onAnswered: ({ eventId }) => answeredAt.set(eventId, performance.now()) })
    const receiver = createServer((request, response) => {
      const now = performance.now()
      const [, delay, eventId] = /^\/receipts\/(\d+)\/([^/?]+)$/.exec(request.url ?? '') ?? []
      const id = decodeURIComponent(eventId ?? '')
      polls.set(id, (polls.get(id) ?? 0) + 1)
      const answered = answeredAt.get(id)
      const received = answered !== undefined && request.headers.authorization === `Bearer ${receiptToken}` && now >= answered + Number(delay)
      if (received && !firstReceiptAt.has(id)) firstReceiptAt.set(id, now)
      response.writeHead(received ? 200 : 404, { 'content-type': 'application/json' })
      response.end(JSON.stringify(received ? { received: true, eventId: id } : { error: 'not received yet' }))
    })
    servers.push({ close: () => new Promise<void>((resolve) => receiver.close(() => resolve())) })
    const receiverUrl = await listen(receiver)
    const roundTrip = (delayMs: number): Contender => ({
      label: `receipt-url, receipt after ${delayMs} ms`,
      script: action,
      inputs: { 'api-key': key, 'base-url': server.url, 'receipt-url': `${receiverUrl}/receipts/${delayMs}/{event-id}`, 'receipt-token': receiptToken },
      succeeded: (outputs) => outputs.delivered === 'true' && outputs['receipt-latency-ms'] !== undefined
    })

    await coldRun(roundTrip(0))
    const samples = new Map(receiptDelaysMs.map((delayMs) => [delayMs, [] as { seenMs: number; servedMs: number; polls: number }[]]))
    // Round-robin over D, so that a slower stretch of the machine spreads over all of them.
    for (let round = 0; round < receiptRuns; round++) {
      for (const delayMs of receiptDelaysMs) {
        const { outputs } = await coldRun(roundTrip(delayMs))
        const eventId = outputs['event-id']!
        samples.get(delayMs)!.push({
          seenMs: Number(outputs['receipt-latency-ms']),
          servedMs: firstReceiptAt.get(eventId)! - answeredAt.get(eventId)!,
          polls: polls.get(eventId)!
        })
      }
    }
    let worstOvershootMs = Number.NEGATIVE_INFINITY
    const rows = [...samples].map(([delayMs, runsAtDelay]) => {
      const overshootMs = median(runsAtDelay.map((sample) => sample.seenMs - delayMs))
      worstOvershootMs = Math.max(worstOvershootMs, overshootMs)
      return [
        `${delayMs} ms`,
        ms(median(runsAtDelay.map((sample) => sample.seenMs))),
        ms(overshootMs),
        ms(Math.max(...runsAtDelay.map((sample) => sample.seenMs - delayMs))),
        ms(median(runsAtDelay.map((sample) => sample.servedMs - delayMs))),
        median(runsAtDelay.map((sample) => sample.polls))
      ]
    })
    printed.push(
      `Round trip: the receiver confirms D ms after Diffio's 200; ${receiptRuns} runs per D after 1 warm-up run\n\n` +
        table(
          ['D', 'median receipt-latency-ms', 'median of (seen - D)', 'largest (seen - D)', "median of (receiver's first 200 - Diffio's 200 - D)", 'median polls'],
          rows
        )
    )
    targetRows.push([
      'round trip',
      `seen within D + ${targets.receiptOvershootMs} ms (median), every D`,
      `D + ${ms(worstOvershootMs)} at worst`,
      verdict(worstOvershootMs <= targets.receiptOvershootMs)
    ])
  }

  if (runs('check')) {
    // The reference receiver answers in about a millisecond, so what is measured is the check itself: Node, the bundle, svix, 15 round trips.
    const webhookSecret = `whsec_${Buffer.from('bench-check-receiver-signing-key').toString('base64')}`
    const receiver = await startReceiver({ secret: webhookSecret, receiptToken })
    servers.push(receiver)
    const checkRun: Contender = {
      label: 'check-receiver',
      script: join(distDir, 'check-receiver.js'),
      inputs: { url: receiver.webhookUrl, 'webhook-secret': webhookSecret, 'receipt-url': receiver.receiptUrl, 'receipt-token': receiptToken },
      succeeded: (outputs) => outputs.passed === 'true' && (JSON.parse(outputs.results ?? '[]') as unknown[]).length === 15,
      definition: await readActionDefinition(join(root, 'check-receiver', 'action.yml'))
    }
    for (let run = 0; run < warmUpPairs; run++) await coldRun(checkRun)
    const checkRuns: Run[] = []
    for (let run = 0; run < pairs; run++) checkRuns.push(await coldRun(checkRun))
    const walls = checkRuns.map((run) => run.wallMs)
    printed.push(
      `check-receiver, whole step (13 deliveries and 2 receipt checks) against the reference receiver: ${pairs} cold runs after ${warmUpPairs} warm-up runs\n\n` +
        table(
          ['', 'wall time', 'peak RSS'],
          [
            ['median', ms(median(walls)), mib(median(checkRuns.map((run) => run.rssKiB)))],
            ['middle half', `${ms(quantile(walls, 0.25))} to ${ms(quantile(walls, 0.75))}`, ''],
            ['slowest', ms(Math.max(...walls)), '']
          ]
        )
    )
    targetRows.push(['check-receiver, whole step', `under ${targets.checkReceiverMs} ms (median)`, ms(median(walls)), verdict(median(walls) < targets.checkReceiverMs)])
  }

  if (runs('profile')) {
    const profiles = { action: join(workspace, 'profiles-action'), floor: join(workspace, 'profiles-floor') }
    for (let run = 0; run < pairs; run++) {
      await profiledRun(actionRun, profiles.action)
      await profiledRun(floorRun, profiles.floor)
    }
    const [ofAction, ofFloor] = [await summarizeProfiles(profiles.action), await summarizeProfiles(profiles.floor)]
    printed.push(
      `Where a success run's time goes: self time by category, median of ${pairs} CPU profiles each (node --cpu-prof, sampled every 100 µs)\n\n` +
        table(
          ['', 'action', 'floor'],
          [
            ...categories.map((category) => [category, ms(median(ofAction.byCategory.get(category)!)), ms(median(ofFloor.byCategory.get(category)!))]),
            ['profile span (profiler start to exit)', ms(median(ofAction.spansMs)), ms(median(ofFloor.spansMs))]
          ]
        ),
      table(
        ['the action\'s largest self times (mean over its profiles)', 'ms'],
        ofAction.topFunctions.slice(0, 12).map(({ name, ms: selfMs }) => [name.replaceAll('|', '\\|'), selfMs.toFixed(1)])
      )
    )
  }

  const distFiles = (await readdir(distDir)).filter((name) => name.endsWith('.js')).sort()
  const sizes = await Promise.all(distFiles.map(async (name) => (await stat(join(distDir, name))).size))
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0)
  const inRepository = !relative(root, distDir).startsWith('..')
  const shownDist = inRepository ? relative(root, distDir) || '.' : distDir
  const size = (bytes: number) => (bytes >= 10_000 ? `${(bytes / 1e6).toFixed(3)} MB` : `${bytes} B`)
  const loaded = (name: string) => (loadedByAction.has(pathToFileURL(join(distDir, name)).href) ? 'yes' : 'no')
  printed.push(
    table(
      runs('success') ? ['dist file', 'size', 'loaded by one success run'] : ['dist file', 'size'],
      [
        ...distFiles.map((name, index) => [`${shownDist}/${name}`, size(sizes[index]!), ...(runs('success') ? [loaded(name)] : [])]),
        [`all JS in ${shownDist}/`, size(totalBytes), ...(runs('success') ? [''] : [])]
      ]
    )
  )
  targetRows.push([`all JS in ${shownDist}/`, `at most ${targets.distMB} MB`, size(totalBytes), verdict(totalBytes <= targets.distMB * 1e6)])

  const fingerprint = createHash('sha256')
  for (const name of distFiles) fingerprint.update(await readFile(join(distDir, name)))
  const git = async (...args: string[]) => (await promisify(execFile)('git', ['-C', root, ...args])).stdout.trim()
  const commit = await git('rev-parse', '--short', 'HEAD').catch(() => 'unknown')
  const distChanged = await git('status', '--porcelain', '--', 'dist').catch(() => '')
  const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : `node ${join('scripts', 'bench', 'bench.ts')}`
  const args = process.argv.slice(2)
  const digest = fingerprint.digest('hex').slice(0, 12)
  const cpuList = cpus()
  console.log(
    [
      `Command: ${command}${args.length > 0 ? `${command.startsWith('npm') ? ' --' : ''} ${args.join(' ')}` : ''}`,
      `Started: ${startedAt.toISOString()}`,
      `Machine: Node ${process.versions.node}, ${osType()} ${release()}, ${cpuList[0]?.model ?? 'unknown CPU'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadAtStart.toFixed(2)} at the start and ${loadavg()[0]!.toFixed(2)} at the end`,
      distDir === join(root, 'dist')
        ? `dist/: sha256 ${digest} over its JS, at commit ${commit}${distChanged === '' ? '' : ' with uncommitted changes in dist/'}`
        : `Build measured: ${distDir}, sha256 ${digest} over its JS (the repository is at commit ${commit})`
    ].join('\n')
  )
  for (const text of printed) console.log(`\n${text}`)
  console.log(`\n${table(['target', 'wanted', 'measured', ''], targetRows)}`)
} finally {
  for (const server of servers) await server.close()
  await rm(workspace, { recursive: true, force: true })
}
