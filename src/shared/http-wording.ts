import { connectCodes, type UnusableProxy } from '../http/dispatcher.js'
import { maxBodyBytes, type BodyProblem, type NoAnswer } from '../http/request.js'
import { retryableStatuses } from '../http/retry.js'
import { oneLine } from './server-text.js'

/**
 * The floor's values in words, for every product's explanations. Raw server text is put on one
 * line; the shells redact.
 */

/** "1.005" for 1004.9999999999999 ms: a time limit as the user typed it. */
export function seconds(ms: number): string {
  return String(Number((ms / 1000).toPrecision(12)))
}

/** What each error code says happened, for the no-answers a later attempt may not meet. */
const codePhrases: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  UND_ERR_SOCKET: 'the connection was closed before a complete answer',
  ENOTFOUND: 'the host name could not be resolved (DNS)',
  EAI_AGAIN: 'the DNS lookup failed for now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable'
}

/** What a reason says happened, when its error carried no code of the list above. */
const reasonPhrases: Partial<Record<NoAnswer['reason'], string>> = {
  refused: 'the connection was refused',
  reset: 'the connection was reset',
  dns: 'the host name could not be resolved (DNS)',
  unreachable: 'the host is unreachable'
}

/** Why no answer came from `host` (host:port), as one sentence. */
export function describeNoAnswer(noAnswer: NoAnswer, host: string): string {
  const detail = oneLine(noAnswer.detail)
  switch (noAnswer.reason) {
    case 'timed-out':
      return `The attempt timed out after ${seconds(noAnswer.timeLimitMs ?? 0)} s waiting for an answer.`
    case 'proxy':
      return describeProxyFailure(noAnswer, host)
    case 'not-http':
      return `${host} answered with something that is not valid HTTP (${detail}).`
    case 'tls-untrusted':
      return `Could not reach ${host}: its TLS certificate is not trusted (${detail}). If your network uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate file.`
    case 'tls-handshake': {
      // OpenSSL's text carries its source path; its reason ("wrong version number") is what a
      // reader needs.
      const reason = /routines:[^:]*:([^:]+)/.exec(detail)?.[1] ?? detail
      return `Could not reach ${host}: the TLS handshake failed (${reason}). Check that this port speaks https.`
    }
    case 'other':
      return `Could not reach ${host}: ${detail}.`
  }
  const phrase = codePhrases[noAnswer.code ?? ''] ?? reasonPhrases[noAnswer.reason]
  return `Could not reach ${host}: ${phrase} (${detail}).`
}

function describeProxyFailure({ proxyStatus, code }: NoAnswer, host: string): string {
  if (proxyStatus === 407)
    return `The proxy refused to open a tunnel to ${host}: it wants credentials, which go in the proxy URL (http://user:password@proxy:port).`
  if (proxyStatus !== undefined)
    return `The proxy refused to open a tunnel to ${host}: it answered ${proxyStatus}.`
  if (code === connectCodes.proxySentData)
    return `The proxy opened a tunnel to ${host}, then put data of its own into it before any request, which no HTTP server does.`
  return `The proxy closed the connection instead of opening a tunnel to ${host}.`
}

/** What is wrong with a body, to follow "the body": "broke off after 22 bytes (...)". */
export function bodyProblemClause(problem: BodyProblem): string {
  switch (problem.kind) {
    case 'cut-short':
      return `broke off after ${problem.receivedBytes} bytes (${oneLine(problem.detail)})`
    case 'too-large':
      return `was not read: ${tooLargeBecause(problem)}${problem.how === 'declared' ? `, more than ${maxBodyBytes}` : ''}`
    case 'too-slow':
      return `stopped arriving after ${problem.receivedBytes} bytes, when the attempt's ${seconds(problem.timeLimitMs)} s ran out`
    case 'undecodable':
      return `cannot be read: ${undecodableBecause(problem)}`
  }
}

/** Why an answer's body cannot be used, as one sentence about the answer with that status. */
export function describeBodyProblem(problem: BodyProblem, status: number): string {
  switch (problem.kind) {
    case 'cut-short':
      return `The ${status} answer's body broke off after ${problem.receivedBytes} bytes (${oneLine(problem.detail)}).`
    case 'too-large':
      return `The ${status} answer's body is larger than ${maxBodyBytes} bytes (${tooLargeBecause(problem)}), so it was not read.`
    case 'too-slow':
      return `The attempt timed out after ${seconds(problem.timeLimitMs)} s reading the ${status} answer's body.`
    case 'undecodable':
      return `The ${status} answer's body cannot be read: ${undecodableBecause(problem)}.`
  }
}

function tooLargeBecause(problem: Extract<BodyProblem, { kind: 'too-large' }>): string {
  if (problem.how === 'declared') return `it declared ${problem.declaredBytes} bytes`
  return `more than ${maxBodyBytes} bytes ${problem.how === 'arrived' ? 'arrived' : 'once decompressed'}`
}

function undecodableBecause({
  coding,
  corrupt
}: Extract<BodyProblem, { kind: 'undecodable' }>): string {
  return corrupt
    ? `its ${coding} encoding is corrupt`
    : `it is encoded as ${JSON.stringify(coding)}, which this tool cannot decode`
}

/** Proxy variables that are not URLs, and what they must be. */
export function describeUnusableProxy({ variable, detail }: UnusableProxy): string {
  return `The proxy settings cannot be used: ${oneLine(detail)}. ${variable} and the other proxy variables must be URLs such as http://proxy.example.com:3128.`
}

/** What is retried, in words, for help texts and docs. */
export const retriedFaults = `${[...retryableStatuses].join(', ')}, time-outs, refused or dropped connections and DNS failures`
