// The database schema as a list of migrations, and the checks done on opening a file.
//
// PRAGMA user_version holds the schema version and PRAGMA application_id marks the file as
// reckon's. Migration N takes a database from version N-1 to N inside one transaction, so a
// crash mid-migration leaves the previous version intact. A file that is not SQLite, an SQLite
// database that is some other program's, and a database newer than this build are refused with a
// message naming the file: writing to any of them could destroy data.
#pragma once

#include "store/sqlite_db.h"

namespace reckon::store {

inline constexpr std::int64_t kApplicationId = 0x52434b4e;  // "RCKN"

// The latest schema version this build knows.
int latest_schema_version();

// Checks that `db` is empty or a reckon database no newer than this build, then migrates it to
// `target` (latest_schema_version() outside tests).
Status check_and_migrate(Database& db, int target);

}  // namespace reckon::store
