# CodePal build entry points. `make run` and `make test` work on a fresh clone: each installs
# what it needs (Debian packages, pinned grammars, Swift packages) before building.
SWIFT ?= swift
PREFIX ?= /usr/local
RELEASE_BIN := .build/release/codepal
DEBUG_BIN := .build/debug/codepal

.PHONY: all deps grammars editor-deps build build-debug run test test-unit test-e2e bench coverage install docker clean

all: build

deps:
	@scripts/install-deps

grammars: deps
	@scripts/setup-grammars

# The real editors the end-to-end tests drive (Chromium with Monaco, Neovim) and selenium; a
# failure here only makes those tests skip, with a message naming what is missing.
editor-deps:
	-@scripts/setup-browser-test

build: grammars
	$(SWIFT) build -c release --product codepal

build-debug: grammars
	$(SWIFT) build --build-tests

run: build
	$(RELEASE_BIN) check Fixtures/ ; status=$$?; [ $$status -le 1 ] || exit $$status

# Unit and end-to-end suites in one `swift test` run (the end-to-end suite drives the debug
# binary that `--build-tests` builds alongside the tests). The suites are XCTest; Swift Testing
# is disabled so the run ends on XCTest's summary rather than an empty "0 tests" line.
#
# Both runs have a throwaway PostgreSQL on a loopback port (scripts/with-postgres): the learning
# store's suites run against SQLite in the first, and the end-to-end learning suite again against
# PostgreSQL in the second, which ends on its own XCTest summary.
test: build-debug editor-deps
	scripts/with-docker scripts/with-postgres sh -c '\
	  CODEPAL_BIN=$(CURDIR)/$(DEBUG_BIN) $(SWIFT) test --skip-build --disable-swift-testing && \
	  CODEPAL_TEST_LEARNING_BACKEND=postgres CODEPAL_BIN=$(CURDIR)/$(DEBUG_BIN) \
	    $(SWIFT) test --skip-build --disable-swift-testing --filter "LearningTests|LearningBackendTests|PlatformTests"'

test-e2e: build-debug editor-deps
	CODEPAL_BIN=$(CURDIR)/$(DEBUG_BIN) $(SWIFT) test --skip-build --filter EndToEndTests

# Line coverage per module, the end-to-end tests' codepal processes included (own build folder).
coverage: grammars editor-deps
	scripts/coverage

# Each script prints its own report; all use the release binary and the same corpora
# (the Python standard library, the npm package bundled with node). index-bench also needs
# Universal Ctags (installed with apt-get when missing); cfamily-bench too, with lizard, on Debian's
# Open vSwitch and JUCE sources. platform-bench needs nginx and PostgreSQL
# (Debian's; it starts a throwaway server through scripts/with-postgres).
bench: build
	$(SWIFT) build -c release --product json-bench
	.build/release/json-bench
	scripts/bench
	scripts/metrics-bench
	@if [ -x scripts/lint-bench ]; then scripts/lint-bench; fi
	scripts/index-bench
	scripts/cfamily-bench
	scripts/platform-bench

# The server's image (Dockerfile), built offline with the classic builder: see scripts/docker-image.
docker: grammars
	scripts/with-docker scripts/docker-image codepal:latest

# The binary and, through the language packs' own file lists, everything the engines read.
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/codepal/grammars
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/codepal
	scripts/install-grammars $(DESTDIR)$(PREFIX)/share/codepal/grammars

clean:
	rm -rf .build Grammars/*/grammar.so Grammars/*/grammar.stamp
