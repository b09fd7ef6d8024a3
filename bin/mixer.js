#!/usr/bin/env node
// Loads the built CLI; the only place besides src/main.ts that knows about the process.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
