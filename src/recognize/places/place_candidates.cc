// find_candidates: one pass over the tokens. A lowercase word costs one flag test. A capitalised
// word costs one hash probe; while the words so far are the beginning of a longer gazetteer name
// ("El" of "El Paso County") the next word is hashed on, so the longest name wins without
// backtracking. A word the gazetteer does not know exactly is tried once more through its
// variant key ("Terter", "Mingəçevir"). Then the kind word after the name, the cue before it and
// the signs of a person around it are noted for resolve().
#include <algorithm>
#include <cstring>
#include <vector>

#include "reckon/lexicon.h"
#include "recognize/places/place_cues.h"
#include "recognize/places/place_keys.h"
#include "recognize/places/place_match.h"

namespace reckon::places {

namespace {

constexpr std::uint32_t kMaxNameTokens = 5;
constexpr std::uint32_t kMaxReadings = 48;  // the largest places of a name (lists are ordered)
constexpr std::size_t kMinVariantLetters = 4;

// A token that continues a name across punctuation glued to both neighbours ("Nagorno-Karabakh",
// "Wilkes-Barre") or an abbreviation's full stop ("St. Louis", "Ft. Worth").
bool joins_name(const TokenizedText& tt, std::uint32_t k) {
  if (k + 1 >= tt.tokens.size()) return false;
  const Token& t = tt.tokens[k];
  const Token& next = tt.tokens[k + 1];
  if (t.is_punct('-')) return !t.has(kSpaceBefore) && !next.has(kSpaceBefore);
  if (t.is_punct('.'))
    return !t.has(kSpaceBefore) && k > 0 && tt.tokens[k - 1].norm.size() <= 3 && name_word(next);
  return false;
}

// Name hash -> the first value filed under it, in one open-addressing vector: a node-based map
// allocated a node for every name of every document. The hashes are already mixed (KeyHash).
class FirstByHash {
 public:
  void try_emplace(std::uint64_t hash, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slots_[index_of(hash)];
    if (s.used) return;
    s = Slot{hash, value, true};
    ++size_;
  }
  const std::uint32_t* find(std::uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[index_of(hash)];
    return s.used ? &s.value : nullptr;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t value = 0;
    bool used = false;
  };
  // The slot holding `hash`, or the empty one where it would go.
  std::size_t index_of(std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (slots_[i].used && slots_[i].hash != hash) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 32 : slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.used) slots_[index_of(s.hash)] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

class Scanner {
 public:
  Scanner(const TokenizedText& tt, std::string_view text, const Gazetteer::Impl& g,
          const TokenWords& words)
      : tt_(tt), text_(text), g_(g), lex_(words.lexicon()), words_(words), cues_(tt, words) {
    set_.candidates.reserve(tt.tokens.size() / 16 + 4);
    set_.ids.reserve(tt.tokens.size() / 4 + 16);  // readings: a few per candidate, most times
    unmatched_.reserve(tt.tokens.size() / 8 + 8);  // grown a word at a time, it reallocated often
  }

  CandidateSet run() {
    const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
    for (std::uint32_t i = next_name_word(0); i < n; i = next_name_word(i)) {
      Candidate c;
      if (match_at(i, c)) {
        describe(c);
        i = c.last;
        set_.candidates.push_back(c);
        Candidate region;
        if (match_region_abbreviation(c.last, region)) {
          i = region.last;
          set_.candidates.push_back(region);
        }
      } else {
        if (tt_.tokens[i].norm.size() >= kMinVariantLetters) unmatched_.push_back(i);
        ++i;
      }
    }
    if (romanised_context()) add_variants();
    return std::move(set_);
  }

 private:
  // The first capitalised word from token i on (the token count when none). Most tokens are not
  // one: a loop of its own passes them at a few instructions each, where the scan's loop reloaded
  // the token array for every token.
  std::uint32_t next_name_word(std::uint32_t i) const {
    const Token* tokens = tt_.tokens.data();
    const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
    while (i < n && !name_word(tokens[i])) ++i;
    return i;
  }

