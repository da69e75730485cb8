// Aduan's chat widget. The office's website includes it with one tag:
//   <script src="https://aduan.example.go.id/widget.js" async></script>
// (data-lang="en" on the tag for English). It adds a button that opens Aduan's chat page in a frame;
// everything else happens on Aduan's own page, so the website needs no other code and no cookies.
(function () {
  var LABELS = /*LABELS*/{};
  var tag = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  if (!tag || window.__aduanWidget) {
    return;
  }
  window.__aduanWidget = true;
  var base = new URL(tag.src, window.location.href).origin;
  var lang = tag.getAttribute('data-lang') === 'en' ? 'en' : 'id';
  var text = LABELS[lang] || LABELS.id;

  var frame = document.createElement('iframe');
  frame.src = base + '/percakapan/widget?lang=' + lang;
  frame.title = text.title;
  frame.setAttribute('data-aduan-widget', 'frame');
  frame.style.cssText = 'position:fixed;right:16px;bottom:84px;width:360px;max-width:calc(100vw - 32px);' +
    'height:520px;max-height:calc(100vh - 120px);border:1px solid #ccc;border-radius:12px;' +
    'box-shadow:0 6px 24px rgba(0,0,0,.2);background:#fff;z-index:2147483646;display:none';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-aduan-widget', 'button');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;padding:12px 18px;border:0;border-radius:24px;' +
    'background:#0b5d7a;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;z-index:2147483647;' +
    'box-shadow:0 4px 12px rgba(0,0,0,.25)';
  button.addEventListener('click', function () {
    var open = frame.style.display === 'none';
    frame.style.display = open ? 'block' : 'none';
    button.textContent = open ? text.close : text.open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });

  function mount() {
    document.body.appendChild(frame);
    document.body.appendChild(button);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
