/** Where the descriptions of --help's options start, and the width no line of --help passes. */
const descriptionColumn = 28
const helpWidth = 100

/**
 * One option (or row) of --help: the flag, then its description from column 28 unless told, broken
 * between words so that lists built from constants (event types, statuses) keep within 100 columns
 * whatever they hold.
 */
export function option(
  flag: string,
  description: string,
  column: number = descriptionColumn
): string {
  const lines: string[] = []
  let line = ''
  for (const word of description.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && column + line.length + 1 + word.length > helpWidth) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  const indent = ' '.repeat(column)
  const head = `  ${flag}`
  const first = head.length < column ? `${head.padEnd(column)}${lines.shift()}` : head
  return [first, ...lines.map((text) => indent + text)].join('\n')
}
