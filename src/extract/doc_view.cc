// DocView: see doc_view.h.
//
// Every non-symbol token is looked up in the extraction lexicon once per document, through a
// PackedWordIndex (reckon/lexicon.h), as the recognizers' SharedWords do.
#include "extract/doc_view.h"

#include "reckon/lexicon.h"

namespace reckon::extract {
namespace {

// Every word of the extraction lexicon with the phrases of each table that start with it, built
// once from ExtractLexicon::get() (whose tables never change after loading, so the trie's views
// into their phrases stay valid).
struct WordLexiconIndex {
  std::array<const PhraseTable*, kPhraseTables> tables{};
  WordMap<WordLexicon> words;
  PhraseTrie trie;
  PackedWordIndex<WordLexicon> lookup;  // over `words`, once it is complete
};

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

const WordLexiconIndex& word_lexicon_index() {
  static const WordLexiconIndex* index = [] {
    const ExtractLexicon& lex = ExtractLexicon::get();
    auto* built = new WordLexiconIndex();
    built->tables = {&lex.triggers, &lex.zeros, &lex.kinds, &lex.weapons, &lex.speaker_verbs, &lex.cues};
    static_assert(kStartsTrigger == 1u << 0 && kStartsZero == 1u << 1 && kStartsKind == 1u << 2 &&
                  kStartsWeapon == 1u << 3 && kStartsSpeaker == 1u << 4 && kStartsCue == 1u << 5);
    built->words.reserve(lex.words.size());
    std::vector<std::array<std::uint32_t, kPhraseTables>> roots;
    for (const auto& [norm, info] : lex.words) {
      WordLexicon w;
      w.info = &info;
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
    built->lookup.build(built->words);
    return built;
  }();
  return *index;
}

template <typename Mention>
void mark(std::vector<std::int32_t>& at, const std::vector<Mention>& mentions) {
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    for (std::uint32_t t = mentions[m].first_token; t < mentions[m].last_token && t < at.size(); ++t) {
      at[t] = static_cast<std::int32_t>(m);
    }
  }
}

}  // namespace

DocView::DocView(const Document& d, const Annotations& a)
    : doc(d),
      ann(a),
      lex(ExtractLexicon::get()),
      number_from(a.text.tokens.size(), -1),
      number_to(a.text.tokens.size(), -1),
      place_at(a.text.tokens.size(), -1),
      date_at(a.text.tokens.size(), -1),
      addresses(ranked_addresses(a)),
      phrase_tables_(word_lexicon_index().tables),
      trie_(word_lexicon_index().trie) {
  for (std::size_t m = 0; m < a.numbers.size(); ++m) {
    const NumberMention& n = a.numbers[m];
    if (n.first_token >= n.last_token || n.last_token > number_from.size()) continue;
    number_from[n.first_token] = static_cast<std::int32_t>(m);
    number_to[n.last_token - 1] = static_cast<std::int32_t>(m);
  }
  mark(place_at, a.places);
  const WordLexiconIndex& index = word_lexicon_index();
  word_at.assign(a.text.tokens.size(), nullptr);
  roles_at.assign(a.text.tokens.size(), 0);
  starts_at.assign(a.text.tokens.size(), 0);
  for (std::size_t i = 0; i < a.text.tokens.size(); ++i) {
    const Token& t = a.text.tokens[i];
    if (t.kind == TokenKind::kSymbol) continue;
    if (const WordLexicon* w = index.lookup.find(t.norm)) {
      word_at[i] = w;
      roles_at[i] = w->info->roles;
      starts_at[i] = w->info->starts;
    }
  }
  incident_address = reckon::incident_address(addresses);
  mark(date_at, a.dates);
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
    auto m = match(lex.cues, kStartsCue, k, at);
    if (m && k + m->length == at && (m->value & role) != 0) return true;
  }
  return false;
}

}  // namespace reckon::extract
