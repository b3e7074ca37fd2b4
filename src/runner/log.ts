import * as core from '@actions/core'
import type { EventType } from '../shared/contract.js'
import type { DescribedRequest, EventResult } from '../send-test-event/run.js'

/**
 * How each event type's lines reach the step log. One event type streams into its group as it goes,
 * so a long receipt wait, or a cancelled step, still shows what Diffio answered. Several go in one
 * group each once they are done, so their lines do not interleave.
 */
export class EventLog {
  private streaming = false

  sending(requests: DescribedRequest[]): void {
    if (requests.length !== 1) return
    this.streaming = true
    this.open(requests[0]!)
  }

  line(text: string, eventType?: EventType): void {
    if (eventType === undefined || this.streaming) core.info(text)
  }

  done(results: EventResult[]): void {
    if (this.streaming) return core.endGroup()
    for (const result of results) {
      this.open(result.request)
      for (const line of result.log) core.info(line)
      core.endGroup()
    }
  }

  private open(request: DescribedRequest): void {
    core.startGroup(`${request.eventType} (${request.mode}): ${request.line}`)
    core.info(`Body: ${request.body}`)
    core.debug(request.full)
  }
}
