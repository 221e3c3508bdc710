// Measures the date recognizer on the GVA training reports (../shared/corpora/gva, skipped when
// absent): how often the incident date of the gold label is among the resolved day mentions, and
// how fast recognition runs. The figures are printed; the floors only catch regressions.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "reckon/dates.h"

namespace reckon {
namespace {

// The value of the JSON string field `key` in one flat JSON Lines object; empty when absent.
std::string json_field(const std::string& line, const std::string& key) {
  const std::string quoted = "\"" + key + "\": \"";
  std::size_t i = line.find(quoted);
  if (i == std::string::npos) return {};
  std::string out;
  for (i += quoted.size(); i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out += line[i];
      continue;
    }
    const char e = line[++i];
    if (e == 'n') out += '\n';
    else if (e == 't') out += '\t';
    else if (e == 'r') out += '\r';
    else if (e == 'u' && i + 4 < line.size()) {
      unsigned cp = static_cast<unsigned>(std::stoul(line.substr(i + 1, 4), nullptr, 16));
      i += 4;
      if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < line.size() && line[i + 1] == '\\') {
        const unsigned lo = static_cast<unsigned>(std::stoul(line.substr(i + 3, 4), nullptr, 16));
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
    } else {
      out += e;
    }
  }
  return out;
}

struct Report {
  std::string text;
  CivilDate published;
  std::string gold;
};

std::vector<Report> load_train() {
  const std::string dir = std::string(RECKON_SHARED_DIR) + "/corpora/gva/";
  std::ifstream gold_in(dir + "train.gold.jsonl");
  std::map<std::string, std::string> gold;
  std::string line;
  while (std::getline(gold_in, line)) gold[json_field(line, "id")] = json_field(line, "date");
  std::ifstream in(dir + "train.jsonl");
  std::vector<Report> reports;
  while (std::getline(in, line)) {
    Report r;
    r.text = json_field(line, "text");
    r.published = parse_iso_date(json_field(line, "published")).value_or(CivilDate{});
    r.gold = gold[json_field(line, "id")];
    reports.push_back(std::move(r));
  }
  return reports;
}

TEST(DatesGva, GoldDateIsAmongTheMentionsAndRecognitionIsFast) {
  const std::vector<Report> reports = load_train();
  if (reports.empty()) GTEST_SKIP() << "GVA corpus not available";
  std::vector<TokenizedText> tokenized;
  std::size_t bytes = 0;
  for (const Report& r : reports) {
    tokenized.push_back(tokenize(r.text));
    bytes += r.text.size();
  }
  int among = 0, first = 0, mentions = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const auto ms = recognize_dates(tokenized[i], reports[i].text, reports[i].published);
    mentions += static_cast<int>(ms.size());
    bool seen_first = false, found = false;
    for (const DateMention& m : ms) {
      if (!m.resolved || m.precision != DatePrecision::kDay || m.approximate) continue;
      const bool match = format_date(m.value) == reports[i].gold;
      if (!seen_first && match) ++first;
      seen_first = true;
      found = found || match;
    }
    among += found ? 1 : 0;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double n = static_cast<double>(reports.size());
  const double mb_per_s = static_cast<double>(bytes) / seconds / 1e6;
  std::printf("GVA train: %zu reports, %d date mentions; gold among day mentions %.1f%%, first day mention %.1f%%; "
              "recognize_dates %.1f MB/s\n",
              reports.size(), mentions, 100.0 * among / n, 100.0 * first / n, mb_per_s);
  EXPECT_GE(among / n, 0.85);
  EXPECT_GE(first / n, 0.70);
  // Speed is printed for the curious but asserted nowhere: speed goals live in bench/, not in
  // timed tests that a loaded or sanitized build would trip.
}

}  // namespace
}  // namespace reckon
