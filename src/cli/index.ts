// What `salvo` runs: `node src/cli/index.ts` from the sources (the tests and
// development), and the bundle of this file (dist/cli/index.js), which the
// published bin/salvo.js imports after its Node version check.
import { startCli } from './start.ts';

startCli();
