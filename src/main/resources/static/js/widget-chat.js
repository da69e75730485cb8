// The chat page inside the widget's frame. It talks to /api/v1/public/conversations with the chat's
// token in a header (no cookie, so it works inside any website) and keeps {id, token} in this page's
// own storage, so that a visitor who comes back finds their chat. Texts come from data-* attributes.
(function () {
  var root = document.getElementById('chat');
  var api = root.dataset.api;
  var STORE = 'aduan.chat';
  var chat = null;
  var timer = null;

  function saved() {
    try { return JSON.parse(window.localStorage.getItem(STORE)); } catch (e) { return null; }
  }
  function save(value) {
    try {
      if (value) { window.localStorage.setItem(STORE, JSON.stringify(value)); } else { window.localStorage.removeItem(STORE); }
    } catch (e) { /* storage may be blocked; the chat then lasts as long as the page */ }
  }
  function problems(answer, into) {
    into.textContent = '';
    var list = (answer && answer.errors) || [];
    if (!list.length) {
      into.textContent = (answer && answer.detail) || root.dataset.error;
    }
    list.forEach(function (e) {
      var line = document.createElement('div');
      line.textContent = e.message;
      into.appendChild(line);
    });
  }
  function body(form) {
    var data = new FormData(form);
    var files = form.querySelector('input[type=file]');
    if (files && files.files.length === 0) { data.delete('attachments'); }
    return data;
  }
  function request(method, path, data) {
    var headers = {};
    if (chat) { headers['X-Conversation-Token'] = chat.token; }
    return fetch(api + path, { method: method, headers: headers, body: data, credentials: 'omit' })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = text ? JSON.parse(text) : {};
          if (!response.ok) { throw json; }
          return json;
        });
      });
  }
  function download(file) {
    request('GET', '/' + chat.conversationId + '/files/' + file.id).catch(function () {});
  }
  function render(answer) {
    var list = document.getElementById('chat-messages');
    list.textContent = '';
    answer.messages.forEach(function (m) {
      var item = document.createElement('li');
      item.className = 'message mb-2 ' + (m.side === 'CITIZEN' ? 'from-citizen' : m.side === 'STAFF' ? 'from-staff' : 'from-system');
      var who = document.createElement('div');
      who.className = 'text-muted';
      var author = m.side === 'CITIZEN' ? root.dataset.you : m.side === 'STAFF' ? root.dataset.staff : root.dataset.system;
      who.textContent = author + ' · ' + new Date(m.sentAt).toLocaleString();
      var text = document.createElement('div');
      text.className = 'white-space-pre';
      text.textContent = m.text;
      item.appendChild(who);
      item.appendChild(text);
      m.files.forEach(function (f) {
        var link = document.createElement('a');
        link.href = '#';
        link.className = 'd-block';
        link.textContent = f.fileName;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          fetch(api + '/' + chat.conversationId + '/files/' + f.id,
            { headers: { 'X-Conversation-Token': chat.token }, credentials: 'omit' })
            .then(function (r) { return r.blob(); })
            .then(function (blob) { window.open(URL.createObjectURL(blob), '_blank'); });
        });
        item.appendChild(link);
      });
      list.appendChild(item);
    });
    list.scrollTop = list.scrollHeight;
    var notice = document.getElementById('chat-complaint');
    if (answer.trackingCode) {
      notice.textContent = root.dataset.complaint.replace('{0}', answer.trackingCode);
      notice.classList.remove('d-none');
    }
    if (answer.status === 'CLOSED') {
      notice.textContent = root.dataset.closed;
      notice.classList.remove('d-none');
    }
  }
  function load() {
    return request('GET', '/' + chat.conversationId).then(render).catch(function (answer) {
      if (answer && answer.status === 404) { reset(); }
    });
  }
  function show() {
    document.getElementById('start-form').classList.add('d-none');
    document.getElementById('chat-view').classList.remove('d-none');
    load();
    clearInterval(timer);
    timer = setInterval(load, 15000);
  }
  function reset() {
    chat = null;
    save(null);
    clearInterval(timer);
    document.getElementById('chat-view').classList.add('d-none');
    document.getElementById('start-form').classList.remove('d-none');
  }

  document.getElementById('start-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    request('POST', '', body(form)).then(function (started) {
      chat = started;
      save(chat);
      form.reset();
      show();
    }).catch(function (answer) { problems(answer, document.getElementById('start-errors')); });
  });
  document.getElementById('message-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    request('POST', '/' + chat.conversationId + '/messages', body(form)).then(function () {
      form.reset();
      document.getElementById('message-errors').textContent = '';
      load();
    }).catch(function (answer) { problems(answer, document.getElementById('message-errors')); });
  });
  document.getElementById('new-chat').addEventListener('click', reset);

  chat = saved();
  if (chat && chat.conversationId && chat.token) { show(); }
})();
