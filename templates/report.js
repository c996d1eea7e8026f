(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (form) {
    form.hidden = false;
    var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
    var get = function (id) { return document.getElementById(id); };
    var fold = function (t) {
      return t.toLowerCase().replace(/[\u2018\u2019\u201a\u201b`\u00b4]/g, "'")
        .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/\s+/g, " ");
    };
    var apply = function () {
      var words = fold(get("f-search").value).split(" ").filter(Boolean);
      var kind = get("f-kind").value, sev = get("f-sev").value;
      var who = get("f-speaker").value, src = get("f-source").value;
      var shared = get("f-shared").checked, shown = 0;
      cards.forEach(function (c) {
        var hay = c.dataset.search;
        var ok = words.every(function (w) { return hay.indexOf(w) >= 0; }) &&
          (!kind || (" " + c.dataset.kinds + " ").indexOf(" " + kind + " ") >= 0) &&
          (!sev || c.dataset.severity === sev) && (!who || c.dataset.speaker === who) &&
          (!src || ("|" + c.dataset.sources).indexOf("|" + src + "|") >= 0) &&
          (!shared || Number(c.dataset.size) > 1);
        c.classList.toggle("hidden", !ok);
        if (ok) { shown += 1; }
      });
      get("f-count").textContent = shown + " of " + cards.length + " shown";
    };
    var timer = null;
    form.addEventListener("input", function () {   // filter once typing pauses
      clearTimeout(timer);
      timer = setTimeout(apply, 120);
    });
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }
  var number = /^-?\d+(?:\.\d+)?$/;
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.title = "sort by this column";
      var sort = function () {
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          if (number.test(x) && number.test(y)) { return (parseFloat(x) - parseFloat(y)) * dir; }
          return x.localeCompare(y) * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
      });
    });
  });
}());
