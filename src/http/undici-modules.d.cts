// undici's modules by path, typed with undici's own declarations: src/http/undici.ts imports these.
declare module 'undici/lib/api/index.js' {
  const api: object
  export default api
}
declare module 'undici/lib/core/connect.js' {
  export { default } from 'undici/types/connector.js'
}
declare module 'undici/lib/dispatcher/agent.js' {
  export { default } from 'undici/types/agent.js'
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  export { default } from 'undici/types/dispatcher.js'
}
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  export { default } from 'undici/types/env-http-proxy-agent.js'
}
declare module 'undici/lib/dispatcher/pool.js' {
  export { default } from 'undici/types/pool.js'
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  export { default } from 'undici/types/proxy-agent.js'
}
