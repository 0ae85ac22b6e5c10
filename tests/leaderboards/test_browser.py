"""The HTML page in a real headless Chromium: it renders, has every table, and sorting works."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from etl.leaderboards import run
from tests.leaderboards.conftest import paper, result

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (`make browser` installs Debian's chromium)"
)

# Clicks the "value" header of the best-scores table twice and records the model column each time.
SELFTEST = """<script>
(function () {
  var table = document.getElementById("t-best_scores");
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var names = heads.map(function (h) { return h.textContent; });
  var v = names.indexOf("value"), m = names.indexOf("model");
  function models() {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[m].textContent; });
  }
  var out = {ready: document.documentElement.getAttribute("data-ready"), before: models()};
  heads[v].click(); out.asc = models();
  heads[v].click(); out.desc = models();
  out.tables = document.querySelectorAll("table.sortable").length;
  out.empty = document.querySelectorAll("section p.empty").length;
  out.sections = document.querySelectorAll("main section").length;
  out.svgs = document.querySelectorAll("svg.chart").length;
  var pre = document.createElement("pre"); pre.id = "selftest"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def page(make_layout, tmp_path: Path) -> Path:
    models = [("ResNet-50", 76.1, 2.5e7), ("ViT-B/16", 81.8, 8.6e7), ("MobileNet-V1", 70.6, 4.2e6)]
    rows = []
    for i, (name, acc, size) in enumerate(models):
        pid = f"p{i + 1}"
        rows.append(result(pid, 0, "score", acc, "%", metric="Top-1 Acc.", dataset="ImageNet-1K", model=name))
        rows.append(result(pid, 1, "param_count", size, "params", model=name))
    rows.append(
        result("p1", 2, "speedup", 3.5, "x", metric="decoding", model="ResNet-50", baseline="<b>x</b>")
    )
    papers = [paper(f"p{i}", f"<script>alert({i})</script> | pipe |", f"2101.0000{i}") for i in (1, 2, 3)]
    layout = make_layout(papers, rows)
    run(layout)
    return layout.leaderboards / "index.html"


def test_page_renders_with_every_table_and_sorting_works(page: Path, tmp_path: Path) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(
        page.read_text(encoding="utf-8").replace("</body>", SELFTEST + "</body>"), encoding="utf-8"
    )
    done = _chromium(tmp_path / "profile", "--dump-dom", probe.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    m = re.search(r'<pre id="selftest">(.*?)</pre>', done.stdout, re.S)
    assert m, done.stdout[-2000:]
    out = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert out["ready"] == "1"
    assert out["sections"] == 6
    assert (out["tables"], out["empty"]) == (3, 3)  # no improvements, reductions or set-aside results
    assert out["svgs"] >= 3  # score bars, score vs size scatter, speedup bars, size bars
    assert out["before"] == ["ViT-B/16", "ResNet-50", "MobileNet-V1"]
    assert out["asc"] == ["MobileNet-V1", "ResNet-50", "ViT-B/16"]
    assert out["desc"] == ["ViT-B/16", "ResNet-50", "MobileNet-V1"]
    assert "alert(1)" not in done.stdout.split('<pre id="selftest">')[0].replace("&lt;script&gt;alert(1)", "")


def test_page_screenshot(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "page.png"
    done = _chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
