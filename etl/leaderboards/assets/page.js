(function () {
  "use strict";
  function cellKey(cell, numeric) {
    if (!cell) return null;
    var text = cell.textContent.trim();
    if (text === "") return null;
    return numeric ? parseFloat(cell.getAttribute("data-v")) : text.toLowerCase();
  }
  function sortTable(table, index, th) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var h = 0; h < heads.length; h++) heads[h].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = rows.every(function (r) {
      var c = r.cells[index];
      return !c || c.hasAttribute("data-v") || c.textContent.trim() === "";
    });
    rows.forEach(function (r, k) { r.setAttribute("data-k", k); });
    rows.sort(function (a, b) {
      var x = cellKey(a.cells[index], numeric), y = cellKey(b.cells[index], numeric);
      if (x === null && y === null) return a.getAttribute("data-k") - b.getAttribute("data-k");
      if (x === null) return 1;
      if (y === null) return -1;
      var d = numeric ? x - y : (x < y ? -1 : x > y ? 1 : 0);
      if (!ascending) d = -d;
      return d || a.getAttribute("data-k") - b.getAttribute("data-k");
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  var tables = document.querySelectorAll("table.sortable");
  Array.prototype.forEach.call(tables, function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.tabIndex = 0;
      th.title = "sort by " + th.textContent;
      th.addEventListener("click", function () { sortTable(table, i, th); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortTable(table, i, th); }
      });
    });
  });
  var filters = document.querySelectorAll("input[data-filter]");
  Array.prototype.forEach.call(filters, function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
