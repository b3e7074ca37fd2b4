import {
  deliveryChecks,
  diagnosticChecks,
  expectation,
  headerFamilies,
  receiptChecks
} from '../check-receiver/deliveries.js'
import { checkWords } from '../check-receiver/explain.js'
import { checkInputDefaults } from '../check-receiver/settings.js'
import { eventTypes, receiverTimeLimitSeconds } from '../shared/contract.js'
import { receiptPlaceholders } from '../shared/receipt-protocol.js'
import { listed } from '../shared/wording.js'
import { option } from './help-columns.js'

/** The one place the signing secret comes from in a terminal. */
export const secretVariable = 'DIFFIO_WEBHOOK_SECRET'
/** The receipt token too, as for diffio-send-test-event. */
export const receiptTokenVariable = 'DIFFIO_RECEIPT_TOKEN'

const line = (
  check:
    | (typeof deliveryChecks)[number]
    | (typeof receiptChecks)[number]
    | (typeof diagnosticChecks)[number]
) =>
  option(
    `${expectation(check).padEnd(12)}  ${check.padEnd(25)}`,
    checkWords(check, 'svix').description,
    43
  )

export const usage = `Usage: diffio-check-receiver --url <url> [options]

Checks that a deployed webhook receiver verifies Diffio's Svix signatures as
Svix signs them: posts sample events straight to the receiver (not through
Diffio), one at a time, and prints the results as one line of JSON. A receiver
must accept the genuine deliveries and refuse the forged ones:
${deliveryChecks.map(line).join('\n')}
With --receipt-url, its receipt route is asked afterwards:
${receiptChecks.map(line).join('\n')}
When the first genuine delivery is refused, or answered 408, 429 or 5xx, no
forgery is sent; these tell why:
${diagnosticChecks.map(line).join('\n')}

The endpoint's signing secret (whsec_...) is read only from ${secretVariable}:
a flag would land in shell history and process lists. It is not a Diffio API key.

Options:
  --url <url>               the receiver's webhook URL (https, or http on loopback)
${option('--event-type <type>', `event the sample deliveries carry (default: ${checkInputDefaults['event-type']}): ${listed(eventTypes)}`)}
  --timeout-seconds <s>     time limit for each answer, at most ${receiverTimeLimitSeconds}, the time Svix
                            gives a receiver (default: ${checkInputDefaults['timeout-seconds']}); with --receipt-url,
                            also how long the genuine event's receipt is waited for
  --headers <names>         ${listed(headerFamilies)}: svix-* header names, as Diffio sends, or the
                            Standard Webhooks webhook-* names (default: ${checkInputDefaults.headers})
  --receipt-url <url>       the receiver's receipt URL, with ${listed(receiptPlaceholders.slice(0, 2))}
                            where the id goes: checks that it recorded the genuine event and
                            no forged one
  -h, --help                show this help
  -v, --version             show the version

Environment:
  ${secretVariable}     the endpoint's signing secret (required)
  ${receiptTokenVariable}      sent to --receipt-url as Authorization: Bearer
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                            proxy settings (lower case too), honoured as usual

Exit codes: 0 every check passed, 1 a check failed or the receiver could not be
reached, 2 usage or invalid input.
`
