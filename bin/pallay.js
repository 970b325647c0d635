#!/usr/bin/env node
// The `pallay` command: loads the TypeScript CLI through tsx so a fresh clone runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
