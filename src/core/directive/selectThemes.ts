// Which sections are themes an article may have to cover: the numbered sections of the content
// part (NỘI DUNG), at every level. "II. NỘI DUNG, HÌNH THỨC ..." with a child "1. Nội dung ..."
// puts the themes under that child; "II. NỘI DUNG TUYÊN TRUYỀN" puts them right under II. A
// section without children is a theme itself. In a letter (Công văn) without a NỘI DUNG part
// every numbered point and sub-point is a theme.

import type { OutlineSection } from './parseOutline.ts';

const CONTENT = /^NỘI DUNG/u;
const CONTENT_CHILD = /^Nội dung/u;

function childrenOf(sections: OutlineSection[], parent: OutlineSection): OutlineSection[] {
  return sections.filter((s) => s.path.startsWith(`${parent.path}.`));
}

export function selectThemes(sections: OutlineSection[]): OutlineSection[] {
  const contentPart = sections.find((s) => s.depth === 1 && CONTENT.test(s.heading));
  if (contentPart) {
    const inside = childrenOf(sections, contentPart);
    const contentChild = inside.find((s) => s.depth === contentPart.depth + 1 && CONTENT_CHILD.test(s.heading));
    const root = contentChild ?? contentPart;
    const themes = childrenOf(sections, root);
    return themes.length ? themes : [root];
  }
  // No NỘI DUNG part (a Công văn): every numbered point is content, at every level.
  return sections.filter((s) => !/^[IVXLC]+$/u.test(s.path.split('.')[0]!));
}