  // "U.S.", "N.J.": single capital letters joined by full stops, read as one word. Returns the
  // token after the last full stop, or i when there is no such run.
  std::uint32_t dotted_letters(std::uint32_t i, std::string& letters) const {
    letters.clear();
    std::uint32_t k = i;
    while (k + 1 < tt_.tokens.size() && letters.size() < 4) {
      const Token& t = tt_.tokens[k];
      const Token& dot = tt_.tokens[k + 1];
      if (!t.is_word() || t.norm.size() > 2 || !t.has(kCapitalized) || !dot.is_punct('.') ||
          dot.has(kSpaceBefore))
        break;
      if (k > i && t.has(kSpaceBefore)) break;
      letters.append(t.norm);
      k += 2;
    }
    return letters.size() >= 2 && k > i + 2 ? k : i;
  }

  // "Portsmouth, Va.", "Newark, N.J.", "Fabens, TX": a region abbreviation right after a place.
  bool match_region_abbreviation(std::uint32_t comma, Candidate& c) {
    if (comma + 1 >= tt_.tokens.size() || !tt_.tokens[comma].is_punct(',')) return false;
    const std::uint32_t k = comma + 1;
    const Token& t = tt_.tokens[k];
    if (!name_word(t)) return false;
    std::uint32_t end = dotted_letters(k, letters_);
    std::string_view abbreviation = letters_;
    if (end == k) {
      abbreviation = t.norm;
      end = k + 1;
      if (end < tt_.tokens.size() && tt_.tokens[end].is_punct('.') &&
          !tt_.tokens[end].has(kSpaceBefore))
        ++end;
    }
    const auto* region = find_word(lex_.region_abbreviations, abbreviation);
    if (region == nullptr) return false;
    const NameIndex::Slot* s = g_.names.find(hash_key(region->first));
    if (s == nullptr) return false;
    c.first = k;
    c.last = c.name_last = end;
    c.abbreviation = true;
    c.ids_begin = static_cast<std::uint32_t>(set_.ids.size());
    for (std::uint32_t p = s->head; p != NameIndex::kEnd; p = g_.names.next(p)) {
      const std::uint32_t id = g_.names.value(p) & ~Gazetteer::Impl::kDemonymBit;
      if (!g_.sound(id)) continue;
      const auto& e = g_.entries[id];
      if (e.kind == PlaceKind::kAdmin1 && std::string_view(e.country, 2) == region->second)
        set_.ids.push_back(id);
    }
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
    return c.ids_end > c.ids_begin;
  }

  // A lowercase word a name may hold ("Stratford-upon-Avon", "Isle of Wight", "Rio de Janeiro"),
  // listed in data/lexicon/places_connectors.tsv.
  bool connector(std::uint32_t k) const {
    const Token& t = tt_.tokens[k];
    return t.is_word() && !t.has(kCapitalized) && t.norm.size() <= lex_.longest_connector &&
           words_.at(k).connector;
  }

  // The longest gazetteer name starting at token i.
  bool match_at(std::uint32_t i, Candidate& c) {
    // Most names start with a word longer than the one or two letters a dotted run starts with.
    const std::uint32_t dotted_end =
        tt_.tokens[i].norm.size() <= 2 ? dotted_letters(i, letters_) : i;
    if (dotted_end != i) {
      const NameIndex::Slot* s = g_.names.find(hash_key(letters_));
      if (s == nullptr || !(s->flags & NameIndex::kName)) return false;
      c.first = i;
      c.last = c.name_last = dotted_end;
      take_readings(g_.names, s->head, c);
      c.variant_begin = c.variant_end = c.ids_end;
      c.word_hash = c.name_hash = hash_key(letters_);
      return true;
    }
    KeyHash h;
    KeyHash first_word;  // the name's first word alone, kept rather than hashed again
    const NameIndex::Slot* best = nullptr;
    std::uint32_t best_last = 0;
    std::uint32_t k = i;
    for (std::uint32_t words = 0; k < tt_.tokens.size() && words < kMaxNameTokens; ++words) {
      const std::uint32_t word = k;
      const bool inside = words > 0 && !name_word(tt_.tokens[word]);  // "of" of "Isle of Wight"
      if (inside && !connector(word)) break;
      if (words > 0) h.add_space();
      h.add(tt_.tokens[word].norm);
      if (words == 0) first_word = h;
      ++k;
      // "Prince George's County", "Martha's Vineyard": the possessive is filed as "georges".
      if (k + 1 < tt_.tokens.size() && tt_.tokens[k].norm == "'s" &&
          !tt_.tokens[k].has(kSpaceBefore) && name_word(tt_.tokens[k + 1])) {
        KeyHash with_s = h;
        with_s.add(tt_.tokens[k].norm);
        const NameIndex::Slot* p = g_.names.find(with_s.value());
        if (p != nullptr && (p->flags & NameIndex::kPrefix)) {
          h = with_s;
          ++k;
        }
      }
      const NameIndex::Slot* s = g_.names.find(h.value());
      if (s == nullptr) break;
      if ((s->flags & NameIndex::kName) && !inside) {  // a name never ends in a connector
        best = s;
        best_last = k;
        c.name_hash = s->hash;
      }
      if (!(s->flags & NameIndex::kPrefix)) break;
      if (joins_name(tt_, k)) ++k;
    }
    c.first = i;
    if (best != nullptr) {
      c.name_last = best_last;
      take_readings(g_.names, best->head, c);
      c.variant_begin = c.variant_end = c.ids_end;

    } else {
      return false;
    }
    c.last = c.name_last;
    c.word_hash = first_word.value();
    return true;
  }

