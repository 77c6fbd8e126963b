/**
 * The TypeScript code blocks of README.md and docs/guide.md compile as
 * written against the sources (`klyngeregler` → src/index.ts,
 * `klyngeregler/render` → src/render/index.ts), each block as its own module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function tsBlocks(file: string): { name: string; code: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^( *)```ts\n([\s\S]*?)^\1```/gm)].map((m, i) => ({
    name: `${file.replace(/[/.]/g, '_')}_${i + 1}.ts`,
    code: m[2]!.replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  }));
}

describe('code in the documentation', () => {
  const blocks = [...tsBlocks('README.md'), ...tsBlocks('docs/guide.md')];

  it('finds the blocks', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('compiles as written', { timeout: 120_000 }, () => {
    const dir = join(ROOT, 'test', 'render', '__docs__');
    const files = new Map(blocks.map((b) => [join(dir, b.name), `${b.code}\nexport {};\n`]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      baseUrl: ROOT,
      paths: { klyngeregler: ['src/index.ts'], 'klyngeregler/render': ['src/render/index.ts'] },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (f) => files.get(f) ?? readFile(f);
    host.fileExists = (f) => files.has(f) || fileExists(f);
    host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : getSourceFile(f, lang, ...rest));
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.has(d.file.fileName))
      .map((d) => `${d.file!.fileName.slice(dir.length + 1)}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });
});
