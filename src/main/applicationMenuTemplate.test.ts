import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './applicationMenuTemplate.ts';

const submenuOf = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const submenu = items.find((item) => item.label === label)?.submenu;
  return Array.isArray(submenu) ? submenu : [];
};

describe('applicationMenuTemplate', () => {
  const linux = applicationMenuTemplate({ platform: 'linux', isDevelopment: false, showAbout: () => {}, send: () => {} });

  it('has the Vietnamese menus in order', () => {
    expect(linux.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('Sửa carries the standard editing roles, labelled in Vietnamese', () => {
    const edit = submenuOf(linux, 'Sửa').filter((item) => item.role);
    expect(edit.map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
  });

  it('Tệp and Xem send commands to the page, with their shortcuts shown but left to the page', () => {
    const sent: string[] = [];
    const menu = applicationMenuTemplate({ platform: 'linux', isDevelopment: false, showAbout: () => {}, send: (c) => sent.push(c) });
    const commands = [...submenuOf(menu, 'Tệp'), ...submenuOf(menu, 'Sửa'), ...submenuOf(menu, 'Xem')].filter((item) => item.accelerator);
    expect(commands.map((item) => [item.label, item.accelerator])).toEqual([
      ['Mở bản thảo…', 'CmdOrCtrl+O'],
      ['Lưu thành bài viết', 'CmdOrCtrl+S'],
      ['Nhập văn bản chỉ đạo…', 'CmdOrCtrl+I'],
      ['Soát ngay', 'CmdOrCtrl+Enter'],
      ['Tìm trong bản thảo', 'CmdOrCtrl+F'],
      ['Sửa theo văn bản chỉ đạo', 'Alt+Enter'],
      ['Bản thảo', 'CmdOrCtrl+1'],
      ['Thư viện văn bản', 'CmdOrCtrl+2'],
      ['Bài viết', 'CmdOrCtrl+3'],
      ['Báo cáo tháng', 'CmdOrCtrl+4'],
      ['Lỗi tiếp theo', 'F8'],
      ['Lỗi trước', 'Shift+F8'],
    ]);
    expect(commands.every((item) => item.registerAccelerator === false)).toBe(true);
    for (const item of commands) (item.click as () => void)();
    expect(sent).toEqual([
      'open-draft',
      'save-article',
      'import-directive',
      'check-now',
      'find',
      'apply-fix',
      'show-draft',
      'show-library',
      'show-articles',
      'show-audit',
      'next-finding',
      'previous-finding',
    ]);
  });

  it('developer tools appear only in development', () => {
    const roles = (items: MenuItemConstructorOptions[]) => submenuOf(items, 'Xem').map((item) => item.role);
    expect(roles(linux)).not.toContain('toggleDevTools');
    const dev = applicationMenuTemplate({ platform: 'linux', isDevelopment: true, showAbout: () => {}, send: () => {} });
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('Trợ giúp opens the About box', () => {
    let shown = 0;
    const menu = applicationMenuTemplate({ platform: 'win32', isDevelopment: false, showAbout: () => (shown += 1), send: () => {} });
    const about = submenuOf(menu, 'Trợ giúp')[0];
    expect(about?.label).toBe('Giới thiệu về Soát');
    (about?.click as () => void)();
    expect(shown).toBe(1);
  });

  it('macOS gets its application menu first and closes the window from Tệp', () => {
    const mac = applicationMenuTemplate({ platform: 'darwin', isDevelopment: false, showAbout: () => {}, send: () => {} });
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenuOf(mac, 'Tệp').at(-1)?.role).toBe('close');
  });
});
