// DocView: see doc_view.h.
//
// The extraction lexicon's words are numbered with the recognizers' (add_annotation_words), so a
// token's entry is read from a table by the WordId annotate() gave it, with no second look-up of
// the word. Annotations without ids (made by running the recognizers one by one, in tests and
// benchmarks) have every non-symbol token looked up in the lexicon's WordMap.
#include "extract/doc_view.h"

#include "reckon/lexicon.h"

namespace reckon::extract {
namespace {

void extraction_words(const std::function<void(std::string_view)>& add) {
  for (const auto& [norm, info] : ExtractLexicon::get().words) add(norm);
}

// At static initialisation, before any document is annotated.
[[maybe_unused]] const bool kWordsNumbered = add_annotation_words(&extraction_words);

// Every word of the extraction lexicon with the phrases of each table that start with it, built
// once from ExtractLexicon::get() (whose tables never change after loading, so the trie's views
// into their phrases stay valid).
struct WordLexiconIndex {
  std::array<const PhraseTable*, kPhraseTables> tables{};
  WordMap<WordLexicon> words;
  PhraseTrie trie;
  // By WordId: the entry of the word with that number and the bits DocView copies per token from
  // its WordInfo (none: nullptr and 0). Empty if some word of the lexicon has no number (added
  // too late), which would make a token read by number miss it.
  struct Numbered {
    const WordLexicon* word = nullptr;
    std::uint32_t roles = 0;
    std::uint8_t starts = 0;
  };
  std::vector<Numbered> by_id;
};

// Fills index.by_id from the numbered words, or leaves it empty when they miss a lexicon word.
void number_words(WordLexiconIndex& index) {
  std::size_t found = 0;
  for_each_annotation_word([&](std::string_view word, WordId id) {
    if (id >= index.by_id.size()) index.by_id.resize(id + 1);
    if (const WordLexicon* w = find_word(index.words, word)) {
      index.by_id[id] = {w, w->info->roles, w->info->starts};
      ++found;
    }
  });
  if (found != index.words.size()) index.by_id.clear();
}

// Adds the phrases of each table that start with `norm` to the trie; returns their roots.
std::array<std::uint32_t, kPhraseTables> add_phrases(WordLexiconIndex& index, std::string_view norm,
                                                     const WordInfo& info) {
  std::array<std::uint32_t, kPhraseTables> roots;
  for (std::size_t k = 0; k < kPhraseTables; ++k) {
    roots[k] = PhraseTrie::kNoRoot;
    if ((info.starts & (1u << k)) == 0) continue;
    if (const PhraseTable::Bucket* bucket = index.tables[k]->bucket(norm)) roots[k] = index.trie.add_bucket(*bucket);
  }
  return roots;
}

// The union of the CueRole bits of the cue phrases that start with `norm`.
std::uint32_t cue_roles(const ExtractLexicon& lex, std::string_view norm) {
  std::uint32_t roles = 0;
  if (const PhraseTable::Bucket* bucket = lex.cues.bucket(norm)) {
    for (const PhraseTable::Entry& e : *bucket) roles |= e.value;
  }
  return roles;
}

const WordLexiconIndex& word_lexicon_index() {
  static const WordLexiconIndex* index = [] {
    const ExtractLexicon& lex = ExtractLexicon::get();
    auto* built = new WordLexiconIndex();
    built->tables = {&lex.triggers,      &lex.zeros, &lex.kinds,    &lex.weapons,
                     &lex.speaker_verbs, &lex.cues,  &lex.date_cues};
    static_assert(kStartsTrigger == 1u << 0 && kStartsZero == 1u << 1 && kStartsKind == 1u << 2 &&
                  kStartsWeapon == 1u << 3 && kStartsSpeaker == 1u << 4 && kStartsCue == 1u << 5 &&
                  kStartsDateCue == 1u << 6);
    built->words.reserve(lex.words.size());
    std::vector<std::array<std::uint32_t, kPhraseTables>> roots;
    for (const auto& [norm, info] : lex.words) {
      WordLexicon w;
      w.info = &info;
      w.cue_roles = cue_roles(lex, norm);
      roots.push_back(add_phrases(*built, norm, info));
      built->words.emplace(norm, w);
    }
    built->trie.finish();
    // The roots are copied in once the trie is laid out (finish() sets their edges).
    std::size_t i = 0;
    for (auto& [norm, w] : built->words) {
      for (std::size_t k = 0; k < kPhraseTables; ++k) {
        if (roots[i][k] != PhraseTrie::kNoRoot) w.phrases[k] = built->trie.node(roots[i][k]);
      }
      ++i;
    }
    number_words(*built);
    return built;
  }();
  return *index;
}

template <typename Mention>
void mark(std::int32_t* at, std::size_t tokens, const std::vector<Mention>& mentions) {
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    for (std::uint32_t t = mentions[m].first_token; t < mentions[m].last_token && t < tokens; ++t) {
      at[t] = static_cast<std::int32_t>(m);
    }
  }
}

// The per-token columns a view fills, as local pointers: the loops below store through them
// without reloading them from the view at every token.
struct Columns {
  std::int32_t* numbers_from;
  std::int32_t* numbers_to;
  std::int32_t* places;
  std::int32_t* dates;
  std::uint32_t* roles;
  std::uint8_t* starts;
};
Columns columns_of(DocView& v) {
  return {v.number_from.get(), v.number_to.get(), v.place_at.get(),
          v.date_at.get(),     v.roles_at.get(),  v.starts_at.get()};
}

// One pass: a token's entry and bits are one read of the table by its WordId.
void read_numbered_words(DocView& v, const WordLexiconIndex& index) {
  const std::size_t n = v.ann.text.tokens.size();
  const WordLexiconIndex::Numbered* const by_id = index.by_id.data();
  const WordId* const ids = v.ann.word_ids.data();
  const WordLexicon** const words = v.word_at.get();
  const Columns c = columns_of(v);
  for (std::size_t i = 0; i < n; ++i) {
    const WordLexiconIndex::Numbered w = by_id[ids[i]];
    words[i] = w.word;
    c.roles[i] = w.roles;
    c.starts[i] = w.starts;
    c.numbers_from[i] = c.numbers_to[i] = c.places[i] = c.dates[i] = -1;
  }
}

void look_up_words(DocView& v, const WordLexiconIndex& index) {
  const Token* const tokens = v.ann.text.tokens.data();
  const std::size_t n = v.ann.text.tokens.size();
  // Two passes: the first stores only pointers, which the compiler knows cannot overwrite the
  // look-up table's fields; a store of a byte or an int in the same loop may alias them, and made
  // it reload them at every token.
  const WordLexicon** const words = v.word_at.get();
  for (std::size_t i = 0; i < n; ++i) {
    words[i] =
        tokens[i].kind == TokenKind::kSymbol ? nullptr : find_word(index.words, tokens[i].norm);
  }
  const Columns c = columns_of(v);
  for (std::size_t i = 0; i < n; ++i) {
    c.numbers_from[i] = c.numbers_to[i] = c.places[i] = c.dates[i] = -1;
    const WordLexicon* w = words[i];
    c.roles[i] = w != nullptr ? w->info->roles : 0;
    c.starts[i] = w != nullptr ? w->info->starts : 0;
  }
}

}  // namespace

