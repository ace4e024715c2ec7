import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.base.ts';

// msw 3 needs a few Node 22 built-ins; the project still supports Node 20.19, so the tests add them first.
export default mergeConfig(base, defineConfig({ test: { setupFiles: ['./src/node20-test-polyfills.ts'] } }));
