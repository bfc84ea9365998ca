#!/usr/bin/env node
// Runs startHarness.ts through tsx (as bin/soat.mjs runs the CLI), for scripts/start.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./startHarness.ts');
