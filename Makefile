# BuurtKijker — QGIS plugin. Run `make setup` once (as root on Debian 12), then `make test` / `make demo`.
# `make test-matrix`: the suite on QGIS 3.40, 3.44 and 3.44 + pandas 3 (Debian chroots); `make lint`: flake8, bandit,
# no unscoped QGIS/Qt enum (scripts/check_enums.py), package checks.
PLUGIN      := buurtkijker
PYTHON      := /usr/bin/python3
VENV        := .venv
VPY         := $(VENV)/bin/python
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
APT_PACKAGES := python3-qgis qgis-providers qgis xvfb python3-pandas python3-matplotlib python3-pytest pyqt5-dev-tools qttools5-dev-tools poppler-utils debootstrap postgresql-15-postgis-3 chromium
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup test test-long unit test-matrix lint demo package install translations templates examples bench validate docs screenshot clean

setup: $(VENV)/.done
$(VENV)/.done: requirements-dev.txt
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); fi
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install --quiet -r requirements-dev.txt
	touch $@

translations: i18n/buurtkijker_nl.qm i18n/buurtkijker_en.qm
i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@
update-ts:
	pylupdate5 -noobsolete $$(find buurtkijker_plugin -name '*.py') -ts i18n/buurtkijker_nl.ts i18n/buurtkijker_en.ts

test: setup translations
	$(VPY) scripts/run_tests.py tests

# Nightly-style: the property tests (hypothesis) with a random seed and more examples; the seed is printed first,
# `make test-long SEED=<n>` repeats a run. `make test` stays deterministic (derandomised) and fast.
test-long: setup translations
	@seed=$${SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}; \
	echo "test-long: hypothesis seed $$seed (repeat with: make test-long SEED=$$seed)"; \
	HYPOTHESIS_PROFILE=long $(VPY) -m pytest -p no:qgis -q tests/unit/test_properties.py --hypothesis-seed=$$seed && \
	HYPOTHESIS_PROFILE=long $(VPY) scripts/run_tests.py -q tests/qgis/test_properties_algorithms.py \
	  --hypothesis-seed=$$seed

unit: setup
	$(VPY) -m pytest -p no:qgis tests/unit

# QGIS 3.40 (Debian trixie), 3.44 (Debian sid) and 3.44 with PyPI's pandas 3 (sid-pandas3) in chroots cached under
# $(CHROOT_CACHE) (default build/chroots/); in sid also the enum check and QGIS' PyQt5 -> PyQt6 migration tool, which
# must change nothing. Needs root. SUITES="trixie" for one.
test-matrix: translations
	scripts/test_matrix.sh $(SUITES)

LINT_PATHS := buurtkijker_plugin tests scripts
lint: setup package
	$(VPY) -m flake8 $(LINT_PATHS)
	$(VPY) -m bandit -q -r buurtkijker_plugin
	$(VPY) scripts/check_enums.py $(LINT_PATHS)
	rm -rf build/lint && mkdir -p build/lint && cd build/lint && $(PYTHON) -m zipfile -e ../../$(PLUGIN).zip .
	$(VPY) -m flake8 --exclude __pycache__ build/lint/$(PLUGIN)
	$(VPY) -m bandit -q -r build/lint/$(PLUGIN)
	$(VPY) scripts/check_enums.py build/lint/$(PLUGIN)
	$(VPY) scripts/check_package.py $(PLUGIN).zip
	@echo "lint: clean"

demo: setup translations
	$(VPY) scripts/run_demo.py out

package: translations
	rm -rf build/$(PLUGIN) $(PLUGIN).zip && mkdir -p build/$(PLUGIN)
	cp -r buurtkijker_plugin/. build/$(PLUGIN)/
	cp -r resources metadata.txt README.md LICENSE build/$(PLUGIN)/
	mkdir -p build/$(PLUGIN)/docs && cp docs/*.md build/$(PLUGIN)/docs/
	$(PYTHON) scripts/render_docs.py build/$(PLUGIN)/docs/html
	mkdir -p build/$(PLUGIN)/i18n && cp i18n/*.qm build/$(PLUGIN)/i18n/
	find build/$(PLUGIN) -name '__pycache__' -prune -exec rm -rf {} +
	cd build && $(PYTHON) -m zipfile -c ../$(PLUGIN).zip $(PLUGIN)
	@echo "Built $(PLUGIN).zip"

install: package
	rm -rf "$(QGIS_PROFILE)/python/plugins/$(PLUGIN)"
	mkdir -p "$(QGIS_PROFILE)/python/plugins"
	cd "$(QGIS_PROFILE)/python/plugins" && $(PYTHON) -m zipfile -e "$(CURDIR)/$(PLUGIN).zip" .
	$(PYTHON) scripts/enable_plugin.py "$(QGIS_PROFILE)" $(PLUGIN)

templates: setup
	$(VPY) scripts/make_layout_templates.py

examples: setup translations
	$(VPY) scripts/example_pages.py
	$(VPY) scripts/bewoners_examples.py

bench: setup
	$(VPY) scripts/bench.py

validate: setup
	$(VPY) scripts/validate.py

docs: setup  # docs/themes.md from the theme file (a unit test fails when they differ)
	$(VPY) scripts/make_docs.py

screenshot: setup install
	$(VPY) scripts/screenshot.py docs/img
	$(VPY) scripts/screenshot.py --laptop out/laptop && cat out/laptop/laptop_report.txt
	cp out/laptop/laptop_done.png docs/img/dock_laptop.png
	$(VPY) scripts/screenshot_help.py docs/img

clean:  # --one-file-system: never into what a running test-matrix has mounted in build/chroots
	rm -rf --one-file-system build out $(PLUGIN).zip i18n/*.qm .pytest_cache
