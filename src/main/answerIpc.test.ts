import { describe, expect, it } from 'vitest';
import { Channel } from '../shared/channels.ts';
import { answerIpc } from './answerIpc.ts';

const APP = 'file:///opt/soat/out/renderer/index.html';
const isTrusted = (url: string | undefined) => url === APP;

describe('answerIpc', () => {
  const gate = answerIpc(Channel.appInfo, isTrusted, () => ({ name: 'Soát', version: '0.1.0' }));

  it('answers the app page with valid arguments', async () => {
    await expect(gate(APP, [])).resolves.toEqual({ name: 'Soát', version: '0.1.0' });
  });

  it('refuses a sender that is not the app page', async () => {
    await expect(gate('https://example.com/', [])).rejects.toThrow(/không đến từ cửa sổ của Soát/);
    await expect(gate(undefined, [])).rejects.toThrow(/không rõ/);
  });

  it('refuses arguments the contract does not allow', async () => {
    await expect(gate(APP, ['thừa'])).rejects.toThrow(/Tham số không hợp lệ cho soat:app-info/);
  });

  it('refuses an answer that breaks the contract', async () => {
    const broken = answerIpc(Channel.appInfo, isTrusted, () => ({ name: '', version: '0.1.0' }));
    await expect(broken(APP, [])).rejects.toThrow();
  });
});
