import { execFile } from 'node:child_process'
import { access, constants, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../demo/action-runner.ts'

/** npm pack, then npm install of the tarball into an empty project, then the installed CLIs, on Node 24 and 20. */

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
    const child = execFile(command, args, { cwd, env, timeout: npmTimeout, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) =>
      resolve({ exitCode: child.exitCode, stdout, stderr })
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
  return { PATH: [nodeDirectory, ...pathOutsideNodeModules].join(delimiter), HOME: process.env.HOME, ...extra }
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
const missingNode20 = 'No Node 20 found: no "node" on PATH outside node_modules answers --version with v20.x. CI runs on an image that has one; install Node 20.18 or later to run this test.'

const scratch = await mkdtemp(join(tmpdir(), 'diffio-package-'))
let pack: Run
let packed: PackResult

beforeAll(async () => {
  const destination = join(scratch, 'pack')
  await mkdir(destination)
  pack = await run('npm', ['pack', '--json', '--pack-destination', destination], root, cleanEnv(dirname(process.execPath), { npm_config_cache: join(scratch, 'npm-cache') }))
  if (pack.exitCode !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`)
  const [result] = JSON.parse(pack.stdout) as PackResult[]
  packed = { ...result!, filename: join(destination, result!.filename) }
}, npmTimeout)

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

  it('ships exactly what an installed CLI needs: the dist JavaScript, its package.json and licenses, and the docs', async () => {
    const distScripts = (await readdir(join(root, 'dist'))).filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`)
    const expected = [...distScripts, 'dist/package.json', 'dist/licenses.txt', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']

    const paths = packed.files.map((file) => file.path)
    expect(paths.filter((path) => /^(src|test|demo|examples|scripts|check-receiver)\//.test(path))).toEqual([])
    expect(paths.sort()).toEqual(expected.sort())
    expect(distScripts).toEqual(expect.arrayContaining(['dist/bundle.js', ...Object.values(manifest.bin)]))
  })
})

const runtimes = [
  { name: 'Node 24, the one npm test runs on', node: process.execPath as string | undefined, major: 'v24.' },
  { name: 'the system Node 20', node: systemNode20, major: 'v20.' }
]

describe.each(runtimes)('installed from the tarball on $name', { timeout: npmTimeout }, ({ node: nodeOrNothing, major }) => {
  let node: string
  let project: string
  let install: Run
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    if (nodeOrNothing === undefined) {
      throw new Error(missingNode20)
    }
    node = nodeOrNothing
    env = cleanEnv(dirname(node))
    project = await mkdtemp(join(scratch, 'project-'))
    await writeFile(join(project, 'package.json'), '{}\n')
    install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', packed.filename], project, {
      ...env,
      npm_config_cache: join(project, '.npm-cache')
    })
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
    const packages = (await readdir(join(project, 'node_modules'))).filter((name) => !name.startsWith('.'))
    expect(packages).toEqual([packageName])
    const lock = JSON.parse(await readFile(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }
    expect(Object.keys(lock.packages)).toEqual([`node_modules/${packageName}`])
  })

  it('links both CLIs into node_modules/.bin', async () => {
    expect((await readdir(join(project, 'node_modules', '.bin'))).sort()).toEqual(Object.keys(manifest.bin).sort())
  })

  type Invoke = (bin: string, args: string[], extraEnv?: NodeJS.ProcessEnv) => Promise<Run>
  const explicitly: Invoke = (bin, args, extraEnv) =>
    run(node, [join(project, 'node_modules', packageName, manifest.bin[bin]!), ...args], project, { ...env, ...extraEnv })
  const throughShim: Invoke = (bin, args, extraEnv) =>
    run(join(project, 'node_modules', '.bin', bin), args, project, { ...env, ...extraEnv })

  describe.each([
    { how: 'run by that node explicitly', invoke: explicitly },
    { how: 'run through the .bin shim', invoke: throughShim }
  ])('$how', ({ invoke }) => {
    it('diffio-send-test-event --version prints the package version', async () => {
      expect(await invoke('diffio-send-test-event', ['--version'])).toEqual({ exitCode: 0, stdout: `${manifest.version}\n`, stderr: '' })
    })

    it('diffio-send-test-event --help prints the usage', async () => {
      const help = await invoke('diffio-send-test-event', ['--help'])
      expect(help.exitCode).toBe(0)
      expect(help.stdout).toMatch(/^Usage: diffio-send-test-event /)
      expect(help.stderr).toBe('')
    })

    it('diffio-send-test-event --dry-run prints the request with the key redacted, and names the Node it ran on', async () => {
      const version = (await run(node, ['--version'], project, env)).stdout.trim().slice(1)
      const dryRun = await invoke('diffio-send-test-event', ['--dry-run'], { DIFFIO_API_KEY: fakeKey })

      expect(dryRun.exitCode, dryRun.stderr).toBe(0)
      expect(dryRun.stderr).toContain('Dry run: this request would be sent.')
      expect(dryRun.stderr).toContain('POST https://api.diffio.ai/v1/webhooks/send_test_event')
      expect(dryRun.stderr).toContain('authorization: Bearer ***')
      expect(dryRun.stderr).toContain(`user-agent: diffio-send-test-event/${manifest.version} node/${version}`)
      expect(dryRun.stdout + dryRun.stderr).not.toContain(fakeKey)
    })

    it('diffio-check-receiver --version prints the package version', async () => {
      expect(await invoke('diffio-check-receiver', ['--version'])).toEqual({ exitCode: 0, stdout: `${manifest.version}\n`, stderr: '' })
    })

    it('diffio-check-receiver --help prints the usage', async () => {
      const help = await invoke('diffio-check-receiver', ['--help'])
      expect(help.exitCode).toBe(0)
      expect(help.stdout).toMatch(/^Usage: diffio-check-receiver /)
      expect(help.stderr).toBe('')
    })
  })
})
