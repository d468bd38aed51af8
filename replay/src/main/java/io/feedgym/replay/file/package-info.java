/**
 * The replay file format: a versioned header (magic, format version, buffer kind, capacity, shapes),
 * the buffer's contents and a CRC-32C checksum, written atomically and checked field by field on load.
 */
package io.feedgym.replay.file;
