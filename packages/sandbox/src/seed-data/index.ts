/**
 * The sandbox's deterministic seed data: agencies of three provinces, a procedure catalogue with e-forms, a
 * population registry, demo personas and API keys, and the magic values that make emulated parties fail.
 * Pure data and lookups: no I/O, no clock, no randomness, so every run seeds the same world.
 */
export * from './agencies.js';
export * from './personas.js';
export * from './population.js';
export * from './procedures/index.js';
export * from './scenarios.js';
