# The library against the code an app developer would write instead: the C
# peer (benches/peers/peer_switch.c, generated from the catalog and the
# translations), and ICU4C for choosing the language.
#
#   make bench-peers   measure everything (C, and Swift and Kotlin when their
#                      bench-peers targets exist) and write BENCHMARKS.md
#   make check-peers   agreement + callgrind; fails when a C goal is missed
#                      (instructions against the peer and against ICU,
#                      relocations, RELRO)
#
# Both sides are built the same way: the peer with clang (LLVM, like rustc)
# at -O2 -fPIC, linked as a shared library by the very linker rustc used for
# the cdylib (rust-lld, through the same gcc-ld/ld.lld wrapper) with rustc's
# own flags for a cdylib, stripped; and archived as a static library.

PEERS_SRC   := benches/peers
PEERS_BUILD := $(BUILD)/peers
# Swift's clang is LLVM 21 like rustc 1.95's LLVM; any clang works.
PEER_CC     ?= $(firstword $(wildcard /opt/swift/usr/bin/clang) $(CLANG) clang)
PEER_CFLAGS := -O2 -fPIC -ffunction-sections -fdata-sections
RUST_HOST   := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
# rustup's rustc links with rust-lld through this wrapper; without it (a
# distribution rustc), fall back to an LLVM lld, and the report says that the
# linkers differ (then the size goal cannot be judged).
PEER_LD     ?= $(firstword $(wildcard $(shell rustc --print sysroot 2>/dev/null)/lib/rustlib/$(RUST_HOST)/bin/gcc-ld/ld.lld) \
	$(wildcard /opt/swift/usr/bin/ld.lld) $(shell command -v ld.lld 2>/dev/null))
PEER_LD_FLAG := $(if $(PEER_LD),--ld-path=$(PEER_LD))
# What rustc passes when it links a cdylib (`rustc --print link-args`), plus
# the soname that build.rs adds.
RUSTC_SO_LINK := $(PEER_LD_FLAG) -Wl,--as-needed -Wl,--eh-frame-hdr -Wl,-z,noexecstack \
	-Wl,--gc-sections -Wl,-z,relro,-z,now -Wl,--strip-all
DRIVER_LINK := $(PEER_LD_FLAG) -Wl,-z,now -Wl,--gc-sections

PEER_SO     := $(PEERS_BUILD)/libpeer_switch.so
PEER_A      := $(PEERS_BUILD)/libpeer_switch.a
PEER_DEPS   := $(PEERS_SRC)/peer_switch.c $(PEERS_SRC)/peer_switch.h
PEERS_INC   := -Iinclude -I$(PEERS_SRC)
PEER_DRIVERS := $(addprefix $(PEERS_BUILD)/driver-,library-so peer-so library-a peer-a locale-library locale-icu)
PEERS_TOOL   := $(PYTHON) $(PEERS_SRC)/peers.py

.PHONY: bench-peers check-peers check-peers-c peers-measure peers-agree

$(PEERS_BUILD):
	mkdir -p $(PEERS_BUILD)

$(PEERS_BUILD)/peer_switch.o: $(PEER_DEPS) | $(PEERS_BUILD)
	$(PEER_CC) $(PEER_CFLAGS) $(STRICT) -c $(PEERS_SRC)/peer_switch.c -o $@

$(PEER_SO): $(PEERS_BUILD)/peer_switch.o
	$(PEER_CC) -shared $(RUSTC_SO_LINK) -Wl,-soname,libpeer_switch.so $< -o $@

$(PEER_A): $(PEERS_BUILD)/peer_switch.o
	rm -f $@ && ar rcs $@ $<

# One driver source, four builds; the library ones depend on `library`, which
# always asks cargo, so they are always relinked (cheap).
$(PEERS_BUILD)/driver-library-so: $(PEERS_SRC)/callgrind_driver.c $(PEER_DEPS) library | $(PEERS_BUILD)
	$(PEER_CC) -O2 $(STRICT) $(PEERS_INC) $< -o $@ $(DRIVER_LINK) $(LINK_SO)
$(PEERS_BUILD)/driver-peer-so: $(PEERS_SRC)/callgrind_driver.c $(PEER_SO)
	$(PEER_CC) -O2 $(STRICT) $(PEERS_INC) -DMEASURE_PEER $< -o $@ $(DRIVER_LINK) \
		-L$(PEERS_BUILD) -lpeer_switch -Wl,-rpath,$(abspath $(PEERS_BUILD))
$(PEERS_BUILD)/driver-library-a: $(PEERS_SRC)/callgrind_driver.c $(PEER_DEPS) library | $(PEERS_BUILD)
	$(PEER_CC) -O2 $(STRICT) $(PEERS_INC) $< -o $@ $(DRIVER_LINK) $(LIB_A)
$(PEERS_BUILD)/driver-peer-a: $(PEERS_SRC)/callgrind_driver.c $(PEER_A)
	$(PEER_CC) -O2 $(STRICT) $(PEERS_INC) -DMEASURE_PEER $< -o $@ $(DRIVER_LINK) $(PEER_A)

# keyless_error_locale against ICU4C's uloc_acceptLanguage (Debian libicu-dev).
$(PEERS_BUILD)/driver-locale-library: $(PEERS_SRC)/locale_driver.c library | $(PEERS_BUILD)
	$(PEER_CC) -O2 $(STRICT) -Iinclude $< -o $@ $(DRIVER_LINK) $(LINK_SO)
$(PEERS_BUILD)/driver-locale-icu: $(PEERS_SRC)/locale_driver.c | $(PEERS_BUILD)
	$(PEER_CC) -O2 $(STRICT) -DMEASURE_ICU $< -o $@ $(DRIVER_LINK) -licuuc

$(PEERS_BUILD)/peer_agrees: $(PEERS_SRC)/peer_agrees.c $(PEER_SO) library
	$(PEER_CC) -O2 $(STRICT) $(PEERS_INC) $< -o $@ $(LINK_SO) \
		-L$(PEERS_BUILD) -lpeer_switch -Wl,-rpath,$(abspath $(PEERS_BUILD))

$(PEERS_BUILD)/dlopen_first_call: $(PEERS_SRC)/dlopen_first_call.c | $(PEERS_BUILD)
	$(PEER_CC) -O2 $(STRICT) $< -o $@ -ldl

peers-agree: $(PEERS_BUILD)/peer_agrees
	$(PEERS_BUILD)/peer_agrees

# Instructions per call of every function, for the six builds.
peers-measure: $(PEER_DRIVERS)
	$(PEERS_TOOL) measure $(PEERS_BUILD) $(VALGRIND)

# The C side alone; the bindings add their own checks to check-peers.
check-peers: check-peers-c
check-peers-c: peers-agree peers-measure
	$(PEERS_TOOL) check $(PEERS_BUILD) $(LIB_SO) $(PEER_SO)

# The C side first, then the bindings' own bench-peers targets, then the file.
bench-peers: peers-agree peers-measure $(PEERS_BUILD)/dlopen_first_call
	$(PEERS_SRC)/bindings.sh $(MAKE) | tee $(PEERS_BUILD)/bindings.txt
	PEER_CC='$(PEER_CC)' PEER_CFLAGS='$(PEER_CFLAGS)' \
		$(PEERS_TOOL) write BENCHMARKS.md $(PEERS_BUILD) $(LIB_SO) $(PEER_SO)

# The library must never run more instructions than the C peer.
AREA_TESTS += check-peers
