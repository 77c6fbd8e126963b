/**
 * Builds the static site into site/dist/: index.html, style.css and app.js,
 * one classic script (IIFE) with the library and the data inlined, so the
 * page works from file:// and any static host. Usage: tsx site/build.ts
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { collectSiteData } from './collect.js';
import { distSizes, SIZE_LIMIT } from './size.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(import.meta.dirname, 'dist');

/** `site:data` (the collected data as JSON) and `site:params` (every module of src/params). */
function generated(): Plugin {
  const paramsDir = join(ROOT, 'src', 'params');
  return {
    name: 'site-generated',
    setup(b) {
      b.onResolve({ filter: /^site:(data|params)$/ }, (args) => ({ path: args.path, namespace: 'site' }));
      b.onLoad({ filter: /^site:data$/, namespace: 'site' }, () => ({ contents: JSON.stringify(collectSiteData()), loader: 'json' }));
      b.onLoad({ filter: /^site:params$/, namespace: 'site' }, () => {
        const files = readdirSync(paramsDir).filter((f) => f.endsWith('.ts')).sort();
        const lines = files.map((f, i) => `import * as m${i} from ${JSON.stringify(join(paramsDir, f))};`);
        lines.push(`export default { ${files.map((f, i) => `${JSON.stringify(f.replace(/\.ts$/, ''))}: m${i}`).join(', ')} };`);
        return { contents: lines.join('\n'), loader: 'ts', resolveDir: paramsDir };
      });
    },
  };
}

const INDEX = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'">
<title>Klyngeregler</title>
<link rel="stylesheet" href="style.css">
<script src="app.js" defer></script>
</head>
<body>
<header id="top"></header>
<main id="main"><noscript>Siden kræver JavaScript: reglerne beregnes i browseren. / The page needs JavaScript: the rules are computed in the browser.</noscript></main>
<footer id="foot"></footer>
</body>
</html>
`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: [join(import.meta.dirname, 'src', 'main.ts')],
  outfile: join(OUT, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  plugins: [generated()],
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'index.html'), INDEX);
copyFileSync(join(import.meta.dirname, 'style.css'), join(OUT, 'style.css'));

const sizes = distSizes(OUT);
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
for (const s of sizes) console.log(`${s.file.padEnd(12)} ${(s.bytes / 1024).toFixed(1).padStart(7)} kB  gzip ${(s.gzip / 1024).toFixed(1).padStart(6)} kB`);
console.log(`total gzip ${(total / 1024).toFixed(1)} kB of ${SIZE_LIMIT / 1000} kB allowed`);
if (total > SIZE_LIMIT) {
  console.error(`site/dist is ${total} bytes gzipped, above the ${SIZE_LIMIT}-byte limit`);
  process.exit(1);
}
