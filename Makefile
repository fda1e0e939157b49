# The two commands of the README: `make run` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_HOME := .demo-home
DEMO_MEMBERS ?= 500

# Qt's runtime libraries (offscreen and xcb), a CJK TrueType font, pdftoppm; for the tests
# also PostgreSQL (the county store) and LibreOffice Calc (ledgers as other readers see them).
QT_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
XCB_PACKAGES := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
TEST_PACKAGES := $(QT_PACKAGES) fonts-wqy-microhei poppler-utils postgresql libreoffice-calc-nogui \
	osslsigncode
RUN_PACKAGES := $(QT_PACKAGES) $(XCB_PACKAGES) fonts-wqy-microhei
# The Windows installer, built on Linux (installer/README.md): NSIS, the signature check,
# objdump for the Qt DLLs, the font it ships; Wine for the smoke run, and MinGW for the
# one DLL Wine 8 lacks (installer/windows/wine/bcryptprimitives.c, never shipped).
WINDOWS_PACKAGES := nsis osslsigncode binutils p7zip-full fonts-wqy-microhei
WINDOWS_SMOKE_PACKAGES := $(WINDOWS_PACKAGES) wine64 gcc-mingw-w64-x86-64-win32

.PHONY: run test lint pytest system-test-deps system-run-deps i18n bundle bench screenshot clean \
	windows windows-smoke windows-lock

run: $(VENV)/.app system-run-deps
	@test -f $(DEMO_HOME)/unionstation.db || \
		$(BIN)/unionstation --home $(DEMO_HOME) demo --members $(DEMO_MEMBERS) --seed 2026
	$(BIN)/unionstation --home $(DEMO_HOME)

test: $(VENV)/.test system-test-deps lint pytest

pytest: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.test
	$(BIN)/ruff check src tests bench installer
	$(BIN)/mypy
	$(BIN)/lint-imports

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv && \
			rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); \
		else echo "python3 -m venv failed: install python3-venv"; exit 1; fi; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.test: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[test,dev]"
	@touch $@ $(VENV)/.app

# Debian packages are installed only when missing, and only as root (CI, a fresh machine).
define apt_install
	@if command -v dpkg-query >/dev/null; then \
		missing=""; for p in $(1); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
				|| missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				apt-get update && DEBIAN_FRONTEND=noninteractive \
					apt-get install -y --no-install-recommends $$missing; \
			else echo "Missing Debian packages:$$missing"; \
				echo "Install them with: sudo apt-get install$$missing"; fi; \
		fi; \
	fi
endef

system-test-deps:
	$(call apt_install,$(TEST_PACKAGES))

system-run-deps:
	$(call apt_install,$(RUN_PACKAGES))

# Qt translations: refresh the .ts source from the code, then compile the .qm (both committed).
i18n: $(VENV)/.app
	$(BIN)/pyside6-lupdate $$(find src/unionstation/ui -name '*.py' | sort) \
		-ts resources/i18n/unionstation_zh_CN.ts -no-obsolete
	$(BIN)/python resources/i18n/check_translations.py
	$(BIN)/pyside6-lrelease resources/i18n/unionstation_zh_CN.ts \
		-qm resources/i18n/unionstation_zh_CN.qm

bundle: $(VENV)/.test
	$(BIN)/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/pyinstaller \
		installer/unionstation.spec

# build/windows/UnionStation-<version>-setup.exe; downloads only PyPI packages, by hash.
# Then the tests of what was built (tests/installer; they skip in `make test` without it).
windows: $(VENV)/.test
	$(call apt_install,$(WINDOWS_PACKAGES))
	$(BIN)/python installer/windows/build.py
	UNIONSTATION_WINDOWS_BUILD=build/windows $(BIN)/python -m pytest -q tests/installer

# Installs that setup.exe under Wine in a throw-away prefix and uses it (make windows first).
windows-smoke: $(VENV)/.test
	$(call apt_install,$(WINDOWS_SMOKE_PACKAGES))
	$(BIN)/python installer/windows/smoke.py

# Regenerates installer/windows/requirements.txt (win_amd64, Python 3.13, hashes) from
# pyproject.toml's dependencies, with uv in a throw-away virtual environment.
windows-lock:
	rm -rf build/uv-venv && $(PYTHON) -m venv build/uv-venv
	build/uv-venv/bin/pip install --quiet uv
	build/uv-venv/bin/uv pip compile pyproject.toml --python-platform x86_64-pc-windows-msvc \
		--python-version 3.13 --generate-hashes --no-header --quiet \
		-o installer/windows/requirements.txt

bench: $(VENV)/.app
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

screenshot: $(VENV)/.app
	@test -f $(DEMO_HOME)/unionstation.db || \
		$(BIN)/unionstation --home $(DEMO_HOME) demo --members $(DEMO_MEMBERS) --seed 2026
	QT_QPA_PLATFORM=offscreen UNIONSTATION_USER=demo UNIONSTATION_PASSWORD=demo \
		$(BIN)/unionstation --home $(DEMO_HOME) gui --page members \
		--screenshot resources/screenshots/main-window.png

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
