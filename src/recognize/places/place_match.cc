// recognize_places: two passes over the tokens. The first finds candidate names (the longest run
// of up to four capitalised words whose folded key, or failing that skeleton, names a place;
// demonyms; hand-kept alternative names) and drops words that only look like places. The second
// resolves each ambiguous name in the document's context: the countries it names outright, its
// unambiguous places, then population and administrative weight.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/place_keys.h"
#include "reckon/lexicon.h"

namespace reckon {
namespace {

constexpr std::uint32_t kMaxNameTokens = 4;

enum class Prefers : std::uint8_t { kNone, kAdmin, kCity };

struct PlacesLexicon {
  WordMap<Prefers> suffixes;
  WordMap<std::string> demonyms;                       // word → ISO code
  WordMap<std::pair<std::string, std::string>> alternates;  // folded key → (gazetteer key, code)
  WordSet stopwords;
  WordSet titles;
};

const PlacesLexicon& places_lexicon() {
  static const PlacesLexicon lex = [] {
    PlacesLexicon l;
    using Row = std::vector<std::string_view>;
    for_each_lexicon_row("lexicon/places_suffixes.tsv", [&](const Row& f) {
      if (f.size() >= 2) l.suffixes.emplace(f[0], f[1] == "admin" ? Prefers::kAdmin : Prefers::kCity);
    });
    for_each_lexicon_row("lexicon/places_demonyms.tsv", [&](const Row& f) {
      if (f.size() >= 2) l.demonyms.emplace(f[0], std::string(f[1]));
    });
    for_each_lexicon_row("lexicon/places_alternates.tsv", [&](const Row& f) {
      if (f.size() >= 3) l.alternates.emplace(places::key_of(f[0]), std::pair{places::key_of(f[1]), std::string(f[2])});
    });
    l.stopwords = load_word_set("lexicon/places_stopwords.tsv");
    l.titles = {"mr", "mrs", "ms", "dr", "officer", "sgt", "det", "gov", "sen", "rep", "judge", "president",
                "minister", "spokesman", "spokeswoman", "chief", "deputy", "lt", "capt", "gen", "col"};
    return l;
  }();
  return lex;
}

struct Candidate {
  std::uint32_t first;
  std::uint32_t last;  // exclusive, suffix included
  std::vector<std::uint32_t> ids;
  Prefers prefers = Prefers::kNone;
  bool demonym = false;
  bool skeleton = false;
  bool sentence_initial = false;
  bool foreign_letters = false;  // the text spells it with letters beyond ASCII ("Mingəçevir")
};

bool name_word(const Token& t) { return t.is_word() && (t.has(kCapitalized) || t.has(kAllCaps)); }

bool connector(const Token& t) {
  return t.is_word() && (t.norm == "de" || t.norm == "del" || t.norm == "la" || t.norm == "el" || t.norm == "al" ||
                         t.norm == "of" || t.norm == "upon" || t.norm == "on");
}

// The longest name starting at token i; fills `out` and returns true on a hit.
bool match_name(const TokenizedText& tt, std::uint32_t i, const Gazetteer::Impl& g, const PlacesLexicon& lex, Candidate& out) {
  std::string key;
  std::uint32_t best_last = 0;
  const std::vector<std::uint32_t>* best = nullptr;
  std::uint32_t k = i;
  for (std::uint32_t words = 0; k < tt.tokens.size() && words < kMaxNameTokens; ++words) {
    const Token& t = tt.tokens[k];
    const bool ok = words == 0 ? name_word(t) : (name_word(t) || connector(t));
    if (!ok) break;
    if (words > 0) key.push_back(' ');
    key.append(t.norm);
    ++k;
    if (const auto* ids = g.lookup(key)) {
      best = ids;
      best_last = k;
    } else if (const auto* alt = find_word(lex.alternates, key)) {
      if (const auto* ids2 = g.lookup(alt->first)) {
        best = ids2;
        best_last = k;
      }
    }
    // "Nagorno-Karabakh", "Wilkes-Barre": a hyphen glued on both sides joins the name.
    if (k + 1 < tt.tokens.size() && tt.tokens[k].is_punct('-') && !tt.tokens[k].has(kSpaceBefore) &&
        !tt.tokens[k + 1].has(kSpaceBefore)) {
      ++k;
    }
  }
  if (best == nullptr) {
    const Token& t = tt.tokens[i];
    if (t.norm.size() < 5) return false;
    const std::string skeleton = places::skeleton_of(t.norm);
    if (skeleton.size() < 4) return false;
    best = g.lookup_skeleton(skeleton);
    if (best == nullptr) return false;
    best_last = i + 1;
    out.skeleton = true;
  }
  out.first = i;
  out.last = best_last;
  out.ids = *best;
  return true;
}

// "Tartar region", "Jabrayil District": takes the suffix into the mention and, for an admin
// suffix, adds the regions the gazetteer files under "NAME District" / "NAME Rayon" and so on.
void take_suffix(const TokenizedText& tt, const Gazetteer::Impl& g, const PlacesLexicon& lex, Candidate& c) {
  if (c.last >= tt.tokens.size() || c.demonym) return;
  const Token& t = tt.tokens[c.last];
  if (!t.is_word()) return;
  const Prefers* p = find_word(lex.suffixes, t.norm);
  if (p == nullptr) return;
  c.prefers = *p;
  if (*p == Prefers::kAdmin) {
    std::string base;
    for (std::uint32_t k = c.first; k < c.last; ++k) {
      if (!tt.tokens[k].is_word()) continue;
      if (!base.empty()) base.push_back(' ');
      base.append(tt.tokens[k].norm);
    }
    for (const auto& [word, prefers] : lex.suffixes) {
      if (prefers != Prefers::kAdmin) continue;
      if (const auto* ids = g.lookup(base + " " + word)) {
        for (std::uint32_t id : *ids) {
          if (g.entries[id].kind != PlaceKind::kCity && std::find(c.ids.begin(), c.ids.end(), id) == c.ids.end()) c.ids.push_back(id);
        }
      }
    }
  }
  c.last += 1;
}

bool looks_like_a_person_or_word(const TokenizedText& tt, const Candidate& c, const PlacesLexicon& lex) {
  const bool single = c.last - c.first == 1;
  if (c.prefers != Prefers::kNone) return false;
  if (single && lex.stopwords.count(tt.tokens[c.first].norm)) return true;
  if (c.first > 0) {
    const Token& prev = tt.tokens[c.first - 1];
    if (prev.is_word() && lex.titles.count(prev.norm)) return true;
    // "Daniel Segura": a capitalised word before, inside a sentence, makes it part of a name.
    if (name_word(prev) && !c.sentence_initial && !(c.first >= 2 && tt.tokens[c.first - 2].is_punct('.'))) return true;
  }
  if (c.last < tt.tokens.size()) {
    const Token& next = tt.tokens[c.last];
    // "Jackson Smith", "Barda Nazarov": a capitalised word right after a one-word name.
    if (single && name_word(next) && !next.has(kNewlineBefore)) return true;
    if (next.norm == "'s" && single && c.ids.size() > 1) return false;
  }
  return false;
}

struct Context {
  std::unordered_map<std::string, double> country_weight;
  void add(std::string_view cc, double w) { country_weight[std::string(cc)] += w; }
  double weight(std::string_view cc) const {
    auto it = country_weight.find(std::string(cc));
    return it == country_weight.end() ? 0 : it->second;
  }
};

double kind_bonus(PlaceKind k, Prefers p) {
  double b = k == PlaceKind::kCountry ? 3 : k == PlaceKind::kAdmin1 ? 1 : k == PlaceKind::kAdmin2 ? 0.5 : 1.2;
  if (p == Prefers::kAdmin && (k == PlaceKind::kAdmin1 || k == PlaceKind::kAdmin2)) b += 6;
  if (p == Prefers::kCity && k == PlaceKind::kCity) b += 3;
  return b;
}

double score(const Gazetteer::Impl::Entry& e, const Candidate& c, const Context& ctx) {
  return 4 * std::min(ctx.weight(std::string_view(e.country, 2)), 3.0) + std::log10(static_cast<double>(e.population) + 10) +
         kind_bonus(e.kind, c.prefers);
}

std::uint32_t best_entry(const Gazetteer::Impl& g, const Candidate& c, const Context& ctx) {
  std::uint32_t best = c.ids.front();
  double best_score = -1e9;
  for (std::uint32_t id : c.ids) {
    const double s = score(g.entries[id], c, ctx);
    if (s > best_score) {
      best_score = s;
      best = id;
    }
  }
  return best;
}

bool has_non_ascii(std::string_view bytes) {
  for (char ch : bytes) {
    if (static_cast<unsigned char>(ch) >= 0x80) return true;
  }
  return false;
}

// A name read only through its skeleton, or a tiny hamlet, needs the document's country behind it.
bool plausible(const TokenizedText& tt, const Gazetteer::Impl::Entry& e, const Candidate& c, const Context& ctx) {
  const double w = ctx.weight(std::string_view(e.country, 2));
  if (c.demonym || e.kind == PlaceKind::kCountry) return true;
  // Short words and acronyms ("It", "As", "APA") are places only where the document is.
  const Token& first = tt.tokens[c.first];
  if (c.last - c.first == 1 && (first.norm.size() <= 3 || first.has(kAllCaps))) return w >= 1 && c.prefers != Prefers::kNone ? true : w >= 1 && e.population >= 1000;
  if (e.kind == PlaceKind::kAdmin1) return true;
  if (e.kind == PlaceKind::kAdmin2 && c.prefers == Prefers::kNone) return w > 0 || c.last - c.first > 1;
  // A skeleton match needs the document's country, or letters no English word has ("Mingəçevir").
  if (c.skeleton) return w > 0 || (c.foreign_letters && e.population >= 1000);
  if (e.population >= 100000) return true;
  if (c.sentence_initial && c.last - c.first == 1 && c.prefers == Prefers::kNone) return w > 0 && e.population >= 1000;
  if (e.population == 0) return w > 0 || c.prefers != Prefers::kNone;
  return e.population >= 5000 || w > 0 || c.prefers != Prefers::kNone;
}

}  // namespace

std::vector<PlaceMention> recognize_places(const TokenizedText& tt, std::string_view text, const Gazetteer& gazetteer) {
  const Gazetteer::Impl& g = gazetteer.impl();
  const PlacesLexicon& lex = places_lexicon();
  std::vector<Candidate> found;
  const auto n = static_cast<std::uint32_t>(tt.tokens.size());
  for (std::uint32_t i = 0; i < n;) {
    const Token& t = tt.tokens[i];
    Candidate c;
    if (t.is_word() && t.has(kCapitalized)) {
      if (const std::string* cc = find_word(lex.demonyms, t.norm)) {
        if (const std::uint32_t* id = find_word(g.country_by_code, *cc)) {
          c.first = i;
          c.last = i + 1;
          c.ids = {*id};
          c.demonym = true;
          found.push_back(std::move(c));
          ++i;
          continue;
        }
      }
    }
    if (name_word(t) && match_name(tt, i, g, lex, c)) {
      c.sentence_initial = tt.sentences[tt.sentence_of(i)].first_token == i;
      c.foreign_letters = has_non_ascii(text.substr(t.span.start, t.span.size()));
      take_suffix(tt, g, lex, c);
      if (!looks_like_a_person_or_word(tt, c, lex)) {
        i = c.last;
        found.push_back(std::move(c));
        continue;
      }
    }
    ++i;
  }
  // Context: names that would stand as places on their own (with no context at all) vote for
  // their country: countries and demonyms fully, places with one reading half. Names that need
  // context never vote for themselves.
  Context ctx;
  const Context empty;
  for (const Candidate& c : found) {
    const std::uint32_t id = best_entry(g, c, empty);
    const auto& e = g.entries[id];
    if (c.skeleton || !plausible(tt, e, c, empty)) continue;
    if (e.kind == PlaceKind::kCountry) ctx.add(std::string_view(e.country, 2), 1.0);
    else if (c.ids.size() == 1 || e.population >= 100000) ctx.add(std::string_view(e.country, 2), c.ids.size() == 1 ? 0.5 : 0.2);
  }
  std::vector<PlaceMention> out;
  out.reserve(found.size());
  for (const Candidate& c : found) {
    const std::uint32_t id = best_entry(g, c, ctx);
    if (!plausible(tt, g.entries[id], c, ctx)) continue;
    PlaceMention m;
    m.first_token = c.first;
    m.last_token = c.last;
    m.span = tt.span_of(c.first, c.last);
    m.place = g.to_place(id);
    m.demonym = c.demonym;
    out.push_back(m);
  }
  return out;
}

}  // namespace reckon
