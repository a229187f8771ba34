#!/usr/bin/env node
// The published CLI runs the bundled build in dist/cli/, which a test keeps
// identical to a fresh build of src/.
import '../dist/cli/index.js';
