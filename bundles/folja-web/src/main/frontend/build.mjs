// Bundles the component (Lit inside) and each page's script into ES modules under content-hashed names in assets/,
// writes the stable entry a host page loads, components/folja-reason-picker.js (it only re-exports the hashed
// module), and writes Följa's pages from pages/ with the hashed names filled in: a page and the stable entry are
// revalidated on every load (Cache-Control: no-cache, ETag), a hashed module is cached for good.
// LHC-Forms' files (npm lforms) are copied into assets/lforms-<version>-<hash>/ (lforms.mjs says which and how they
// are adapted); the page scripts learn that address from the build (LFORMS_BASE).
// Usage: node build.mjs <output directory> (Maven passes target/classes/web, emptied first: no stale hashed file).
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyLforms } from './lforms.mjs';

const out = path.resolve(process.argv[2] ?? 'dist/web');
await rm(out, { recursive: true, force: true });
const lformsBase = await copyLforms(path.join(out, 'assets'));
console.log(`LHC-Forms -> ${lformsBase}`);

/** The stable components a host page loads by name. */
const components = { 'folja-reason-picker': 'src/folja-reason-picker.js' };
/** Följa's own pages' scripts, named in the pages as {{asset:<name>}}. */
const pageScripts = {
  'documentation-page': 'src/documentation/documentation-page.js',
  'catalogue-page': 'src/catalogue/catalogue-page.js',
  'followups-page': 'src/followups/followups-page.js',
  'questionnaire-preview-page': 'src/followups/preview-page.js',
  'followup-admin-page': 'src/followup-admin/followup-admin-page.js',
  'dashboard-page': 'src/dashboard/dashboard-page.js',
};
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  entryNames: '[name]-[hash]',
  outdir: path.join(out, 'assets'),
  metafile: true,
  logLevel: 'warning',
  define: { LFORMS_BASE: JSON.stringify(lformsBase) },
};
// a component is one module (what a host page loads, measured in BENCHMARKS.md); the pages share chunks (Lit)
const results = [
  { entries: components, result: await build({ ...common, entryPoints: components }) },
  { entries: pageScripts, result: await build({ ...common, entryPoints: pageScripts, splitting: true, chunkNames: 'chunk-[hash]' }) },
];

/** entry name -> its hashed file name in assets/ */
const hashed = {};
for (const { entries, result } of results) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = Object.keys(entries).find((entry) => output.entryPoint === entries[entry]);
    if (name) {
      hashed[name] = path.basename(file);
    }
  }
}

await mkdir(path.join(out, 'components'), { recursive: true });
for (const name of Object.keys(components)) {
  await writeFile(path.join(out, 'components', `${name}.js`),
    `// The stable address of <${name}>; the code is in the content-hashed module it re-exports.\n`
    + `export * from '../assets/${hashed[name]}';\n`);
  console.log(`components/${name}.js -> assets/${hashed[name]}`);
}

async function* htmlFiles(directory) {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      yield* htmlFiles(file);
    } else if (entry.name.endsWith('.html')) {
      yield file;
    }
  }
}

// the hashes of the <style> elements LHC-Forms' Angular components inject: the CSP of a page with a form allows
// exactly these (docs/lhc-forms.md; the browser tests fail on any CSP violation)
const lformsStyleHashes = (await readFile('lforms-style-hashes.txt', 'utf8')).split('\n').map((l) => l.trim())
  .filter((l) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(l)).join(' ');
for await (const file of htmlFiles('pages')) {
  const page = (await readFile(file, 'utf8')).replaceAll('{{lforms-style-hashes}}', lformsStyleHashes).replace(/\{\{asset:([a-z-]+)\}\}/g, (match, name) => {
    if (!hashed[name]) {
      throw new Error(`${file} names an unknown script ${name}`);
    }
    return `/folja/assets/${hashed[name]}`;
  });
  const target = path.join(out, path.relative('pages', file));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, page);
  console.log(`${path.relative('pages', file)} written`);
}
