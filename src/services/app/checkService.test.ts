import { describe, expect, it } from 'vitest';
import { asLibraryDirective, compileLibrary, parseDirective, type LibraryDirective } from '../../core/index.ts';
import { createCheckService } from './checkService.ts';

const directive = (text: string, file: string): LibraryDirective => asLibraryDirective(parseDirective(text, { file }));
const plan = directive(
  'BAN TUYÊN GIÁO TỈNH ỦY\nSố 12-HD/BTGTU\nHƯỚNG DẪN\ntuyên truyền kết quả kinh tế\nII. NỘI DUNG\n1. Tuyên truyền kết quả tăng trưởng: GRDP năm 2023 tăng 7,5% so với năm trước.\n',
  'hd-12.txt',
);

function counted(directives: () => LibraryDirective[]) {
  let compilations = 0;
  const service = createCheckService(directives, {
    compile: (all) => {
      compilations += 1;
      return compileLibrary(all);
    },
  });
  return { service, compilations: () => compilations };
}

describe('createCheckService', () => {
  it('compiles the library once, however many checks', () => {
    const { service, compilations } = counted(() => [plan]);
    service.check('GRDP năm 2023 tăng 7,5%.', { date: '2024-03-01' });
    service.check('GRDP năm 2023 tăng 7,6%.', { date: '2024-03-01' });
    service.suggestDirectives('GRDP năm 2023 tăng 7,6%.', '2024-03-01');
    expect(compilations()).toBe(1);
  });

  it('compiles again after invalidate, and the next check sees the new library', () => {
    let library = [plan];
    const { service, compilations } = counted(() => library);
    expect(service.check('x', { date: '2024-03-01' }).directives.map((d) => d.id)).toEqual(['12-HD/BTGTU']);
    library = [];
    expect(service.check('x', { date: '2024-03-01' }).directives).toHaveLength(1); // still cached
    service.invalidate();
    expect(service.check('x', { date: '2024-03-01' }).directives).toEqual([]);
    expect(compilations()).toBe(2);
  });

  it('passes chosen directives; an empty choice means "let Soát pick"', () => {
    const { service } = counted(() => [plan]);
    const chosen = service.check('Bài về du lịch.', { date: '2024-03-01', directives: ['12-HD/BTGTU'] });
    expect(chosen.directives[0]).toMatchObject({ reason: 'given', considered: true });
    const auto = service.check('Bài về du lịch.', { date: '2024-03-01', directives: [] });
    expect(auto.directives[0]?.reason).not.toBe('given');
  });

  it('suggests directives most relevant first', () => {
    const other = directive('BAN TUYÊN GIÁO TỈNH ỦY\nSố 13-KH/BTGTU\nKẾ HOẠCH\nvề du lịch\nII. NỘI DUNG\n1. Quảng bá du lịch, lễ hội và ẩm thực địa phương.\n', 'kh-13.txt');
    const { service } = counted(() => [other, plan]);
    const suggested = service.suggestDirectives('Tăng trưởng kinh tế: GRDP năm 2023 tăng 7,5%, kết quả kinh tế nổi bật.', '2024-03-01');
    expect(suggested.map((d) => d.id)).toEqual(['12-HD/BTGTU', '13-KH/BTGTU']);
    expect(suggested[0]!.score).toBeGreaterThan(suggested[1]!.score);
  });
});
