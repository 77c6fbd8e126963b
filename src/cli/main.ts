/**
 * The `klyngeregler` command line (placeholder until the CLI capability lands).
 */
process.stderr.write('usage: klyngeregler report <file.json> [--format text|markdown|json] [--lang da|en]\n');
process.exitCode = 2;
