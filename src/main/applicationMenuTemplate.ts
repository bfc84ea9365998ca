// Room: main — the Vietnamese application menu as plain data. Only Electron's types are
// imported, so the template is tested without starting Electron; index.ts builds the Menu.
// The page handles every shortcut itself (so the browser harness has them too); the menu shows
// them and sends the same command when clicked. registerAccelerator: false keeps one key press
// from running a command twice (once in the page, once through the menu).
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/desktopChannels.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  showAbout: () => void;
  /** Sends a command to the window's page. */
  send: (command: AppCommand) => void;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, accelerator: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => options.send(name),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: 'Tệp',
      submenu: [
        command('Mở bản thảo…', 'CmdOrCtrl+O', 'open-draft'),
        command('Lưu thành bài viết', 'CmdOrCtrl+S', 'save-article'),
        command('Nhập văn bản chỉ đạo…', 'CmdOrCtrl+I', 'import-directive'),
        { type: 'separator' },
        command('Soát ngay', 'CmdOrCtrl+Enter', 'check-now'),
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        // The editor (CodeMirror) answers the browser's undo/redo commands with its own history.
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
        { type: 'separator' },
        command('Tìm trong bản thảo', 'CmdOrCtrl+F', 'find'),
        command('Sửa theo văn bản chỉ đạo', 'Alt+Enter', 'apply-fix'),
      ],
    },
    {
      label: 'Xem',
      submenu: [
        command('Bản thảo', 'CmdOrCtrl+1', 'show-draft'),
        command('Thư viện văn bản', 'CmdOrCtrl+2', 'show-library'),
        command('Bài viết', 'CmdOrCtrl+3', 'show-articles'),
        command('Báo cáo tháng', 'CmdOrCtrl+4', 'show-audit'),
        { type: 'separator' },
        command('Lỗi tiếp theo', 'F8', 'next-finding'),
        command('Lỗi trước', 'Shift+F8', 'previous-finding'),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ...(options.isDevelopment
          ? ([
              { type: 'separator' },
              { role: 'reload', label: 'Tải lại' },
              { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Trợ giúp',
      role: 'help',
      submenu: [{ label: 'Giới thiệu về Soát', click: () => options.showAbout() }],
    },
  );
  return template;
}
