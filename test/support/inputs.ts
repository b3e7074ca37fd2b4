import { inputDefaults, type RawInputs } from '../../src/send-test-event/inputs.js'

/** A usable key that is no one's: 16 characters or more, visible ASCII. */
export const testKey = 'diffio_live_s3cr3t_key_0123'

/** The raw inputs as the runner passes them: action.yml's defaults, a key, and the overrides. */
export function rawInputs(overrides: Partial<RawInputs> = {}): RawInputs {
  return { 'api-key': testKey, ...inputDefaults, ...overrides }
}