  // Romanised spellings are tried only in a document about a country that has them (named, or
  // spelt with letters beyond ASCII): local US news never pays for them, nor risks them.
  bool romanised_context() const {
    for (const Candidate& c : set_.candidates) {
      if (c.foreign_letters) return true;
      for (std::uint32_t k = c.ids_begin; k < c.ids_end; ++k) {
        const auto& e = g_.entries[set_.ids[k]];
        if ((e.kind == PlaceKind::kCountry || e.kind == PlaceKind::kAdmin1) && g_.is_romanised(e))
          return true;
      }
    }
    for (std::uint32_t i : unmatched_) {
      const Token& t = tt_.tokens[i];
      if (has_non_ascii(text_.substr(t.span.start, t.span.size()))) return true;
    }
    return false;
  }

  // Unknown words read through their variant key ("Terter", "Mingəçevir"), and one-word names
  // given their romanised readings too ("Şuşa" is spelt like Susa in Italy); then the
  // candidates are put back in text order.
  void add_variants() {
    const std::size_t found = set_.candidates.size();
    for (std::size_t k = 0; k < found; ++k) {
      Candidate& c = set_.candidates[k];
      if (c.single_word() && !c.abbreviation) add_variant_readings(c.first, c);
    }
    for (std::uint32_t i : unmatched_) {
      Candidate c;
      if (!match_variant(i, c)) continue;
      c.first = i;
      c.last = c.name_last;
      c.word_hash = hash_key(tt_.tokens[i].norm);
      describe(c);
      set_.candidates.push_back(c);
    }
    if (set_.candidates.size() == found) return;
    std::inplace_merge(set_.candidates.begin(),
                       set_.candidates.begin() + static_cast<std::ptrdiff_t>(found),
                       set_.candidates.end(),
                       [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  }

  void add_variant_readings(std::uint32_t i, Candidate& c) {
    const Token& t = tt_.tokens[i];
    if (c.demonym || t.norm.size() < kMinVariantLetters) return;
    variant_.clear();
    append_variant(t.norm, variant_);
    const NameIndex::Slot* s = g_.variants.find(hash_key(variant_));
    if (s == nullptr) return;
    move_readings_to_end(c);
    c.variant_begin = c.ids_end;
    std::uint32_t count = 0;
    for (std::uint32_t p = s->head; p != NameIndex::kEnd && count < kMaxReadings;
         p = g_.variants.next(p), ++count) {
      const std::uint32_t id = g_.variants.value(p);
      if (!g_.sound(id)) continue;
      if (std::find(set_.ids.begin() + c.ids_begin, set_.ids.end(), id) == set_.ids.end())
        set_.ids.push_back(id);
    }
    c.ids_end = c.variant_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  bool match_variant(std::uint32_t i, Candidate& c) {
    const Token& t = tt_.tokens[i];
    if (t.norm.size() < kMinVariantLetters || words_.at(i).stopword) return false;
    variant_.clear();
    append_variant(t.norm, variant_);
    const NameIndex::Slot* s = g_.variants.find(hash_key(variant_));
    if (s == nullptr) return false;
    c.name_last = i + 1;
    c.variant = true;
    c.name_hash = s->hash;
    take_readings(g_.variants, s->head, c);
    c.variant_begin = c.ids_begin;
    c.variant_end = c.ids_end;
    return true;
  }

  void take_readings(const NameIndex& index, std::uint32_t head, Candidate& c) {
    // A name said again shares the readings already taken from its first plain one-word
    // mention. Candidates are indexed as they come rather than rescanned each time: a document
    // saying "U.S." thousands of times must not cost thousands squared.
    for (; shareable_scanned_ < set_.candidates.size(); ++shareable_scanned_) {
      const Candidate& e = set_.candidates[shareable_scanned_];
      if (e.prefers == Prefers::kNone && !e.abbreviation && e.first + 1 == e.name_last)
        shareable_[e.variant ? 1 : 0].try_emplace(e.name_hash, shareable_scanned_);
    }
    if (const std::uint32_t* first = shareable_[c.variant ? 1 : 0].find(c.name_hash)) {
      const Candidate& earlier = set_.candidates[*first];
      c.ids_begin = earlier.ids_begin;
      c.ids_end = earlier.ids_end;
      c.variant_begin = earlier.variant_begin;
      c.variant_end = earlier.variant_end;
      c.demonym = earlier.demonym;
      return;
    }
    c.ids_begin = static_cast<std::uint32_t>(set_.ids.size());
    std::uint32_t count = 0;
    for (std::uint32_t p = head; p != NameIndex::kEnd && count < kMaxReadings; ++count) {
      const NameIndex::Link link = index.link(p);
      p = link.next;
      const std::uint32_t v = link.value;
      if (!g_.sound(v & ~Gazetteer::Impl::kDemonymBit)) continue;
      if (v & Gazetteer::Impl::kDemonymBit) c.demonym = true;
      set_.ids.push_back(v & ~Gazetteer::Impl::kDemonymBit);
    }
    // A demonym reads as its country only ("Georgian" is not Georgia, US).
    if (c.demonym) {
      auto begin = set_.ids.begin() + c.ids_begin;
      set_.ids.erase(std::remove_if(begin, set_.ids.end(),
                                    [&](std::uint32_t id) {
                                      return g_.entries[id].kind != PlaceKind::kCountry;
                                    }),
                     set_.ids.end());
    }
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  // Kind word, cues, capitalisation and person signs of a matched name.
  void describe(Candidate& c) {
    if (tt_.sentences[sentence_].first_token > c.first)
      sentence_ = tt_.sentence_of(c.first);  // variants come late
    while (sentence_ + 1 < tt_.sentences.size() && tt_.sentences[sentence_].last_token <= c.first)
      ++sentence_;
    const Sentence& sentence = tt_.sentences[sentence_];
    c.sentence_initial =
        sentence.first_token == c.first || cues_.after_opening_quote(c.first, sentence);
    c.title_case = title_case(sentence_);
    c.other_use = c.single_word() ? words_.at(c.first).other_use : OtherUse::kNone;
    for (std::uint32_t k = c.first; k < c.name_last; ++k) {
      const Token& w = tt_.tokens[k];
      c.foreign_letters |= has_non_ascii(text_.substr(w.span.start, w.span.size()));
    }
    if (!c.demonym) take_kind_word(c);
    c.locative = cues_.locative_before(c.first);
    c.after_article = c.first > 0 && NameCues::is_determiner(tt_.tokens[c.first - 1]) &&
                      !cues_.modifies_a_noun(c.last);
    const bool bare = c.single_word() && c.prefers == Prefers::kNone && !c.demonym;
    c.person = bare && cues_.reads_as_person(c);
    c.part_of_name = !c.demonym && cues_.names_a_building_or_street(c.last);
    // "Best Massage", "Superior Court": an everyday word before a capitalised word names a thing.
    c.part_of_name |= bare && c.other_use == OtherUse::kWord && c.last < tt_.tokens.size() &&
                      name_word(tt_.tokens[c.last]) && !tt_.tokens[c.last].has(kNewlineBefore);
  }

  // Eight bytes at a time; the last 1-8 packed whole by pack_short (reckon/lexicon.h), each byte
  // in its own lane, so one mask of the high bits tests them all.
  static bool has_non_ascii(std::string_view bytes) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
    for (; bytes.size() > 8; bytes.remove_prefix(8)) {
      std::uint64_t w;
      std::memcpy(&w, bytes.data(), 8);
      if ((w & kHighBits) != 0) return true;
    }
    return !bytes.empty() && (pack_short(bytes) & kHighBits) != 0;
  }

  // "Tartar region", "Jabrayil District", "Ganja city", and "the city of Ganja" before the name.
  void take_kind_word(Candidate& c) {
    if (c.first >= 2 && tt_.tokens[c.first - 1].norm == "of" && tt_.tokens[c.first - 2].is_word()) {
      if (words_.suffix(c.first - 2) == Prefers::kCity) c.prefers = Prefers::kCity;
    }
    if (c.last >= tt_.tokens.size() || !tt_.tokens[c.last].is_word()) return;
    // "Cook County state's attorney": a name that ends in a kind word takes no other.
    if (words_.suffix(c.name_last - 1) != Prefers::kNone) return;
    const Prefers p = words_.suffix(c.last);
    if (p == Prefers::kNone) return;
    c.prefers = p;
    if (p == Prefers::kAdmin) add_admin_readings(c);
    c.last += 1;
  }

  // Regions filed as "NAME District", "NAME Rayon"...: "Tartar region" reaches "Tartar District".
  // A candidate's readings may be shared with an earlier mention of the name; before adding to
  // them it gets a copy of its own at the end of the pool.
  void move_readings_to_end(Candidate& c) {
    if (c.ids_end == set_.ids.size()) return;
    const std::uint32_t begin = c.ids_begin;
    const std::uint32_t end = c.ids_end;
    c.ids_begin = static_cast<std::uint32_t>(set_.ids.size());
    if (c.variant_end > c.variant_begin) {
      c.variant_begin = c.variant_begin - begin + c.ids_begin;
      c.variant_end = c.variant_end - begin + c.ids_begin;
    } else {
      c.variant_begin = c.variant_end = 0;
    }
    for (std::uint32_t k = begin; k < end; ++k) set_.ids.push_back(set_.ids[k]);
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  void add_admin_readings(Candidate& c) {
    move_readings_to_end(c);
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
        if (!g_.sound(id) || g_.entries[id].kind == PlaceKind::kCity) continue;
        if (std::find(set_.ids.begin() + c.ids_begin, set_.ids.end(), id) == set_.ids.end())
          set_.ids.push_back(id);
      }
    }
    c.ids_end = static_cast<std::uint32_t>(set_.ids.size());
  }

  // Headlines and bylines capitalise every word, so capitals there say nothing about names.
  // Worked out only for sentences with a candidate, once each.
  bool title_case(std::size_t s) {
    if (title_case_sentence_ == s) return title_case_value_;
    std::uint32_t words = 0;
    std::uint32_t capitalised = 0;
    const std::uint32_t last = tt_.sentences[s].last_token;
    title_case_sentence_ = s;
    title_case_value_ = false;
    for (std::uint32_t k = tt_.sentences[s].first_token; k < last; ++k) {
      const Token& t = tt_.tokens[k];
      if (!t.is_word() || t.norm.size() < 4) continue;
      ++words;
      if (name_word(t)) {
        ++capitalised;
      } else if (capitalised * 4 + (last - k - 1) < words * 3) {
        return false;  // capitals in every word left could not make three in four: running text
      }
    }
    title_case_value_ = words >= 3 && capitalised * 4 >= words * 3;
    return title_case_value_;
  }

  const TokenizedText& tt_;
  std::string_view text_;
  const Gazetteer::Impl& g_;
  const PlacesLexicon& lex_;
  const TokenWords& words_;
  NameCues cues_;
  CandidateSet set_;
  std::size_t title_case_sentence_ = static_cast<std::size_t>(-1);
  bool title_case_value_ = false;
  std::string variant_;
  std::string letters_;
  std::vector<std::uint32_t> unmatched_;  // capitalised words no name starts with
  // name_hash -> index of the first candidate whose readings a repeat may share, for plain
  // names [0] and variant readings [1]; candidates before shareable_scanned_ are indexed.
  FirstByHash shareable_[2];
  std::uint32_t shareable_scanned_ = 0;
  std::size_t sentence_ = 0;  // the sentence of the last candidate: candidates come in order
};

}  // namespace

CandidateSet find_candidates(const TokenizedText& tt, std::string_view text,
                             const Gazetteer::Impl& g, const TokenWords& words) {
  return Scanner(tt, text, g, words).run();
}

}  // namespace reckon::places
