# Thin wrapper over tools/ and CMake presets. The two Quick start commands:
#   make demo   - install packages, build, start a local relay (and the apps that exist)
#   make test   - install packages, build, run every test (starts Xvfb itself) and a short fuzz run
.PHONY: setup build demo test unit fuzz bench clean

setup:
	./tools/setup

build: setup
	cmake --preset default
	cmake --build --preset default

demo: build
	./tools/demo

test: build
	./tools/run-tests
	./tools/fuzz-smoke

bench: build
	./tools/run-bench

fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-300} ./tools/fuzz-smoke

clean:
	rm -rf build build-asan build-fuzz
