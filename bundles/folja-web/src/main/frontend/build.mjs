// Bundles the component (Lit inside) into one ES module under a content-hashed name in assets/, and writes the
// stable entry a host page loads, components/folja-reason-picker.js, which only re-exports the hashed module:
// the entry is revalidated on every load (Cache-Control: no-cache, ETag), the hashed module is cached for good.
// Usage: node build.mjs <output directory> (Maven passes target/classes/web, emptied first: no stale hashed file).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? 'dist/web');
await rm(out, { recursive: true, force: true });

const entries = { 'folja-reason-picker': 'src/folja-reason-picker.js' };
const result = await build({
  entryPoints: entries,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  entryNames: '[name]-[hash]',
  outdir: path.join(out, 'assets'),
  metafile: true,
  logLevel: 'warning',
});

await mkdir(path.join(out, 'components'), { recursive: true });
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  const name = Object.keys(entries).find((entry) => output.entryPoint === entries[entry]);
  if (name) {
    const hashed = path.basename(file);
    await writeFile(path.join(out, 'components', `${name}.js`),
      `// The stable address of <${name}>; the code is in the content-hashed module it re-exports.\n`
      + `export * from '../assets/${hashed}';\n`);
    console.log(`components/${name}.js -> assets/${hashed}`);
  }
}
