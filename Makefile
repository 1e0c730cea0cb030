# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint compiled clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	# the C++ accelerator is optional: fall back to pure-Python diff-match-patch without it
	$(PY) -m pip install --quiet -e '.[test,fast]' || $(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py resources/samples/*.txt

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	-$(MAKE) --no-print-directory compiled  # (without a compiler, the pure-Python engine is measured)
	$(PY) tools/bench.py

# optional: the engine compiled with mypyc (1.2 to 1.9 times faster), used while its sources are unchanged
compiled: $(STAMP)
	$(PY) -m pip install --quiet -e '.[compiled]'
	$(PY) tools/build_compiled.py

lint: $(STAMP)
	$(PY) -m pip install --quiet ruff mypy
	$(VENV)/bin/ruff check core ui cli tools tests main.py
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build *.egg-info
