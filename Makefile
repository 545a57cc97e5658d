# Convenience names for the scripts in tools/ (a fresh machine has no make; the README's
# Quick start calls the scripts directly).
.PHONY: setup build demo test fuzz bench clean

setup:
	./tools/setup
build:
	./tools/build
demo:
	./tools/demo
test:
	./tools/test
fuzz:
	FUZZ_SECONDS=$${FUZZ_SECONDS:-300} ./tools/fuzz-smoke
bench:
	./tools/run-bench
clean:
	rm -rf build build-asan build-fuzz
