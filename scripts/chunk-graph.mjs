// The build's chunks as the build scripts read them: by file, whether it is the entry, the module it
// stands for (a lazy module's chunk; from the repository root), its static and dynamic imports, its
// CSS and its modules. Written to .vite/chunks.json (vite.config.ts) and read by the start preload.
import { relative } from 'node:path';

/**
 * @param {Record<string, any>} bundle the bundle a plugin's generateBundle hook receives
 * @returns {Record<string, { isEntry: boolean, facade: string | null, imports: string[],
 *   dynamicImports: string[], css: string[], modules: string[] }>}
 */
export function chunkGraph(bundle) {
  const chunks = {};
  for (const [file, output] of Object.entries(bundle)) {
    if (output.type !== 'chunk') continue;
    chunks[file] = {
      isEntry: output.isEntry,
      facade: output.facadeModuleId ? relative(process.cwd(), output.facadeModuleId) : null,
      imports: output.imports,
      dynamicImports: output.dynamicImports,
      css: [...(output.viteMetadata?.importedCss ?? [])],
      modules: output.moduleIds.map((id) => relative(process.cwd(), id)),
    };
  }
  return chunks;
}
