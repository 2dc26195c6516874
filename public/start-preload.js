// Preloads the code of the route at this address while the framework downloads (scripts/start-preload.mjs
// writes which files each route needs into index.html). Without it the route's files were found only
// after the framework had run, one import level at a time. Signed out, a signed-in address preloads the
// sign-in page, where the app sends the visitor. Plain script, no build step; in development there is
// no data and it does nothing.
/* global document, localStorage, location */
(function preloadRouteCode() {
  try {
    var block = document.getElementById('start-preload');
    if (!block) return;
    var data = JSON.parse(block.textContent);
    var stored = JSON.parse(localStorage.getItem('ringplan.session') || 'null');
    var signedIn = Boolean(stored && stored.state && stored.state.status === 'signed-in');
    var path = location.pathname === '/' ? (signedIn ? data.home : '/sign-in') : location.pathname;
    var find = function (pathname) {
      for (var i = 0; i < data.routes.length; i += 1) {
        var route = data.routes[i];
        for (var j = 0; j < route.patterns.length; j += 1) {
          if (new RegExp(route.patterns[j]).test(pathname)) return route;
        }
      }
      return null;
    };
    var route = find(path);
    if (route && route.signedIn && !signedIn) route = find('/sign-in');
    if (!route) return;
    // The saved query cache first: with the page's prefetch, it is what the first API calls wait for.
    var files = (signedIn ? data.signedIn : []).concat(route.files);
    for (var k = 0; k < files.length; k += 1) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = data.files[files[k]];
      document.head.appendChild(link);
    }
  } catch {
    // Nothing preloaded: the app loads its route's code itself, as it always can.
  }
})();
