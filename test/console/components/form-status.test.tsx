import { createSignal } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { ErrorText, SaveResult } from '../../../console/components/FormStatus.tsx';
import { mount } from '../support/mount.tsx';

describe('ErrorText', () => {
  test('nothing without an error; an alert with its text when there is one; gone when cleared', () => {
    const [error, setError] = createSignal<string>();
    const el = mount(() => <ErrorText error={error()} />);
    expect(el.innerHTML).toBe('');
    setError('用户名已存在');
    expect(el.innerHTML).toBe('<p class="error" role="alert">用户名已存在</p>');
    setError(undefined);
    expect(el.innerHTML).toBe('');
  });
});

describe('SaveResult', () => {
  test('done is a status in green, a failure an alert; `small` adds the small class', () => {
    const [result, setResult] = createSignal<{ ok: boolean; text: string }>();
    const el = mount(() => (
      <>
        <SaveResult result={result()} />
        <SaveResult result={result()} small />
      </>
    ));
    expect(el.innerHTML).toBe('');
    setResult({ ok: true, text: '已保存' });
    expect(el.innerHTML).toBe('<p role="status" class="ok">已保存</p><p role="status" class="ok small">已保存</p>');
    setResult({ ok: false, text: '两次输入不一致' });
    expect(el.innerHTML).toBe('<p role="alert" class="error">两次输入不一致</p><p role="alert" class="error small">两次输入不一致</p>');
  });
});
