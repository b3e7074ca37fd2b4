import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readActionDefinition, root } from '../demo/action-runner.ts'
import {
  inputDefaults,
  inputNames,
  maxRetriesLimit,
  maxTimeoutSeconds
} from '../src/send-test-event/inputs.js'
import { retriedFaults } from '../src/shared/http-wording.js'

/** The rows of the README table under a `## heading`, as arrays of cells. */
async function readmeTable(heading: string): Promise<string[][]> {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const section = readme.split(/^#+ /m).find((part) => part.startsWith(`${heading}\n`))
  if (section === undefined) throw new Error(`README.md has no "## ${heading}" section`)
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim())
    )
}

/** A README cell as plain text: no code marks, no escaped pipes. */
const plain = (cell: string) => cell.replaceAll('`', '').replaceAll('\\|', '|')

/** CHANGELOG.md's entries, newest first: each release's version, its text and its "Added" part. */
async function releases(): Promise<{ version: string; text: string; added: string }[]> {
  const changelog = await readFile(join(root, 'CHANGELOG.md'), 'utf8')
  return changelog
    .split(/^## /m)
    .slice(1)
    .map((text) => ({
      version: text.slice(0, text.indexOf('\n')),
      text,
      added: text.split(/^### /m).find((part) => part.startsWith('Added\n')) ?? ''
    }))
}

/**
 * Problems with a table's last column, the release each row's input or output first came in (and any
 * release that added to it): a release of CHANGELOG.md; named by that entry's "Added" unless it is
 * the first release; named by no older entry; and every entry whose "Added" names it mentioned.
 */
async function sinceProblems(
  rows: string[][],
  alsoInputs: ReadonlySet<string> = new Set()
): Promise<string[]> {
  const entries = await releases()
  const problems: string[] = []
  for (const row of rows) {
    const name = plain(row[0]!)
    const cell = row.at(-1)!
    const mentioned: string[] = cell.match(/\d+\.\d+\.\d+/g) ?? []
    const index = entries.findIndex((entry) => entry.version === mentioned[0])
    if (!/^\d/.test(cell) || index === -1) {
      problems.push(`${name}: "${cell}" does not start with a release of CHANGELOG.md`)
      continue
    }
    const named = (text: string) => text.includes(`\`${name}\``)
    const since = entries[index]!
    if (index < entries.length - 1 && !named(since.added))
      problems.push(`${name}: the ${since.version} entry does not add it`)
    for (const older of entries.slice(index + 1)) {
      if (named(older.text))
        problems.push(`${name}: marked ${since.version}, but the ${older.version} entry names it`)
    }
    // An output named as an input (event-type, mode) cannot be told apart from it in the changelog's words.
    if (alsoInputs.has(name)) continue
    for (const newer of entries.slice(0, index)) {
      if (named(newer.added) && !mentioned.includes(newer.version))
        problems.push(`${name}: the ${newer.version} entry adds it, the table does not say so`)
    }
  }
  return problems
}

describe('the README tables', () => {
  it('list every input of action.yml, in order, with its description and its default or "required"', async () => {
    const { inputs } = await readActionDefinition()
    const rows = await readmeTable('Inputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(inputs))
    for (const [name, description, defaultCell] of rows) {
      const input = inputs[plain(name!)]!
      expect(plain(description!), name).toBe(input.description)
      const expected = input.required
        ? 'required'
        : `\`${input.default === '' ? "''" : input.default}\``
      expect(defaultCell, name).toBe(expected)
    }
  })

  it('list every output of action.yml, in order, with its description', async () => {
    const { outputs } = await readActionDefinition()
    const rows = await readmeTable('Outputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(outputs))
    for (const [name, description] of rows)
      expect(plain(description!), name).toBe(outputs[plain(name!)]!.description)
  })
})

describe('the README tables say which release each input and output needs', () => {
  it('every input: a release whose CHANGELOG entry names it as new', async () => {
    const rows = await readmeTable('Inputs')
    expect(rows.every((row) => row.length === 4)).toBe(true)
    expect(await sinceProblems(rows)).toEqual([])
  })

  it('every output: a release whose CHANGELOG entry names it as new', async () => {
    const { inputs } = await readActionDefinition()
    const rows = await readmeTable('Outputs')
    expect(rows.every((row) => row.length === 3)).toBe(true)
    expect(await sinceProblems(rows, new Set(Object.keys(inputs)))).toEqual([])
  })

  it('notices a row marked with the wrong release, or with no release', async () => {
    expect(await sinceProblems([['`receipt-url`', '', '1.0.0']])).toEqual([
      'receipt-url: the 1.1.0 entry adds it, the table does not say so'
    ])
    expect(await sinceProblems([['`mode`', '', '1.1.0']])).toEqual([
      'mode: the 1.1.0 entry does not add it',
      'mode: marked 1.1.0, but the 1.0.0 entry names it'
    ])
    expect(await sinceProblems([['`mode`', '', 'soon']])).toEqual([
      'mode: "soon" does not start with a release of CHANGELOG.md'
    ])
  })
})

describe('action.yml', () => {
  it('runs dist/index.js on node24 and describes every input and output', async () => {
    const definition = await readActionDefinition()

    expect(definition.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, entry] of [
      ...Object.entries(definition.inputs),
      ...Object.entries(definition.outputs)
    ]) {
      expect(entry.description, name).toMatch(/\w/)
    }
  })

  it('has the inputs the code reads, with the defaults the CLI uses', async () => {
    const { inputs } = await readActionDefinition()

    expect(Object.keys(inputs)).toEqual([...inputNames])
    expect(inputs['api-key']?.required).toBe(true)
    for (const [name, value] of Object.entries(inputDefaults))
      expect(inputs[name]?.default, name).toBe(value)
  })

  it('has no ${{ }} in a description, of either action, which the runner would evaluate and fail to load the action', async () => {
    for (const file of [join(root, 'action.yml'), join(root, 'check-receiver', 'action.yml')]) {
      const { description, inputs, outputs } = await readActionDefinition(file)
      const texts = [
        description,
        ...Object.values(inputs).map((input) => input.description),
        ...Object.values(outputs).map((output) => output.description)
      ]
      expect(
        texts.filter((text) => text.includes('${{')),
        file
      ).toEqual([])
    }
  })

  it('states the retried statuses and the limits the code enforces', async () => {
    const { inputs } = await readActionDefinition()

    expect(inputs['max-retries']?.description).toContain(`on ${retriedFaults}, 0 to`)
    expect(inputs['max-retries']?.description).toContain(`0 to ${maxRetriesLimit}`)
    expect(inputs['timeout-seconds']?.description).toContain(`at most ${maxTimeoutSeconds}`)
  })
})
