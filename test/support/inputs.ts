import { inputDefaults, type InputName, type RawInputs } from '../../src/send-test-event/inputs.js'
import { parseSettings, type Settings } from '../../src/send-test-event/settings.js'
import type { InputIssue } from '../../src/shared/input-readers.js'

/** A usable key that is no one's: 16 characters or more, visible ASCII. */
export const testKey = 'diffio_live_s3cr3t_key_0123'

/** The raw inputs as the runner passes them: action.yml's defaults, a key, and the overrides. */
export function rawInputs(overrides: Partial<RawInputs> = {}): RawInputs {
  return { 'api-key': testKey, ...inputDefaults, ...overrides }
}

/** The settings parseSettings reads from these inputs, with its warnings; throws when it refuses them. */
export function acceptedSettings(
  raw: RawInputs,
  strays: readonly string[] = []
): { settings: Settings; warnings: InputIssue<InputName>[] } {
  const reading = parseSettings(raw, strays)
  if (!reading.ok)
    throw new Error(
      `parseSettings refused the inputs: ${reading.issues.map((issue) => `${issue.input} ${issue.problem}`).join('; ')}`
    )
  return reading
}

/** The problems parseSettings reports for these inputs; throws when it accepts them. */
export function refusedInputs(
  raw: RawInputs,
  strays: readonly string[] = []
): InputIssue<InputName>[] {
  const reading = parseSettings(raw, strays)
  if (reading.ok) throw new Error(`parseSettings accepted ${JSON.stringify(raw)}`)
  return reading.issues
}
