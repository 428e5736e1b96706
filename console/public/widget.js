/*
 * 渝北区“一生一困”就业帮扶 — chat widget for the centre's website. One tag:
 *   <script src="https://<this server>/widget.js" async></script>
 * It adds a floating “在线咨询” button that opens the chat page (/embed) in an iframe. Optional
 * attributes on the tag: data-position="left" (default right), data-label="…" (button text).
 */
(function () {
  'use strict';
  if (window.__ybChatWidget) return;
  window.__ybChatWidget = true;
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : location.href).origin;
  var side = script && script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var label = (script && script.getAttribute('data-label')) || '在线咨询';
  var closeLabel = '关闭在线咨询';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'yb-chat-widget-frame');
  // Fixed in the corner the tag asks for, above the page; `bottom` and the rest are each element's own.
  function place(el, bottom, style) {
    style.position = 'fixed';
    style[side] = '20px';
    style.bottom = bottom;
    style.zIndex = '2147483000';
    restyle(el, style);
  }
  function restyle(el, style) {
    for (var k in style) el.style[k] = style[k];
  }
  place(button, '20px', { padding: '12px 20px', border: '0', borderRadius: '999px', background: '#0b5cad', color: '#fff', font: '600 16px/1.2 "PingFang SC","Microsoft YaHei",sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.25)', cursor: 'pointer' });

  var frame;
  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'yb-chat-widget-frame';
      frame.title = '渝北区就业帮扶在线咨询';
      frame.src = origin + '/embed';
      frame.setAttribute('allow', 'clipboard-write');
      place(frame, '76px', { width: 'min(420px, calc(100vw - 24px))', height: 'min(680px, calc(100vh - 100px))', border: '1px solid #d0d7de', borderRadius: '12px', background: '#fff', boxShadow: '0 10px 40px rgba(0,0,0,.25)' });
      if (window.matchMedia && window.matchMedia('(max-width: 480px)').matches) {
        var full = { bottom: '0', width: '100vw', height: 'calc(100vh - 64px)', borderRadius: '0' };
        full[side] = '0';
        restyle(frame, full);
      }
      document.body.appendChild(frame);
    }
    frame.style.display = 'block';
    button.textContent = closeLabel;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }
  function close() {
    if (frame) frame.style.display = 'none';
    button.textContent = label;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', function () {
    if (frame && frame.style.display !== 'none') close();
    else open();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && frame && frame.style.display !== 'none') {
      close();
      button.focus();
    }
  });
  function mount() {
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
