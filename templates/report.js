(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (form) {
    form.hidden = false;
    var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
    var get = function (id) { return document.getElementById(id); };
    var apply = function () {
      var q = get("f-search").value.trim().toLowerCase();
      var kind = get("f-kind").value, sev = get("f-sev").value;
      var who = get("f-speaker").value, src = get("f-source").value;
      var shared = get("f-shared").checked, shown = 0;
      cards.forEach(function (c) {
        var ok = (!q || c.dataset.search.indexOf(q) >= 0 || c.dataset.speaker.toLowerCase().indexOf(q) >= 0) &&
          (!kind || (" " + c.dataset.kinds + " ").indexOf(" " + kind + " ") >= 0) &&
          (!sev || c.dataset.severity === sev) && (!who || c.dataset.speaker === who) &&
          (!src || ("|" + c.dataset.sources).indexOf("|" + src + "|") >= 0) &&
          (!shared || Number(c.dataset.size) > 1);
        c.classList.toggle("hidden", !ok);
        if (ok) { shown += 1; }
      });
      get("f-count").textContent = shown + " of " + cards.length + " shown";
    };
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      th.title = "sort";
      th.addEventListener("click", function () {
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var dir = th.dataset.dir === "asc" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { delete h.dataset.dir; });
        th.dataset.dir = dir === 1 ? "asc" : "desc";
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          if (!isNaN(nx) && !isNaN(ny)) { return (nx - ny) * dir; }
          return x.localeCompare(y) * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
}());
