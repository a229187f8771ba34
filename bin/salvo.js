#!/usr/bin/env node
// The published CLI runs the bundled build in dist/cli/, which a test keeps
// identical to a fresh build of src/. Node's compile cache (in the OS temp
// directory) spares every later run most of the bundle's compile time: about
// 40 ms of a cold start measured by bench/ (case 4).
import * as nodeModule from 'node:module';
import { nodeVersionProblem } from './require-node.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
nodeModule.enableCompileCache?.();
await import('../dist/cli/index.js');
