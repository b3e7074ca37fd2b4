/**
 * What a GitHub runner takes for commands in a step's output, as it reads it: a line (ended by LF, CR
 * or CRLF) that starts with `::` after whitespace, or that holds `##[name ...]` anywhere; after
 * `::stop-commands::token`, nothing until `::token::`. Any name counts here, registered with the
 * runner or not, so a test that finds only the action's own commands finds no forged one.
 */

export interface RunnerCommand {
  command: string
  /** What follows the name inside the markers: `title=...` */
  properties: string
  data: string
}

export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  let resumeToken: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (resumeToken !== undefined) {
      if (line.trim() === `::${resumeToken}::`) resumeToken = undefined
      continue
    }
    const command = parseV2(line) ?? parseV1(line)
    if (command === undefined) continue
    commands.push(command)
    if (command.command === 'stop-commands') resumeToken = command.data
  }
  return commands
}

function split(info: string, data: string): RunnerCommand | undefined {
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  return command === ''
    ? undefined
    : { command, properties: space < 0 ? '' : info.slice(space + 1), data }
}

function parseV2(line: string): RunnerCommand | undefined {
  const trimmed = line.trimStart()
  if (!trimmed.startsWith('::')) return undefined
  const end = trimmed.indexOf('::', 2)
  return end < 0 ? undefined : split(trimmed.slice(2, end), trimmed.slice(end + 2))
}

function parseV1(line: string): RunnerCommand | undefined {
  const start = line.indexOf('##[')
  const end = start < 0 ? -1 : line.indexOf(']', start)
  return end < 0 ? undefined : split(line.slice(start + 3, end), line.slice(end + 1))
}
