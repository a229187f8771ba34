// The action's entry (action.yml runs dist/index.js, bundled from here).
import { run } from './main.ts';

await run();
