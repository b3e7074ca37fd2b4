// Every way into the project, in one bundle that dist/'s small entry files import (scripts/bundle.ts).
export { run as runAction } from './action/main.js'
export { runCli } from './cli/main.js'
export { runCheckReceiverAction } from './check-receiver/action.js'
export { runCheckReceiverCli } from './check-receiver/cli.js'
