#!/usr/bin/env node
// The `soat` command: runs the TypeScript CLI through tsx, so `npx soat` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
