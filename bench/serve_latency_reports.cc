// Synthetic wire reports (see serve_latency_reports.h). Everything is drawn from one
// std::mt19937 seeded by (seed, incident index), so a database is rebuilt identically and
// incidents can be made in any order. The sentences follow the shapes real reports use and
// that reckon's extractor reads ("A missile strike on Kharkiv on Monday killed 4 people and
// injured 12 others, the governor said."; "Two people were killed and five wounded in a
// shooting in Chicago on Saturday, police said."), so the claims, and the disagreements
// between sources that reconciliation has to settle, come out of the real extractor.
#include "serve_latency_reports.h"

#include <array>
#include <cctype>
#include <random>
#include <string>

#include "reckon/calendar.h"

namespace reckon::bench {
namespace {

enum class Region : std::uint8_t { kUs, kWar, kOther };

struct SyntheticPlace {
  const char* name;
  const char* country;
  Region region;
};

constexpr SyntheticPlace kPlaces[] = {
    {"Chicago", "US", Region::kUs},        {"Houston", "US", Region::kUs},
    {"Memphis", "US", Region::kUs},        {"Baltimore", "US", Region::kUs},
    {"St. Louis", "US", Region::kUs},      {"Philadelphia", "US", Region::kUs},
    {"Atlanta", "US", Region::kUs},        {"New Orleans", "US", Region::kUs},
    {"Detroit", "US", Region::kUs},        {"Milwaukee", "US", Region::kUs},
    {"Cleveland", "US", Region::kUs},      {"Jacksonville", "US", Region::kUs},
    {"Indianapolis", "US", Region::kUs},   {"Louisville", "US", Region::kUs},
    {"Dallas", "US", Region::kUs},         {"Phoenix", "US", Region::kUs},
    {"Oakland", "US", Region::kUs},        {"Tulsa", "US", Region::kUs},
    {"Shreveport", "US", Region::kUs},     {"Baton Rouge", "US", Region::kUs},
    {"Kharkiv", "UA", Region::kWar},       {"Kherson", "UA", Region::kWar},
    {"Odesa", "UA", Region::kWar},         {"Zaporizhzhia", "UA", Region::kWar},
    {"Dnipro", "UA", Region::kWar},        {"Mykolaiv", "UA", Region::kWar},
    {"Kramatorsk", "UA", Region::kWar},    {"Bakhmut", "UA", Region::kWar},
    {"Lviv", "UA", Region::kWar},          {"Kyiv", "UA", Region::kWar},
    {"Sumy", "UA", Region::kWar},          {"Chernihiv", "UA", Region::kWar},
    {"Mariupol", "UA", Region::kWar},      {"Sloviansk", "UA", Region::kWar},
    {"Nikopol", "UA", Region::kWar},       {"Kryvyi Rih", "UA", Region::kWar},
    {"Ganja", "AZ", Region::kWar},         {"Tartar", "AZ", Region::kWar},
    {"Barda", "AZ", Region::kWar},         {"Aleppo", "SY", Region::kOther},
    {"Idlib", "SY", Region::kOther},       {"Mosul", "IQ", Region::kOther},
    {"Baghdad", "IQ", Region::kOther},     {"Kabul", "AF", Region::kOther},
    {"Beirut", "LB", Region::kOther},      {"Tyre", "LB", Region::kOther},
    {"Sanaa", "YE", Region::kOther},       {"Taiz", "YE", Region::kOther},
    {"Khartoum", "SD", Region::kOther},    {"Omdurman", "SD", Region::kOther},
    {"Rafah", "PS", Region::kOther},       {"Maiduguri", "NG", Region::kOther},
    {"Mogadishu", "SO", Region::kOther},
};
constexpr int kPlaceCount = static_cast<int>(std::size(kPlaces));

// A kind as the lead sentence names it: "A missile strike on", "in a shooting in".
struct KindPhrase {
  const char* active;   // subject of "killed N people": "A missile strike on"
  const char* passive;  // after "were killed ... in": "a missile strike on"
};

constexpr KindPhrase kUsKinds[] = {{"A shooting in", "a shooting in"},
                                   {"A mass shooting in", "a mass shooting in"},
                                   {"A drive-by shooting in", "a drive-by shooting in"}};
constexpr KindPhrase kWarKinds[] = {{"A missile strike on", "a missile strike on"},
                                    {"Shelling of", "shelling of"},
                                    {"A drone strike on", "a drone strike on"},
                                    {"A mine explosion near", "a mine explosion near"},
                                    {"An artillery attack on", "an artillery attack on"}};
constexpr KindPhrase kOtherKinds[] = {{"An air strike on", "an air strike on"},
                                      {"A car bomb explosion in", "a car bomb explosion in"},
                                      {"A drone strike on", "a drone strike on"},
                                      {"Shelling of", "shelling of"}};

constexpr const char* kOutlets[] = {"Reuters", "Associated Press", "AFP", "BBC News",
                                    "Al Jazeera", "Kyiv Independent", "Ukrinform", "Azernews",
                                    "Chicago Tribune", "Houston Chronicle", "The Guardian",
                                    "Local News Desk"};
constexpr const char* kSpeakers[] = {"officials said", "police said", "the regional governor said",
                                     "local authorities said", "the emergency service said",
                                     "health officials said", "a spokesperson said"};
constexpr const char* kColour[] = {
    "Emergency crews worked at the scene through the night.",
    "Photos from the scene showed damaged buildings and burned-out cars.",
    "Residents said they had heard loud bangs shortly before.",
    "An investigation is under way, according to a statement.",
    "Schools in the area stayed closed the next day."};
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
constexpr const char* kSmallWords[] = {"No", "One", "Two", "Three", "Four", "Five", "Six",
                                       "Seven", "Eight", "Nine", "Ten"};

constexpr CivilDate kFirstDay = {2020, 1, 1};
constexpr int kDays = 5 * 365;

class Draw {
 public:
  explicit Draw(std::uint32_t seed) : rng_(seed) {}
  int below(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(static_cast<int>(N))];
  }

