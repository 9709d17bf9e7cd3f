// zlib from the system (Debian: zlib1g-dev), to inflate the deflated entries of zip files (Anki packages).
#include <zlib.h>

/// inflateInit2 is a macro: a raw deflate stream (no zlib header), as zip entries hold.
static inline int ontap_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -15); }
