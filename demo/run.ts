import { startReceiver, type Receiver } from '../examples/receiver/server.ts'
import { runAction, summaryAsText, type ActionRun } from './action-runner.ts'
import { startDiffioServer, testKeys, type DeliveryAttempt } from './diffio-server.ts'

// npm run demo: the whole round trip offline. The loopback Diffio server answers as Diffio does and
// delivers the event, signed as Svix signs it, to the reference receiver; the bundled action runs
// as a GitHub runner would and waits for the receiver's receipt. Nothing leaves this machine.

const [writer] = testKeys
// Made up for the demo: a signing secret and a receipt token that protect nothing.
const signingSecret = 'whsec_ZGVtby1zaWduaW5nLXNlY3JldC1mb3ItbnBtLXJ1bi1kZW1v'
const otherSecret = 'whsec_YW5vdGhlci1zZWNyZXQtdGhlLXJlY2VpdmVyLWRvZXMtbm90LWtub3c='
const receiptToken = 'demo_receipt_token_0123456789'

const receiverLog: string[] = []
const deliveryLog: string[] = []
const receiver = await startReceiver({
  secret: signingSecret,
  receiptToken,
  log: (line) => receiverLog.push(line)
})
// A second receiver that holds the wrong signing secret, as a misconfigured deploy would.
const misconfigured = await startReceiver({
  secret: otherSecret,
  receiptToken,
  log: (line) => receiverLog.push(line)
})
const diffio = await startDiffioServer({
  endpoints: {
    test: [{ url: receiver.webhookUrl, secret: signingSecret }],
    live: [{ url: misconfigured.webhookUrl, secret: signingSecret }]
  },
  onDeliveryAttempt: (attempt) => deliveryLog.push(describeAttempt(attempt))
})

function describeAttempt({
  svixMessageId,
  attempt,
  status,
  error,
  endpointUrl
}: DeliveryAttempt): string {
  return `POST ${endpointUrl} svix-id ${svixMessageId}, attempt ${attempt}: ${status ?? error}`
}

function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title} (exit code ${run.exitCode})\n`)
  console.log('--- step log')
  console.log(run.stdout.trimEnd())
  console.log('\n--- signed deliveries the Diffio server made (Svix would make these)')
  console.log(deliveryLog.splice(0).join('\n') || '(none)')
  console.log('\n--- what the receivers said')
  console.log(receiverLog.splice(0).join('\n') || '(nothing)')
  console.log('\n--- step outputs')
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`${name.padEnd(18)} ${value}`)
  console.log('\n--- job summary')
  console.log(summaryAsText(run.summary))
}

function inputs(target: Receiver, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'api-key': writer!.key,
    'base-url': diffio.url,
    'receipt-url': target.receiptUrl,
    'receipt-token': receiptToken,
    'sample-payload': '{"apiProjectId": "proj_demo"}',
    ...extra
  }
}

try {
  console.log(`Loopback Diffio server: ${diffio.url}`)
  console.log(`Reference receiver:     ${receiver.webhookUrl} (receipts at ${receiver.receiptUrl})`)
  show(
    'A test event, delivered, verified and confirmed by the receiver',
    await runAction(inputs(receiver))
  )
  await diffio.deliveriesSettled()
  show(
    'A live event to a receiver that holds the wrong signing secret: it refuses the delivery, so no receipt comes',
    await runAction(inputs(misconfigured, { mode: 'live', 'receipt-timeout-seconds': '3' }))
  )
  await diffio.deliveriesSettled()
  show(
    'The same step with a wrong key',
    await runAction({ 'api-key': 'diffio_live_wrong_0123456789', 'base-url': diffio.url })
  )
} finally {
  await diffio.close()
  await Promise.all([receiver.close(), misconfigured.close()])
}
