// Every way into the project, in one bundle that dist/'s small entry files import (scripts/bundle.ts).
export { run as runAction } from './action/main.js'
export { runCli } from './cli/main.js'
