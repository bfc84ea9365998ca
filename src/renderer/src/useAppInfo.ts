// Room: renderer — the app's name and version from the host, or undefined while waiting or
// when the page runs without one (a plain browser).
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract.ts';

export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  useEffect(() => {
    let live = true;
    window.soat
      ?.appInfo()
      .then((answer) => {
        if (live) setInfo(answer);
      })
      .catch((error: unknown) => console.error('Không lấy được thông tin ứng dụng:', error));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
