// The component library's style cache, made here instead of by default so the rules it puts in the
// page are kept as written: the start snapshot (src/app/start-snapshot.ts) saves them with its markup.
// They cannot be read back from the page: the browser's style objects drop the values of shorthands
// written with variables (`padding: calc(2 * var(--mui-spacing))` reads back as `padding-top: ;`).
import createCache, { type EmotionCache } from '@emotion/cache';

type Sheet = Parameters<EmotionCache['insert']>[2];

const rules = new Set<string>();

export const styleCache: EmotionCache = createCache({ key: 'css' });

const insert = styleCache.insert;
styleCache.insert = (selector, serialized, sheet, shouldCache) => {
  // The cache only calls `insert` on the sheet it is given: this one keeps each rule, then inserts it.
  const keeping: Sheet = Object.assign(Object.create(sheet) as Sheet, {
    insert: (rule: string) => {
      rules.add(rule);
      sheet.insert(rule);
    },
  });
  return insert(selector, serialized, keeping, shouldCache);
};

/** Every rule put in the page so far, in order, as written. */
export function insertedRules(): string {
  return [...rules].join('\n');
}
