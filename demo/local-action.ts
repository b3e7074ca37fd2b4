import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { parseArgs, parseEnv } from 'node:util'
import { bundleEntries } from '../scripts/entries.ts'
import {
  inputVariable,
  parseOutputFile,
  readActionDefinition,
  root,
  summaryAsText
} from './action-runner.ts'

// npm run local-action: one step of an action of this repository, run from its TypeScript source as
// the runner would run it, with the step's variables from .env. It needs no build and no GitHub.

const usage = `Usage: npm run local-action [-- <options>]

Runs an action of this repository from its TypeScript source as a GitHub runner runs a step: each
input as an INPUT_* variable (action.yml's default where none is given), fresh GITHUB_OUTPUT and
GITHUB_STEP_SUMMARY files, and the step log with its workflow commands rendered and every
::add-mask:: value shown as ***. Then it prints the outputs and the job summary, and exits with the
step's exit code.

Options:
  --env-file <file>        the step's variables, one KEY=value a line, such as INPUT_MODE=live
                           (default: .env, a copy of .env.example)
  --input <name>=<value>   an input for this run only, named as in action.yml, over the file's
                           (repeatable): --input event-type=all
  --action <folder>        the folder whose action.yml to run: . (default) or check-receiver
  -h, --help               show this help

The step also sees this process's environment (PATH, HTTPS_PROXY, ...), under the file's variables.
`

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  let options: { 'env-file': string; input: string[]; action: string; help: boolean }
  try {
    options = parseArgs({
      options: {
        'env-file': { type: 'string', default: '.env' },
        input: { type: 'string', multiple: true, default: [] },
        action: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
  }
  if (options.help) {
    process.stdout.write(usage)
    process.exit(0)
  }

  const envFile = resolve(options['env-file'])
  if (!existsSync(envFile)) {
    fail(
      `${options['env-file']} does not exist: copy .env.example to .env (cp .env.example .env) and edit it, or name another file with --env-file.`
    )
  }
  const actionFile = join(root, options.action, 'action.yml')
  if (!existsSync(actionFile))
    fail(`${relative(root, actionFile)} does not exist: --action takes . or check-receiver.`)
  const definition = await readActionDefinition(actionFile)
  const entry = bundleEntries[basename(definition.runs.main)]
  if (entry === undefined)
    fail(
      `${relative(root, actionFile)} runs ${definition.runs.main}, which is not an entry of scripts/entries.ts.`
    )
  const inputFlags = options.input.map(
    (flag) =>
      /^([^=]+)=(.*)$/s.exec(flag) ??
      fail(`--input ${flag} has no "=": expected --input <name>=<value>`)
  )

  // Dash, the sh of Debian and Ubuntu that npm runs scripts with, drops variables named with a hyphen,
  // so inputs cannot come from the environment; they come from the file and --input.
  const stepVariables: Record<string, string> = {
    ...definedIn(process.env),
    ...definedIn(parseEnv(await readFile(envFile, 'utf8'))),
    ...Object.fromEntries(inputFlags.map(([, name, value]) => [inputVariable(name!), value!]))
  }
  const workspace = await mkdtemp(join(tmpdir(), 'diffio-local-action-'))
  const outputFile = join(workspace, 'output')
  const summaryFile = join(workspace, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const debug = stepVariables.ACTIONS_STEP_DEBUG === 'true'

  const env: NodeJS.ProcessEnv = {
    ...stepVariables,
    // The runner gives every declared input, with action.yml's default when the workflow gives none.
    ...Object.fromEntries(
      Object.entries(definition.inputs).map(([name, input]) => [
        inputVariable(name),
        stepVariables[inputVariable(name)] ?? input.default ?? ''
      ])
    ),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...(debug && { RUNNER_DEBUG: '1' })
  }

  try {
    process.stdout.write(
      `Running ${definition.name} (${relative(root, actionFile)}) from src/ with the variables of ${options['env-file']}\n\n`
    )
    const log = new StepLog(debug)
    const step = spawn(
      process.execPath,
      [join(import.meta.dirname, 'source-step.ts'), entry.exportName],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    const printed = [
      lines(step.stdout, (line) => log.print(line, process.stdout)),
      lines(step.stderr, (line) => log.print(line, process.stderr))
    ]
    const exitCode = await new Promise<number>((settle) =>
      step.on('close', (code) => settle(code ?? 1))
    )
    await Promise.all(printed)

    process.stdout.write(`\n--- step outputs (GITHUB_OUTPUT)\n`)
    const outputs = Object.entries(parseOutputFile(await readFile(outputFile, 'utf8')))
    const width = Math.max(0, ...outputs.map(([name]) => name.length))
    process.stdout.write(
      outputs
        .map(([name, value]) => `${log.masked(`${name.padEnd(width)}  ${value}`)}\n`)
        .join('') || '(none)\n'
    )
    process.stdout.write(
      `\n--- job summary (GITHUB_STEP_SUMMARY)\n${log.masked(summaryAsText(await readFile(summaryFile, 'utf8'))) || '(empty)'}\n`
    )
    process.stdout.write(`\nThe step exited with code ${exitCode}.\n`)
    process.exitCode = exitCode
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/** The variables that have a value. */
function definedIn(variables: NodeJS.Dict<string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

function lines(stream: Readable, each: (line: string) => void): Promise<void> {
  const reader = createInterface({ input: stream, crlfDelay: Infinity })
  reader.on('line', each)
  return new Promise((settle) => reader.once('close', settle))
}

/**
 * The step log as the runner shows it: workflow commands (::name properties::data) rendered or hidden,
 * ::stop-commands:: honoured, and every value registered with ::add-mask:: replaced by ***.
 */
class StepLog {
  private readonly masks: string[] = []
  private stoppedUntil: string | undefined
  private readonly showDebug: boolean

  constructor(showDebug: boolean) {
    this.showDebug = showDebug
  }

  print(line: string, to: NodeJS.WritableStream): void {
    const shown = this.render(line)
    if (shown !== undefined) to.write(`${this.masked(shown)}\n`)
  }

  masked(text: string): string {
    return this.masks.reduce((result, secret) => result.replaceAll(secret, '***'), text)
  }

  private render(line: string): string | undefined {
    if (this.stoppedUntil !== undefined) {
      if (line.trim() !== `::${this.stoppedUntil}::`) return line
      this.stoppedUntil = undefined
      return undefined
    }
    const command = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (command === null) return line
    const [, name, properties = '', encodedData = ''] = command
    const data = decoded(encodedData)
    switch (name) {
      case 'add-mask':
        // Longest first, so that a mask inside another does not leave part of the longer one showing.
        if (data !== '') this.masks.push(data)
        this.masks.sort((a, b) => b.length - a.length)
        return undefined
      case 'stop-commands':
        this.stoppedUntil = data
        return undefined
      case 'debug':
        return this.showDebug ? `##[debug]${data}` : undefined
      case 'error':
      case 'warning':
      case 'notice': {
        const title = /(?:^|,)title=([^,]*)/.exec(properties)?.[1]
        const heading = `${name[0]!.toUpperCase()}${name.slice(1)}${title === undefined ? '' : `: ${decoded(title, true)}`}`
        return `${heading}\n${data.replace(/^/gm, '  ')}`
      }
      case 'group':
        return `> ${data}`
      case 'endgroup':
        return undefined
      default:
        return line
    }
  }
}

/** A command's data (or, with property, a property's value) with the runner's escapes undone. */
function decoded(text: string, property = false): string {
  const escapes: Record<string, string> = {
    '%0D': '\r',
    '%0A': '\n',
    '%25': '%',
    ...(property && { '%3A': ':', '%2C': ',' })
  }
  return text.replace(/%(?:0D|0A|25|3A|2C)/gi, (escape) => escapes[escape.toUpperCase()] ?? escape)
}

await main()
