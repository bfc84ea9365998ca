// Answers that depend only on the library and a key (a paragraph, a quotation, a citation),
// remembered per library so that live checking, which sees the same draft again and again with
// one word changed, works out only what is new. Bounded: a memo is cleared when full.

export type LibraryMemo<T> = (library: object, key: string, compute: () => T) => T;

export function libraryMemo<T>(limit = 4_000): LibraryMemo<T> {
  const byLibrary = new WeakMap<object, Map<string, T>>();
  return (library, key, compute) => {
    let known = byLibrary.get(library);
    if (!known) byLibrary.set(library, (known = new Map()));
    if (known.has(key)) return known.get(key)!;
    if (known.size >= limit) known.clear();
    const value = compute();
    known.set(key, value);
    return value;
  };
}
