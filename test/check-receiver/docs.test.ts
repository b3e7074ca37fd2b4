import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../demo/action-runner.ts'
import { checkNames } from '../../src/check-receiver/deliveries.js'
import { checkDocsUrl, checkWords } from '../../src/check-receiver/explain.js'
import { checkInputDefaults, checkInputNames } from '../../src/check-receiver/settings.js'
import { readCheckReceiverDefinition } from '../support/action-harness.ts'

const sectionHeading = '## Check that your receiver refuses forged deliveries'

/** The check-receiver section of README.md. */
async function readmeSection(): Promise<string> {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  if (!readme.includes(`${sectionHeading}\n`))
    throw new Error(`README.md has no "${sectionHeading}"`)
  return readme.slice(readme.indexOf(sectionHeading))
}

/** The rows of the table under a `### heading` in the section, as arrays of cells. */
async function sectionTable(heading: string): Promise<string[][]> {
  const part = (await readmeSection())
    .split(/^#+ /m)
    .find((text) => text.startsWith(`${heading}\n`))
  if (part === undefined) throw new Error(`the check-receiver section has no "### ${heading}"`)
  return part
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim())
    )
}

const plain = (cell: string) => cell.replaceAll('`', '').replaceAll('\\|', '|')

describe('check-receiver/action.yml', () => {
  it('runs the shared dist/ on node24', async () => {
    expect((await readCheckReceiverDefinition()).runs).toEqual({
      using: 'node24',
      main: '../dist/check-receiver.js'
    })
  })

  it('has the inputs the code reads, with the defaults the CLI uses, and requires url and webhook-secret', async () => {
    const { inputs } = await readCheckReceiverDefinition()

    expect(Object.keys(inputs)).toEqual([...checkInputNames])
    expect(inputs.url?.required).toBe(true)
    expect(inputs['webhook-secret']?.required).toBe(true)
    for (const [name, value] of Object.entries(checkInputDefaults))
      expect(inputs[name]?.default, name).toBe(value)
  })

  it('has the passed and results outputs', async () => {
    expect(Object.keys((await readCheckReceiverDefinition()).outputs)).toEqual([
      'passed',
      'results'
    ])
  })
})

describe("the README's check-receiver tables", () => {
  it('list every input, in order, with its description and its default or "required"', async () => {
    const { inputs } = await readCheckReceiverDefinition()
    const rows = await sectionTable('check-receiver inputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(inputs))
    for (const [name, description, defaultCell] of rows) {
      const input = inputs[plain(name!)]!
      expect(plain(description!), name).toBe(input.description)
      expect(defaultCell, name).toBe(
        input.required ? 'required' : `\`${input.default === '' ? "''" : input.default}\``
      )
    }
  })

  it('list every output, in order, with its description', async () => {
    const { outputs } = await readCheckReceiverDefinition()
    const rows = await sectionTable('check-receiver outputs')

    expect(rows.map(([name]) => plain(name!))).toEqual(Object.keys(outputs))
    for (const [name, description] of rows)
      expect(plain(description!), name).toBe(outputs[plain(name!)]!.description)
  })
})

describe('docs/check-receiver.md', () => {
  const sections = async () => {
    const page = await readFile(join(root, 'docs', 'check-receiver.md'), 'utf8')
    return page
      .split(/^## /m)
      .slice(1)
      .filter((part) => part.startsWith('`'))
      .map((part) => ({ name: /^`([^`]+)`/.exec(part)![1]!, text: part }))
  }

  it('has a section per check, in the order of the code, each headed by its name, which the explanations link to', async () => {
    expect((await sections()).map(({ name }) => name)).toEqual([...checkNames])
    expect(checkDocsUrl).toMatch(/\/docs\/check-receiver\.md$/)
  })

  it('says in each section what is sent (as the code describes it), what a correct receiver does, and the fix in Express, Next.js and Python', async () => {
    for (const { name, text } of await sections()) {
      const description = checkWords(name as (typeof checkNames)[number], 'svix').description
      expect(text, name).toContain(`**Sent:** ${description.replaceAll('\\', '\\\\')}`)
      expect(text, name).toMatch(/\*\*A correct receiver\*\*/)
      expect(text, name).toMatch(/\*\*The usual mistake\*\*/)
      for (const framework of ['Express', 'Next.js', 'Python'])
        expect(text, `${name}: ${framework}`).toContain(framework)
    }
  })
})
