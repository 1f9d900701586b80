export type { MotcuaContextValue, Theme } from './context.js';
export { useLocale, useMessages, useMotcua, useMotcuaClient, useT } from './hooks.js';
export { MotcuaProvider, type MotcuaProviderProps } from './MotcuaProvider.js';
