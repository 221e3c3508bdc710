// Test helpers for the serve stage: a scratch database filled with the bundled samples (the
// same reports the end-to-end test and the README use), and request builders.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/reader.h"
#include "reckon/server.h"
#include "reckon/store.h"

namespace reckon::testing {

class SampleDatabase {
 public:
  SampleDatabase() {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("reckon_serve_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "samples.db").string();
    Result<std::unique_ptr<IncidentStore>> opened = open_store(path_, true);
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened.value());
    DocumentReader reader({std::string(RECKON_SOURCE_DIR) + "/samples"});
    Document doc;
    while (reader.next(doc)) {
      const Extraction x = extract_claims(doc, annotate(doc, Gazetteer::builtin()));
      EXPECT_TRUE(store_->ingest(doc, x).ok());
      doc = Document();
    }
  }
  ~SampleDatabase() {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  IncidentStore& store() { return *store_; }
  const std::string& path() const { return path_; }
  std::string scratch(const std::string& name) const { return (dir_ / name).string(); }

 private:
  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<IncidentStore> store_;
};

inline HttpRequest get(std::string path,
                       std::vector<std::pair<std::string, std::string>> query = {}) {
  HttpRequest r;
  r.method = "GET";
  r.path = std::move(path);
  r.query = std::move(query);
  r.host = "127.0.0.1:8080";
  return r;
}

inline HttpRequest post(std::string path, std::string body,
                        std::string content_type = "application/json") {
  HttpRequest r;
  r.method = "POST";
  r.path = std::move(path);
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  r.host = "127.0.0.1:8080";
  return r;
}

inline nlohmann::json body_json(const HttpResponse& r) {
  return nlohmann::json::parse(r.body, nullptr, false);
}

inline std::string header(const HttpResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return {};
}

}  // namespace reckon::testing
