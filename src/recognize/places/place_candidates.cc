// find_candidates: one pass over the tokens. A lowercase word costs one flag test. A capitalised
// word costs one hash probe; while the words so far are the beginning of a longer gazetteer name
// ("El" of "El Paso County") the next word is hashed on, so the longest name wins without
// backtracking. A word the gazetteer does not know exactly is tried once more through its
// variant key ("Terter", "Mingəçevir"). Then the kind word after the name, the cue before it and
// the signs of a person around it are noted for resolve().
#include <algorithm>

#include "recognize/places/place_keys.h"
#include "recognize/places/place_match.h"

namespace reckon::places {

namespace {

constexpr std::uint32_t kMaxNameTokens = 5;
constexpr std::uint32_t kMaxReadings = 256;
constexpr std::size_t kMinVariantLetters = 4;

bool name_word(const Token& t) { return t.is_word() && (t.has(kCapitalized) || t.has(kAllCaps)); }

// Lowercase words inside names: "Stratford-upon-Avon", "Isle of Wight", "Rio de Janeiro".
bool connector(const Token& t) {
  if (!t.is_word() || t.has(kCapitalized)) return false;
  const std::string_view w = t.norm;
  return w == "de" || w == "del" || w == "la" || w == "le" || w == "el" || w == "al" || w == "of" || w == "upon" ||
         w == "on" || w == "du" || w == "des" || w == "da" || w == "do" || w == "dos" || w == "y";
}

// A token that continues a name across punctuation glued to both neighbours ("Nagorno-Karabakh",
// "Wilkes-Barre") or an abbreviation's full stop ("St. Louis", "Ft. Worth").
bool joins_name(const TokenizedText& tt, std::uint32_t k) {
  if (k + 1 >= tt.tokens.size()) return false;
  const Token& t = tt.tokens[k];
  const Token& next = tt.tokens[k + 1];
  if (t.is_punct('-')) return !t.has(kSpaceBefore) && !next.has(kSpaceBefore);
  if (t.is_punct('.')) return !t.has(kSpaceBefore) && k > 0 && tt.tokens[k - 1].norm.size() <= 3 && name_word(next);
  return false;
}

class Scanner {
 public:
  Scanner(const TokenizedText& tt, std::string_view text, const Gazetteer::Impl& g, const PlacesLexicon& lex)
      : tt_(tt), text_(text), g_(g), lex_(lex) {
    set_.candidates.reserve(tt.tokens.size() / 16 + 4);
    mark_title_case_sentences();
  }

  CandidateSet run() {
    const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
    for (std::uint32_t i = 0; i < n;) {
      if (!name_word(tt_.tokens[i])) {
        ++i;
        continue;
      }
      Candidate c;
      if (match_at(i, c)) {
        describe(c);
        i = c.last;
        set_.candidates.push_back(c);
      } else {
        ++i;
      }
    }
    return std::move(set_);
  }

 private:
  // The longest gazetteer name starting at token i.
  bool match_at(std::uint32_t i, Candidate& c) {
    KeyHash h;
    const NameIndex::Slot* best = nullptr;
    std::uint32_t best_last = 0;
    std::uint32_t k = i;
    for (std::uint32_t words = 0; k < tt_.tokens.size() && words < kMaxNameTokens; ++words) {
      const Token& t = tt_.tokens[k];
      if (words > 0 && !name_word(t) && !connector(t)) break;
      if (words > 0) h.add_space();
      h.add(t.norm);
      const NameIndex::Slot* s = g_.names.find(h.value());
      ++k;
      if (s == nullptr) break;
      if ((s->flags & NameIndex::kName) && !(words > 0 && connector(t))) {
        best = s;
        best_last = k;
      }
      if (!(s->flags & NameIndex::kPrefix)) break;
      if (joins_name(tt_, k)) ++k;
    }
    c.first = i;
    if (best != nullptr) {
      c.name_last = best_last;
      take_readings(g_.names, best->head, c);
    } else if (!match_variant(i, c)) {
      return false;
    }
    c.last = c.name_last;
    KeyHash first;
    first.add(tt_.tokens[i].norm);
    c.word_hash = first.value();
    return true;
  }

  bool match_variant(std::uint32_t i, Candidate& c) {
    const Token& t = tt_.tokens[i];
    if (t.norm.size() < kMinVariantLetters || lex_.stopwords.count(t.norm)) return false;
    variant_.clear();
    append_variant(t.norm, variant_);
    const NameIndex::Slot* s = g_.variants.find(hash_key(variant_));
    if (s == nullptr) return false;
    c.name_last = i + 1;
    c.variant = true;
    take_readings(g_.variants, s->head, c);
    return true;
  }

