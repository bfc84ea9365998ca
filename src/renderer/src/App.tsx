// Room: renderer — the window's frame: title, the empty state a new user first meets, and
// the version. Drafts, findings, the library and the audit views arrive with their features.
import { useAppInfo } from './useAppInfo.ts';

export function App() {
  const info = useAppInfo();
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Soát <span className="app-header-tagline">— kiểm tra tuân thủ</span>
        </h1>
      </header>
      <main className="app-main">
        <section className="empty-state" aria-labelledby="empty-state-title">
          <h2 id="empty-state-title">Chưa có bản thảo nào</h2>
          <p>
            Soát đối chiếu bản thảo với các văn bản chỉ đạo, định hướng tuyên truyền của Ban Tuyên giáo: số liệu, số
            hiệu và tên văn bản, ngày tháng, khẩu hiệu được trích dẫn.
          </p>
          <ol>
            <li>Đưa các văn bản chỉ đạo cần tuân thủ vào thư viện.</li>
            <li>Mở bản thảo cần soát (.txt, .docx hoặc .pdf).</li>
            <li>Xem từng chỗ lệch so với văn bản chỉ đạo và sửa trước khi đăng.</li>
          </ol>
          <p className="empty-state-note">
            Cửa sổ này chưa mở được bản thảo — tính năng đang làm. Trong lúc chờ, hãy soát bằng dòng lệnh:{' '}
            <code>npx soat check bai-viet.txt</code>
          </p>
        </section>
      </main>
      <footer className="app-footer">{info ? `${info.name} · phiên bản ${info.version}` : ' '}</footer>
    </div>
  );
}
