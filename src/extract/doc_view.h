// A read-only view of one annotated document for claim extraction: the tokens, the recognizers'
// mentions indexed by token (so "is there a number ending here?" is one array read), and the
// lexicons. Built once per document; every later step reads it.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extract_lexicon.h"
#include "extract/phrase_trie.h"
#include "reckon/annotate.h"
#include "reckon/document.h"
#include "recognize/places/addresses.h"

namespace reckon::extract {

// The phrase tables a token is matched against, in the order of their PhraseStart bits.
constexpr std::size_t kPhraseTables = 7;

// What the extraction lexicon knows of one word, found with a single look-up per token: its
// WordInfo and, per phrase table, the root of the phrases that start with it in the PhraseTrie
// (an empty node: none).
struct WordLexicon {
  const WordInfo* info = nullptr;
  std::array<PhraseTrie::Node, kPhraseTables> phrases{};
  // The CueRole bits of every cue phrase that starts with the word: a caller after one role
  // skips the walk of the trie where no such phrase can start (most cue words: "was", "the").
  std::uint32_t cue_roles = 0;
};

struct DocView {
  const Document& doc;
  const Annotations& ann;
  const ExtractLexicon& lex;
  // The per-token arrays below are allocated without zero-filling and written once, every entry,
  // in the constructor's single pass over the tokens: filling them first (then overwriting the
  // few entries with a lexicon word or a mention) cost a third of building the view.
  template <typename T>
  using PerToken = std::unique_ptr<T[]>;
  PerToken<std::int32_t> number_from;  // per token: the number mention starting there, or -1
  PerToken<std::int32_t> number_to;    // per token: the number mention ending with it, or -1
  PerToken<std::int32_t> place_at;     // per token: the place mention covering it, or -1
  PerToken<std::int32_t> date_at;      // per token: the date mention covering it, or -1
  // The address recognizer's mentions with their kind and incident score, and its pick of the
  // incident's address (npos when none): addresses are chosen among these.
  // Annotations::ranked_addresses, or (for annotations made without them) found_addresses, which
  // is declared first so that it is built before `addresses` refers to it.
  std::vector<RankedAddress> found_addresses;
  const std::vector<RankedAddress>& addresses;
  // Per token, looked up once: what the lexicons know of it and the phrases it starts (nullptr:
  // nothing).
  PerToken<const WordLexicon*> word_at;
  // Per token: WordInfo::roles (0 for no lexicon word), which has_role() reads on every scan
  // for a subject or a cue: the bits themselves rather than a pointer to them.
  PerToken<std::uint32_t> roles_at;
  // Per token: WordInfo::starts (0 for no lexicon word), which match() tests at every token for
  // several tables: one byte in a short array, not a pointer to follow into the lexicon (whose
  // cache misses perf showed on the scans of read_casualties and speaker_of).
  PerToken<std::uint8_t> starts_at;
  std::size_t incident_address = static_cast<std::size_t>(-1);

  DocView(const Document& d, const Annotations& a);
  DocView(const DocView&) = delete;
  DocView& operator=(const DocView&) = delete;