  void take_readings(const NameIndex& index, std::uint32_t head, Candidate& c) {
    c.ids_begin = static_cast<std::uint32_t>(set_.ids.size());
    std::uint32_t count = 0;
    for (std::uint32_t p = head; p != NameIndex::kEnd && count < kMaxReadings; p = index.next(p), ++count) {
      const std::uint32_t v = index.value(p);
      if (v & Gazetteer::Impl::kDemonymBit) c.demonym = true;
      set_.ids.push_back(v & ~Gazetteer::Impl::kDemonymBit);
    }
    // A demonym reads as its country only ("Georgian" is not Georgia, US).
    if (c.demonym) {
      auto begin = set_.ids.begin() + c.ids_begin;
      set_.ids.erase(std::remove_if(begin, set_.ids.end(),
                                    [&](std::uint32_t id) { return g_.entries[id].kind != PlaceKind::kCountry; }),
                     set_.ids.end());
    }
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  // Kind word, cues, capitalisation and person signs of a matched name.
  void describe(Candidate& c) {
    const Token& t = tt_.tokens[c.first];
    const Sentence& sentence = tt_.sentences[tt_.sentence_of(c.first)];
    c.sentence_initial = sentence.first_token == c.first || after_opening_quote(c.first, sentence);
    c.title_case = title_case_[tt_.sentence_of(c.first)];
    c.other_use = c.single_word() ? lex_.other_use(t.norm) : OtherUse::kNone;
    for (std::uint32_t k = c.first; k < c.name_last; ++k) {
      const Token& w = tt_.tokens[k];
      c.foreign_letters |= has_non_ascii(text_.substr(w.span.start, w.span.size()));
    }
    if (!c.demonym) take_kind_word(c);
    c.locative = locative_before(c.first);
    c.person = c.single_word() && c.prefers == Prefers::kNone && !c.demonym && reads_as_person(c);
  }

  bool after_opening_quote(std::uint32_t i, const Sentence& s) const {
    return i > s.first_token && i - 1 == s.first_token && tt_.tokens[i - 1].kind == TokenKind::kPunct;
  }

  static bool has_non_ascii(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
  }

  // "Tartar region", "Jabrayil District", "Ganja city", and "the city of Ganja" before the name.
  void take_kind_word(Candidate& c) {
    if (c.first >= 2 && tt_.tokens[c.first - 1].norm == "of" && tt_.tokens[c.first - 2].is_word()) {
      if (lex_.suffix(tt_.tokens[c.first - 2].norm) == Prefers::kCity) c.prefers = Prefers::kCity;
    }
    if (c.last >= tt_.tokens.size() || !tt_.tokens[c.last].is_word()) return;
    const Prefers p = lex_.suffix(tt_.tokens[c.last].norm);
    if (p == Prefers::kNone) return;
    c.prefers = p;
    if (p == Prefers::kAdmin) add_admin_readings(c);
    c.last += 1;
  }

  // Regions filed as "NAME District", "NAME Rayon"...: "Tartar region" reaches "Tartar District".
  void add_admin_readings(Candidate& c) {
    KeyHash base;
    for (std::uint32_t k = c.first; k < c.name_last; ++k) {
      const Token& t = tt_.tokens[k];
      if (!t.is_word()) continue;
      if (k > c.first) base.add_space();
      base.add(t.norm);
    }
    for (const std::string& word : lex_.admin_suffixes) {
      KeyHash h = base;
      h.add_space();
      h.add(word);
      const NameIndex::Slot* s = g_.names.find(h.value());
      if (s == nullptr || !(s->flags & NameIndex::kName)) continue;
      for (std::uint32_t p = s->head; p != NameIndex::kEnd; p = g_.names.next(p)) {
        const std::uint32_t id = g_.names.value(p) & ~Gazetteer::Impl::kDemonymBit;
        if (g_.entries[id].kind == PlaceKind::kCity) continue;
        if (std::find(set_.ids.begin() + c.ids_begin, set_.ids.end(), id) == set_.ids.end()) set_.ids.push_back(id);
      }
    }
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  // "in Mobile", "near the Tartar region", "from Ganja".
  bool locative_before(std::uint32_t i) const {
    if (i == 0) return false;
    std::uint32_t k = i - 1;
    if (tt_.tokens[k].norm == "the" && k > 0) --k;
    const Token& t = tt_.tokens[k];
    return t.is_word() && lex_.cue(t.norm) == Cue::kLocative;
  }

  // "Officer Jackson", "Sgt. Murray", "Carl Murray", "Murray said", "Murray, 34,", "Jackson Smith".
  bool reads_as_person(const Candidate& c) const {
    const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
    if (c.first > 0) {
      std::uint32_t k = c.first - 1;
      if (tt_.tokens[k].is_punct('.') && k > 0) --k;
      const Token& prev = tt_.tokens[k];
      if (prev.is_word() && lex_.cue(prev.norm) == Cue::kTitle) return true;
      if (k + 1 == c.first && name_word(prev) && lex_.first_names.count(prev.norm)) return true;
    }
    if (c.last < n) {
      const Token& next = tt_.tokens[c.last];
      if (next.is_word() && lex_.cue(next.norm) == Cue::kSpeech) return true;
      if (next.is_punct(',') && c.last + 1 < n && tt_.tokens[c.last + 1].is_number() && c.last + 2 < n &&
          tt_.tokens[c.last + 2].is_punct(','))
        return true;
      if (name_word(next) && c.other_use == OtherUse::kFirstName && lex_.suffix(next.norm) == Prefers::kNone) return true;
    }
    return false;
  }

  // Headlines and bylines capitalise every word, so capitals there say nothing about names.
  void mark_title_case_sentences() {
    title_case_.assign(tt_.sentences.size(), false);
    for (std::size_t s = 0; s < tt_.sentences.size(); ++s) {
      std::uint32_t words = 0;
      std::uint32_t capitalised = 0;
      for (std::uint32_t k = tt_.sentences[s].first_token; k < tt_.sentences[s].last_token; ++k) {
        const Token& t = tt_.tokens[k];
        if (!t.is_word() || t.norm.size() < 4) continue;
        ++words;
        if (name_word(t)) ++capitalised;
      }
      title_case_[s] = words >= 3 && capitalised * 4 >= words * 3;
    }
  }

  const TokenizedText& tt_;
  std::string_view text_;
  const Gazetteer::Impl& g_;
  const PlacesLexicon& lex_;
  CandidateSet set_;
  std::vector<bool> title_case_;
  std::string variant_;
};

}  // namespace

CandidateSet find_candidates(const TokenizedText& tt, std::string_view text, const Gazetteer::Impl& g,
                             const PlacesLexicon& lex) {
  return Scanner(tt, text, g, lex).run();
}

}  // namespace reckon::places
