#!/usr/bin/env node
// The `deck` command: runs the TypeScript CLI through tsx, so no compile step is needed.
import { register } from 'tsx/esm/api';

// `deck outline x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
