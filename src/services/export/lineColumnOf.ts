// Room: services — 1-based line and column of a UTF-16 offset, for telling a reader where a
// finding is ("dòng 12, cột 5"); offsets stay the one position system everywhere else.
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}
