import { runAction, type ActionRun } from './action-runner.ts'
import { startDiffioServer, testKeys } from './diffio-server.ts'

// Runs the bundled action against the loopback Diffio server, as a GitHub runner would, and shows
// what a workflow would see. Nothing leaves this machine.

const [writer] = testKeys
const server = await startDiffioServer()

function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title} (exit code ${run.exitCode})\n`)
  console.log('--- step log')
  console.log(run.stdout.trimEnd())
  console.log('\n--- step outputs')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name.padEnd(16)} ${value}`)
  console.log('\n--- job summary')
  console.log(summaryAsText(run.summary))
}

/** The summary's HTML table as aligned text, for a terminal. */
function summaryAsText(html: string): string {
  return html
    .replace(/<h3>(.*?)<\/h3>/g, '$1\n')
    .replace(/<tr><t[hd]>(.*?)<\/t[hd]><t[hd]>(.*?)<\/t[hd]><\/tr>/g, (_, field: string, value: string) => `  ${field.padEnd(16)} ${value}\n`)
    .replace(/<br>/g, '\n                   ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trimEnd()
}

try {
  console.log(`Loopback Diffio server: ${server.url}`)
  show(
    'A test event, as in the quick start',
    await runAction({ 'api-key': writer!.key, 'base-url': server.url, 'sample-payload': '{"apiProjectId": "proj_demo"}' })
  )
  show('The same step with a wrong key', await runAction({ 'api-key': 'diffio_live_wrong', 'base-url': server.url }))
} finally {
  await server.close()
}
