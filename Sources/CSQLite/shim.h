// SQLite 3 from the system (Debian: libsqlite3-dev), for the Anki package exporter.
#include <sqlite3.h>
