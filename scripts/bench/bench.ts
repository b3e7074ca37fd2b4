import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { access, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import {
  inputVariable,
  parseOutputFile,
  readActionDefinition,
  root,
  type ActionDefinition
} from '../../demo/action-runner.ts'
import { startDiffioServer, testKeys, type DiffioServer } from '../../demo/diffio-server.ts'
import { startReceiver } from '../../examples/receiver/server.ts'
import { categories, summarizeProfiles } from './cpu-profile.ts'

// npm run bench [-- pairs] [options]: cold runs of the bundled action as the runner runs it, against
// loopback servers, written as the whole of docs/performance.md (what was measured, where, and how).
// The sections:
//   success  the action vs the floor script (one POST with fetch, one output line), in pairs
//   events   event-type: all vs one event type, in pairs, against a Diffio that holds each answer 200 ms
//   receipt  receipt-url against a receiver that confirms D ms after Diffio's 200, for each D
//   check    the whole check-receiver action, with receipts, against the reference receiver on loopback
//   profile  `pairs` CPU profiles each of the action and the floor, by category
// Wall time is measured around each process; peak RSS comes from GNU time (/usr/bin/time -f %M),
// the same wrapper for every run. A run of fewer sections, or of another build, prints its page
// instead of overwriting the repository's, unless --out names a file.

const usage =
  'usage: npm run bench [-- pairs] [--sections success,events,receipt,check,profile] [--delays 0,250,700,1000,2100,3000,5000] [--receipt-runs 5] [--dist dir] [--out file|-]'
const allSections = ['success', 'events', 'receipt', 'check', 'profile'] as const
type Section = (typeof allSections)[number]
const defaultDelays = '0,250,700,1000,2100,3000,5000'
const defaultReceiptRuns = '5'
const defaultPairs = 20
const page = join(root, 'docs', 'performance.md')

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sections: { type: 'string', default: allSections.join(',') },
    delays: { type: 'string', default: defaultDelays },
    'receipt-runs': { type: 'string', default: defaultReceiptRuns },
    /** Another build to measure in place of dist/, such as a variant of the bundle. */
    dist: { type: 'string', default: join(root, 'dist') },
    /** Where the page goes; - for stdout. */
    out: { type: 'string' }
  }
})
const pairs = Number(positionals[0] ?? defaultPairs)
const sections = new Set(options.sections.split(',').map((name) => name.trim()))
const receiptDelaysMs = options.delays.split(',').map((delay) => Number(delay.trim()))
const receiptRuns = Number(options['receipt-runs'])
const problems = [
  ...(Number.isInteger(pairs) && pairs > 0
    ? []
    : [`pairs must be a whole number from 1, not "${positionals[0]}"`]),
  ...(positionals.length > 1
    ? [`only one positional argument (pairs) is taken, not ${positionals.length}`]
    : []),
  ...[...sections]
    .filter((name) => !(allSections as readonly string[]).includes(name))
    .map((name) => `--sections has "${name}": expected ${allSections.join(', ')}`),
  ...(receiptDelaysMs.every((delay) => Number.isInteger(delay) && delay >= 0)
    ? []
    : [`--delays must list whole ms from 0, not "${options.delays}"`]),
  ...(Number.isInteger(receiptRuns) && receiptRuns > 0
    ? []
    : [`--receipt-runs must be a whole number from 1, not "${options['receipt-runs']}"`])
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

const targets = {
  successWall: 1.3,
  successRss: 1.15,
  distMB: 1.6,
  eventsWall: 1.3,
  receiptOvershootMs: 300,
  checkReceiverMs: 1500
}

await access(timeBinary).catch(() => {
  console.error(
    `npm run bench needs GNU time at ${timeBinary} for peak RSS (Debian: apt-get install time).`
  )
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
function runnerEnv(
  inputs: Record<string, string>,
  of: ActionDefinition = definition
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  for (const [name, input] of Object.entries(of.inputs))
    env[inputVariable(name)] = inputs[name] ?? input.default ?? ''
  return env
}

async function coldRun({
  label,
  script,
  inputs,
  succeeded,
  definition: of
}: Contender): Promise<Run> {
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const started = process.hrtime.bigint()
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(timeBinary, ['-f', '%M', '-o', rssFile, process.execPath, script], {
      env: runnerEnv(inputs, of),
      stdio: 'ignore'
    })
    child.on('exit', resolve)
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  if (exitCode !== 0 || !succeeded(outputs))
    throw new Error(`${label} did not succeed (exit ${exitCode}): ${JSON.stringify(outputs)}`)
  return {
    wallMs,
    rssKiB: Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1)),
    outputs
  }
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
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const ms = (value: number) => `${value.toFixed(1)} ms`
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`
const times = (ratio: number) => `${ratio.toFixed(2)}x`
const verdict = (met: boolean) => (met ? 'met' : '**not met**')

/** The median of each contender and the median of pairwise ratios, with the middle half of those ratios. */
function pairTable(
  names: [string, string],
  [first, second]: [Run[], Run[]]
): { text: string; wallRatio: number; rssRatio: number } {
  const ratios = (pick: (run: Run) => number) =>
    first.map((run, index) => pick(run) / pick(second[index]!))
  const wallRatios = ratios((run) => run.wallMs)
  const rssRatios = ratios((run) => run.rssKiB)
  const spread = (values: number[]) =>
    `${times(quantile(values, 0.25))} to ${times(quantile(values, 0.75))}`
  const text = table(
    ['', 'median wall time', 'median peak RSS'],
    [
      [
        names[0],
        ms(median(first.map((run) => run.wallMs))),
        mib(median(first.map((run) => run.rssKiB)))
      ],
      [
        names[1],
        ms(median(second.map((run) => run.wallMs))),
        mib(median(second.map((run) => run.rssKiB)))
      ],
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
    spawn(process.execPath, ['--import', loadsPreload, contender.script], {
      env,
      stdio: 'ignore'
    }).on('exit', resolve)
  })
  if (exitCode !== 0 || !contender.succeeded(parseOutputFile(await readFile(outputFile, 'utf8')))) {
    throw new Error(
      `${contender.label} did not succeed with ${loadsPreload} preloaded (exit ${exitCode})`
    )
  }
  return JSON.parse(await readFile(loadsFile, 'utf8')) as { files: string[]; builtins: string[] }
}

/** One untimed run under V8's sampling profiler, its profile written into folder. */
async function profiledRun(contender: Contender, folder: string): Promise<void> {
  await writeFile(outputFile, '')
  const args = [
    '--cpu-prof',
    '--cpu-prof-interval',
    '100',
    '--cpu-prof-dir',
    folder,
    contender.script
  ]
  const exitCode = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, args, { env: runnerEnv(contender.inputs), stdio: 'ignore' }).on(
      'exit',
      resolve
    )
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
const oneEventSucceeded = (outputs: Record<string, string>) =>
  (outputs['svix-message-id'] ?? '') !== ''

try {
  let loadedByAction = new Set<string>()
  const successServer = runs('success') || runs('profile') ? await diffio() : undefined
  const successInputs = { 'api-key': key, 'base-url': successServer?.url ?? '' }
  const actionRun: Contender = {
    label: 'node dist/index.js',
    script: action,
    inputs: successInputs,
    succeeded: oneEventSucceeded
  }
  const floorRun: Contender = {
    label: 'the floor script',
    script: floor,
    inputs: successInputs,
    succeeded: oneEventSucceeded
  }
  if (runs('success')) {
    const result = pairTable(
      ['action (node dist/index.js)', 'floor (fetch + one output line)'],
      await pairedRuns(actionRun, floorRun)
    )
    printed.push(
      `## Success path, one event\n\n${pairs} pairs after ${warmUpPairs} warm-up pairs.\n\n${result.text}`
    )
    targetRows.push(
      [
        'success path wall time',
        `at most ${times(targets.successWall)} the floor`,
        times(result.wallRatio),
        verdict(result.wallRatio <= targets.successWall)
      ],
      [
        'success path peak RSS',
        `at most ${times(targets.successRss)} the floor`,
        times(result.rssRatio),
        verdict(result.rssRatio <= targets.successRss)
      ]
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
    const inputs = (eventType: string) => ({
      'api-key': key,
      'base-url': server.url,
      'event-type': eventType
    })
    const allSucceeded = (outputs: Record<string, string>) => {
      const results = JSON.parse(outputs.results ?? '[]') as { ok: boolean }[]
      return results.length === 4 && results.every((result) => result.ok)
    }
    const four: Contender = {
      label: 'event-type: all',
      script: action,
      inputs: inputs('all'),
      succeeded: allSucceeded
    }
    const one: Contender = {
      label: 'one event type',
      script: action,
      inputs: inputs('generation.completed'),
      succeeded: oneEventSucceeded
    }
    const result = pairTable(
      ['event-type: all (four)', 'event-type: generation.completed (one)'],
      await pairedRuns(four, one)
    )
    printed.push(
      `## Four event types vs one\n\nThe Diffio stand-in holds each answer ${answerDelayMs} ms; ${pairs} pairs after ${warmUpPairs} warm-up pairs.\n\n${result.text}`
    )
    targetRows.push([
      'four event types vs one',
      `at most ${times(targets.eventsWall)} the wall time`,
      times(result.wallRatio),
      verdict(result.wallRatio <= targets.eventsWall)
    ])
  }

  if (runs('receipt')) {
    // Both clocks are this process's: when the Diffio stand-in wrote each 200, and when the receiver first confirmed it.
    const answeredAt = new Map<string, number>()
    const firstReceiptAt = new Map<string, number>()
    const polls = new Map<string, number>()
    const server = await diffio({
      onAnswered: ({ eventId }) => answeredAt.set(eventId, performance.now())
    })
    const receiver = createServer((request, response) => {
      const now = performance.now()
      const [, delay, eventId] = /^\/receipts\/(\d+)\/([^/?]+)$/.exec(request.url ?? '') ?? []
      const id = decodeURIComponent(eventId ?? '')
      polls.set(id, (polls.get(id) ?? 0) + 1)
      const answered = answeredAt.get(id)
      const received =
        answered !== undefined &&
        request.headers.authorization === `Bearer ${receiptToken}` &&
        now >= answered + Number(delay)
      if (received && !firstReceiptAt.has(id)) firstReceiptAt.set(id, now)
      response.writeHead(received ? 200 : 404, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify(received ? { received: true, eventId: id } : { error: 'not received yet' })
      )
    })
    servers.push({ close: () => new Promise<void>((resolve) => receiver.close(() => resolve())) })
    const receiverUrl = await listen(receiver)
    const roundTrip = (delayMs: number): Contender => ({
      label: `receipt-url, receipt after ${delayMs} ms`,
      script: action,
      inputs: {
        'api-key': key,
        'base-url': server.url,
        'receipt-url': `${receiverUrl}/receipts/${delayMs}/{event-id}`,
        'receipt-token': receiptToken
      },
      succeeded: (outputs) =>
        outputs.delivered === 'true' && outputs['receipt-latency-ms'] !== undefined
    })

    await coldRun(roundTrip(0))
    const samples = new Map(
      receiptDelaysMs.map((delayMs) => [
        delayMs,
        [] as { seenMs: number; servedMs: number; polls: number }[]
      ])
    )
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
      `## Round trip\n\nThe receiver confirms D ms after Diffio's 200; ${receiptRuns} runs per D after 1 warm-up run.\n\n` +
        table(
          [
            'D',
            'median receipt-latency-ms',
            'median of (seen - D)',
            'largest (seen - D)',
            "median of (receiver's first 200 - Diffio's 200 - D)",
            'median polls'
          ],
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
      inputs: {
        url: receiver.webhookUrl,
        'webhook-secret': webhookSecret,
        'receipt-url': receiver.receiptUrl,
        'receipt-token': receiptToken
      },
      succeeded: (outputs) =>
        outputs.passed === 'true' &&
        (JSON.parse(outputs.results ?? '[]') as unknown[]).length === 15,
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
    targetRows.push([
      'check-receiver, whole step',
      `under ${targets.checkReceiverMs} ms (median)`,
      ms(median(walls)),
      verdict(median(walls) < targets.checkReceiverMs)
    ])
  }

  if (runs('profile')) {
    const profiles = {
      action: join(workspace, 'profiles-action'),
      floor: join(workspace, 'profiles-floor')
    }
    for (let run = 0; run < pairs; run++) {
      await profiledRun(actionRun, profiles.action)
      await profiledRun(floorRun, profiles.floor)
    }
    const [ofAction, ofFloor] = [
      await summarizeProfiles(profiles.action),
      await summarizeProfiles(profiles.floor)
    ]
    printed.push(
      `## Where a success run's time goes\n\nSelf time by category, median of ${pairs} CPU profiles each (node --cpu-prof, sampled every 100 µs).\n\n` +
        table(
          ['', 'action', 'floor'],
          [
            ...categories.map((category) => [
              category,
              ms(median(ofAction.byCategory.get(category)!)),
              ms(median(ofFloor.byCategory.get(category)!))
            ]),
            [
              'profile span (profiler start to exit)',
              ms(median(ofAction.spansMs)),
              ms(median(ofFloor.spansMs))
            ]
          ]
        ),
      table(
        ["the action's largest self times (mean over its profiles)", 'ms'],
        ofAction.topFunctions
          .slice(0, 12)
          .map(({ name, ms: selfMs }) => [name.replaceAll('|', '\\|'), selfMs.toFixed(1)])
      )
    )
  }

  const distFiles = (await readdir(distDir)).filter((name) => name.endsWith('.js')).sort()
  const sizes = await Promise.all(
    distFiles.map(async (name) => (await stat(join(distDir, name))).size)
  )
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0)
  const inRepository = !relative(root, distDir).startsWith('..')
  const shownDist = inRepository ? relative(root, distDir) || '.' : distDir
  const size = (bytes: number) =>
    bytes >= 10_000 ? `${(bytes / 1e6).toFixed(3)} MB` : `${bytes} B`
  const loaded = (name: string) =>
    loadedByAction.has(pathToFileURL(join(distDir, name)).href) ? 'yes' : 'no'
  const distTable = table(
    runs('success') ? ['dist file', 'size', 'loaded by one success run'] : ['dist file', 'size'],
    [
      ...distFiles.map((name, index) => [
        `${shownDist}/${name}`,
        size(sizes[index]!),
        ...(runs('success') ? [loaded(name)] : [])
      ]),
      [`all JS in ${shownDist}/`, size(totalBytes), ...(runs('success') ? [''] : [])]
    ]
  )
  printed.push(`## dist/\n\n${distTable}`)
  targetRows.push([
    `all JS in ${shownDist}/`,
    `at most ${targets.distMB} MB`,
    size(totalBytes),
    verdict(totalBytes <= targets.distMB * 1e6)
  ])

  const fingerprint = createHash('sha256')
  for (const name of distFiles) fingerprint.update(await readFile(join(distDir, name)))
  const git = async (...args: string[]) =>
    (await promisify(execFile)('git', ['-C', root, ...args])).stdout.trim()
  const commit = await git('rev-parse', '--short', 'HEAD').catch(() => 'unknown')
  const changed = async (path: string) =>
    (await git('status', '--porcelain', '--', path).catch(() => '')) !== ''
  const ownDist = distDir === join(root, 'dist')
  const command =
    process.env.npm_lifecycle_event === 'bench'
      ? 'npm run bench'
      : `node ${join('scripts', 'bench', 'bench.ts')}`
  const args = process.argv.slice(2)
  const shownCommand = `${command}${args.length > 0 ? `${command.startsWith('npm') ? ' --' : ''} ${args.join(' ')}` : ''}`
  const digest = fingerprint.digest('hex').slice(0, 12)
  const sourceNote = (await changed('src')) ? ', with uncommitted changes in src/' : ''
  const build = ownDist
    ? `dist/ (sha256 ${digest} over its JS) ${(await changed('dist')) ? 'built from the working tree, not the dist/ committed' : 'as committed'}`
    : `the build in ${distDir} (sha256 ${digest} over its JS)`
  const cpuList = cpus()
  const text = [
    '# Performance',
    '',
    `<!-- Written by npm run bench (scripts/bench/bench.ts), which holds this page's text: run it again rather than editing here. -->`,
    '',
    'A step costs one Node start, loading the bundle, and one round trip to Diffio per event type; with',
    '`receipt-url` it also waits for the receiver. `npm run bench` measures that on loopback, starting',
    'each run cold as the runner starts a step, and writes this page: where and when it measured, the',
    'targets, the numbers, and how they are taken.',
    '',
    '## This measurement',
    '',
    `- Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Code: commit \`${commit}\`${sourceNote}; measured: ${build}`,
    `- Machine: ${cpuList[0]?.model.trim() ?? 'unknown CPU'}, ${cpuList.length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${osType()} ${release()}`,
    `- Node: ${process.versions.node}`,
    `- Load average: ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end (other work on the machine spreads the ratios)`,
    `- Command: \`${shownCommand}\``,
    '',
    '## Targets',
    '',
    table(['target', 'wanted', 'measured', ''], targetRows),
    ...printed.flatMap((section) => ['', section]),
    '',
    howItIsMeasured()
  ].join('\n')

  const complete = ownDist && allSections.every(runs)
  const out = options.out ?? (complete ? page : '-')
  if (out === '-') {
    process.stdout.write(`${text}\n`)
    if (options.out === undefined)
      process.stderr.write(
        `${relative(root, page)} left as it was: this run measured less than a full run of dist/ does; --out writes it anyway.\n`
      )
  } else {
    await writeFile(out, `${text}\n`)
    const written = relative(process.cwd(), out)
    process.stdout.write(
      `Wrote ${written.startsWith('..') ? resolve(out) : written}.\n\n${table(['target', 'wanted', 'measured', ''], targetRows)}\n`
    )
  }
} finally {
  for (const server of servers) await server.close()
  await rm(workspace, { recursive: true, force: true })
}

