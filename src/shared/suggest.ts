/** The candidate a likely typo was meant to be, if exactly one is close enough. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const typed = value.toLowerCase()
  // A part of a name typed on its own ("completed", "proc") counts when it picks out one candidate.
  const byPart = candidates.filter((candidate) =>
    candidate.split('.').some((part) => part.startsWith(typed))
  )
  if (typed.length >= 3 && byPart.length === 1) return byPart[0]
  const near = candidates.filter(
    (candidate) => editDistance(typed, candidate) <= allowedEdits(candidate)
  )
  return near.length === 1 ? near[0] : undefined
}

/**
 * How many edits a typo of a candidate may have: a quarter of it, and no more than a third of its
 * last dotted part, which tells it from names that share the rest (`generation.started` is four
 * edits
 * from `generation.failed`, two more than a typo of `failed` has). At least one.
 */
function allowedEdits(candidate: string): number {
  const distinctive = candidate.split('.').at(-1)!
  return Math.max(1, Math.min(Math.floor(candidate.length / 4), Math.floor(distinctive.length / 3)))
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!
      const above = rows[i - 1]!
      row[j] = Math.min(
        above[j]! + 1,
        row[j - 1]! + 1,
        above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
      }
    }
  }
  return rows[a.length]![b.length]!
}

/**
 * The name a misspelt one was meant to be, ignoring case, hyphens and underscores (`eventType`,
 * `event_type`), or a near miss of it; undefined when none is close.
 */
export function meantName<T extends string>(typed: string, names: readonly T[]): T | undefined {
  const squash = (name: string) => name.toLowerCase().replace(/[-_ ]/g, '')
  const squashed = names.map(squash)
  const match = squashed.indexOf(squash(typed))
  if (match >= 0) return names[match]
  const near = closest(squash(typed), squashed)
  return near === undefined ? undefined : names[squashed.indexOf(near)]
}

/**
 * The one name that shares a word with the typed one (`events` → `event-type`, `payload` →
 * `sample-payload`), plurals counted as the word; undefined when none or several do.
 */
export function nameSharingAWord<T extends string>(
  typed: string,
  names: readonly T[]
): T | undefined {
  const words = (name: string) =>
    name
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_ ]+/)
      .map((word) => word.replace(/s$/, ''))
  const typedWords = new Set(words(typed).filter((word) => word.length >= 3))
  const sharing = names.filter((name) => words(name).some((word) => typedWords.has(word)))
  return sharing.length === 1 ? sharing[0] : undefined
}
