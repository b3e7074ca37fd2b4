// The parts of undici this project and @actions/http-client use. undici's own index also loads its
// fetch, WebSocket, cache, EventSource and mock modules, about 400 KB that every start would
// compile
// and run for nothing. tsconfig.json's paths point "undici" here, for the bundle (ncc reads them)
// and
// for type-checking; vitest.config.ts does the same for the tests, so they run what the bundle
// runs.
// These are undici's internal paths: package.json pins undici exactly, and test/unit/undici.test.ts
// fails, naming the module, when an upgrade moves or renames one.
import buildConnector from 'undici/lib/core/connect.js'
import api from 'undici/lib/api/index.js'
import Agent from 'undici/lib/dispatcher/agent.js'
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js'
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import Pool from 'undici/lib/dispatcher/pool.js'
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js'

// What undici's index does first: a dispatcher's request() and connect() come from its API modules.
Object.assign(Dispatcher.prototype, api)

export { Agent, buildConnector, Dispatcher, EnvHttpProxyAgent, Pool, ProxyAgent }
