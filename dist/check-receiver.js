import { runCheckReceiverAction } from './bundle.js'

await runCheckReceiverAction()
