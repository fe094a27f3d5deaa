// newswire search page. No framework, no build step. All article text goes
// into the page through textContent / text nodes, never as HTML.
'use strict';

(function () {
  const FILTERS = ['speaker', 'role', 'from', 'to', 'place', 'agency'];
  const PAGE = 10;
  const $ = (id) => document.getElementById(id);
  let seq = 0; // ignore answers to superseded requests

  // ---- DOM helpers -------------------------------------------------------
  // h('a', {href: '?x', class: 'c', onclick: fn}, 'text', node, ...)
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'style') for (const [p, x] of Object.entries(v)) el.style.setProperty(p, x);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); return el; };

  // Text with byte-range highlights (the API counts UTF-8 bytes) as nodes.
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  function highlighted(text, ranges, tag) {
    const bytes = enc.encode(text || '');
    const out = [];
    let at = 0;
    const sorted = (ranges || []).slice().sort((a, b) => a[0] - b[0]);
    for (const [a, b] of sorted) {
      if (a < at || b > bytes.length || a >= b) continue;
      if (a > at) out.push(document.createTextNode(dec.decode(bytes.subarray(at, a))));
      out.push(h(tag || 'mark', {}, dec.decode(bytes.subarray(a, b))));
      at = b;
    }
    if (at < bytes.length) out.push(document.createTextNode(dec.decode(bytes.subarray(at))));
    return out;
  }

  // A stable colour per speaker.
  function hue(name) {
    let x = 2166136261;
    for (const ch of name || '') { x ^= ch.codePointAt(0); x = Math.imul(x, 16777619) >>> 0; }
    return x % 360;
  }
  const speakerStyle = (name) => name ? { '--hue': String(hue(name)) } : null;

  function safeUrl(u) {
    try { const x = new URL(u); return (x.protocol === 'http:' || x.protocol === 'https:') ? x.href : null; } catch (e) { return null; }
  }

  // ---- state in the URL --------------------------------------------------
  function readState() {
    const p = new URLSearchParams(location.search);
    const s = { q: p.get('q') || '', sort: p.get('sort') || 'relevance', offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0), article: p.get('article') };
    for (const f of FILTERS) s[f] = p.get(f) || '';
    const m = location.hash.match(/^#\/article\/(.+)$/);
    if (m) s.article = decodeURIComponent(m[1]);
    return s;
  }
  function urlOf(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const f of FILTERS) if (s[f]) p.set(f, s[f]);
    if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.offset) p.set('offset', String(s.offset));
    if (s.article) p.set('article', s.article);
    const q = p.toString();
    return q ? '?' + q : location.pathname;
  }
  function go(change) {
    const s = Object.assign(readState(), { article: null, offset: 0 }, change);
    history.pushState(null, '', urlOf(s));
    render();
  }
  const searchState = () => Object.assign(readState(), { article: null });

  // ---- API ---------------------------------------------------------------
  async function api(path, params) {
    const url = params ? path + '?' + params.toString() : path;
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
    return body;
  }
  function showError(msg) {
    const m = $('message');
    m.textContent = msg || '';
    m.hidden = !msg;
  }

  // ---- search view -------------------------------------------------------
  function fillForm(s) {
    $('q').value = s.q;
    $('from').value = s.from;
    $('to').value = s.to;
    $('sort').value = s.sort;
  }

  function chips(s) {
    const box = clear($('active-filters'));
    for (const f of FILTERS) {
      if (!s[f]) continue;
      box.append(h('button', { type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + f + ': ' + s[f], onclick: () => go({ [f]: '' }) },
        h('span', { class: 'chip-key' }, f), ' ', s[f], ' ', h('span', { 'aria-hidden': 'true' }, '×')));
    }
    if (FILTERS.some((f) => s[f])) {
      const none = {};
      for (const f of FILTERS) none[f] = '';
      box.append(h('button', { type: 'button', class: 'chip clear', onclick: () => go(none) }, 'clear all filters'));
    }
  }

  function facetButton(field, value, count, s, cls) {
    const active = (s[field] || '').toLowerCase() === value.toLowerCase();
    return h('button', {
      type: 'button', class: 'facet ' + (cls || ''), 'aria-pressed': active ? 'true' : 'false',
      'data-field': field, 'data-value': value, 'data-count': count,
      style: field === 'speaker' ? speakerStyle(value) : null,
      onclick: () => go({ [field]: active ? '' : value }),
    }, h('span', { class: 'facet-name' }, value), h('span', { class: 'count' }, String(count)));
  }

  const FACET_TITLES = { role: 'Role', speaker: 'Speaker', place: 'Place', agency: 'Agency' };
  function renderFacets(facets, s) {
    const box = clear($('facets'));
    for (const field of ['role', 'speaker', 'place', 'agency']) {
      const values = facets.filter((f) => f.field === field);
      const panel = h('section', { class: 'panel', id: 'facet-' + field, 'aria-labelledby': 'facet-' + field + '-h' },
        h('h2', { id: 'facet-' + field + '-h' }, FACET_TITLES[field]));
      if (!values.length) panel.append(h('p', { class: 'none' }, 'none in these results'));
      const list = h('ul', {});
      for (const v of values) {
        const li = h('li', {}, facetButton(field, v.value, v.count, s));
        if (field === 'role' && v.children && v.children.length) {
          li.append(h('ul', { class: 'people', 'aria-label': 'People with the role ' + v.value },
            v.children.map((c) => h('li', {}, facetButton('speaker', c.value, c.count, s, 'person')))));
        }
        list.append(li);
      }
      panel.append(list);
      box.append(panel);
    }
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function renderHistogram(facets, s) {
    const box = clear($('histogram'));
    const values = facets.filter((f) => f.field === 'date');
    if (!values.length) return;
    const max = Math.max(...values.map((v) => v.count));
    const bars = h('div', { class: 'bars' });
    for (const v of values) {
      const parts = v.value.split('-');
      const label = parts.length === 2 ? MONTHS[parseInt(parts[1], 10) - 1] || parts[1] : parts.length === 3 ? parts[2] : parts[0];
      bars.append(h('button', {
        type: 'button', class: 'bar', 'data-value': v.value,
        title: v.value + ': ' + v.count + (v.count === 1 ? ' article' : ' articles'),
        'aria-label': v.value + ': ' + v.count + (v.count === 1 ? ' article' : ' articles') + '; show only these',
        onclick: () => go({ from: v.value, to: v.value }),
      }, h('span', { class: 'fill', style: { height: Math.max(4, Math.round(100 * v.count / max)) + '%' } }),
        h('span', { class: 'bar-count' }, String(v.count)), h('span', { class: 'bar-label' }, label)));
    }
    const head = h('div', { class: 'hist-head' }, h('h2', {}, 'By date'));
    if (s.from || s.to) head.append(h('button', { type: 'button', class: 'link', onclick: () => go({ from: '', to: '' }) }, 'all dates'));
    box.append(head, bars);
  }

  function quoteNode(q) {
    const who = q.speaker ? (q.role ? q.speaker + ', ' + q.role : q.speaker) : 'unattributed';
    return h('li', { class: 'quote', style: speakerStyle(q.speaker), 'data-speaker': q.speaker || '' },
      h('q', {}, highlighted(q.text, q.highlights)), ' ', h('span', { class: 'who' }, '— ', who));
  }

  function articleLink(id, text, extra) {
    const href = urlOf(Object.assign(searchState(), { article: id, offset: readState().offset }));
    return h('a', Object.assign({ href, onclick: (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      history.pushState({ fromSearch: true }, '', href);
      render();
    } }, extra || {}), text);
  }

  function renderHits(r, s) {
    const list = clear($('hits'));
    list.setAttribute('start', String(s.offset + 1));
    for (const hit of r.hits) {
      const meta = [hit.date || 'undated', hit.place, hit.agency].filter(Boolean);
      const li = h('li', { class: 'hit', 'data-id': hit.id },
        h('h3', {}, articleLink(hit.id, hit.title || '(untitled)')),
        h('p', { class: 'meta' }, meta.join(' · ')),
        h('p', { class: 'snippet' }, highlighted(hit.snippet, hit.snippet_highlights)));
      if (hit.quotes && hit.quotes.length) li.append(h('ul', { class: 'quotes' }, hit.quotes.slice(0, 4).map(quoteNode)));
      if (hit.quotes && hit.quotes.length > 4) li.append(h('p', { class: 'more' }, '+' + (hit.quotes.length - 4) + ' more matching quotes'));
      list.append(li);
    }
    const total = r.total_hits;
    const sum = clear($('summary'));
    sum.dataset.total = String(total);
    sum.append(h('p', {}, total === 0 ? 'No articles match.' :
      total + (total === 1 ? ' article' : ' articles') + (total > PAGE ? ' · showing ' + (s.offset + 1) + '–' + Math.min(total, s.offset + r.hits.length) : '')));
    const pager = clear($('pager'));
    if (total > PAGE) {
      const pages = Math.ceil(total / PAGE), page = Math.floor(s.offset / PAGE) + 1;
      pager.append(
        h('button', { type: 'button', disabled: page <= 1, onclick: () => go({ offset: Math.max(0, s.offset - PAGE) }) }, '← Previous'),
        h('span', {}, 'Page ' + page + ' of ' + pages),
        h('button', { type: 'button', disabled: page >= pages, onclick: () => go({ offset: s.offset + PAGE }) }, 'Next →'));
    }
  }

  async function renderSearch(s) {
    $('search-view').hidden = false;
    $('article-view').hidden = true;
    document.body.dataset.view = 'search';
    fillForm(s);
    chips(s);
    const p = new URLSearchParams();
    p.set('q', s.q);
    for (const f of FILTERS) if (s[f]) p.set(f, s[f]);
    p.set('sort', !s.q && s.sort === 'relevance' ? '-date' : s.sort);
    p.set('facet', 'role,speaker,place,agency,date');
    p.set('limit', String(PAGE));
    if (s.offset) p.set('offset', String(s.offset));
    document.title = (s.q ? s.q + ' · ' : '') + 'newswire';
    const mine = ++seq;
    try {
      const r = await api('/api/search', p);
      if (mine !== seq) return;
      showError('');
      renderFacets(r.facets, s);
      renderHistogram(r.facets, s);
      renderHits(r, s);
    } catch (e) {
      if (mine !== seq) return;
      showError(e.message);
      clear($('hits')); clear($('facets')); clear($('histogram')); clear($('pager'));
      clear($('summary')).dataset.total = '';
    }
    document.body.dataset.state = 'ready';
  }

  // ---- article view ------------------------------------------------------
  // Body paragraphs with the quotes marked, coloured by speaker (byte offsets).
  function bodyNodes(a) {
    const bytes = enc.encode(a.body || '');
    const quotes = (a.quotes || []).filter((q) => !q.in_lead && q.start < q.end && q.end <= bytes.length).sort((x, y) => x.start - y.start);
    const segs = [];
    let at = 0;
    for (const q of quotes) {
      if (q.start < at) continue;
      if (q.start > at) segs.push([dec.decode(bytes.subarray(at, q.start)), null]);
      segs.push([dec.decode(bytes.subarray(q.start, q.end)), q]);
      at = q.end;
    }
    if (at < bytes.length) segs.push([dec.decode(bytes.subarray(at)), null]);
    const paras = [];
    let p = h('p', {});
    for (const [text, q] of segs) {
      const pieces = text.split('\n\n');
      pieces.forEach((piece, i) => {
        if (i > 0) { paras.push(p); p = h('p', {}); }
        if (!piece) return;
        if (q) {
          p.append(h('span', {
            class: 'q' + (q.direct ? ' direct' : ' reported') + (q.speaker ? '' : ' anon'), style: speakerStyle(q.speaker),
            title: (q.speaker || 'unattributed') + (q.direct ? '' : ' (reported speech)'), 'data-speaker': q.speaker || '',
          }, piece));
        } else {
          p.append(piece);
        }
      });
    }
    paras.push(p);
    return paras.filter((x) => x.childNodes.length);
  }

  function field(label, ...value) {
    return [h('dt', {}, label), h('dd', {}, ...value)];
  }

  async function renderArticle(s) {
    $('search-view').hidden = true;
    const view = $('article-view');
    view.hidden = false;
    document.body.dataset.view = 'article';
    chips(s);
    const mine = ++seq;
    clear(view).append(h('p', {}, 'Loading…'));
    let a;
    try {
      a = await api('/api/articles/' + encodeURIComponent(s.article));
    } catch (e) {
      if (mine !== seq) return;
      clear(view).append(backLink(), h('p', { class: 'error' }, e.message));
      document.body.dataset.state = 'ready';
      return;
    }
    if (mine !== seq) return;
    showError('');
    document.title = (a.title || 'article') + ' · newswire';
    const quotesBy = {};
    for (const q of a.quotes || []) if (q.speaker) quotesBy[q.speaker] = (quotesBy[q.speaker] || 0) + 1;
    const dl = h('dl', { class: 'facts' });
    dl.append(...field('Date', a.date || 'unknown', a.year_source ? h('span', { class: 'dim' }, ' (year from ' + a.year_source + ')') : null));
    if (a.dateline) {
      const d = a.dateline;
      dl.append(...field('Dateline', h('span', { class: 'dateline' }, d.raw), ' ', h('span', { class: 'dim' }, [d.place, d.region].filter(Boolean).join(', '))));
    }
    if (a.agency) dl.append(...field('Agency', a.agency));
    if (a.authors && a.authors.length) dl.append(...field('By', a.authors.join(', ')));
    if (a.sections && a.sections.length) dl.append(...field('Sections', h('ul', { class: 'inline' }, a.sections.map((x) => h('li', {}, x)))));
    const url = a.url && safeUrl(a.url);
    dl.append(...field('Source', a.source.path + (a.source.record != null ? ':' + a.source.record : ''),
      url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null));
    dl.append(...field('Id', h('code', {}, a.id)));

    const people = h('ul', { class: 'speakers' }, (a.speakers || []).concat(a.organizations || []).map((p) => h('li', { style: speakerStyle(p.name), 'data-speaker': p.name },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('a', { href: urlOf({ q: '', sort: 'relevance', offset: 0, speaker: p.name }) }, p.name),
      ' ', h('span', { class: 'dim' }, [p.roles.join(', '), p.country, p.organization ? 'organisation' : null].filter(Boolean).join(' · ')),
      ' ', h('span', { class: 'count' }, (quotesBy[p.name] || 0) + (quotesBy[p.name] === 1 ? ' quote' : ' quotes')))));

    const captions = (a.captions || []).map((c) => h('figure', { class: 'caption' },
      h('figcaption', {}, c.text, c.credit ? h('span', { class: 'credit' }, ' © ' + c.credit) : null)));

    const quoteList = h('ol', { class: 'quote-list' }, (a.quotes || []).map((q) => h('li', { class: 'quote' + (q.direct ? '' : ' reported'), style: speakerStyle(q.speaker), 'data-speaker': q.speaker || '' },
      q.direct ? h('q', {}, q.text) : h('span', {}, q.text), ' ', h('span', { class: 'who' }, '— ', q.speaker || 'unattributed', q.direct ? '' : ' (reported)'))));

    clear(view).append(
      backLink(),
      h('article', { class: 'full', 'data-id': a.id },
        h('h1', {}, a.title || '(untitled)'),
        a.lead ? h('p', { class: 'lead' }, a.lead) : null,
        dl,
        captions.length ? h('section', { 'aria-label': 'Captions' }, h('h2', {}, 'Captions'), captions) : null,
        h('div', { class: 'cols' },
          h('section', { class: 'body', 'aria-label': 'Text' }, h('h2', {}, 'Text'), bodyNodes(a)),
          h('aside', { class: 'who-said' },
            h('h2', {}, 'Speakers'), (a.speakers || []).concat(a.organizations || []).length ? people : h('p', { class: 'none' }, 'no speakers found'),
            h('h2', {}, 'Quotes'), (a.quotes || []).length ? quoteList : h('p', { class: 'none' }, 'no quotes found')))));
    view.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    document.body.dataset.state = 'ready';
  }

  function backLink() {
    const href = urlOf(searchState());
    return h('p', { class: 'back' }, h('a', { href, onclick: (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      if (history.state && history.state.fromSearch) history.back();
      else { history.pushState(null, '', href); render(); }
    } }, '← Back to results'));
  }

  // ---- wiring ------------------------------------------------------------
  function render() {
    document.body.dataset.state = 'loading';
    const s = readState();
    if (s.article) renderArticle(s); else renderSearch(s);
  }

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: $('q').value.trim(), from: $('from').value.trim(), to: $('to').value.trim(), sort: $('sort').value });
  });
  $('sort').addEventListener('change', () => go({ q: $('q').value.trim(), sort: $('sort').value }));
  $('home').addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    history.pushState(null, '', location.pathname);
    render();
  });
  window.addEventListener('popstate', render);
  window.addEventListener('hashchange', render);
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      $('q').focus();
    }
  });

  api('/api/stats').then((st) => {
    $('stats').textContent = st.articles + ' articles · index ' + st.index + ' · schema v' + st.schema_version + ' · newswire ' + st.newswire_version;
  }).catch(() => {});
  render();
})();
