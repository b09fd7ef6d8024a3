#!/usr/bin/env node
// Loads the built CLI; the only place besides src/main.ts that knows about the process.
// dist/bundle/ is dist/main.js and what it imports in a few files (scripts/bundle.mjs).
import { main } from '../dist/bundle/main.js';

// A closed pipe (`mixer list members | head`) ends the output quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

process.exitCode = await main(process.argv.slice(2));
