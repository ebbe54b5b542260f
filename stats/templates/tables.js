// Searchable, sortable tables for the report's HTML: every <table class="sortable"> gets a search box
// (rows containing every typed word stay) and headers that sort on click (numbers as numbers).
// Inline, no library, no external resource.
(function () {
  function cellValue(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.trim() : "";
  }
  function asNumber(text) {
    var n = parseFloat(text.replace(/^(at least|more than|about|up to)\s+/, "").replace(/,/g, ""));
    return isNaN(n) ? null : n;
  }
  function sortBy(table, index, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var descending = header.getAttribute("aria-sort") === "ascending";
    var numeric = header.classList.contains("num");
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index), c;
      if (numeric) {
        var nx = asNumber(x), ny = asNumber(y);
        c = (nx === null ? -Infinity : nx) - (ny === null ? -Infinity : ny);
      } else {
        c = x.localeCompare(y);
      }
      return descending ? -c : c;
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r); });
    body.appendChild(fragment);
  }
  function addSearch(table) {
    var tools = document.createElement("div");
    tools.className = "table-tools";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Search this table";
    var count = document.createElement("span");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    count.textContent = " " + rows.length + " rows";
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        rows.forEach(function (r, k) {
          var keep = words.every(function (w) { return texts[k].indexOf(w) >= 0; });
          r.style.display = keep ? "" : "none";
          if (keep) { shown += 1; }
        });
        count.textContent = " " + shown + " of " + rows.length + " rows";
      }, 150);
    });
    tools.appendChild(input);
    tools.appendChild(count);
    table.parentNode.insertBefore(tools, table);
  }
  function setUp() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      if (!table.tHead || !table.tBodies.length) { return; }
      addSearch(table);
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
        th.title = "Sort by this column";
        th.addEventListener("click", function () { sortBy(table, i, th); });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
