// Renders a CRM card the way HubSpot's record sidebar does, from the data fetch the preview
// server sends (signed) to the card server. Actions: IFRAME opens a modal that closes on the
// postMessage {"action":"DONE"} or {"action":"CANCEL"}; hooks go through the preview server,
// which signs them and sends them on. Everything from the card server is inserted as text.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const state = { cards: [], origin: '', card: null, objectType: null, data: null, iframeLabel: '' };

  // The vocabulary crmcards' rules publish (/vocabulary.json, from the rules jar): data types,
  // status types, action types, reserved keys, limits. The page keeps no copy of its own.
  const vocabulary = {
    dataTypes: new Set(),
    statusTypes: new Set(),
    actionTypes: new Set(),
    reservedObjectKeys: new Set(),
    objectsShown: 0,
    defaultConfirmButtonText: '',
    defaultCancelButtonText: '',
  };

  function learn(json) {
    vocabulary.dataTypes = new Set(json.dataTypes.values);
    vocabulary.statusTypes = new Set(json.statusTypes.values);
    vocabulary.actionTypes = new Set(json.actionTypes.values);
    vocabulary.reservedObjectKeys = new Set(json.reservedObjectKeys.values);
    vocabulary.objectsShown = json.objectsShown.value;
    vocabulary.defaultConfirmButtonText = json.defaultConfirmButtonText.value;
    vocabulary.defaultCancelButtonText = json.defaultCancelButtonText.value;
  }

  // What the page cannot draw or run of the vocabulary, and what it knows that the vocabulary
  // does not (both mean preview.js is behind crmcards' rules).
  function vocabularyGaps() {
    const gaps = [];
    const compare = (what, known, handled) => {
      for (const name of known) if (!handled.has(name)) gaps.push('the preview cannot show ' + what + ' ' + name);
      for (const name of handled) if (!known.has(name)) gaps.push('the preview knows ' + what + ' ' + name + ', which crmcards does not');
    };
    compare('data type', vocabulary.dataTypes, new Set(Object.keys(FORMATTERS)));
    compare('action type', vocabulary.actionTypes, new Set(Object.keys(ACTIONS)));
    return gaps;
  }

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function isHttpUrl(text) {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch (e) {
      return false;
    }
  }

  function invalid(text, why) {
    const span = el('span', 'invalid', text);
    span.title = why;
    return span;
  }

  // ---------------------------------------------------------------- value formatting

  function formatDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return invalid(value, 'DATE must be yyyy-mm-dd');
    const date = new Date(value + 'T00:00:00Z');
    if (Number.isNaN(date.getTime())) return invalid(value, 'not a calendar date');
    return el('span', 'date', new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
  }

  function formatDateTime(value) {
    if (!/^\d+$/.test(value)) return invalid(value, 'DATETIME must be epoch milliseconds');
    const date = new Date(Number(value));
    return el('span', 'datetime', new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date));
  }

  function formatNumber(value, currencyCode) {
    if (!/^-?\d+(\.\d+)?$/.test(value)) return invalid(value, 'must be a plain decimal');
    const number = Number(value);
    if (currencyCode) {
      try {
        return el('span', 'currency', new Intl.NumberFormat(undefined, { style: 'currency', currency: currencyCode }).format(number));
      } catch (e) {
        return invalid(value + ' ' + currencyCode, 'not an ISO 4217 currency code');
      }
    }
    return el('span', 'number', new Intl.NumberFormat(undefined, { maximumFractionDigits: 20 }).format(number));
  }

  function formatEmail(value) {
    const link = el('a', 'email', value);
    link.href = 'mailto:' + value;
    return link;
  }

  function formatLink(value, linkLabel) {
    if (!isHttpUrl(value)) return invalid(value, 'LINK must be an absolute http(s) URL');
    const link = el('a', 'link', linkLabel || value);
    link.href = value;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  }

  function statusTag(text, type) {
    const known = vocabulary.statusTypes.has(type) ? type : 'DEFAULT';
    const tag = el('span', 'status-tag status-' + known.toLowerCase(), text);
    tag.dataset.optionType = known;
    return tag;
  }

  function formatStatus(value, extras) {
    if (extras.options) {
      const option = extras.options.find((o) => o.name === value);
      if (!option) {
        const tag = statusTag(value, 'DEFAULT');
        tag.classList.add('invalid');
        tag.title = 'not one of the property\'s options';
        return tag;
      }
      return statusTag(option.label || option.name, option.type);
    }
    return statusTag(value, extras.optionType);
  }

  // How each data type of the vocabulary is drawn. `extras` holds currencyCode, linkLabel,
  // optionType or the STATUS options of a card-defined property.
  const FORMATTERS = {
    CURRENCY: (value, extras) => formatNumber(value, extras.currencyCode),
    DATE: (value) => formatDate(value),
    DATETIME: (value) => formatDateTime(value),
    EMAIL: (value) => formatEmail(value),
    LINK: (value, extras) => formatLink(value, extras.linkLabel),
    NUMERIC: (value) => formatNumber(value, null),
    STATUS: formatStatus,
    STRING: (value) => el('span', 'string', value),
  };

  function formatValue(dataType, raw, extras) {
    const value = String(raw);
    if (!vocabulary.dataTypes.has(dataType) || !FORMATTERS[dataType]) {
      return invalid(value, 'not a data type cards render: ' + dataType);
    }
    return FORMATTERS[dataType](value, extras);
  }

  // ---------------------------------------------------------------- rendering

  function actionTarget(uri) {
    try {
      const url = new URL(uri);
      return url.origin === state.origin ? uri : state.origin + url.pathname + url.search;
    } catch (e) {
      return uri;
    }
  }

  function actionButton(action, className) {
    const button = el('button', className || '', action && action.label ? action.label : '(no label)');
    button.type = 'button';
    if (action && action.type) button.dataset.actionType = action.type;
    button.addEventListener('click', () => runAction(action));
    return button;
  }

  function renderObject(object, properties) {
    const article = el('article', 'object');
    if (object && object.objectId !== undefined) article.dataset.objectId = String(object.objectId);
    const heading = el('h3', 'object-title');
    if (object && typeof object.link === 'string' && isHttpUrl(object.link)) {
      const link = el('a', null, object.title);
      link.href = object.link;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      heading.appendChild(link);
    } else {
      heading.textContent = object ? String(object.title ?? '') : '';
    }
    article.appendChild(heading);

    const list = el('dl', 'properties');
    const addRow = (label, valueNode) => {
      list.appendChild(el('dt', null, label));
      const dd = el('dd');
      dd.appendChild(valueNode);
      list.appendChild(dd);
    };
    // Card-defined properties in the object's key order; only defined, non-null ones show.
    for (const key of Object.keys(object || {})) {
      if (vocabulary.reservedObjectKeys.has(key)) continue;
      const property = properties.get(key);
      const value = object[key];
      if (!property || value === null || value === undefined) continue;
      addRow(property.label, formatValue(property.dataType, value, { options: property.options || [] }));
    }
    // Then the object's own properties, in the order given.
    for (const item of Array.isArray(object && object.properties) ? object.properties : []) {
      if (!item || item.value === null || item.value === undefined) continue;
      addRow(item.label, formatValue(item.dataType, item.value, item));
    }
    if (list.childElementCount > 0) article.appendChild(list);

    const actions = Array.isArray(object && object.actions) ? object.actions : [];
    if (actions.length > 0) {
      const bar = el('div', 'object-actions');
      actions.forEach((action) => bar.appendChild(actionButton(action)));
      article.appendChild(bar);
    }
    return article;
  }

  function renderCard(data) {
    const definition = data.definition || {};
    const body = data.body;
    const objects = clear($('card-objects'));
    clear($('card-primary'));
    clear($('card-secondary'));
    clear($('card-footer'));

    if (data.status !== 200 || !body || !Array.isArray(body.results)) {
      $('card-title').textContent = definition.title || '';
      objects.appendChild(el('p', 'card-message error',
        'There was a problem displaying this content. (See the checks below.)'));
      return;
    }
    const results = body.results;
    $('card-title').textContent = (definition.title || '') + ' (' + results.length + ')';

    const properties = new Map();
    for (const property of (definition.display && definition.display.properties) || []) {
      properties.set(property.name, property);
    }
    if (results.length === 0) {
      objects.appendChild(el('p', 'card-message', 'No items.'));
    }
    const shown = vocabulary.objectsShown;
    results.slice(0, shown).forEach((object) => objects.appendChild(renderObject(object, properties)));
    if (results.length > shown) {
      objects.appendChild(el('p', 'more', 'HubSpot shows the first ' + shown + ' of ' + results.length + ' objects.'));
    }

    if (body.primaryAction) {
      $('card-primary').appendChild(actionButton(body.primaryAction, 'secondary'));
    }
    for (const action of Array.isArray(body.secondaryActions) ? body.secondaryActions : []) {
      $('card-secondary').appendChild(actionButton(action));
    }
    if (body.settingsAction) {
      const settings = actionButton(body.settingsAction, 'settings');
      settings.textContent = '\u2699 ' + (body.settingsAction.label || 'Settings');
      $('card-footer').appendChild(settings);
    }
  }

  function allActions(body) {
    const actions = [];
    if (!body) return actions;
    for (const object of Array.isArray(body.results) ? body.results : []) {
      if (object && Array.isArray(object.actions)) actions.push(...object.actions);
    }
    if (body.primaryAction) actions.push(body.primaryAction);
    if (body.settingsAction) actions.push(body.settingsAction);
    if (Array.isArray(body.secondaryActions)) actions.push(...body.secondaryActions);
    return actions;
  }

  function renderRewriteNotice(data) {
    const others = new Set();
    for (const action of allActions(data.body)) {
      try {
        const origin = new URL(action.uri).origin;
        if (origin !== state.origin) others.add(origin);
      } catch (e) {
        // Not a URL: the checks report it.
      }
    }
    const notice = $('rewrite-notice');
    if (others.size === 0) {
      notice.hidden = true;
      return;
    }
    notice.textContent = 'Action URLs on ' + Array.from(others).sort().join(', ')
      + ' are sent to ' + state.origin + ' (the origin of --url) instead.';
    notice.hidden = false;
  }

  function renderRecord(data) {
    const url = new URL(data.request.url);
    const params = url.searchParams;
    const first = params.get('firstname') || '';
    const last = params.get('lastname') || '';
    const name = (first + ' ' + last).trim() || params.get('name') || params.get('dealname')
      || params.get('subject') || (params.get('associatedObjectType') || 'Record') + ' ' + (params.get('associatedObjectId') || '');
    $('record-name').textContent = name;
    $('record-avatar').textContent = name.split(/\s+/).map((w) => w.charAt(0)).join('').slice(0, 2).toUpperCase();
    $('record-type').textContent = data.objectType + ' \u00b7 record ' + (params.get('associatedObjectId') || '');
    const list = clear($('record-params'));
    for (const [key, value] of params) {
      list.appendChild(el('dt', null, key));
      list.appendChild(el('dd', null, value));
    }
  }

  function renderChecks(data) {
    const list = clear($('checks'));
    const problems = data.problems || [];
    const gaps = vocabularyGaps();
    if (problems.every((problem) => problem.severity === 'note') && gaps.length === 0) {
      list.appendChild(el('li', 'clean', 'No problems: the answer meets HubSpot\'s rules.'));
    }
    for (const gap of gaps) {
      list.appendChild(el('li', 'error', gap));
    }
    for (const problem of problems) {
      list.appendChild(el('li', problem.severity, problem.line));
    }
    $('fetch-info').textContent = data.request.method + ' ' + data.request.url.split('?')[0] + ' \u2192 '
      + (data.status < 0 ? 'no response' : 'HTTP ' + data.status) + ' in ' + data.elapsedMillis + ' ms';
  }

  // ---------------------------------------------------------------- actions

  let toastTimer = null;

  function toast(text, kind) {
    const node = $('toast');
    node.textContent = text;
    node.className = 'toast ' + kind;
    node.hidden = false;
    clearTimeout(toastTimer);
    if (kind !== 'pending') toastTimer = setTimeout(() => { node.hidden = true; }, 8000);
  }

  function logActivity(text) {
    const item = el('li', null, text);
    $('activity').prepend(item);
  }

  // What each action type of the vocabulary does when clicked.
  const ACTIONS = {
    IFRAME: (action) => openIframe(action),
    ACTION_HOOK: (action) => sendHook(action),
    CONFIRMATION_ACTION_HOOK: (action) => confirmAction(action).then((confirmed) => { if (confirmed) sendHook(action); }),
    // The preview draws the legacy sidebar; forms are drawn by crmcards' card UI only, so it
    // says where to try one instead.
    FORM: (action) => toast((action.label || 'This action') + ' opens a form, which the preview does not draw.'
      + ' To try it, write the HubSpot project with crmcards-cli.jar app and run it with hs project dev'
      + ' against this server.', 'info'),
  };

  function runAction(action) {
    if (!action || typeof action !== 'object') return;
    if (!vocabulary.actionTypes.has(action.type) || !ACTIONS[action.type]) {
      toast('Unknown action type ' + action.type, 'error');
      return;
    }
    ACTIONS[action.type](action);
  }

  function openIframe(action) {
    const dialog = $('iframe-dialog');
    const frame = $('iframe-frame');
    state.iframeLabel = action.label || '';
    $('iframe-title').textContent = action.label || '';
    frame.style.width = (Number(action.width) || 640) + 'px';
    frame.style.height = (Number(action.height) || 480) + 'px';
    frame.src = actionTarget(action.uri);
    dialog.showModal();
    logActivity('IFRAME ' + frame.src);
  }

  function closeIframe() {
    $('iframe-frame').src = 'about:blank';
    if ($('iframe-dialog').open) $('iframe-dialog').close();
  }

  // HubSpot's iframe protocol: the page posts JSON.stringify({action: 'DONE' | 'CANCEL'}).
  function onMessage(event) {
    if (!$('iframe-dialog').open || event.source !== $('iframe-frame').contentWindow) return;
    let message = event.data;
    if (typeof message === 'string') {
      try { message = JSON.parse(message); } catch (e) { return; }
    }
    if (!message || (message.action !== 'DONE' && message.action !== 'CANCEL')) return;
    closeIframe();
    if (message.action === 'DONE') toast(state.iframeLabel + ': done.', 'success');
    else toast(state.iframeLabel + ': cancelled.', 'info');
  }

  function confirmAction(action) {
    const dialog = $('confirm-dialog');
    $('confirm-message').textContent = action.confirmationMessage || 'Are you sure you want to proceed?';
    $('confirm-ok').textContent = action.confirmButtonText || vocabulary.defaultConfirmButtonText;
    $('confirm-cancel').textContent = action.cancelButtonText || vocabulary.defaultCancelButtonText;
    return new Promise((resolve) => {
      const finish = (answer) => {
        $('confirm-ok').onclick = null;
        $('confirm-cancel').onclick = null;
        dialog.onclose = null;
        if (dialog.open) dialog.close();
        resolve(answer);
      };
      $('confirm-ok').onclick = () => finish(true);
      $('confirm-cancel').onclick = () => finish(false);
      dialog.onclose = () => finish(false);
      dialog.showModal();
    });
  }

  async function sendHook(action) {
    const label = action.label || action.type;
    toast(label + '\u2026', 'pending');
    try {
      const response = await fetch(apiUrl('/api/action'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action),
      });
      const result = await response.json();
      if (!response.ok) {
        toast(label + ' failed: ' + result.error, 'error');
        logActivity(label + ': not sent (' + result.error + ')');
        return;
      }
      logActivity(result.method + ' ' + result.url.split('?')[0] + ' \u2192 ' + result.status);
      for (const problem of result.problems || []) {
        logActivity(label + ': ' + problem.line);
      }
      if (result.ok) {
        toast(label + ' succeeded.' + (result.message ? ' ' + result.message : ''), 'success');
      } else {
        toast(label + ' failed (HTTP ' + result.status + ')' + (result.message ? ': ' + result.message : '.'), 'error');
      }
    } catch (e) {
      toast(label + ' failed: ' + e.message, 'error');
    }
  }

  // ---------------------------------------------------------------- loading

  function apiUrl(path) {
    const params = new URLSearchParams();
    if (state.card) params.set('card', state.card);
    if (state.objectType) params.set('objectType', state.objectType);
    return path + '?' + params.toString();
  }

  function fillTypes() {
    const card = state.cards.find((c) => c.name === state.card) || state.cards[0];
    const select = clear($('type-select'));
    for (const type of card.objectTypes) {
      const option = el('option', null, type);
      option.value = type;
      select.appendChild(option);
    }
    if (!card.objectTypes.includes(state.objectType)) state.objectType = null;
  }

  async function load() {
    $('card-title').textContent = 'Loading\u2026';
    try {
      const response = await fetch(apiUrl('/api/fetch'));
      const data = await response.json();
      if (!response.ok) {
        clear($('card-objects')).appendChild(el('p', 'card-message error', data.error));
        $('card-title').textContent = 'Cannot fetch the card';
        return;
      }
      state.data = data;
      state.objectType = data.objectType;
      $('type-select').value = data.objectType;
      renderRecord(data);
      renderCard(data);
      renderChecks(data);
      renderRewriteNotice(data);
      document.body.dataset.loaded = 'true';
    } catch (e) {
      clear($('card-objects')).appendChild(el('p', 'card-message error', e.message));
    }
  }

  async function init() {
    learn(await (await fetch('/vocabulary.json')).json());
    const info = await (await fetch('/api/cards')).json();
    state.cards = info.cards;
    state.origin = info.origin;
    const params = new URLSearchParams(window.location.search);
    const wanted = params.get('card');
    state.card = state.cards.some((c) => c.name === wanted) ? wanted : state.cards[0].name;
    state.objectType = params.get('objectType');

    const cardSelect = $('card-select');
    for (const card of state.cards) {
      const option = el('option', null, card.title + ' (' + card.name + ')');
      option.value = card.name;
      cardSelect.appendChild(option);
    }
    cardSelect.value = state.card;
    fillTypes();

    cardSelect.addEventListener('change', () => {
      state.card = cardSelect.value;
      state.objectType = null;
      fillTypes();
      history.replaceState(null, '', '?card=' + encodeURIComponent(state.card));
      load();
    });
    $('type-select').addEventListener('change', () => {
      state.objectType = $('type-select').value;
      load();
    });
    $('reload').addEventListener('click', load);
    $('card-toggle').addEventListener('click', () => {
      const body = $('card-body');
      body.hidden = !body.hidden;
      $('card-toggle').setAttribute('aria-expanded', String(!body.hidden));
      $('card-toggle').textContent = body.hidden ? '\u25b8' : '\u25be';
    });
    $('iframe-close').addEventListener('click', closeIframe);
    $('iframe-dialog').addEventListener('close', closeIframe);
    window.addEventListener('message', onMessage);
    await load();
  }

  document.addEventListener('DOMContentLoaded', init);
})();
