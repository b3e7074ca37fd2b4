import { execFile } from 'node:child_process'
import {
  access,
  constants,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../demo/action-runner.ts'
import { userAgent } from '../src/shared/version.js'
import { bundleWaitMs, freshBundle } from './support/bundle-runner.js'
import { runCheckReceiverCli, runCli } from './support/cli-harness.js'

/**
 * npm pack of the package with a bundle built fresh from the source in dist/, then npm install of the
 * tarball into an empty project, then the installed CLIs, on Node 24 and 20. What the CLIs print is
 * tested in-process; here only that each installed entry point runs.
 */

const packageName = 'diffio-send-test-event'
const fakeKey = 'diffio_test_package_0123456789abcdef'
const npmTimeout = 120_000

interface Run {
  exitCode: number | null
  stdout: string
  stderr: string
}

interface PackedFile {
  path: string
}

interface PackResult {
  filename: string
  files: PackedFile[]
}

interface PackageJson {
  version: string
  bin: Record<string, string>
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  bundleDependencies?: unknown
  bundledDependencies?: unknown
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd, env, timeout: npmTimeout, maxBuffer: 16 * 1024 * 1024 },
      (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr })
    )
  })
}

/** PATH without any node_modules folder: this repository's .bin holds Node 24 and must not shadow the one under test. */
const pathOutsideNodeModules = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((entry) => entry !== '' && !entry.split(sep).includes('node_modules'))

/**
 * Only PATH and HOME: npm test passes npm_config_* variables down (npm_config_local_prefix would point
 * a child npm at this repository), and the runner's INPUT_*, DIFFIO_* or proxy variables must not leak in.
 */
function cleanEnv(nodeDirectory: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: [nodeDirectory, ...pathOutsideNodeModules].join(delimiter),
    HOME: process.env.HOME,
    ...extra
  }
}

async function findSystemNode20(): Promise<string | undefined> {
  for (const directory of pathOutsideNodeModules) {
    const candidate = join(directory, 'node')
    try {
      await access(candidate, constants.X_OK)
    } catch {
      continue
    }
    const version = await run(candidate, ['--version'], root, { PATH: '' })
    if (version.stdout.startsWith('v20.')) return candidate
  }
  return undefined
}

const warningLines = (output: string) => output.split('\n').filter((line) => /warn/i.test(line))

const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as PackageJson
const systemNode20 = await findSystemNode20()
const missingNode20 =
  'No Node 20 found: no "node" on PATH outside node_modules answers --version with v20.x. CI runs on an image that has one; install Node 20.18 or later to run this test.'

const runtimes = [
  {
    name: 'Node 24, the one npm test runs on',
    node: process.execPath as string | undefined,
    major: 'v24.'
  },
  { name: 'the system Node 20', node: systemNode20, major: 'v20.' }
]

const scratch = await mkdtemp(join(tmpdir(), 'diffio-package-'))
let pack: Run
let packed: PackResult

let distFiles: string[]

