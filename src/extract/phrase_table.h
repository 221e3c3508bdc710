// Phrase tables: multi-word lexicon entries matched against the token stream, longest first.
//
// A phrase is tokenized with the text stage itself when the lexicon is loaded, so "tochka-u",
// "wasn't" and "non-life-threatening" split into exactly the norms the tokenizer gives the report;
// matching then compares norms token by token with no copying. Entries are bucketed by their first
// norm, longest first, so a lookup at one position costs one hash probe and a few comparisons.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/lexicon.h"
#include "reckon/text.h"

namespace reckon::extract {

struct PhraseMatch {
  std::uint32_t value = 0;   // what the lexicon row said, as an index the caller keeps
  std::uint32_t length = 0;  // in tokens
};

// A PhraseMatch or none (length 0), used like std::optional<PhraseMatch> (`if (m)`, `m->value`,
// `*m`, `has_value()`) but held in one 8-byte word: the optional's separate flag byte, stored and
// reloaded at every token and table, stalled the processor's store forwarding (perf).
class MaybePhrase {
 public:
  MaybePhrase() = default;
  MaybePhrase(std::nullopt_t) {}
  MaybePhrase(PhraseMatch m) : match_(m) {}
  explicit operator bool() const { return match_.length != 0; }
  bool has_value() const { return match_.length != 0; }
  const PhraseMatch* operator->() const { return &match_; }
  const PhraseMatch& operator*() const { return match_; }

 private:
  PhraseMatch match_;
};

class PhraseTable {
 public:
  // Adds `phrase` (as written in a lexicon) with `value`. Empty phrases are ignored.
  void add(std::string_view phrase, std::uint32_t value);
  // The longest phrase that starts at token `at` and ends at or before `end`.
  std::optional<PhraseMatch> longest(const std::vector<Token>& tokens, std::uint32_t at,
                                     std::uint32_t end) const;
  // The phrases whose first norm is `first` (nullptr: none), for a caller that looks a token up
  // once for several tables and then matches with longest_in, which equals longest().
  struct Entry {
    std::vector<std::string> rest;  // norms after the first
    std::uint32_t value = 0;
  };
  using Bucket = std::vector<Entry>;
  const Bucket* bucket(std::string_view first) const { return find_word(by_first_, first); }
  static std::optional<PhraseMatch> longest_in(const Bucket* phrases,
                                               const std::vector<Token>& tokens,
                                               std::uint32_t at, std::uint32_t end);
  // True when a phrase starts at `at` (any length).
  bool starts_at(const std::vector<Token>& tokens, std::uint32_t at, std::uint32_t end) const {
    return longest(tokens, at, end).has_value();
  }
  std::size_t size() const { return count_; }
  // Calls `f` with the first norm of every phrase (once per distinct norm).
  template <typename F>
  void for_each_first(F&& f) const {
    for (const auto& [norm, entries] : by_first_) f(norm);
  }

 private:
  WordMap<Bucket> by_first_;
  std::size_t count_ = 0;
};

// The norms the tokenizer gives `phrase`, in order.
std::vector<std::string> phrase_norms(std::string_view phrase);

}  // namespace reckon::extract
