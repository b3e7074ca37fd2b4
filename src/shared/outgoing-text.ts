import type { Redactor } from './redact.js'

/**
 * Text as it may leave the program, for both shells: secrets removed, and nothing in it that a
 * GitHub
 * runner or a terminal would act on. The runner parses a line that starts with `::` (after
 * whitespace) and `##[` anywhere in a line as commands; C0 and C1 control characters (U+009B is a
 * terminal escape on its own) and U+2028/U+2029 could start a new line or move the cursor.
 */

/**
 * The most characters one line of a log, a summary or a terminal shows: a server's 1 MiB body must
 * not become a 1 MB line.
 */
export const maxLineLength = 8192

/** The most characters one step output holds: GitHub allows 1 MB of outputs for a whole job. */
export const maxOutputLength = 65536

const controlCharacters = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]+/g

/**
 * Text with its control characters as spaces, and no runner command in any of its lines; the line
 * breaks (LF) kept.
 */
export function neutralised(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(controlCharacters, ' ')
    .replace(/##\[/g, '# #[')
    .replace(/^([^\S\n]*)::/gm, '$1: :')
}

/**
 * Text cut to `limit` characters, never inside a surrogate pair, and how many characters were left
 * out.
 */
export function capped(text: string, limit: number): { text: string; cut: number } {
  if (text.length <= limit) return { text, cut: 0 }
  const end = /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit
  return { text: text.slice(0, end), cut: text.length - end }
}

/** A line as a log shows it: cut to maxLineLength, saying so. */
function cappedLine(line: string): string {
  const { text, cut } = capped(line, maxLineLength)
  return cut === 0 ? text : `${text} ... (${cut} more characters not shown)`
}

/** What a shell prints: redacted, neutralised, each line capped. */
export function outgoingLines(text: string, redact: Redactor): string[] {
  return neutralised(redact(text)).split('\n').map(cappedLine)
}
