/**
 * Replaces known phrases (a person's name, an address typed verbatim into the facts) with their stand-ins,
 * in one left-to-right pass: cost grows with the text times the few phrases that share a first character.
 */

/** Longer phrases win where two overlap (张三丰 over 张三); replaced text is never searched again. */
export function replacePhrases(text: string, replacements: ReadonlyMap<string, string>): string {
  const byFirst = new Map<string, string[]>();
  for (const phrase of replacements.keys()) {
    if (phrase === '') continue;
    const first = phrase[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  if (byFirst.size === 0) return text;
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  const parts: string[] = [];
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const hit = byFirst.get(text[i] ?? '')?.find((phrase) => text.startsWith(phrase, i));
    if (hit === undefined) {
      i++;
      continue;
    }
    parts.push(text.slice(copiedTo, i), replacements.get(hit) ?? '');
    i += hit.length;
    copiedTo = i;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
