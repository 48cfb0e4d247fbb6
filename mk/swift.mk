# mk/swift.mk: the Swift binding's parts of the root targets: the SwiftPM consumer of the root
# Package.swift in `make test`, and the binding's instruction counts in `make check-peers`.
#
#   make test-swift-consumer   `make install` into a temporary prefix, then a new SwiftPM package
#                              (tests/consumers/swift/app) that depends on this repository by path,
#                              built, run and tested with only the commands of
#                              bindings/swift/README.md (see tests/consumers/swift/run.sh)
#
#   make check-peers-swift     every property of the binding against a hand-written Swift `switch`
#                              returning literals, in exact instructions (callgrind); fails when
#                              a ratio is above its goal (bindings/swift/scripts/callgrind-peers.py).
#                              Part of `make check-peers`
#
# The binding's own suite is `make test-swift` (bindings/swift/Makefile).

.PHONY: test-swift-consumer

AREA_TESTS += test-swift-consumer
test-swift-consumer: library
	tests/consumers/swift/run.sh

# bindings/swift/build-xcframework.sh needs macOS and Xcode, so here it is only parsed and linted.
.PHONY: lint-xcframework-script
AREA_TESTS += lint-xcframework-script
lint-xcframework-script:
	bash -n bindings/swift/build-xcframework.sh
ifneq ($(shell command -v shellcheck 2>/dev/null),)
	shellcheck bindings/swift/build-xcframework.sh
else
	@echo "note: shellcheck not found; build-xcframework.sh only parsed"
endif

.PHONY: check-peers-swift
check-peers: check-peers-swift
check-peers-swift:
	$(MAKE) -C bindings/swift check-instructions
