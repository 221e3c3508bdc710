// Tests of the exports: each format parsed back (JSON with nlohmann-json, CSV with a small
// RFC 4180 reader) and checked against the incidents it was written from.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "reckon/reconcile.h"
#include "reconcile/seed_fixture.h"

namespace reckon {
namespace {

using nlohmann::json;

std::vector<Incident> seed_incidents() {
  std::vector<ClaimRecord> records;
  for (const testing::SeedReport& r : testing::seed_reports()) {
    for (std::size_t i = 0; i < r.extraction.claims.size(); ++i) {
      records.push_back(
          make_claim_record(r.doc, r.extraction.claims[i], static_cast<std::uint32_t>(i)));
    }
  }
  return reconcile(std::move(records));
}

std::string export_all(ExportFormat format, const std::vector<Incident>& incidents) {
  std::string out;
  IncidentWriter writer(format, out);
  for (const Incident& i : incidents) writer.add(i);
  writer.finish();
  return out;
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field.push_back(c);
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(IncidentExport, JsonHasTheContractShape) {
  const std::vector<Incident> incidents = seed_incidents();
  const json doc = json::parse(export_all(ExportFormat::kJson, incidents));
  ASSERT_TRUE(doc.is_array());
  ASSERT_EQ(doc.size(), 6u);
  for (const json& i : doc) {
    for (const char* key :
         {"id", "kind", "date", "place", "killed", "injured", "contested", "sources", "claims"}) {
      EXPECT_TRUE(i.contains(key)) << key;
    }
    for (const json& c : i["claims"]) {
      for (const char* key :
           {"doc", "published", "outlet", "said_by", "killed", "injured", "quote"}) {
        EXPECT_TRUE(c.contains(key)) << key;
      }
    }
  }
  const auto oct4 = std::find_if(doc.begin(), doc.end(),
                                 [](const json& i) { return i["date"]["value"] == "2020-10-04"; });
  ASSERT_NE(oct4, doc.end());
  EXPECT_EQ((*oct4)["date"]["precision"], "day");
  EXPECT_EQ((*oct4)["place"]["name"], "Ganja");
  EXPECT_EQ((*oct4)["place"]["country"], "AZ");
  EXPECT_NEAR((*oct4)["place"]["lat"].get<double>(), 40.6828, 1e-4);
  EXPECT_EQ((*oct4)["place"]["precision"], "city");
  EXPECT_EQ((*oct4)["killed"], json::parse(R"({"low":1,"best":1,"high":1})"));
  EXPECT_EQ((*oct4)["injured"], json::parse(R"({"low":4,"best":31,"high":null})"));
  EXPECT_EQ((*oct4)["contested"], json::parse(R"(["injured"])"));
  EXPECT_EQ((*oct4)["sources"], 2);
  const json& first = (*oct4)["claims"][0];
  EXPECT_EQ(first["doc"], "001_025ea2b159f6fd29.txt");
  EXPECT_EQ(first["published"], "2020-10-04");
  EXPECT_EQ(first["outlet"], "APA");
  EXPECT_EQ(first["said_by"], "Azerbaijani NGOs");
  EXPECT_EQ(first["injured"], json::parse(R"({"min":4,"max":4})"));
  EXPECT_EQ(first["quote"],
            "Today's missile strike on Ganja killed one civilian and injured four.");
  EXPECT_EQ((*oct4)["claims"][1]["said_by"], nullptr) << "no speaker is null, not empty";
}

TEST(IncidentExport, EmptyListingsAreValid) {
  EXPECT_EQ(json::parse(export_all(ExportFormat::kJson, {})), json::array());
  const json geo = json::parse(export_all(ExportFormat::kGeoJson, {}));
  EXPECT_EQ(geo["type"], "FeatureCollection");
  EXPECT_TRUE(geo["features"].empty());
  EXPECT_EQ(parse_csv(export_all(ExportFormat::kCsv, {})).size(), 1u) << "the header alone";
}

TEST(IncidentExport, CsvHasAcledLikeColumns) {
  const std::vector<Incident> incidents = seed_incidents();
  const auto rows = parse_csv(export_all(ExportFormat::kCsv, incidents));
  ASSERT_EQ(rows.size(), 7u);
  const std::vector<std::string> header = rows[0];
  const auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  for (const char* name :
       {"event_date", "event_type", "location", "latitude", "longitude", "geo_precision",
        "time_precision", "fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
        "injured_best", "injured_high", "sources", "notes"}) {
    EXPECT_LT(col(name), header.size()) << name;
  }
  bool saw_oct4 = false;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    ASSERT_EQ(rows[r].size(), header.size()) << "row " << r;
    if (rows[r][col("event_date")] != "2020-10-04") continue;
    saw_oct4 = true;
    EXPECT_EQ(rows[r][col("location")], "Ganja");
    EXPECT_EQ(rows[r][col("geo_precision")], "1");
    EXPECT_EQ(rows[r][col("time_precision")], "1");
    EXPECT_EQ(rows[r][col("fatalities_best")], "1");
    EXPECT_EQ(rows[r][col("injured_low")], "4");
    EXPECT_EQ(rows[r][col("injured_best")], "31");
    EXPECT_EQ(rows[r][col("injured_high")], "");
    EXPECT_EQ(rows[r][col("sources")], "2");
    EXPECT_NE(rows[r][col("notes")].find("contested: injured"), std::string::npos);
    EXPECT_NE(rows[r][col("notes")].find("said by Azerbaijani NGOs"), std::string::npos);
  }
  EXPECT_TRUE(saw_oct4);
}

TEST(IncidentExport, CsvQuotesCommasQuotesAndNewlines) {
  std::vector<Incident> incidents = seed_incidents();
  incidents[0].kind = "strike, \"heavy\"\nline";
  const auto rows = parse_csv(export_all(ExportFormat::kCsv, incidents));
  EXPECT_EQ(rows[1][2], "strike, \"heavy\"\nline");
}

TEST(IncidentExport, GeoJsonPointsAreLonLat) {
  std::vector<Incident> incidents = seed_incidents();
  incidents.back().place.reset();
  const json geo = json::parse(export_all(ExportFormat::kGeoJson, incidents));
  ASSERT_EQ(geo["features"].size(), 6u);
  const json& f = geo["features"][0];
  EXPECT_EQ(f["type"], "Feature");
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_NEAR(f["geometry"]["coordinates"][0].get<double>(), incidents[0].place->lon, 1e-4);
  EXPECT_NEAR(f["geometry"]["coordinates"][1].get<double>(), incidents[0].place->lat, 1e-4);
  EXPECT_EQ(f["properties"]["id"], incidents[0].id);
  EXPECT_TRUE(geo["features"][5]["geometry"].is_null());
}

TEST(IncidentExport, TableAndTextNameEveryIncidentAndQuote) {
  const std::vector<Incident> incidents = seed_incidents();
  const std::string table = export_all(ExportFormat::kTable, incidents);
  EXPECT_EQ(std::count(table.begin(), table.end(), '\n'), 7);
  EXPECT_NE(table.find("31 (4+)"), std::string::npos);
  for (const Incident& i : incidents) EXPECT_NE(table.find(i.id), std::string::npos) << i.id;
  std::string text;
  write_incident_text(incidents[0], text);
  for (const ClaimRecord& c : incidents[0].claims) EXPECT_NE(text.find(c.quote), std::string::npos);
}

TEST(TallyExport, JsonAndCsvRoundTrip) {
  std::vector<TallyRecord> tallies;
  for (const testing::SeedReport& r : testing::seed_reports()) {
    for (std::size_t i = 0; i < r.extraction.tallies.size(); ++i) {
      tallies.push_back(
          make_tally_record(r.doc, r.extraction.tallies[i], static_cast<std::uint32_t>(i)));
    }
  }
  ASSERT_EQ(tallies.size(), 3u);
  std::string out;
  TallyWriter writer(ExportFormat::kJson, out);
  for (const TallyRecord& t : tallies) writer.add(t);
  writer.finish();
  const json doc = json::parse(out);
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_EQ(doc[0]["as_of"], "2020-10-04");
  EXPECT_EQ(doc[0]["killed"], json::parse(R"({"min":23,"max":23})"));
  EXPECT_EQ(doc[2]["killed"], nullptr);
  EXPECT_EQ(doc[2]["killed_or_injured"], json::parse(R"({"min":267,"max":267})"));
  EXPECT_EQ(doc[0]["place"]["precision"], "country");
  std::string csv;
  TallyWriter csv_writer(ExportFormat::kCsv, csv);
  for (const TallyRecord& t : tallies) csv_writer.add(t);
  csv_writer.finish();
  const auto rows = parse_csv(csv);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[3][11], "267");
  std::string geo;
  TallyWriter geo_writer(ExportFormat::kGeoJson, geo);
  for (const TallyRecord& t : tallies) geo_writer.add(t);
  geo_writer.finish();
  EXPECT_EQ(json::parse(geo)["features"][1]["properties"]["injured"]["min"], 141);
}

}  // namespace
}  // namespace reckon
