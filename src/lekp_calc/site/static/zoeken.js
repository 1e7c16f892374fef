/* The search box of lekp's site: finds a gemeente by its name, NIS code, a pre-2025 name or a
   deelgemeente, as `lekp` does (case, accents, spaces and hyphens ignored). Without this script
   the page shows its alphabetical list; the script only adds the box. The names come from
   zoekindex.js, made from lekp's own data; every result is written as text, never as HTML. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  var index = window.LEKP_ZOEK;
  if (!box || !index) { return; }
  var input = document.getElementById("search-box");
  var list = document.getElementById("search-results");
  var LIMIT = 12;

  function fold(value) {
    return value.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  }

  function find(typed) {
    var key = fold(typed);
    var code = typed.trim();
    if (!key) { return []; }
    var digits = /^\d+$/.test(code);
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var entry = index[i]; /* [folded, shown, href, target, code, kind: 0 gemeente, 1 old name, 2 deelgemeente] */
      var rank;
      if (digits) {
        if (!entry[4] || entry[4].indexOf(code) !== 0) { continue; }
        rank = entry[4] === code ? 0 : 1;
      } else {
        var at = entry[0].indexOf(key);
        if (at < 0) { continue; }
        rank = entry[0] === key ? 0 : at === 0 ? 1 : 2;
      }
      found.push([rank, entry[5], i, entry]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.slice(0, LIMIT).map(function (item) { return item[3]; });
  }

  function show() {
    var typed = input.value;
    list.textContent = "";
    if (!typed.trim()) { return; }
    var results = find(typed);
    if (!results.length) {
      var none = document.createElement("li");
      none.textContent = box.getAttribute("data-none").replace("{query}", typed);
      list.appendChild(none);
      return;
    }
    results.forEach(function (entry) {
      var item = document.createElement("li");
      var anchor = document.createElement("a");
      anchor.href = entry[2];
      anchor.textContent = entry[5] === 0 ? entry[1] : entry[3];
      if (entry[5] !== 0) {
        var words = box.getAttribute(entry[5] === 1 ? "data-old" : "data-part").replace("{name}", entry[1]);
        item.appendChild(document.createTextNode(words + " → "));
      }
      item.appendChild(anchor);
      if (entry[5] === 0 && entry[4]) {
        item.appendChild(document.createTextNode(" (" + entry[4] + ")"));
      }
      list.appendChild(item);
    });
  }

  box.hidden = false;
  input.addEventListener("input", show);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) { window.location.href = first.href; }
    }
  });
}());
