// The physical floor for one step: a bare Node script that makes the same POST with the built-in
// fetch and writes one output line, nothing else.
import { appendFileSync } from 'node:fs'

const response = await fetch(`${process.env['INPUT_BASE-URL']}/v1/webhooks/send_test_event`, {
  method: 'POST',
  headers: {
    authorization: `Bearer ${process.env['INPUT_API-KEY']}`,
    'content-type': 'application/json',
    accept: 'application/json'
  },
  body: JSON.stringify({ eventType: process.env['INPUT_EVENT-TYPE'], mode: process.env.INPUT_MODE })
})
const body = await response.json()
appendFileSync(process.env.GITHUB_OUTPUT, `svix-message-id=${body.svixMessageId}\n`)
