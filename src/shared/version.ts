import packageJson from '../../package.json' with { type: 'json' }

export const version: string = packageJson.version
export const userAgent = `diffio-send-test-event/${version} node/${process.versions.node}`
