import { describe, expect, it } from 'vitest';
import { createCommandBus, shortcutCommand } from './commands.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it.each([
    [key('o', { ctrlKey: true }), 'open-draft'],
    [key('O', { metaKey: true }), 'open-draft'],
    [key('i', { ctrlKey: true }), 'import-directive'],
    [key('Enter', { ctrlKey: true }), 'check-now'],
    [key('1', { ctrlKey: true }), 'show-draft'],
    [key('2', { ctrlKey: true }), 'show-library'],
    [key('s', { ctrlKey: true }), 'save-article'],
    [key('S', { metaKey: true }), 'save-article'],
    [key('3', { ctrlKey: true }), 'show-articles'],
    [key('4', { ctrlKey: true }), 'show-audit'],
    [key('s', { ctrlKey: true, shiftKey: true }), null],
    [key('F8'), 'next-finding'],
    [key('F8', { shiftKey: true }), 'previous-finding'],
    [key('o'), null],
    [key('o', { ctrlKey: true, shiftKey: true }), null],
    [key('Enter'), null],
  ])('%o → %s', (event, expected) => {
    expect(shortcutCommand(event)).toBe(expected);
  });
});

describe('createCommandBus', () => {
  it('delivers to subscribers until they leave', () => {
    const bus = createCommandBus();
    const heard: string[] = [];
    const leave = bus.subscribe((c) => heard.push(c));
    bus.publish('find');
    leave();
    bus.publish('find');
    expect(heard).toEqual(['find']);
  });
});
