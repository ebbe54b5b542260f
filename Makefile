# Two commands on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CORPUS ?= seeds
OUT    ?= reports

.PHONY: report tables test accuracy variants bench bench-instructions bench-report fuzz clean install

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

report: install
	$(PY) -m stats report $(CORPUS) --out $(OUT) --figures figures

tables: install
	$(PY) -m stats tables $(CORPUS) --out out/tables

test: install
	$(PY) -m pytest -q

accuracy: install
	$(PY) bench/accuracy.py
	$(PY) bench/accuracy.py bench/styles.jsonl
	$(PY) bench/accuracy.py bench/blind37.jsonl

variants: install
	$(PY) bench/variants.py

bench: install
	$(PY) bench/throughput.py

bench-instructions: install
	$(PY) bench/instructions.py --breakdown

bench-report: install
	$(PY) bench/report_speed.py --json bench/results/report_speed.json

fuzz: install
	$(PY) bench/fuzz.py --docs 10000

clean:
	rm -rf out reports/data reports/report.pdf reports/report.html reports/report.typ figures/*.svg figures/*.png
