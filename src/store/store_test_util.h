// Test helpers for the store tests: a scratch directory removed at the end of each test, opening
// a store there with a failure message when it does not open, and a query on a connection of its
// own.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "reckon/store.h"
#include "store/sqlite_db.h"

namespace reckon::testing {

class ScratchDir {
 public:
  ScratchDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("reckon_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::unique_ptr<SqliteStore> open_or_die(const std::string& path,
                                                SqliteOptions options = {}) {
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path, options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  if (!store.ok()) return nullptr;
  return std::move(store.value());
}

// The integer `sql` returns, read on a connection of its own, as another process would see it.
inline std::int64_t query(const std::string& path, const std::string& sql) {
  store::Database db;
  EXPECT_TRUE(db.open(path, false).ok());
  Result<std::int64_t> n = db.query_int(sql);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return n.ok() ? *n : -1;
}

}  // namespace reckon::testing
