// Every way into the project, in one bundle that dist/'s small entry files import (scripts/bundle.ts).
export { run as runAction } from './runner/send-test-event.js'
export { runCli } from './terminal/send-test-event.js'
export { runCheckReceiverAction } from './runner/check-receiver.js'
export { runCheckReceiverCli } from './terminal/check-receiver.js'
