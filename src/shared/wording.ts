/** "a, b or c": values listed in a sentence. */
export function listed(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${conjunction} ${values.at(-1)}`
}

/** "1 poll", "6 polls": a count with its noun. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Text that ends a sentence: with a full stop unless it has one. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`
}
