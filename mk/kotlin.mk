# The Kotlin binding's packages, assembled by bindings/kotlin/Makefile:
#
#   dist/keyless-errors-<version>.jar   classes + Linux natives (x86_64; aarch64 when
#                                       dist/linux/aarch64-unknown-linux-gnu exists); loads itself
#   dist/keyless-errors-<version>.aar   classes.jar, jni/<abi>/ (from dist-android), manifest,
#                                       proguard.txt, R.txt
#   dist/maven/io/keyless/keyless-errors/<version>/   .aar, .pom, -sources.jar (Gradle: maven { url })
#
#   make dist-kotlin             all three, then unpack and check every entry (check-dist)
#   make test-kotlin-consumer    the Java and Kotlin programs of tests/consumers/jvm on the jar
#
# The binding's own tests are `make test-kotlin` (bindings/kotlin `make test`).

KOTLIN_DIST := $(abspath dist)

.PHONY: dist-kotlin test-kotlin-dist test-kotlin-consumer

# dist-android and dist-linux are the cross builds of mk/dist.mk.
dist-kotlin: dist-android dist-linux
	$(MAKE) -C bindings/kotlin dist check-dist DIST=$(KOTLIN_DIST)

dist: dist-kotlin

AREA_TESTS += test-kotlin-dist test-kotlin-consumer

test-kotlin-dist: dist-kotlin

test-kotlin-consumer: dist-kotlin
	tests/consumers/jvm/run.sh $(KOTLIN_DIST)/keyless-errors-$(KEYLESS_VERSION).jar
