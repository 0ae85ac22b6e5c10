# Two commands set everything up on a fresh machine:
#   make run    venv + package, then `etl run` on the bundled sample corpus
#   make test   venv + dev extras (+ headless Chromium for the HTML test), then the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= output

.PHONY: run test lint format bench browser clean eval

$(BIN)/etl: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.dev: $(BIN)/etl
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

run: $(BIN)/etl
	$(BIN)/etl run --out $(OUT)

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the HTML page test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; the browser test will be skipped"; }

test: $(VENV)/.dev browser
	$(BIN)/python -m pytest -n 2 tests

lint: $(VENV)/.dev
	$(BIN)/ruff check etl tests bench
	$(BIN)/ruff format --check etl tests bench

format: $(VENV)/.dev
	$(BIN)/ruff format etl tests bench
	$(BIN)/ruff check --fix etl tests bench

bench: $(VENV)/.dev
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) $(OUT)/tables $(OUT)/rejects $(OUT)/quality $(OUT)/leaderboards $(OUT)/stage $(OUT)/.versions $(OUT)/etl.duckdb $(OUT)/manifest.json

# Extraction quality: the developers' dev set (outside the repo), the held-out sets and the tuning sets (eval/).
eval: $(BIN)/etl
	@if [ -f ../shared/gold/dev.jsonl ]; then echo "== dev"; $(BIN)/etl eval ../shared/gold/dev.jsonl; fi
	@echo "== held-out (arXiv)"; $(BIN)/etl eval eval/heldout.jsonl
	@echo "== held-out (arXiv 2, blind)"; $(BIN)/etl eval eval/heldout_arxiv2.jsonl
	@echo "== held-out (arXiv 3, blind)"; $(BIN)/etl eval eval/heldout_arxiv3.jsonl
	@echo "== held-out (arXiv 4, blind)"; $(BIN)/etl eval eval/heldout_arxiv4.jsonl
	@echo "== held-out (arXiv 5, blind)"; $(BIN)/etl eval eval/heldout_arxiv5.jsonl
	@echo "== held-out (listings 1, diagnostic)"; $(BIN)/etl eval eval/heldout_listings.jsonl
	@echo "== held-out (listings 2, blind)"; $(BIN)/etl eval eval/heldout_listings2.jsonl
	@echo "== tuning (listings, not blind)"; $(BIN)/etl eval eval/tune_listings.jsonl
	@echo "== tuning (arXiv, not blind)"; $(BIN)/etl eval eval/tune_arxiv.jsonl
	@echo "== tuning (arXiv 2, not blind)"; $(BIN)/etl eval eval/tune_arxiv2.jsonl
	@echo "== tuning (arXiv 3, not blind)"; $(BIN)/etl eval eval/tune_arxiv3.jsonl
	@echo "== tuning (arXiv 4, not blind)"; $(BIN)/etl eval eval/tune_arxiv4.jsonl
	@echo "== tuning (arXiv 5, not blind)"; $(BIN)/etl eval eval/tune_arxiv5.jsonl
	@echo "== known leaderboard entries (arXiv)"; $(BIN)/etl entries eval/pwc_entries.jsonl
	@for f in eval/probes/probe*.jsonl; do echo "== invented probe battery $$f (see eval/probes/README.md)"; $(BIN)/etl eval $$f | grep -E '^ *(detection|typed|full)|^context'; done
