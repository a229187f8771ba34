#!/usr/bin/env node
// The published CLI: checks the Node version, then imports the bundled build
// in dist/cli/ (an ES module, like the action's dist/index.js), which
// `npm run check:dist` keeps identical to a fresh build of src/.
import module from 'node:module';
import { nodeVersionProblem } from './require-node.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
// Node's own compile cache (in the OS temp directory unless NODE_COMPILE_CACHE
// says where; NODE_DISABLE_COMPILE_CACHE turns it off): later runs skip most
// of parsing the bundle.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
// Loaded only now: the bundle uses syntax and APIs an older Node lacks.
await import('../dist/cli/index.js');
