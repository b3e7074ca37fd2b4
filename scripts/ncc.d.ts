declare module '@vercel/ncc' {
  interface NccOptions {
    quiet?: boolean
    license?: string
    minify?: boolean
    /** A folder for webpack's build cache, or false for none. */
    cache?: string | false
  }
  interface NccAsset {
    source: string | Buffer
    permissions?: number
  }
  /** The part of webpack's Stats this project reads. */
  interface NccStats {
    toJson(options: { all: false; chunks?: true; modules?: true; nestedModules?: true }): {
      chunks?: { initial: boolean; names?: string[]; files?: string[] }[]
      modules?: { name?: string; modules?: unknown[] }[]
    }
  }
  export default function ncc(
    entry: string,
    options?: NccOptions
  ): Promise<{ code: string; map?: string; assets: Record<string, NccAsset>; stats: NccStats }>
}
