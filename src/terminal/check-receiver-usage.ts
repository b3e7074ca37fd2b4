import { checkNames, checks } from '../check-receiver/deliveries.js'
import { eventTypes, receiverTimeLimitSeconds } from '../shared/contract.js'
import { checkInputDefaults } from '../check-receiver/settings.js'
import { listed } from '../shared/wording.js'
import { option } from './help-columns.js'

/** The one place the signing secret comes from in a terminal. */
export const secretVariable = 'DIFFIO_WEBHOOK_SECRET'

export const usage = `Usage: diffio-check-receiver --url <url> [options]

Checks that a deployed webhook receiver accepts genuine Diffio deliveries and
refuses forged ones. Posts ${checkNames.length} sample events straight to the receiver (not through
Diffio), signed as Svix signs them, and prints the results as one line of JSON:
${checkNames.map((name) => `  ${checks[name].expected === 'accepted' ? 'accept' : 'refuse'}  ${checks[name].description}`).join('\n')}

The endpoint's signing secret (whsec_...) is read only from ${secretVariable}:
a flag would land in shell history and process lists. It is not a Diffio API key.

Options:
  --url <url>               the receiver's webhook URL (https, or http on loopback)
${option('--event-type <type>', `event the sample deliveries carry (default: ${checkInputDefaults['event-type']}): ${listed(eventTypes)}`)}
  --timeout-seconds <s>     time limit for each answer, at most ${receiverTimeLimitSeconds}, the time Svix
                            gives a receiver (default: ${checkInputDefaults['timeout-seconds']})
  -h, --help                show this help
  -v, --version             show the version

Environment:
  ${secretVariable}     the endpoint's signing secret (required)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                            proxy settings (lower case too), honoured as usual

Exit codes: 0 every check passed, 1 a check failed or the receiver could not be
reached, 2 usage or invalid input.
`
