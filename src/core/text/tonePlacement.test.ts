import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTones, placeTones } from './tonePlacement.ts';

describe('placeTones', () => {
  it.each([
    ['hoà bình, khoẻ mạnh, thuỷ lợi', 'old', 'hòa bình, khỏe mạnh, thủy lợi'],
    ['hòa bình, khỏe mạnh, thủy lợi', 'new', 'hoà bình, khoẻ mạnh, thuỷ lợi'],
    ['Hoà Bình, THUỶ', 'old', 'Hòa Bình, THỦY'],
    // "quý" is "qu" + "ý"; closed syllables have one placement.
    ['quý, hoàng, thuyết, hoạch', 'old', 'quý, hoàng, thuyết, hoạch'],
    ['quý I, hoà', 'new', 'quý I, hoà'],
  ] as const)('%s → %s', (text, style, expected) => {
    expect(placeTones(text, style)).toBe(expected);
  });

  it('canonical spelling folds tỉ/tỷ, kĩ/kỹ, lí/lý, mĩ/mỹ as whole words only', () => {
    expect(canonicalTones('2 tỉ đồng, kĩ thuật, lí luận, Mĩ; tỉnh, lính')).toBe('2 tỷ đồng, kỹ thuật, lý luận, Mỹ; tỉnh, lính');
  });

  const syllable = fc.constantFrom('hoà', 'hòa', 'khoẻ', 'khỏe', 'thuỷ', 'thủy', 'quý', 'hoàng', 'tỉ', 'tỉnh', 'Hoà', 'THUỶ', 'a', '5,66%', '“', ',');
  const text = fc.array(syllable, { maxLength: 30 }).map((xs) => xs.join(' '));

  it('keeps the length, is idempotent, and the two styles convert into each other', () => {
    fc.assert(
      fc.property(text, (t) => {
        const old = placeTones(t, 'old');
        expect(old.length).toBe(t.length);
        expect(placeTones(old, 'old')).toBe(old);
        expect(placeTones(placeTones(old, 'new'), 'old')).toBe(old);
        expect(canonicalTones(placeTones(t, 'new'))).toBe(canonicalTones(t));
      }),
    );
  });
});
