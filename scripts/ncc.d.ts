declare module '@vercel/ncc' {
  interface NccOptions {
    quiet?: boolean
    license?: string
    minify?: boolean
  }
  interface NccAsset {
    source: string | Buffer
    permissions?: number
  }
  export default function ncc(
    entry: string,
    options?: NccOptions
  ): Promise<{ code: string; map?: string; assets: Record<string, NccAsset> }>
}