beforeAll(async () => {
  // The package as it would be published from this source: the committed dist/ is CI's dist check's business.
  const staged = join(scratch, 'package')
  await mkdir(staged)
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])
    await cp(join(root, file), join(staged, file))
  await cp(await freshBundle(), join(staged, 'dist'), { recursive: true })
  distFiles = await readdir(join(staged, 'dist'))
  const destination = join(scratch, 'pack')
  await mkdir(destination)
  pack = await run(
    'npm',
    ['pack', '--json', '--pack-destination', destination],
    staged,
    cleanEnv(dirname(process.execPath), { npm_config_cache: join(scratch, 'npm-cache') })
  )
  if (pack.exitCode !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`)
  const [result] = JSON.parse(pack.stdout) as PackResult[]
  packed = { ...result!, filename: join(destination, result!.filename) }
  // Both installs at once: each waits on npm and the disk far more than on the CPU.
  for (const runtime of runtimes)
    if (runtime.node !== undefined) installs.set(runtime.node, installOn(runtime.node))
}, bundleWaitMs + npmTimeout)

interface Installed {
  project: string
  env: NodeJS.ProcessEnv
  install: Run
}

const installs = new Map<string, Promise<Installed>>()

/** npm install of the tarball into an empty project, with `node` first on PATH. */
async function installOn(node: string): Promise<Installed> {
  const env = cleanEnv(dirname(node))
  const project = await mkdtemp(join(scratch, 'project-'))
  await writeFile(join(project, 'package.json'), '{}\n')
  const install = await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', packed.filename],
    project,
    {
      ...env,
      npm_config_cache: join(project, '.npm-cache')
    }
  )
  return { project, env, install }
}

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('has a system Node 20 to be tested on, the oldest Node line that engines allows', () => {
    expect(systemNode20, missingNode20).toBeDefined()
  })

  it('has no runtime dependencies: dist/ is self-contained', () => {
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.optionalDependencies ?? {}).toEqual({})
    expect(manifest.peerDependencies ?? {}).toEqual({})
    expect(manifest.bundleDependencies ?? manifest.bundledDependencies).toBeUndefined()
  })

  it('has no script that runs before packing, so what is published is the dist/ the release workflow checked', () => {
    const scripts = Object.keys(manifest.scripts ?? {})
    for (const lifecycle of ['prepublish', 'prepare', 'prepublishOnly', 'prepack']) {
      expect(scripts, lifecycle).not.toContain(lifecycle)
    }
  })

  it('packs without warnings', () => {
    expect(warningLines(pack.stderr)).toEqual([])
  })

  it('ships exactly what an installed CLI needs: the dist JavaScript, its package.json and licenses, and the docs', () => {
    const distScripts = distFiles
      .filter((name) => name.endsWith('.js'))
      .map((name) => `dist/${name}`)
    const expected = [
      ...distScripts,
      'dist/package.json',
      'dist/licenses.txt',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json'
    ]

    const paths = packed.files.map((file) => file.path)
    expect(
      paths.filter((path) => /^(src|test|demo|examples|scripts|check-receiver)\//.test(path))
    ).toEqual([])
    expect(paths.sort()).toEqual(expected.sort())
    expect(distScripts).toEqual(
      expect.arrayContaining(['dist/bundle.js', ...Object.values(manifest.bin)])
    )
  })
})

describe.each(runtimes)(
  'installed from the tarball on $name',
  { timeout: npmTimeout },
  ({ node: nodeOrNothing, major }) => {
    let node: string
    let project: string
    let install: Run
    let env: NodeJS.ProcessEnv

    beforeAll(async () => {
      if (nodeOrNothing === undefined) {
        throw new Error(missingNode20)
      }
      node = nodeOrNothing
      ;({ project, env, install } = await installs.get(node)!)
    }, npmTimeout)

    it('finds the intended Node version first on PATH, where npm and the .bin shims look for it', async () => {
      const version = await run(node, ['--version'], project, env)
      expect(version.stdout.startsWith(major), version.stdout).toBe(true)
      expect((await run('node', ['--version'], project, env)).stdout).toBe(version.stdout)
    })

    it('installs without warnings and pulls in no other package', async () => {
      expect(install.exitCode, install.stderr).toBe(0)
      expect(warningLines(install.stdout + install.stderr)).toEqual([])
      expect(install.stdout).toContain('added 1 package')
      const packages = (await readdir(join(project, 'node_modules'))).filter(
        (name) => !name.startsWith('.')
      )
      expect(packages).toEqual([packageName])
      const lock = JSON.parse(
        await readFile(join(project, 'node_modules', '.package-lock.json'), 'utf8')
      ) as { packages: Record<string, unknown> }
      expect(Object.keys(lock.packages)).toEqual([`node_modules/${packageName}`])
    })

    it('links both CLIs into node_modules/.bin', async () => {
      expect((await readdir(join(project, 'node_modules', '.bin'))).sort()).toEqual(
        Object.keys(manifest.bin).sort()
      )
    })

    it.each(['diffio-send-test-event', 'diffio-check-receiver'])(
      'runs %s through the .bin shim, which prints the package version',
      async (bin) => {
        const shim = await run(
          join(project, 'node_modules', '.bin', bin),
          ['--version'],
          project,
          env
        )
        expect(shim).toEqual({ exitCode: 0, stdout: `${manifest.version}\n`, stderr: '' })
      }
    )

    it('runs diffio-send-test-event by that node explicitly: a dry run names the Node it ran on and shows no key', async () => {
      const version = (await run(node, ['--version'], project, env)).stdout.trim().slice(1)
      const script = join(
        project,
        'node_modules',
        packageName,
        manifest.bin['diffio-send-test-event']!
      )
      const dryRun = await run(node, [script, '--dry-run'], project, {
        ...env,
        DIFFIO_API_KEY: fakeKey
      })

      expect(dryRun.exitCode, dryRun.stderr).toBe(0)
      expect(dryRun.stderr).toContain(
        `user-agent: diffio-send-test-event/${manifest.version} node/${version}`
      )
      expect(dryRun.stdout + dryRun.stderr).not.toContain(fakeKey)
    })
  }
)

describe('the CLIs the package links, run in-process', () => {
  it.each([
    ['diffio-send-test-event', runCli],
    ['diffio-check-receiver', runCheckReceiverCli]
  ])('%s --version prints the package version, and --help its usage', async (bin, runIt) => {
    expect(await runIt(['--version'])).toEqual({
      exitCode: 0,
      stdout: `${manifest.version}\n`,
      stderr: ''
    })
    const help = await runIt(['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toMatch(new RegExp(`^Usage: ${bin} `))
    expect(help.stderr).toBe('')
  })

  it('diffio-send-test-event --dry-run prints the request with the key redacted, and names this Node', async () => {
    const dryRun = await runCli(['--dry-run'], { DIFFIO_API_KEY: fakeKey })

    expect(dryRun.exitCode, dryRun.stderr).toBe(0)
    expect(dryRun.stderr).toMatch(/dry run\b.*\bwould be sent\b/i)
    expect(dryRun.stderr).toContain('POST https://api.diffio.ai/v1/webhooks/send_test_event')
    expect(dryRun.stderr).toContain('authorization: Bearer ***')
    expect(dryRun.stderr).toContain(`user-agent: ${userAgent}`)
    expect(userAgent).toBe(
      `diffio-send-test-event/${manifest.version} node/${process.versions.node}`
    )
    expect(dryRun.stdout + dryRun.stderr).not.toContain(fakeKey)
  })
})
