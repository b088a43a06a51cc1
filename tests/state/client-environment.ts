/**
 * Vitest's node environment, with modules transformed for the client: the Svelte plugin then
 * compiles runes for the browser runtime, in which `$effect` runs (on the server it never does).
 */
import { builtinEnvironments, type Environment } from 'vitest/environments';

export default {
  ...builtinEnvironments.node,
  name: 'node-client',
  viteEnvironment: 'client',
} satisfies Environment;
