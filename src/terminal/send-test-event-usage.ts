import { eventTypes, modes } from '../shared/contract.js'
import {
  allEventTypes,
  inputDefaults,
  maxRetriesLimit,
  maxTimeoutSeconds,
  maxWaitSeconds
} from '../send-test-event/inputs.js'
import { retriedFaults } from '../shared/http-wording.js'
import { listed } from '../shared/wording.js'
import { option } from './help-columns.js'

export const usage = `Usage: diffio-send-test-event [options]

Asks Diffio to deliver a sample generation.* webhook event to the endpoints
configured for your API key, and prints how it went as one line of JSON per
event type. With --receipt-url it also waits until your receiver confirms it
got the event.

The API key is read only from the DIFFIO_API_KEY environment variable: a flag
would land in shell history and process lists.

Options:
${option(
  '--event-type <types>',
  `event to send (default: ${inputDefaults['event-type']}): ${listed(eventTypes)}; ${allEventTypes} for every one; or several, separated by commas or new lines or by repeating the flag`
)}
  --mode <mode>             ${listed(modes)}: which endpoints receive the event (default: ${inputDefaults.mode})
  --api-key-id <id>         target another key of the account (admin keys only)
  --sample-payload <json>   JSON object merged into the generated payload
  --base-url <url>          API origin (default: $DIFFIO_API_BASE_URL or ${inputDefaults['base-url']})
  --timeout-seconds <s>     time limit for one attempt, at most ${maxTimeoutSeconds} (default: ${inputDefaults['timeout-seconds']})
${option('--max-retries <n>', `retries after the first attempt on ${retriedFaults}, 0 to ${maxRetriesLimit} (default: ${inputDefaults['max-retries']})`)}
  --receipt-url <url>       the receiver's receipt URL, with {event-id} or {svix-message-id}
                            (also {event-type}, {mode}); wait until it answers 200
  --receipt-timeout-seconds <s>
                            how long to wait for each receipt, 1 to ${maxWaitSeconds} (default: ${inputDefaults['receipt-timeout-seconds']})
  --wait-for-url <url>      before sending, wait until this URL answers 2xx
  --wait-for-text <text>    ...and until its body contains this text, e.g. the commit SHA
                            of the new deployment (needs --wait-for-url)
  --wait-timeout-seconds <s>
                            how long to wait for it, 1 to ${maxWaitSeconds} (default: ${inputDefaults['wait-timeout-seconds']})
  --dry-run                 validate and print the request without sending it
  -h, --help                show this help
  -v, --version             show the version

Environment:
  DIFFIO_API_KEY            the Diffio API key (required, except for --dry-run)
  DIFFIO_RECEIPT_TOKEN      sent to --receipt-url as Authorization: Bearer
  DIFFIO_API_BASE_URL       default for --base-url
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                            proxy settings (lower case too), honoured as usual

Output: one line of JSON on stdout per event type sent (none when nothing was),
in the order given, with the same fields for one type as for several:
"svixMessageId", "eventId", "eventType", "mode" and "apiKeyId" from Diffio's
answer ("eventType" and "mode" as asked when Diffio gave none), "ok",
"statusCode" (null when no answer came), "attempts", "error" (the failure's
title) when it failed, and with --receipt-url a "receipt" object: {"delivered",
and once confirmed "latencyMs" and the receiver's JSON "answer"}.
So jq -r .receipt.delivered reads one type or all four.
Exit codes: 0 sent (and confirmed), 1 API, network or receipt failure,
2 usage or validation error (nothing sent).
`
