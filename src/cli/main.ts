/**
 * Entry point of the `klyngeregler` binary: wires {@link runCli} to the process.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
  env: process.env,
  stdin: () => readFileSync(0),
});
