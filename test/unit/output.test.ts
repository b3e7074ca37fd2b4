import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseOutputFile, summaryRows } from '../../demo/action-runner.ts'
import { RunnerOutput } from '../../src/runner/output.js'
import { maxLineLength, maxOutputLength } from '../../src/shared/outgoing-text.js'
import { TerminalOutput } from '../../src/terminal/output.js'
import { inProcess } from '../support/in-process.js'
import { runnerCommands } from '../support/runner-log.js'

const key = 'diffio_live_s3cr3t_key_0123'

/** Server text that the runner would take for a command, or a terminal for an escape, if printed as it is. */
const hostile: Array<[string, string]> = [
  ['##[error] inside JSON', '{"error":"##[error title=Diffio key compromised]Rotate it now"}'],
  ['##[stop-commands]', '##[stop-commands]x'],
  ['##[set-output]', '##[set-output name=receipt;]x'],
  ['::error:: after a line break', 'busy\n::error::x'],
  ['::warning:: after spaces and a tab', ' \t::warning title=w::x'],
  ['::notice:: after a carriage return', 'a\r::notice::x'],
  ['::group:: after U+2028', 'a\u2028::group::x'],
  ['::group:: after NEL (U+0085)', 'a\u0085::group::x'],
  ['terminal escapes, C1 (U+009B) and C0', '\u009b31mred\u001b[0m']
]

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'diffio-output-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

function runnerOutput(secrets: string[] = [key]) {
  let log = ''
  const output = new RunnerOutput(secrets, { write: (text) => (log += text) })
  return { output, log: () => log }
}

describe("the action's output object", () => {
  it('masks each secret before writing anything else, and only secrets long enough to be keys', () => {
    const { output, log } = runnerOutput([key, 'short'])
    output.info('hello')

    expect(log()).toBe(`::add-mask::${key}\nhello\n`)
  })

  it.each(hostile)(
    'writes %s as text, never as a runner command or a control character',
    (_name, text) => {
      const { output, log } = runnerOutput()
      output.info(text)
      output.warning(text, text)
      output.group(text)
      output.debug(text)
      output.fail({ title: text, message: text, nextStep: text })

      expect(runnerCommands(log()).map(({ command }) => command)).toEqual([
        'add-mask',
        'warning',
        'group',
        'debug',
        'error'
      ])
      expect(log()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
    }
  )

  it('keeps its own line breaks inside an annotation, escaped as the runner reads them', () => {
    const { output, log } = runnerOutput()
    output.fail({
      title: 'Title: with, punctuation',
      message: 'what happened',
      nextStep: 'what to do'
    })

    expect(log().split('\n')[1]).toBe(
      '::error title=Title%3A with%2C punctuation::what happened%0Awhat to do'
    )
  })

  it('redacts the secrets in everything it writes', async () => {
    const outputFile = join(scratch, 'output')
    const summaryFile = join(scratch, 'summary')
    await writeFile(outputFile, '')
    const { output, log } = runnerOutput()
    await inProcess({ GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }, async () => {
      output.info(`Bearer ${key}`)
      output.fail({
        title: key,
        message: encodeURIComponent(key),
        nextStep: Buffer.from(key).toString('base64')
      })
      await output.setOutputs({ response: JSON.stringify({ echoed: key }) })
      await output.summary({
        heading: key,
        rows: [
          ['Field', 'Value'],
          ['Key', key]
        ],
        paragraphs: [key],
        code: key
      })
    })

    const written =
      log().replace(`::add-mask::${key}\n`, '') +
      (await readFile(outputFile, 'utf8')) +
      (await readFile(summaryFile, 'utf8'))
    expect(written).not.toContain(key)
    expect(written).not.toContain(encodeURIComponent(key))
    expect(written).toContain('***')
  })

  it('cuts a log line longer than the limit, saying how much was left out', () => {
    const { output, log } = runnerOutput()
    output.info(`Diffio answered 200: ${'x'.repeat(1024 * 1024)}`)

    const line = log().split('\n')[1]!
    expect(line.length).toBeLessThan(maxLineLength + 100)
    expect(line).toMatch(/\(\d+ more characters not shown\)$/)
  })

  it('cuts an output longer than the limit, warns which one, and neutralises commands in outputs too', async () => {
    const outputFile = join(scratch, 'output')
    await writeFile(outputFile, '')
    const { output, log } = runnerOutput()
    const problem = await inProcess({ GITHUB_OUTPUT: outputFile }, () =>
      output.setOutputs({
        response: 'y'.repeat(2 * maxOutputLength),
        note: '##[set-output name=x;]y'
      })
    )

    expect(problem.result).toBeUndefined()
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
    expect(outputs.response).toHaveLength(maxOutputLength)
    expect(outputs.note).not.toContain('##[')
    const warning = runnerCommands(log()).find(({ command }) => command === 'warning')
    expect(warning?.data).toContain('The response output was cut')
  })

  it.each([
    ['unset', () => undefined, /GITHUB_OUTPUT is not set/],
    ['a folder', () => scratch, /GITHUB_OUTPUT \(.+\) could not be written: EISDIR/],
    [
      'in a folder that does not exist',
      () => join(scratch, 'missing', 'output'),
      /GITHUB_OUTPUT \(.+\) could not be written: ENOENT/
    ]
  ])('says what stopped the outputs when GITHUB_OUTPUT is %s', async (_case, path, said) => {
    const { output } = runnerOutput()
    const run = await inProcess({ GITHUB_OUTPUT: path() }, () =>
      output.setOutputs({ passed: 'true' })
    )

    expect(run.result).toMatch(said)
  })

  it('writes the summary as HTML that shows server text as text', async () => {
    const summaryFile = join(scratch, 'summary')
    const { output } = runnerOutput()
    await inProcess({ GITHUB_STEP_SUMMARY: summaryFile }, () =>
      output.summary({
        heading: '<b>heading</b>',
        rows: [
          ['Field', 'Value'],
          ['Server message', '<script>x</script>\nsecond line']
        ]
      })
    )

    const html = await readFile(summaryFile, 'utf8')
    expect(html).not.toContain('<script>')
    expect(summaryRows(html)).toEqual([
      ['Field', 'Value'],
      ['Server message', '<script>x</script>\nsecond line']
    ])
  })
})

describe("the CLI's output object", () => {
  function terminalOutput() {
    let stdout = ''
    let stderr = ''
    const output = new TerminalOutput([key], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text)
    })
    return { output, stdout: () => stdout, stderr: () => stderr }
  }

  it.each(hostile)(
    'prints %s on stdout and stderr as text, never as a runner command or a control character',
    (_name, text) => {
      const { output, stdout, stderr } = terminalOutput()
      output.out(text)
      output.err(text)
      output.error({ title: text, message: text, nextStep: text })

      expect(runnerCommands(stdout())).toEqual([])
      expect(runnerCommands(stderr())).toEqual([])
      expect(stdout() + stderr()).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/
      )
    }
  )

  it('redacts the key, and prints a failure with its title once', () => {
    const { output, stdout, stderr } = terminalOutput()
    output.out(JSON.stringify({ echoed: key }))
    output.error({
      title: 'Diffio rejected the API key (401)',
      message: `key ${key} is not valid`,
      nextStep: 'Check DIFFIO_API_KEY.'
    })

    expect(stdout()).toBe('{"echoed":"***"}\n')
    expect(stderr().match(/rejected the API key/g)).toHaveLength(1)
    expect(stderr()).toMatch(/^error: Diffio rejected the API key \(401\)\n/)
    expect(stderr()).not.toContain(key)
  })
})
