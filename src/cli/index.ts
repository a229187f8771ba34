// What `node src/cli/index.ts` runs (the tests and development). The published
// CLI runs the bundle of start.ts through bin/salvo.js.
import { startCli } from './start.ts';

startCli();
