// Test fixture (header-only, used by the reconcile and store tests): five hand-made reports
// modelled on shared/gold/seeds.json — six incidents on Ganja and Jabrayil, the 4 October
// injured figures 4 against "more than 30" contested — built as Documents with Extractions whose
// evidence spans point into real text, the way the extractor will hand them over.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/claims.h"
#include "reckon/document.h"

namespace reckon::testing {

inline Place place(std::uint32_t id, std::string_view name, std::string_view country, double lat,
                   double lon, PlaceKind kind) {
  Place p;
  p.id = id;
  p.name = name;
  p.country[0] = country.size() > 0 ? country[0] : '\0';
  p.country[1] = country.size() > 1 ? country[1] : '\0';
  p.lat = lat;
  p.lon = lon;
  p.kind = kind;
  return p;
}

inline Place ganja() {
  return place(101, "Ganja", "AZ", 40.6828, 46.3606, PlaceKind::kCity);
}
inline Place jabrayil_district() {
  return place(202, "Jabrayil District", "AZ", 39.40, 47.03, PlaceKind::kAdmin2);
}
inline Place azerbaijan() {
  return place(1, "Azerbaijan", "AZ", 40.5, 47.5, PlaceKind::kCountry);
}

inline Figure exact(std::int64_t n) {
  return Figure{n, n, {}};
}
inline Figure at_least(std::int64_t n) {
  return Figure{n, std::nullopt, {}};
}

// Builds a report sentence by sentence, handing back each sentence's span for evidence.
struct ReportBuilder {
  Document doc;
  Extraction extraction;

  ReportBuilder(std::string id, CivilDate published, std::string outlet) {
    doc.id = std::move(id);
    doc.source = doc.id;
    doc.published = published;
    doc.outlet = std::move(outlet);
  }

  Span sentence(const std::string& text) {
    if (!doc.text.empty()) doc.text += " ";
    const auto start = static_cast<std::uint32_t>(doc.text.size());
    doc.text += text;
    return Span{start, static_cast<std::uint32_t>(doc.text.size())};
  }

  Claim& claim(const std::string& text, std::string kind, CivilDate date, const Place& place,
               std::optional<Figure> killed, std::optional<Figure> injured,
               std::string said_by = "") {
    Claim c;
    c.evidence.push_back(sentence(text));
    c.kind = std::move(kind);
    c.date = ClaimDate{date, DatePrecision::kDay, std::nullopt};
    c.place = ClaimPlace{place, c.evidence.front()};
    c.killed = killed;
    c.injured = injured;
    c.said_by = std::move(said_by);
    extraction.claims.push_back(std::move(c));
    return extraction.claims.back();
  }

  // A claim placed by a street address (the words `address` within `text`) and, when the
  // recognizer found one, a gazetteer place.
  Claim& street_claim(const std::string& text, const std::string& address, std::string kind,
                      CivilDate date, const std::optional<Place>& place,
                      std::optional<Figure> killed, std::optional<Figure> injured) {
    Claim c;
    c.evidence.push_back(sentence(text));
    const auto at = static_cast<std::uint32_t>(c.evidence.front().start + text.find(address));
    c.address = Span{at, static_cast<std::uint32_t>(at + address.size())};
    c.kind = std::move(kind);
    c.date = ClaimDate{date, DatePrecision::kDay, std::nullopt};
    if (place) c.place = ClaimPlace{*place, c.evidence.front()};
    c.killed = killed;
    c.injured = injured;
    extraction.claims.push_back(std::move(c));
    return extraction.claims.back();
  }

  Tally& tally(const std::string& text, CivilDate as_of, const Place& place,
               std::optional<Figure> killed, std::optional<Figure> injured,
               std::optional<Figure> killed_or_injured = std::nullopt) {
    Tally t;
    t.evidence.push_back(sentence(text));
    t.as_of = as_of;
    t.scope = "civilians in Azerbaijan";
    t.place = ClaimPlace{place, {}};
    t.killed = killed;
    t.injured = injured;
    t.killed_or_injured = killed_or_injured;
    extraction.tallies.push_back(std::move(t));
    return extraction.tallies.back();
  }
};

struct SeedReport {
  Document doc;
  Extraction extraction;
};

inline std::vector<SeedReport> seed_reports() {
  std::vector<SeedReport> reports;
  {
    ReportBuilder r("000_9ef54a9c84ed45d2.txt", {2021, 10, 12}, "Azernews");
    r.sentence("Ganja marks the anniversary of the Tochka-U strike.");
    r.claim(
         "On 11 October 2020 a Tochka-U missile hit Ganja, killing 10 people and injuring over 40.",
         "missile strike", {2020, 10, 11}, ganja(), exact(10), at_least(41), "89 Azerbaijani NGOs")
        .weapon = "Tochka-U";
    reports.push_back({r.doc, r.extraction});
  }
  {
    ReportBuilder r("001_025ea2b159f6fd29.txt", {2020, 10, 4}, "APA");
    r.claim("Today's missile strike on Ganja killed one civilian and injured four.",
            "missile strike", {2020, 10, 4}, ganja(), exact(1), exact(4), "Azerbaijani NGOs");
    r.tally("Since 27 September 23 civilians were killed and 76 injured.", {2020, 10, 4},
            azerbaijan(), exact(23), exact(76));
    reports.push_back({r.doc, r.extraction});
  }
  {
    ReportBuilder r("002_d440d50d8542b514.txt", {2022, 10, 11}, "Azernews");
    r.claim("On 4 October 2020 a rocket hit Ganja, killing one and injuring more than 30.",
            "rocket strike", {2020, 10, 4}, ganja(), exact(1), at_least(31));
    r.claim("On 5 October three people were injured in Ganja.", "missile strike", {2020, 10, 5},
            ganja(), std::nullopt, exact(3));
    r.claim("On 8 October no casualties were registered in Ganja.", "missile strike", {2020, 10, 8},
            ganja(), exact(0), exact(0));
    r.claim("Leyla Abdullayeva tweeted that the strike killed 10 and injured 40.", "missile strike",
            {2020, 10, 11}, ganja(), exact(10), exact(40), "Leyla Abdullayeva");
    r.claim("On 11 October 10 people died and more than 40 were injured.", "missile strike",
            {2020, 10, 11}, ganja(), exact(10), at_least(41));
    r.claim("On 17 October 16 people were killed and 55 injured in Ganja.", "missile strike",
            {2020, 10, 17}, ganja(), exact(16), exact(55));
    reports.push_back({r.doc, r.extraction});
  }
  {
    ReportBuilder r("003_5666055ee0aafada.txt", {2020, 10, 8}, "Trend");
    r.tally("Armenian missile strikes have killed 27 civilians and injured 141.", {2020, 10, 8},
            azerbaijan(), exact(27), exact(141));
    reports.push_back({r.doc, r.extraction});
  }
  {
    ReportBuilder r("004_4ae2abc140d9b65d.txt", {2022, 11, 4}, "Azernews");
    r.claim("On 2 November a man was injured by a mine in Jabrayil District.", "mine explosion",
            {2022, 11, 2}, jabrayil_district(), std::nullopt, exact(1));
    r.tally("267 citizens were killed or seriously injured by mines in two years.", {2022, 11, 4},
            azerbaijan(), std::nullopt, std::nullopt, exact(267));
    reports.push_back({r.doc, r.extraction});
  }
  return reports;
}

}  // namespace reckon::testing
