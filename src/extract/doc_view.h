// A read-only view of one annotated document for claim extraction: the tokens, the recognizers'
// mentions indexed by token (so "is there a number ending here?" is one array read), and the
// lexicons. Built once per document; every later step reads it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/extract_lexicon.h"
#include "reckon/annotate.h"
#include "recognize/places/addresses.h"
#include "reckon/document.h"

namespace reckon::extract {

struct DocView {
  const Document& doc;
  const Annotations& ann;
  const ExtractLexicon& lex;
  std::vector<std::int32_t> number_from;  // per token: the number mention starting there, or -1
  std::vector<std::int32_t> number_to;    // per token: the number mention ending with it, or -1
  std::vector<std::int32_t> place_at;     // per token: the place mention covering it, or -1
  std::vector<std::int32_t> date_at;      // per token: the date mention covering it, or -1
  // The address recognizer's mentions with their kind and incident score, and its pick of the
  // incident's address (npos when none): addresses are chosen among these.
  std::vector<RankedAddress> addresses;
  // Per token, looked up once: its cue roles (CueRole bits) and the person noun it is, if any.
  std::vector<std::uint32_t> token_roles;
  std::vector<const PersonNoun*> token_person;
  std::size_t incident_address = static_cast<std::size_t>(-1);

  DocView(const Document& d, const Annotations& a);

  const std::vector<Token>& tokens() const { return ann.text.tokens; }
  std::string_view norm(std::uint32_t i) const { return ann.text.tokens[i].norm; }
  std::uint32_t roles(std::uint32_t i) const { return token_roles[i]; }
  const PersonNoun* person(std::uint32_t i) const { return token_person[i]; }
  bool has_role(std::uint32_t i, std::uint32_t role) const { return (roles(i) & role) != 0; }
  // True when a cue phrase with `role` ends right before token `at` (within the sentence).
  bool cue_ends_at(std::uint32_t at, std::uint32_t begin, std::uint32_t role) const;
};

}  // namespace reckon::extract
