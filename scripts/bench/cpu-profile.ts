import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** The parts of V8's .cpuprofile format (written by node --cpu-prof) that this reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Where a sample's time goes, by the frame it was taken in (self time, not counting callees). */
export const categories = [
  'V8 compiling the script (dist/*.js or floor.mjs)',
  'loading Node built-ins',
  "running Node's built-in JS (the floor's fetch is Node's own undici)",
  "running the script's JS",
  'garbage collection',
  'idle: waiting for the server or the disk',
  'native code and start-up before the first sample'
] as const
export type Category = (typeof categories)[number]

function categoryOf({ functionName, url }: CpuProfile['nodes'][number]['callFrame']): Category {
  if (functionName === 'compileSourceTextModule' || functionName === 'compileFunction')
    return categories[0]
  if (functionName === 'compileForInternalLoader' || functionName === 'internalBinding')
    return categories[1]
  if (url.startsWith('node:')) return categories[2]
  if (url.startsWith('file:')) return categories[3]
  if (functionName === '(garbage collector)') return categories[4]
  if (functionName === '(idle)') return categories[5]
  return categories[6]
}

export interface ProfileSummary {
  /** ms per category, one entry per profile. */
  byCategory: Map<Category, number[]>
  /** The profiles' spans, from the profiler's start to the process's end, in ms. */
  spansMs: number[]
  /** Mean self time per function over all profiles, in ms, largest first. */
  topFunctions: { name: string; ms: number }[]
}

/** Reads every .cpuprofile in a folder and sums each one's self time by category and by function. */
export async function summarizeProfiles(folder: string): Promise<ProfileSummary> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.cpuprofile'))
  const byCategory = new Map<Category, number[]>(categories.map((category) => [category, []]))
  const byFunction = new Map<string, number>()
  const spansMs: number[] = []
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(folder, file), 'utf8')) as CpuProfile
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
    const selfMs = new Map<number, number>()
    profile.samples.forEach((id, index) =>
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
    )
    const perCategory = new Map<Category, number>()
    for (const [id, ms] of selfMs) {
      const frame = frames.get(id)!
      const category = categoryOf(frame)
      perCategory.set(category, (perCategory.get(category) ?? 0) + ms)
      const where =
        frame.url === ''
          ? ''
          : ` (${frame.url.startsWith('file:') ? basename(frame.url) : frame.url}:${frame.lineNumber + 1})`
      const name = `${frame.functionName || '(anonymous)'}${where}`
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms / files.length)
    }
    for (const category of categories)
      byCategory.get(category)!.push(perCategory.get(category) ?? 0)
    spansMs.push((profile.endTime - profile.startTime) / 1000)
  }
  const topFunctions = [...byFunction]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
  return { byCategory, spansMs, topFunctions }
}
