import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readActionDefinition, root } from './support/action-runner.js'

/** The rows of the README table under a `## heading`, as arrays of cells. */
async function readmeTable(heading: string): Promise<string[][]> {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`))
  if (section === undefined) throw new Error(`README.md has no "## ${heading}" section`)
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
}

const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1')

describe('README', () => {
  it('lists every input of action.yml, in order, with its default or "required"', async () => {
    const { inputs } = await readActionDefinition()
    const rows = await readmeTable('Inputs')

    expect(rows.map(([name]) => unquote(name!))).toEqual(Object.keys(inputs))
    for (const [name, , defaultCell] of rows) {
      const input = inputs[unquote(name!)]!
      const expected = input.required ? 'required' : `\`${input.default === '' ? "''" : input.default}\``
      expect(defaultCell, name).toBe(expected)
    }
  })

  it('lists every output of action.yml, in order', async () => {
    const { outputs } = await readActionDefinition()
    const rows = await readmeTable('Outputs')

    expect(rows.map(([name]) => unquote(name!))).toEqual(Object.keys(outputs))
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
})
