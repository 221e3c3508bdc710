// Thin RAII wrappers over the SQLite C API: a connection and prepared statements, with errors as
// reckon::Status. Statements are prepared once and reused (reset between uses): preparing is a
// large share of the cost of a small query.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "reckon/status.h"

namespace reckon::store {

// The Status for an SQLite result code, with `context` (what was being done) in the message.
Status sqlite_status(int code, sqlite3* db, std::string_view context);

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  ~Statement();
  Statement(Statement&& o) noexcept;
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Ready for the next use: clears the previous run and its bindings.
  Statement& reset();
  // Parameters are 1-based, as in SQLite.
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const std::optional<std::int64_t>& v);
  Statement& bind_null(int i);

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step();
  // Steps to completion (for statements that return no rows), as a Status.
  Status run(std::string_view context);

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  double real(int col) const;
  std::string_view text(int col) const;
  std::optional<std::int64_t> optional_int64(int col) const;

  sqlite3* db() const { return db_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

class Database {
 public:
  Database() = default;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Status open(const std::string& path, bool create);
  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  // The single integer a query such as "PRAGMA user_version" returns.
  Result<std::int64_t> query_int(std::string_view sql);
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace reckon::store
