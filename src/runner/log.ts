import type { EventType } from '../shared/contract.js'
import type { DescribedRequest, EventResult } from '../send-test-event/results.js'
import type { RunnerOutput } from './output.js'

/**
 * How each event type's lines reach the step log. One event type streams into its group as it goes,
 * so a long receipt wait, or a cancelled step, still shows what Diffio answered. Several go in one
 * group each once they are done, so their lines do not interleave.
 */
export class EventLog {
  private readonly output: RunnerOutput
  private streaming = false

  constructor(output: RunnerOutput) {
    this.output = output
  }

  sending(requests: DescribedRequest[]): void {
    if (requests.length !== 1) return
    this.streaming = true
    this.open(requests[0]!)
  }

  line(text: string, eventType?: EventType): void {
    if (eventType === undefined || this.streaming) this.output.info(text)
  }

  done(results: EventResult[]): void {
    if (this.streaming) return this.output.endGroup()
    for (const result of results) {
      this.open(result.request)
      for (const line of result.log) this.output.info(line)
      this.output.endGroup()
    }
  }

  private open(request: DescribedRequest): void {
    this.output.group(`${request.eventType} (${request.mode}): ${request.line}`)
    this.output.info(`Body: ${request.body}`)
    this.output.debug(request.full)
  }
}
