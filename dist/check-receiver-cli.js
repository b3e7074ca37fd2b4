#!/usr/bin/env node
import { runCheckReceiverCli } from './bundle.js'

await runCheckReceiverCli()
