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
  var b = button.style;
  b.position = 'fixed';
  b[side] = '20px';
  b.bottom = '20px';
  b.zIndex = '2147483000';
  b.padding = '12px 20px';
  b.border = '0';
  b.borderRadius = '999px';
  b.background = '#0b5cad';
  b.color = '#fff';
  b.font = '600 16px/1.2 "PingFang SC","Microsoft YaHei",sans-serif';
  b.boxShadow = '0 4px 16px rgba(0,0,0,.25)';
  b.cursor = 'pointer';

  var frame;
  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'yb-chat-widget-frame';
      frame.title = '渝北区就业帮扶在线咨询';
      frame.src = origin + '/embed';
      frame.setAttribute('allow', 'clipboard-write');
      var f = frame.style;
      f.position = 'fixed';
      f[side] = '20px';
      f.bottom = '76px';
      f.width = 'min(420px, calc(100vw - 24px))';
      f.height = 'min(680px, calc(100vh - 100px))';
      f.border = '1px solid #d0d7de';
      f.borderRadius = '12px';
      f.background = '#fff';
      f.boxShadow = '0 10px 40px rgba(0,0,0,.25)';
      f.zIndex = '2147483000';
      if (window.matchMedia && window.matchMedia('(max-width: 480px)').matches) {
        f[side] = '0';
        f.bottom = '0';
        f.width = '100vw';
        f.height = 'calc(100vh - 64px)';
        f.borderRadius = '0';
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
