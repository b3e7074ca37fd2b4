#!/usr/bin/env node
import { runCli } from './bundle.js'

await runCli()
