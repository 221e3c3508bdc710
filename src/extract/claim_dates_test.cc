// The date of a report's main claim against tests/corpus/claim_dates.tsv: each line is a short
// report, its publication date and the day its first claim must carry, run through the real
// tokenizer, recognizers and extractor. The lines pin down which stated day is the incident's
// (not the day a victim remained in hospital, a suspect was in jail, or police spoke) and the
// fallbacks when a report states no day. Adding a phrasing is adding a line there.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/test_pipeline.h"

namespace reckon::extract {
namespace {

struct DateCase {
  int line = 0;
  std::string published, text, want;
};

std::vector<DateCase> load_cases() {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/claim_dates.tsv");
  std::vector<DateCase> out;
  std::string row;
  int n = 0;
  while (std::getline(in, row)) {
    ++n;
    if (row.empty() || row[0] == '#') continue;
    std::istringstream fields(row);
    DateCase c;
    c.line = n;
    std::getline(fields, c.published, '\t');
    std::getline(fields, c.text, '\t');
    std::getline(fields, c.want, '\t');
    out.push_back(std::move(c));
  }
  return out;
}

TEST(ClaimDates, CorpusIsLoaded) { EXPECT_GE(load_cases().size(), 25u); }

TEST(ClaimDates, MainClaimCarriesTheIncidentDay) {
  for (const DateCase& c : load_cases()) {
    const Document doc = testing::make_document(c.text, c.published);
    const Annotations ann = testing::annotate_for_test(doc);
    const Extraction x = extract_claims(doc, ann);
    std::string got = "no claim";
    if (!x.claims.empty())
      got = x.claims.front().date
                ? format_date(x.claims.front().date->value, x.claims.front().date->precision)
                : "-";
    EXPECT_EQ(got, c.want) << "claim_dates.tsv:" << c.line << ": " << c.text;
  }
}

}  // namespace
}  // namespace reckon::extract
