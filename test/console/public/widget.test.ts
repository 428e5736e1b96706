import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../console/public/widget.js'), 'utf8');
const run = () => new Function(source)();

afterEach(() => {
  delete (window as { __ybChatWidget?: boolean }).__ybChatWidget;
  document.body.innerHTML = '';
});

describe('widget.js', () => {
  test('a floating 在线咨询 button in the corner; it opens the chat page in a frame placed above it, and closes it', () => {
    run();
    const button = document.querySelector('button')!;
    expect(button.textContent).toBe('在线咨询');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const b = button.style;
    expect([b.position, b.right, b.bottom, b.zIndex, b.borderRadius, b.cursor]).toEqual(['fixed', '20px', '20px', '2147483000', '999px', 'pointer']);
    expect(b.left).toBe('');

    // happy-dom loads no frame page (it logs a NotSupportedError saying so); the page itself is the e2e suite's.
    button.click();
    const frame = document.getElementById('yb-chat-widget-frame') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.src.endsWith('/embed')).toBe(true);
    const f = frame.style;
    expect([f.position, f.right, f.bottom, f.zIndex, f.borderRadius, f.display]).toEqual(['fixed', '20px', '76px', '2147483000', '12px', 'block']);
    expect(button.textContent).toBe('关闭在线咨询');
    expect(button.getAttribute('aria-expanded')).toBe('true');

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(f.display).toBe('none');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('在线咨询');
  });

  test('runs once however many tags load it', () => {
    run();
    run();
    expect(document.querySelectorAll('button')).toHaveLength(1);
  });
});
