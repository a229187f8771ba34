/**
 * The viewer's script, inline in report.html. Plain browser JavaScript kept in a string so the renderer stays a pure
 * function. It reads the run from the page's JSON block and builds every element with textContent, never innerHTML,
 * so nothing a model wrote can become markup. The scenario list is virtual: only the rows in view exist, which keeps
 * 10,000 scenarios as quick as 10; a trial's conversation is built when it is opened.
 */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('salvo-data').textContent);
  var ROW = 30, MARGIN = 10;
  var list = document.getElementById('list'), spacer = document.getElementById('spacer');
  var detail = document.getElementById('detail'), search = document.getElementById('search');
  var verdictFilter = document.getElementById('verdict'), shownLabel = document.getElementById('shown');
  var scenarios = data.scenarios, shown = [], selected = -1, painted = '';
  var haystacks = scenarios.map(function (s) { return (s.name + '\n' + s.file + '\n' + s.summary).toLowerCase(); });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function plural(count, word) { return count + ' ' + word + (count === 1 ? '' : 's'); }
  function badge(s) { return el('span', 'badge v-' + s.v, s.label); }
  function figure(label, value) {
    var span = el('span', '', label + ' ');
    return add(span, el('b', '', value));
  }

  function renderOverview() {
    var run = data.run, c = run.counts, box = document.getElementById('overview');
    document.getElementById('title').textContent = 'salvo run ' + run.id + (run.interrupted ? ' (interrupted)' : '');
    add(box, figure('scenarios', c.total), figure('passed', c.passed), figure('failed', c.failed),
      figure('errored', c.errored), figure('skipped', c.skipped), figure('cost', run.cost),
      figure('wall time', run.wall), figure('started', run.started), figure('salvo', run.salvo));
    if (run.shard) add(box, el('span', '', run.shard));
    if (data.baseline) {
      var b = data.baseline, classes = b.classes.map(function (k) { return k.count + ' ' + k.name; }).join(', ');
      add(box, figure('vs ' + b.origin + ':', b.passed + '; cost ' + b.cost + (classes ? '; ' + classes : '')));
    }
  }

  function fillVerdicts() {
    var seen = {};
    scenarios.forEach(function (s) { seen[s.v] = (seen[s.v] || 0) + 1; });
    ['HARD_FAIL', 'FAIL', 'INFRA_ERROR', 'PARTIAL', 'SKIPPED', 'PASS'].forEach(function (v) {
      if (!seen[v]) return;
      var option = el('option', '', v.replace('_', ' ') + ' (' + seen[v] + ')');
      option.value = v;
      verdictFilter.appendChild(option);
    });
  }

  function applyFilter() {
    var query = search.value.trim().toLowerCase(), verdict = verdictFilter.value;
    shown = [];
    for (var i = 0; i < scenarios.length; i++) {
      if (verdict === 'NOT_PASS' ? scenarios[i].v === 'PASS' : verdict && scenarios[i].v !== verdict) continue;
      if (query && haystacks[i].indexOf(query) === -1) continue;
      shown.push(i);
    }
    spacer.style.height = shown.length * ROW + 'px';
    shownLabel.textContent = shown.length + ' of ' + scenarios.length + ' scenarios';
    list.scrollTop = 0;
    paint(true);
  }

  function paint(force) {
    var first = Math.max(0, Math.floor(list.scrollTop / ROW) - MARGIN);
    var last = Math.min(shown.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + MARGIN);
    var key = first + ':' + last;
    if (!force && key === painted) return;
    painted = key;
    spacer.textContent = '';
    for (var i = first; i < last; i++) spacer.appendChild(rowElement(shown[i], i));
  }

  function rowElement(index, position) {
    var s = scenarios[index], row = el('div', 'row' + (index === selected ? ' selected' : ''));
    row.style.top = position * ROW + 'px';
    row.title = s.file;
    row.setAttribute('data-index', index);
    row.setAttribute('data-verdict', s.v);
    add(row, badge(s), el('span', 'name', s.name), el('span', 'figure', s.passRate), el('span', 'figure', s.cost));
    row.addEventListener('click', function () { select(index); });
    return row;
  }

  function select(index) {
    selected = index;
    paint(true);
    showScenario(scenarios[index]);
  }

  function showScenario(s) {
    detail.textContent = '';
    detail.scrollTop = 0;
    add(detail, add(el('h2'), badge(s), document.createTextNode(' ' + s.name)));
    var facts = [s.file, s.model, s.mode, 'pass rate ' + s.passRate, s.cost, s.time];
    if (s.change) facts.push('vs baseline: ' + s.change);
    add(detail, el('div', 'muted', facts.filter(Boolean).join(' · ')));
    if (s.summary) add(detail, el('p', 'text', s.summary));
    if (s.trials.length === 0) add(detail, el('p', 'muted', 'No trial ran.'));
    var open = s.trials.findIndex(function (t) { return t.status !== 'passed'; });
    s.trials.forEach(function (t, i) { add(detail, trialElement(t, i === (open === -1 ? 0 : open))); });
  }

  function trialElement(t, open) {
    var box = el('details', 'trial'), body = el('div', 'body'), built = false;
    add(box, el('summary', '', 'Trial ' + t.n + ': ' + t.status + ' · score ' + t.score + ' · ' + t.cost + ' · ' +
      t.time + ' · ' + plural(t.turns, 'turn') + ' · ' + plural(t.toolCalls, 'tool call') + ' · ' + t.mode), body);
    function build() {
      if (built) return;
      built = true;
      if (t.error) add(body, el('p', 'error', t.error));
      if (t.judge) add(body, el('p', 'muted', t.judge));
      add(body, assertionTable(t.assertions));
      var trace = t.trace ? data.traces[t.trace] : null;
      if (trace) addTrace(body, trace);
      else add(body, el('p', 'muted', t.trace ? 'The trace ' + t.trace + ' is not in this report.' : 'No trace.'));
    }
    box.addEventListener('toggle', function () { if (box.open) build(); });
    if (open) { build(); box.open = true; }
    return box;
  }

  function assertionTable(assertions) {
    if (assertions.length === 0) return el('p', 'muted', 'No assertion was evaluated.');
    var table = el('table', 'assertions');
    add(table, add(el('tr'), el('th', '', ''), el('th', '', 'Assertion'), el('th', '', 'Reason')));
    assertions.forEach(function (a) {
      var label = a.label + (a.required ? ' (required)' : '') + (a.turn ? ' · turn ' + a.turn : '');
      add(table, add(el('tr'), el('td', a.passed ? 'ok' : 'no', a.passed ? 'pass' : 'FAIL'), el('td', '', label),
        el('td', 'text', a.reason)));
    });
    return table;
  }

  function addTrace(body, trace) {
    if (trace.truncated) add(body, el('p', 'muted', 'This trace was cut to the size limits; cut places are marked.'));
    if (trace.system !== null) {
      add(body, add(el('details', 'system'), el('summary', '', 'System prompt'), el('pre', '', trace.system)));
    }
    var conversation = el('div', 'conversation');
    trace.messages.forEach(function (m) { add(conversation, messageElement(m)); });
    add(body, conversation, el('p', 'muted', 'Stopped: ' + trace.stop));
    if (trace.error) add(body, el('p', 'error', trace.error));
    if (trace.turns.length > 0) add(body, turnTable(trace.turns));
    if (trace.finalState !== null) {
      add(body, add(el('details', 'state'), el('summary', '', 'Final state'), el('pre', '', trace.finalState)));
    }
  }

  function messageElement(m) {
    var box = el('div', 'msg ' + m.role + (m.isError ? ' error' : '')), who = m.role;
    if (m.role === 'user' && m.userTurn) who = 'user · turn ' + m.userTurn;
    if (m.role === 'tool') who = 'tool result · ' + m.tool + ' · ' + m.answeredBy + ' · ' + m.callId;
    add(box, el('div', 'who', who));
    if (m.text) add(box, m.role === 'tool' ? el('pre', '', m.text) : el('div', 'text', m.text));
    (m.calls || []).forEach(function (call) {
      add(box, el('div', 'who', 'calls ' + call.name + ' · ' + call.id), el('pre', 'args', call.args));
    });
    return box;
  }

  function turnTable(turns) {
    var table = el('table', 'turns');
    add(table, add(el('tr'), el('th', '', 'Model turn'), el('th', '', 'User turn'), el('th', '', 'Model'),
      el('th', '', 'Latency'), el('th', '', 'Tokens'), el('th', '', 'Cost'), el('th', '', 'Finish')));
    turns.forEach(function (t) {
      add(table, add(el('tr'), el('td', '', t.n), el('td', '', t.user || ''), el('td', '', t.model),
        el('td', '', t.time), el('td', '', t.tokens), el('td', '', t.cost), el('td', '', t.end)));
    });
    return table;
  }

  var pending = 0;
  search.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(applyFilter, 60);
  });
  verdictFilter.addEventListener('change', applyFilter);
  list.addEventListener('scroll', function () { requestAnimationFrame(function () { paint(false); }); });
  window.addEventListener('resize', function () { paint(false); });
  list.addEventListener('keydown', function (event) {
    var at = shown.indexOf(selected), next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : -2;
    if (next < 0 || next >= shown.length) return;
    event.preventDefault();
    select(shown[next]);
    var top = next * ROW;
    if (top < list.scrollTop || top + ROW > list.scrollTop + list.clientHeight) list.scrollTop = top - ROW;
  });

  renderOverview();
  fillVerdicts();
  applyFilter();
  document.body.setAttribute('data-ready', 'true');
})();
`;
