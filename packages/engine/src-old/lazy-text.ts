import type { LocalText } from './config-kinds.ts';

/**
 * A sentence rendered the first time it is read. Answers put these behind getters (`get reason()`): an object
 * literal's getter is an own enumerable property, so JSON and spreading still see the text, but an evaluation whose
 * caller only checks `gates.blocked` never builds it.
 */
export function lazyText(render: () => LocalText): () => LocalText {
  let rendered: { text: LocalText } | undefined;
  return () => {
    rendered ??= { text: render() };
    return rendered.text;
  };
}
