/**
 * `@motcua/contract/routes`: what a client needs at run time (the route table and path building) and nothing
 * else, so a browser bundle calling the API carries no zod. Types come from `@motcua/contract` via `import type`.
 */
export { buildPath } from './endpoint.js';
export { type Route, type RouteId, routes } from './routes.generated.js';