/** The page's account of the method; the numbers in it come from the constants the bench uses. */
function howItIsMeasured(): string {
  return `## How it is measured

\`npm run bench [-- pairs] [options]\` runs every section below and writes this page. A run of some
sections only, or of another build (\`--dist\`), prints its page on stdout instead, unless \`--out\`
names a file.

| option | default | what it does |
|---|---|---|
| \`pairs\` (positional) | \`${defaultPairs}\` | pairs per paired section, and profiles per script in the profile section |
| \`--sections\` | \`${allSections.join(',')}\` | which sections to run |
| \`--delays\` | \`${defaultDelays}\` | the receipt delays D, in ms, for the round trip |
| \`--receipt-runs\` | \`${defaultReceiptRuns}\` | runs per D |
| \`--dist\` | the repository's \`dist/\` | another build to measure, such as a variant of the bundle built in a scratch copy |
| \`--out\` | \`docs/performance.md\` for a full run of \`dist/\`, else \`-\` (stdout) | where the page goes |

**The floor.** \`scripts/bench/floor.mjs\` is the least a step can do: a bare Node script that makes the
same POST with Node's built-in \`fetch\` and appends one line to \`GITHUB_OUTPUT\`. Nothing that does
the job can be faster, so the action is measured as a ratio to it.

**Cold runs, the way the runner runs them.** Every run is a new process, \`node dist/index.js\` (or
\`node scripts/bench/floor.mjs\`), with each input as an \`INPUT_*\` variable (defaults from
\`action.yml\`) and fresh \`GITHUB_OUTPUT\` and \`GITHUB_STEP_SUMMARY\` files, against the loopback
Diffio stand-in in \`demo/diffio-server.ts\`. A run counts only if it exits 0 and leaves the expected
outputs.

**Pairing.** The two contenders run back to back as a pair, and which one goes first alternates, so
neither always meets a warmer or busier machine. ${warmUpPairs} warm-up pairs are thrown away. Each table
gives each contender's median and the median of the pairwise ratios, which cancels slow drift of the
machine; the middle half of the ratios (25th to 75th percentile) shows the noise that remains.

**Peak RSS** comes from GNU time (\`/usr/bin/time -f %M\`, the child's maximum resident set size), which
wraps every run, the floor's too; wall time is taken around the same wrapper.

**Four event types vs one.** The stand-in holds every answer ${answerDelayMs} ms, as a slow API would.
Runs with \`event-type: all\` are paired with runs with \`event-type: generation.completed\`. The four
requests go out at once over one connection pool, so the target is that four cost little more than one.

**Round trip.** The stand-in reports each 200 it writes, with the event id. A second loopback server
plays the receiver: \`GET /receipts/<D>/<event-id>\` answers 404 until D ms after the stand-in answered
that event, then 200, and checks the receipt token. "Seen" is the action's own \`receipt-latency-ms\`
output, counted from the moment it has Diffio's 200; the receiver's view is the time of the first 200
it served minus the time the stand-in answered, both on the bench's clock. The values of D take turns,
so a slow stretch of the machine falls on all of them.

**What a run loads.** One extra, untimed run of each script with \`scripts/bench/loads.mjs\` preloaded
records every file the run imports and every Node built-in it loads. The success section lists the
built-ins the action loads and the floor does not, and the dist/ table says which files a success run
loads.

**Where the time goes.** \`pairs\` runs each of the action and the floor under
\`node --cpu-prof --cpu-prof-interval 100\`; \`scripts/bench/cpu-profile.ts\` sums each profile's self
time by category and lists the action's largest self times. The profiler adds a few ms, so these spans
are longer than the wall times above.

## Repeating a measurement

- This page: \`npm run bench\`, on a machine as quiet as can be had (see the load average above).
- Only the round trip, at more delays: \`npm run bench -- --sections receipt --delays 0,250,500,700,1000,1500,2100,3000,5000\`.
- A variant of the bundle: build it in a scratch copy of the repository (\`node scripts/bundle.ts\` there
  writes that copy's \`dist/\`), then \`npm run bench -- 30 --sections success --dist <copy>/dist\`.
  Compare ratios taken in the same quiet stretch, and repeat them.`
}
