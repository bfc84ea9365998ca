// Which sections are themes an article may have to cover: the numbered sections of the content
// part (NỘI DUNG), at every level. "II. NỘI DUNG, HÌNH THỨC ..." with a child "1. Nội dung ..."
// puts the themes under that child; "II. NỘI DUNG TUYÊN TRUYỀN" puts them right under II. A
// section without children is a theme itself. In a letter (Công văn) without a NỘI DUNG part
// every numbered point and sub-point is a theme, except a point that only says who does what
// ("3. Hội Nhà báo tỉnh và các cơ quan báo chí của tỉnh", "Đề nghị Ủy ban Mặt trận ..."): a task
// for a body, not something an article covers.

import type { OutlineSection } from './parseOutline.ts';

const CONTENT = /^NỘI DUNG/u;
const CONTENT_CHILD = /^Nội dung/u;
/** A heading that names who is asked to act. */
const ADDRESSEES =
  /^(?:Đề nghị|Giao|Ban |Hội |Sở |Báo |Đài |Ủy ban|Uỷ ban|UBND|Mặt trận|Đoàn |Các cơ quan|Cơ quan|Trung tâm|Văn phòng|Phòng |Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ|Các huyện|Các sở|Tổ chức thực hiện)/u;

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
  const points = sections.filter((s) => !/^[IVXLC]+$/u.test(s.path.split('.')[0]!));
  return points.filter((s) => !(ADDRESSEES.test(s.heading) && childrenOf(points, s).length === 0));
}
