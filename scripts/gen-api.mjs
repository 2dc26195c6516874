// Generates the API types in src/api/schema/ from the contract in openapi/.
//   node scripts/gen-api.mjs          write the files (npm run gen:api)
//   node scripts/gen-api.mjs --check  fail when a file on disk is stale (npm run gen:check)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specs = [
  { source: 'openapi/auth.yaml', target: 'src/api/schema/auth.ts' },
  { source: 'openapi/ssp.yaml', target: 'src/api/schema/ssp.ts' },
];

const BLOB = ts.factory.createTypeReferenceNode('Blob');

async function generate({ source }) {
  // Read the file ourselves so the output depends on its text only, not on a path or a clock.
  const text = await readFile(resolve(root, source), 'utf8');
  const ast = await openapiTS(text, {
    // Uploads are typed as Blob (File is one), so multipart bodies take what a file input gives.
    transform(schemaObject) {
      return schemaObject.format === 'binary' ? BLOB : undefined;
    },
  });
  const header = `// Generated from ${source} by \`npm run gen:api\`; do not edit.\n`;
  return header + astToString(ast).replace(/\r\n/g, '\n');
}

const check = process.argv.includes('--check');
let stale = 0;
for (const spec of specs) {
  const output = await generate(spec);
  const target = resolve(root, spec.target);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current !== output) {
      stale += 1;
      console.error(
        `${spec.target} is ${current === null ? 'missing' : 'stale'}: it does not match ${spec.source}. ` +
          'Run `npm run gen:api` and commit the result.',
      );
    }
  } else {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output);
    console.log(`${relative(root, target)} <- ${spec.source}`);
  }
}
if (check) {
  if (stale > 0) process.exit(1);
  console.log('API types are up to date with openapi/*.yaml.');
}
