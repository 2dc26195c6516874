// Paints the start snapshot (src/app/start-snapshot.ts) before the app's code has loaded: what the
// signed-in user last saw at this address, inert, over the page until the app takes over. Plain script,
// no build step: it runs before anything else. Nothing is shown for another user, another address, the
// other side of the wide/narrow breakpoint, or a snapshot older than a week.
/* global window, document, localStorage, location */
(function paintStartSnapshot() {
  var KEY = 'ringplan.start-snapshot';
  var MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
  var WIDE_MIN_PX = 900;
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    var stored = JSON.parse(localStorage.getItem('ringplan.session') || 'null');
    var state = stored && stored.state;
    if (!saved || !state || state.status !== 'signed-in' || !state.session) return;
    if (saved.user !== String(state.session.email).toLowerCase()) return;
    var page = saved.pages && saved.pages[location.pathname + location.search];
    if (!page || Date.now() - page.savedAt > MAX_AGE_MS) return;
    if (window.innerWidth >= WIDE_MIN_PX !== page.wide) return;

    // The page-wide rules (the theme's variables, the body's font and colours) reach the snapshot through
    // inheritance; the app inserts the same rules as it starts, and this copy goes when it takes over.
    var style = document.createElement('style');
    style.id = 'start-snapshot-style';
    style.textContent = page.css;
    document.head.appendChild(style);
    if (page.scheme) document.documentElement.className = page.scheme;

    // In a closed shadow root: its copies of the app's elements and ids never meet the app's own (no
    // query of the page finds them); inert and hidden from assistive technology, as it is a picture.
    var host = document.createElement('div');
    host.id = 'start-snapshot';
    host.setAttribute('inert', '');
    host.setAttribute('aria-hidden', 'true');
    var shadow = host.attachShadow({ mode: 'closed' });
    var rules = document.createElement('style');
    rules.textContent = page.css;
    var frame = document.createElement('div');
    // The browser's own serialisation of the app's DOM: its text nodes were escaped when it was saved.
    frame.innerHTML = page.html;
    shadow.appendChild(rules);
    shadow.appendChild(frame);
    document.body.insertBefore(host, document.body.firstChild);
    var scrolled = frame.querySelectorAll('[data-snapshot-scroll]');
    for (var i = 0; i < scrolled.length; i += 1) {
      scrolled[i].scrollTop = Number(scrolled[i].getAttribute('data-snapshot-scroll'));
    }
  } catch {
    // An unreadable snapshot: the app starts as it would without one.
  }
})();
