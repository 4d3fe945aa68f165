/** A stable colour per faction, for map markers and owner swatches. */
const KNOWN = {
  'Crimson Covenant': '#e0524f',
  'Azure Order': '#4f8fe0',
  'Verdant Circle': '#4fc27a',
  'Umbral Syndicate': '#a66be0',
};
const SPARE = ['#e0a84f', '#4fd0d0', '#d04fa8', '#b5c24f'];
export const UNOWNED = '#6b7089';

export function factionColor(faction) {
  if (!faction) return UNOWNED;
  if (KNOWN[faction]) return KNOWN[faction];
  let hash = 0;
  for (const char of faction) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}