DocView::DocView(const Document& d, const Annotations& a)
    : doc(d),
      ann(a),
      lex(ExtractLexicon::get()),
      number_from(std::make_unique_for_overwrite<std::int32_t[]>(a.text.tokens.size())),
      number_to(std::make_unique_for_overwrite<std::int32_t[]>(a.text.tokens.size())),
      place_at(std::make_unique_for_overwrite<std::int32_t[]>(a.text.tokens.size())),
      date_at(std::make_unique_for_overwrite<std::int32_t[]>(a.text.tokens.size())),
      addresses(ranked_addresses(a)),
      word_at(std::make_unique_for_overwrite<const WordLexicon*[]>(a.text.tokens.size())),
      roles_at(std::make_unique_for_overwrite<std::uint32_t[]>(a.text.tokens.size())),
      starts_at(std::make_unique_for_overwrite<std::uint8_t[]>(a.text.tokens.size())),
      phrase_tables_(word_lexicon_index().tables),
      trie_(word_lexicon_index().trie) {
  read_words();
  mark_mentions();
  incident_address = reckon::incident_address(addresses);
}

void DocView::read_words() {
  const WordLexiconIndex& index = word_lexicon_index();
  const std::size_t n = ann.text.tokens.size();
  if (!index.by_id.empty() && ann.word_ids.size() == n) {
    read_numbered_words(*this, index);
  } else {
    look_up_words(*this, index);
  }
}

void DocView::mark_mentions() {
  const std::size_t tokens = ann.text.tokens.size();
  for (std::size_t m = 0; m < ann.numbers.size(); ++m) {
    const NumberMention& n = ann.numbers[m];
    if (n.first_token >= n.last_token || n.last_token > tokens) continue;
    number_from[n.first_token] = static_cast<std::int32_t>(m);
    number_to[n.last_token - 1] = static_cast<std::int32_t>(m);
  }
  mark(place_at.get(), tokens, ann.places);
  mark(date_at.get(), tokens, ann.dates);
}

// annotate() ranks the addresses it finds; a caller that ran the recognizers one by one (tests,
// benchmarks) filled only Annotations::addresses, so they are found again here.
const std::vector<RankedAddress>& DocView::ranked_addresses(const Annotations& a) {
  if (a.ranked_addresses.size() == a.addresses.size()) return a.ranked_addresses;
  found_addresses = find_addresses(a.text, doc.text);
  return found_addresses;
}

PhraseMatch DocView::match_in_table(const PhraseTable& table, std::uint32_t at,
                                    std::uint32_t end) const {
  return table.longest(tokens(), at, end).value_or(PhraseMatch{});
}

bool DocView::cue_ends_at(std::uint32_t at, std::uint32_t begin, std::uint32_t role) const {
  constexpr std::uint32_t kLongestCue = 4;
  for (std::uint32_t k = at > begin + kLongestCue ? at - kLongestCue : begin; k < at; ++k) {
    auto m = match_cue(role, k, at);
    if (m && k + m->length == at) return true;
  }
  return false;
}

}  // namespace reckon::extract
