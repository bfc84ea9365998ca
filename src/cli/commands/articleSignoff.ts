// `soat article signoff ID --name NAME`: signs the article's checklist off, once no error is open.
import { formatDateTime } from '../../services/export/formatDate.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleId } from '../articleId.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article signoff MÃ_BÀI --name "HỌ TÊN" [--db ĐƯỜNG]

Ký duyệt phiếu kiểm tra tuân thủ của bài (phiên bản hiện tại). Cần xử lý hết các lỗi trước;
cảnh báo chưa xử lý vẫn ký được và được ghi rõ trên phiếu. Sửa bài sau khi ký thì phải ký lại.
`;

export const articleSignoffCommand: Command = {
  name: 'signoff',
  summary: 'ký duyệt phiếu kiểm tra của một bài',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { name: { type: 'string' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const id = articleId(positionals[0]);
    if (positionals.length !== 1 || id === null) {
      io.err(`lỗi: cần đúng một mã bài (số).\n\n${usage}`);
      return EXIT.badInput;
    }
    if (typeof values['name'] !== 'string' || !values['name'].trim()) {
      io.err(`lỗi: cần tên người ký duyệt: --name "Họ tên".\n\n${usage}`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    try {
      const signed = opened.value.store.signOff(id, values['name']);
      if (!signed.ok) {
        io.err(`lỗi: ${signed.error.message}\n`);
        return EXIT.badInput;
      }
      io.out(`Đã ký duyệt phiếu kiểm tra bài ${id} (phiên bản ${signed.value.version}): ${signed.value.name}, ${formatDateTime(signed.value.at)}.\n`);
      return EXIT.ok;
    } finally {
      opened.value.close();
    }
  },
};
