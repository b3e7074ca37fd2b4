import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

/** Runs a bundled action of this repository as a GitHub runner does, and reads back what it left behind. */

export const root = join(import.meta.dirname, '..')

/** The main action's metadata; the check-receiver action's is check-receiver/action.yml. */
export const actionFile = join(root, 'action.yml')

export interface ActionDefinition {
  name: string
  description: string
  inputs: Record<string, { default?: string; required?: boolean; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export async function readActionDefinition(file: string = actionFile): Promise<ActionDefinition> {
  return parse(await readFile(file, 'utf8')) as ActionDefinition
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The ::error lines, decoded. */
  errors: string[]
}

/** The runner's variable for an input: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** What a step ran with that a runner would give it, and what came of it besides its files. */
export interface StepRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/**
 * Runs one step as the runner sets it up: a workspace with empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, the inputs as INPUT_* variables with action.yml's defaults; `step` gets those variables and
 * says how the step ended, and the outputs and summary it left are read back.
 */
export async function runStep(
  file: string,
  inputs: Record<string, string>,
  step: (variables: NodeJS.ProcessEnv, workspace: string) => Promise<StepRun>
): Promise<ActionRun> {
  const definition = await readActionDefinition(file)
  const workspace = await mkdtemp(join(tmpdir(), 'diffio-action-'))
  const outputFile = join(workspace, 'output')
  const summaryFile = join(workspace, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const variables: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  for (const [name, input] of Object.entries(definition.inputs)) {
    variables[inputVariable(name)] = inputs[name] ?? input.default ?? ''
  }
  try {
    const { exitCode, stdout, stderr } = await step(variables, workspace)
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      errors: errorAnnotations(stdout)
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/**
 * Runs runs.main, resolved from the action's folder as the runner resolves it (or `script`, a build of
 * the same entry point elsewhere), as a child process, with its inputs' defaults.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  file: string = actionFile,
  script?: string
): Promise<ActionRun> {
  const { runs } = await readActionDefinition(file)
  return runStep(
    file,
    inputs,
    (variables, workspace) =>
      new Promise<StepRun>((resolve) => {
        const child = execFile(
          process.execPath,
          [script ?? join(dirname(file), runs.main)],
          {
            env: { PATH: process.env.PATH, HOME: workspace, ...variables, ...env },
            cwd: workspace,
            timeout: 30_000
          },
          (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr })
        )
      })
  )
}

/** The ::error lines of a step's log, decoded. */
export function errorAnnotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) =>
      line
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%')
    )
}

/** Reads the GITHUB_OUTPUT file's `name<<delimiter` blocks, as the runner does. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[index]!)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]!)
      outputs[name!] = value.join('\n')
      continue
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[index]!)
    if (plain) outputs[plain[1]!] = plain[2]!
  }
  return outputs
}

/** The job summary's tables as rows of plain cells, the way a reader sees them (headings and paragraphs left out). */
export function summaryRows(html: string): string[][] {
  // An empty cell comes as a lone <td>, without its closing tag.
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    row!
      .split(/<t[hd]>/)
      .slice(1)
      .map((cell) =>
        cell
          .replace(/<\/t[hd]>$/, '')
          .replace(/<br>/g, '\n')
          .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      )
  )
}

/** The summary's HTML as aligned text, for a terminal. */
export function summaryAsText(html: string): string {
  return html
    .replace(/<h3>(.*?)<\/h3>/g, '$1\n')
    .replace(
      /<tr>(.*?)<\/tr>/g,
      (_, cells: string) =>
        `  ${cells.replace(/<\/t[hd]><t[hd]>/g, ' | ').replace(/<\/?t[hd]>/g, '')}\n`
    )
    .replace(/<br>/g, '\n    ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trimEnd()
}
