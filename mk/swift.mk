# mk/swift.mk: the SwiftPM consumer of the root Package.swift (issue 9), in `make test`.
#
#   make test-swift-consumer   `make install` into a temporary prefix, then a new SwiftPM package
#                              (tests/consumers/swift/app) that depends on this repository by path,
#                              built, run and tested with only the commands of
#                              bindings/swift/README.md (see tests/consumers/swift/run.sh)
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