 private:
  std::mt19937 rng_;
};

struct TrueIncident {
  const SyntheticPlace* place;
  KindPhrase kind;
  std::int64_t day;  // days since 1970-01-01
  int killed;
  int injured;
};

TrueIncident draw_incident(Draw& d) {
  // Skewed like real feeds: most reports about a few places, a long tail.
  const int region_roll = d.below(100);
  const int first = region_roll < 40 ? 0 : region_roll < 78 ? 20 : 39;
  const int count = region_roll < 40 ? 20 : region_roll < 78 ? 19 : kPlaceCount - 39;
  TrueIncident t{};
  t.place = &kPlaces[first + (d.below(count) + d.below(count)) % count];
  t.kind = t.place->region == Region::kUs    ? d.pick(kUsKinds)
           : t.place->region == Region::kWar ? d.pick(kWarKinds)
                                             : d.pick(kOtherKinds);
  t.day = days_from_civil(kFirstDay) + d.below(kDays);
  t.killed = d.chance(20) ? 0 : 1 + d.below(d.chance(10) ? 60 : 8);
  t.injured = d.chance(15) ? 0 : d.below(d.chance(10) ? 120 : 15);
  if (t.killed == 0 && t.injured == 0) t.injured = 1 + d.below(5);
  return t;
}

// "4", "Two" (at the start of a sentence), or an open figure: "at least 7", "more than 30".
std::string amount(Draw& d, int n, bool subject, bool open) {
  if (open && n > 1)
    return d.chance(50) ? "at least " + std::to_string(n) : "more than " + std::to_string(n - 1);
  if (subject && n <= 10 && d.chance(60)) return kSmallWords[n];
  return std::to_string(n);
}

std::string date_phrase(Draw& d, std::int64_t day, std::int64_t published) {
  const CivilDate c = civil_from_days(day);
  if (published - day <= 5 && d.chance(50)) return std::string("on ") + kWeekdays[weekday(c)];
  if (d.chance(50))
    return std::string("on ") + kMonths[c.month - 1] + " " + std::to_string(c.day);
  return "on " + std::to_string(c.day) + " " + kMonths[c.month - 1];
}

// One source's account: the figures it states and the sentence stating them.
std::string lead_sentence(Draw& d, const TrueIncident& t, std::int64_t published, bool disagree) {
  int killed = t.killed;
  int injured = t.injured;
  bool open = d.chance(20);
  if (disagree) {
    killed = killed * 2 + 3 + d.below(5);
  } else if (killed > 2 && d.chance(20)) {  // an early count, lower and open ("at least 3")
    killed -= 1 + d.below(killed / 2);
    open = true;
  }
  const std::string when = date_phrase(d, t.day, published);
  const std::string speaker = d.pick(kSpeakers);
  if (killed > 0 && d.chance(50)) {
    std::string s = amount(d, killed, true, open) + (killed == 1 ? " person was" : " people were") +
                    " killed";
    if (injured > 0)
      s += " and " + amount(d, injured, false, open) + (injured == 1 ? " other" : " others") +
           " wounded";
    return s + " in " + t.kind.passive + " " + t.place->name + " " + when + ", " + speaker + ".";
  }
  std::string s = std::string(t.kind.active) + " " + t.place->name + " " + when;
  if (killed > 0)
    s += " killed " + amount(d, killed, false, open) + (killed == 1 ? " person" : " people");
  if (killed > 0 && injured > 0) s += " and";
  if (injured > 0)
    s += " injured " + amount(d, injured, false, open) +
         (killed == 0 ? " people" : injured == 1 ? " other" : " others");
  return s + ", " + speaker + ".";
}

std::string upper(const char* s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::vector<Document> synthetic_incident_reports(std::int64_t index, std::uint32_t seed) {
  Draw d(seed * 2654435761u ^ static_cast<std::uint32_t>(index * 40503 + 17));
  const TrueIncident t = draw_incident(d);
  const int roll = d.below(100);
  const int sources = roll < 30 ? 1 : roll < 65 ? 2 : roll < 88 ? 3 : 4;
  const bool contested = sources > 1 && d.chance(12);
  std::vector<Document> docs;
  for (int s = 0; s < sources; ++s) {
    Document doc;
    doc.id = "syn-" + std::to_string(index) + "-" + std::to_string(s);
    doc.source = doc.id;
    const std::int64_t published = t.day + d.below(4);
    doc.published = civil_from_days(published);
    doc.outlet = d.pick(kOutlets);
    doc.text = upper(t.place->name) + " (" + doc.outlet + ") - " +
               lead_sentence(d, t, published, contested && s == sources - 1) + "\n\n" +
               d.pick(kColour) + "\n";
    if (d.chance(14)) {
      Draw other(seed ^ static_cast<std::uint32_t>(index * 7 + s + 1));
      const TrueIncident second = draw_incident(other);
      TrueIncident near = second;
      near.day = published - d.below(3);
      std::string lead = lead_sentence(d, near, published, false);
      lead[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lead[0])));
      doc.text += (d.chance(50) ? "\nElsewhere, " : "\nSeparately, ") + lead + "\n";
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

const SyntheticVocabulary& synthetic_vocabulary() {
  static const SyntheticVocabulary v = [] {
    SyntheticVocabulary out;
    for (const SyntheticPlace& p : kPlaces) out.places.push_back(p.name);
    out.countries = {"US", "UA", "AZ", "SY", "IQ", "AF", "LB", "YE", "SD", "PS", "NG", "SO"};
    out.first_day = days_from_civil(kFirstDay);
    out.days = kDays;
    out.kinds = {"shooting", "missile", "shelling", "drone", "air strike", "explosion", "attack"};
    return out;
  }();
  return v;
}

}  // namespace reckon::bench
