/*
 * The Swift binding's one piece of C: pointers that one thread publishes once and every thread then
 * reads without a lock.
 *
 * The binding builds its tables from the C library at first use, and a lookup must then cost no
 * more than a hand-written `switch`. A Swift global `let` would be safe, but every read of one calls
 * `swift_once` (about 17 instructions, as much as the whole lookup), and Swift's own atomics
 * (module Synchronization) need iOS 18 and macOS 15. So a table is built once, under `swift_once`
 * or a lock, and its address is then stored here with release ordering; a lookup loads it with
 * acquire ordering, which is one ordinary load on x86-64 and one `ldar` on arm64, and pairs with
 * the release store so that the reader sees the finished table.
 *
 * The functions are `static inline`, so Swift compiles them into its callers.
 */
#ifndef KEYLESS_ERRORS_PUBLISHED_H
#define KEYLESS_ERRORS_PUBLISHED_H

/** The published tables: each NULL until its table is built, then its address for good. */
typedef enum KeylessErrorsPublishedSlot {
    /** The code table: every answer in English, and the hash that finds a code's row. */
    KEYLESS_ERRORS_PUBLISHED_CATALOG = 0,
    /** The end-user messages in the language the app runs in. */
    KEYLESS_ERRORS_PUBLISHED_APP_MESSAGES = 1,
    KEYLESS_ERRORS_PUBLISHED_SLOTS = 2
} KeylessErrorsPublishedSlot;

/** The storage of the fixed slots; defined in published.c, read only through the functions below. */
extern const void *keyless_errors_published_slots[KEYLESS_ERRORS_PUBLISHED_SLOTS];

/** The table published in `slot`, or NULL before it is. */
static inline const void *keyless_errors_published(KeylessErrorsPublishedSlot slot) {
    return __atomic_load_n(&keyless_errors_published_slots[slot], __ATOMIC_ACQUIRE);
}

/** Publishes `table` in `slot`: every later `keyless_errors_published(slot)` returns it. */
static inline void keyless_errors_publish(KeylessErrorsPublishedSlot slot, const void *table) {
    __atomic_store_n(&keyless_errors_published_slots[slot], table, __ATOMIC_RELEASE);
}

/** The pointer published at `slot`, a slot of an array of slots the binding allocated, or NULL. */
static inline const void *keyless_errors_published_at(const void *const *slot) {
    return __atomic_load_n(slot, __ATOMIC_ACQUIRE);
}

/** Publishes `table` at `slot`, a slot of an array of slots the binding allocated. */
static inline void keyless_errors_publish_at(const void **slot, const void *table) {
    __atomic_store_n(slot, table, __ATOMIC_RELEASE);
}

#endif /* KEYLESS_ERRORS_PUBLISHED_H */
