import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readActionDefinition, root } from '../demo/action-runner.ts'
import { inputDefaults, inputNames, maxRetriesLimit, maxTimeoutSeconds } from '../src/send-test-event/inputs.js'
import { retriedFaults } from '../src/http/retry.js'

/** The rows of the README table under a `## heading`, as arrays of cells. */
async function readmeTable(heading: string): Promise<string[][]> {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const section = readme.split(/^#+ /m).find((part) => part.startsWith(`${heading}\n`))
  if (section === undefined) throw new Error(`README.md has no "## ${heading}" section`)
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
}

/** A README cell as plain text: no code marks, no escaped pipes. */
const plain = (cell: string) => cell.replaceAll('`', '').replaceAll('\\|', '|')

describe('the README tables', () => {
  it('list every input of action.yml, in order, with its description and its default or "required"', async () => {
    const { inputs } = await readActionDefinition()
    const rows = await readmeTable('Inputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(inputs))
    for (const [name, description, defaultCell] of rows) {
      const input = inputs[plain(name!)]!
      expect(plain(description!), name).toBe(input.description)
      const expected = input.required ? 'required' : `\`${input.default === '' ? "''" : input.default}\``
      expect(defaultCell, name).toBe(expected)
    }
  })

  it('list every output of action.yml, in order, with its description', async () => {
    const { outputs } = await readActionDefinition()
    const rows = await readmeTable('Outputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(outputs))
    for (const [name, description] of rows) expect(plain(description!), name).toBe(outputs[plain(name!)]!.description)
  })
})

describe('action.yml', () => {
  it('runs dist/index.js on node24 and describes every input and output', async () => {
    const definition = await readActionDefinition()

    expect(definition.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, entry] of [...Object.entries(definition.inputs), ...Object.entries(definition.outputs)]) {
      expect(entry.description, name).toMatch(/\w/)
    }
  })

  it('has the inputs the code reads, with the defaults the CLI uses', async () => {
    const { inputs } = await readActionDefinition()

    expect(Object.keys(inputs)).toEqual([...inputNames])
    expect(inputs['api-key']?.required).toBe(true)
    for (const [name, value] of Object.entries(inputDefaults)) expect(inputs[name]?.default, name).toBe(value)
  })

  it('states the retried statuses and the limits the code enforces', async () => {
    const { inputs } = await readActionDefinition()

    expect(inputs['max-retries']?.description).toContain(`on ${retriedFaults}, 0 to`)
    expect(inputs['max-retries']?.description).toContain(`0 to ${maxRetriesLimit}`)
    expect(inputs['timeout-seconds']?.description).toContain(`at most ${maxTimeoutSeconds}`)
  })
})
