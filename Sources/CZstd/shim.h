// Zstandard from the system (Debian: libzstd-dev), to decompress the collection and media map of Anki packages
// written by Anki 2.1.50 and later (`collection.anki21b`, `media`).
#include <zstd.h>
