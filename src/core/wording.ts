/** "a, b or c": values listed in a sentence. */
export function listed(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${conjunction} ${values.at(-1)}`
}
