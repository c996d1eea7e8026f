(function () {
  "use strict";
  var get = function (id) { return document.getElementById(id); };
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var fold = function (t) {
    return t.toLowerCase().replace(/[\u2018\u2019\u201a\u201b`\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/\s+/g, " ");
  };
  var text = function (el, sel) { var e = el.querySelector(sel); return e ? e.textContent : ""; };
  var words = function (t) { return (" " + t + " ").split(" "); };
  var form = get("filters");
  var root = document.documentElement;
  // anchors land below the sticky filter bar, whatever its height on this screen
  var measure = function () {
    if (form && !form.hidden) { root.style.setProperty("--bar", form.offsetHeight + "px"); }
  };
  var cards = all("article.card"), items = all("li.finding");
  var moreBox = document.querySelector(".more-findings"), more = get("f-more");
  var list = document.querySelector("ol.findings");
  var SHOWN = list ? Number(list.dataset.shown) : 20, expanded = false;
  var state = function () {
    var f = {q: fold(get("f-search").value), sev: [], kind: [],
             outlet: get("f-outlet").value, speaker: get("f-speaker").value,
             story: get("f-story") ? get("f-story").value : "", all: get("f-all").checked};
    all("input[name=sev]", form).forEach(function (b) { if (b.checked) { f.sev.push(b.value); } });
    all("input[name=kind]", form).forEach(function (b) { if (b.checked) { f.kind.push(b.value); } });
    return f;
  };
  // what a search looks in: the speaker, the words and the outlets, read once when first asked
  var haystack = function (c) {
    if (c.qcHay === undefined) {
      c.qcHay = fold([text(c, "h3 bdi")].concat(all("blockquote, .vh b", c).map(function (e) {
        return e.textContent; })).join(" "));
    }
    return c.qcHay;
  };
  var outletOf = function (p) {
    if (p.qcOutlet === undefined) { p.qcOutlet = text(p, ".v.version .vh b"); }
    return p.qcOutlet;
  };
  var anyKind = function (f, kinds) {
    if (!f.kind.length) { return true; }
    var have = words(kinds);
    return f.kind.some(function (k) { return have.indexOf(k) >= 0; });
  };
  var hasWords = function (f, hay) {
    return f.q.split(" ").filter(Boolean).every(function (w) { return hay.indexOf(w) >= 0; });
  };
  var address = function (search, hash) {
    try {
      history.replaceState(null, "", location.pathname + search + hash);
    } catch (e) { /* a browser that refuses: the page still works, only the address lags */ }
  };
  var toUrl = function (f) {
    var p = [];
    var add = function (k, v) { if (v) { p.push(k + "=" + encodeURIComponent(v)); } };
    add("q", get("f-search").value.trim());
    if (f.sev.length !== 3) { p.push("sev=" + f.sev.join(",")); }
    add("kind", f.kind.join(","));
    add("outlet", f.outlet); add("speaker", f.speaker); add("story", f.story);
    if (f.all) { p.push("all=1"); }
    address(p.length ? "?" + p.join("&") : "", location.hash);
  };
  var fromUrl = function () {
    var q = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (kv) {
      if (!kv) { return; }
      var i = kv.indexOf("=");
      q[decodeURIComponent(kv.slice(0, i < 0 ? kv.length : i))] =
        i < 0 ? "" : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " "));
    });
    if (q.q !== undefined) { get("f-search").value = q.q; }
    if (q.sev !== undefined) {
      var sev = q.sev.split(",");
      all("input[name=sev]", form).forEach(function (b) { b.checked = sev.indexOf(b.value) >= 0; });
    }
    if (q.kind !== undefined) {
      var kind = q.kind.split(",");
      all("input[name=kind]", form).forEach(function (b) { b.checked = kind.indexOf(b.value) >= 0; });
    }
    var pick = function (id, v) {
      var el = get(id);
      if (el && v !== undefined && all("option", el).some(function (o) { return o.value === v; })) { el.value = v; }
    };
    pick("f-outlet", q.outlet); pick("f-speaker", q.speaker); pick("f-story", q.story);
    get("f-all").checked = q.all === "1";
    if (q.kind || q.outlet || q.speaker || q.story || q.all) { form.querySelector("details.more").open = true; }
  };
  var apply = function () {
    var f = state(), shownItems = 0, matchedItems = 0, shownCards = 0, findingsShown = 0;
    items.forEach(function (li) {
      var d = li.dataset;
      var ok = f.sev.indexOf(d.severity) >= 0 && anyKind(f, d.kinds) &&
        (!f.outlet || d.outlet === f.outlet) && (!f.speaker || d.speaker === f.speaker) &&
        (!f.story || (d.story || "") === f.story) && hasWords(f, fold(li.textContent));
      if (ok) { matchedItems += 1; }
      var show = ok && (expanded || matchedItems <= SHOWN);
      li.classList.toggle("hidden", !show);
      if (show) { shownItems += 1; }
    });
    cards.forEach(function (c) {
      var d = c.dataset, ok = (!f.q.trim() || hasWords(f, haystack(c))) && (!f.speaker || d.speaker === f.speaker) &&
        (!f.story || (d.story || "") === f.story);
      var pairs = all(".pair", c), n = 0;
      if (ok && pairs.length) {
        pairs.forEach(function (p) {
          var e = p.dataset;
          if (f.sev.indexOf(e.severity) >= 0 && anyKind(f, e.kinds) && (!f.outlet || outletOf(p) === f.outlet)) { n += 1; }
        });
        ok = n > 0;
      } else if (ok) {
        ok = f.all && !f.kind.length && (!f.outlet || ("|" + d.sources).indexOf("|" + f.outlet + "|") >= 0);
      }
      c.classList.toggle("hidden", !ok);
      if (ok) { shownCards += 1; findingsShown += n; }
    });
    if (moreBox) {
      moreBox.hidden = matchedItems <= SHOWN;
      more.textContent = expanded ? "Show the first " + SHOWN + " only" : "Show all " + matchedItems + " in the list";
    }
    get("f-count").textContent = findingsShown + " of " + form.dataset.findings + " findings, " +
      shownCards + " of " + cards.length + " utterances shown";
    toUrl(f);
    measure();
  };
  var reveal = function () {
    // a link to an utterance the filters hide: show it rather than jump nowhere
    var id = location.hash.slice(1), target = id && get(id);
    if (!target) { return; }
    var card = target.closest ? target.closest("article.card") : null;
    if (card && card.classList.contains("hidden")) {
      form.reset();
      get("f-all").checked = true;
      apply();
    }
    target.scrollIntoView({block: "start"});
  };
  if (form) {
    form.hidden = false;
    fromUrl();
    var timer = null;
    form.addEventListener("input", function (e) {   // filter once typing pauses
      clearTimeout(timer);
      timer = setTimeout(apply, e.target.type === "search" ? 120 : 0);
    });
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.querySelector("details.more").addEventListener("toggle", measure);
    window.addEventListener("resize", measure);
    if (more) {
      more.addEventListener("click", function () { expanded = !expanded; apply(); });
    }
    apply();
    if (location.hash) { reveal(); }
    window.addEventListener("hashchange", reveal);
  }
  // j / k: the next or previous version with a finding, among those shown
  var step = function (dir) {
    var pairs = all("article.card:not(.hidden) .pair");
    if (!pairs.length) { return; }
    var line = (form ? form.getBoundingClientRect().bottom : 0) + 8, pick = null;
    if (dir > 0) {
      pick = pairs.filter(function (p) { return p.getBoundingClientRect().top > line + 2; })[0];
    } else {
      var above = pairs.filter(function (p) { return p.getBoundingClientRect().top < line - 2; });
      pick = above[above.length - 1];
    }
    if (!pick) { return; }
    pick.scrollIntoView({block: "start"});
    pick.tabIndex = -1;
    pick.focus({preventScroll: true});
    address(location.search, "#" + pick.id);
  };
  document.addEventListener("keydown", function (e) {
    var t = e.target, tag = t && t.tagName;
    if (e.altKey || e.ctrlKey || e.metaKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") { return; }
    if (e.key === "j") { e.preventDefault(); step(1); }
    else if (e.key === "k") { e.preventDefault(); step(-1); }
    else if (e.key === "/" && form) { e.preventDefault(); get("f-search").focus(); }
  });
  // copying: a citation of one version, or one utterance as Markdown or JSON
  var toast = get("copied"), toastTimer = null;
  var say = function (msg) {
    toast.textContent = msg;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.textContent = ""; }, 2500);
  };
  var copy = function (text, what) {
    var done = function () { say(what + " copied"); };
    var fallback = function () {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { done(); } else { say("could not copy: select the text instead"); }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else { fallback(); }
  };
  // the card's reference printed in full: what a version that prints less stands for
  var refOf = function (v) {
    return v.closest("article.card").querySelector(".v.reference:not(.excerpt), .v.only");
  };
  var quoteOf = function (v) {   // the words as printed: the other side's marks are not in them
    var q = v.querySelector("blockquote"), ref = q ? null : refOf(v);
    return q ? q.textContent : ref ? text(ref, "blockquote") : "";
  };
  var signature = (document.querySelector("footer") || {dataset: {}}).dataset.signature || "";
  var citeOf = function (v) {
    var link = v.querySelector("a.src");
    // a version published the day its reference was shows no date of its own
    var ref = refOf(v);
    var date = text(v, ".vh time") || (ref ? text(ref, ".vh time") : "");
    return [text(v, ".vh b"), date, link ? link.href.split("#")[0] : "",
            "characters " + (v.dataset.at || text(v, ".at"))].filter(Boolean).join(", ") + " (" + signature + ")";
  };
  var record = function (v) {
    var pair = v.closest(".pair"), role = v.classList.contains("reference") ? "reference" :
      v.classList.contains("version") ? "version" : v.classList.contains("only") ? "only" : "same";
    // a folded version that gives the reference's speaker and cue does not print them again
    var ref = v.querySelector(".attr") ? v : refOf(v) || v;
    return {outlet: text(v, ".vh b"), role: role, text: quoteOf(v), speaker: text(ref, ".attr b"),
            cue: text(ref, ".attr i") || null,
            changes: role === "version" ? all(".pairhead .chg", pair).map(function (e) { return e.textContent; }) : [],
            cite: citeOf(v)};
  };
  document.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button.copy") : null;
    if (!b) { return; }
    if (b.dataset.copy === "cite") {
      var v = b.closest(".v");
      copy("\u201c" + quoteOf(v) + "\u201d \u2014 " + text(v, ".attr b") + ", " + citeOf(v), "citation");
      return;
    }
    var card = b.closest("article.card"), seen = {}, versions = [];
    all(".v:not(.excerpt)", card).forEach(function (v) {
      var r = record(v), key = r.outlet + "\u0000" + r.role + "\u0000" + r.text;
      if (!seen[key]) { seen[key] = 1; versions.push(r); }
    });
    var head = card.querySelector("h3 bdi").textContent;
    if (b.dataset.copy === "json") {
      copy(JSON.stringify({utterance: card.id, speaker: head, severity: card.dataset.severity,
                           versions: versions}, null, 1), "JSON");
    } else {
      var md = ["### " + head + " (" + card.dataset.severity + ")", ""];
      versions.forEach(function (r) {
        md.push("> " + r.text.replace(/\n/g, "\n> "));
        md.push("", "\u2014 " + r.speaker + (r.cue ? ", " + r.cue : "") + "; **" + r.outlet + "** (" + r.role +
                (r.changes.length ? ": " + r.changes.join("; ") : "") + "); " + r.cite, "");
      });
      copy(md.join("\n"), "Markdown");
    }
  });
  // copy buttons only where a script can answer them: the page without JavaScript has none
  var button = function (kind, label) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "copy"; b.dataset.copy = kind; b.textContent = label;
    return b;
  };
  cards.forEach(function (card) {
    if (card.querySelector(".pair")) {
      var tools = document.createElement("span");
      tools.className = "tools";
      tools.append("copy ", button("md", "Markdown"), " ", button("json", "JSON"));
      card.querySelector("h3").appendChild(tools);
    }
  });
  all(".v.version, .v.reference:not(.excerpt), .v.only").forEach(function (v) {
    var vt = v.querySelector(".vt");
    if (!vt) { vt = document.createElement("div"); vt.className = "vt"; v.appendChild(vt); }
    vt.insertBefore(button("cite", "cite"), vt.firstChild);
    vt.insertBefore(document.createTextNode(" "), vt.firstChild.nextSibling);
  });
  // a table wider than the screen says so, instead of ending at the right edge as if complete
  var overflow = function () {
    all(".scroll").forEach(function (box) {
      var wide = box.scrollWidth > box.clientWidth + 2, hint = box.previousElementSibling;
      var has = hint && hint.classList.contains("sideways");
      if (wide && !has) {
        hint = document.createElement("p");
        hint.className = "hint sideways";
        hint.textContent = "The table is wider than the screen: scroll it sideways \u2192";
        box.parentNode.insertBefore(hint, box);
      } else if (!wide && has) { hint.remove(); }
    });
  };
  overflow();
  window.addEventListener("resize", overflow);
  document.addEventListener("toggle", overflow, true);   // toggle does not bubble: captured
  var number = /^-?\d+(?:\.\d+)?$/;
  all("table.sortable").forEach(function (table) {
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