  const std::vector<Token>& tokens() const { return ann.text.tokens; }
  std::string_view norm(std::uint32_t i) const { return ann.text.tokens[i].norm; }
  std::uint32_t roles(std::uint32_t i) const { return roles_at[i]; }
  const PersonNoun* person(std::uint32_t i) const {
    return word_at[i] && word_at[i]->info->is_person ? &word_at[i]->info->person : nullptr;
  }
  // The longest phrase of `table` at token `at` (ending by `end`); the per-token bits skip the
  // many tokens no phrase of the table starts with, and the phrases of the others were found with
  // the token's WordInfo, so matching costs no hash look-up. All inline: a call per started
  // phrase (half a million on GVA train) cost more in saving and restoring registers than the
  // walk of the trie itself.
  [[gnu::always_inline]] MaybePhrase match(const PhraseTable& table, PhraseStart bit,
                                           std::uint32_t at, std::uint32_t end) const {
    if (at >= end || (starts_at[at] & bit) == 0) return MaybePhrase();
    const auto k = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(bit)));
    if (k >= kPhraseTables || phrase_tables_[k] != &table)
      return MaybePhrase(match_in_table(table, at, end));
    return MaybePhrase(trie_.longest(word_at[at]->phrases[k], ann.text.tokens.data(), at, end));
  }
  // The longest cue phrase at `at` (ending by `end`) when it has one of the `role` bits, else
  // none: what match() on the cue table and a test of the match's value give, with the walk of
  // the trie skipped where no cue with the role starts.
  [[gnu::always_inline]] MaybePhrase match_cue(std::uint32_t role, std::uint32_t at,
                                               std::uint32_t end) const {
    if (at >= end || (starts_at[at] & kStartsCue) == 0 || (word_at[at]->cue_roles & role) == 0)
      return MaybePhrase();
    const MaybePhrase m = match(lex.cues, kStartsCue, at, end);
    return m && (m->value & role) != 0 ? m : MaybePhrase();
  }
  // The same for the date cues (ExtractLexicon::date_cues): the phrase of dates_said_of.tsv at
  // `at` when it has one of the `role` bits. Read a few words around each date only, so no
  // per-word skip as for the cues.
  MaybePhrase match_date_cue(std::uint32_t role, std::uint32_t at, std::uint32_t end) const {
    const MaybePhrase m = match(lex.date_cues, kStartsDateCue, at, end);
    return m && (m->value & role) != 0 ? m : MaybePhrase();
  }
  bool has_role(std::uint32_t i, std::uint32_t role) const { return (roles(i) & role) != 0; }
  // The first token in [from, end) that starts a phrase of a table in `bits` (PhraseStart), or
  // `end`. Most tokens start none, so a scan for the next one tests eight tokens' bits at once.
  std::uint32_t next_start(std::uint8_t bits, std::uint32_t from, std::uint32_t end) const {
    const std::uint8_t* const starts = starts_at.get();
    std::uint32_t i = from;
    for (; i + 8 <= end; i += 8) {
      std::uint64_t eight;
      std::memcpy(&eight, starts + i, 8);
      if (const std::uint64_t hits = eight & (0x0101010101010101ull * bits); hits != 0)
        return i + static_cast<std::uint32_t>(std::countr_zero(hits)) / 8;
    }
    while (i < end && (starts[i] & bits) == 0) ++i;
    return std::min(i, end);
  }
  // The index range [first, last) of the mentions (sorted, non-overlapping, as the recognizers
  // give them) that overlap sentence `s`: a binary search, so reading every sentence stays linear.
  template <typename Mention>
  static std::pair<std::size_t, std::size_t> overlapping(const std::vector<Mention>& mentions, const Sentence& s) {
    const auto first = std::partition_point(mentions.begin(), mentions.end(),
                                            [&](const Mention& m) { return token_range(m).second <= s.first_token; });
    auto last = first;
    while (last != mentions.end() && token_range(*last).first < s.last_token) ++last;
    return {static_cast<std::size_t>(first - mentions.begin()), static_cast<std::size_t>(last - mentions.begin())};
  }
  template <typename Mention>
  static std::pair<std::uint32_t, std::uint32_t> token_range(const Mention& m) {
    if constexpr (requires { m.mention; }) return {m.mention.first_token, m.mention.last_token};
    else return {m.first_token, m.last_token};
  }

  // True when a cue phrase with `role` ends right before token `at` (within the sentence).
  bool cue_ends_at(std::uint32_t at, std::uint32_t begin, std::uint32_t role) const;

 private:
  const std::vector<RankedAddress>& ranked_addresses(const Annotations& a);
  // Writes every entry of the per-token arrays: the lexicon's word and no mention. Read by the
  // tokens' WordIds when the annotations have them, else looked up.
  void read_words();
  // Marks the tokens of the number, place and date mentions.
  void mark_mentions();
  // match() for a table whose phrases are not in the trie under `bit`, read from the table
  // itself. Length 0: none.
  PhraseMatch match_in_table(const PhraseTable& table, std::uint32_t at, std::uint32_t end) const;
  const std::array<const PhraseTable*, kPhraseTables>& phrase_tables_;
  const PhraseTrie& trie_;
};

}  // namespace reckon::extract
