// DocView: see doc_view.h.
#include "extract/doc_view.h"

namespace reckon::extract {
namespace {

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
      addresses(ranked_addresses(a)) {
  for (std::size_t m = 0; m < a.numbers.size(); ++m) {
    const NumberMention& n = a.numbers[m];
    if (n.first_token >= n.last_token || n.last_token > number_from.size()) continue;
    number_from[n.first_token] = static_cast<std::int32_t>(m);
    number_to[n.last_token - 1] = static_cast<std::int32_t>(m);
  }
  mark(place_at, a.places);
  token_info.assign(a.text.tokens.size(), nullptr);
  for (std::size_t i = 0; i < a.text.tokens.size(); ++i) {
    const Token& t = a.text.tokens[i];
    if (t.kind != TokenKind::kSymbol) token_info[i] = lex.word(t.norm);
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

bool DocView::cue_ends_at(std::uint32_t at, std::uint32_t begin, std::uint32_t role) const {
  constexpr std::uint32_t kLongestCue = 4;
  for (std::uint32_t k = at > begin + kLongestCue ? at - kLongestCue : begin; k < at; ++k) {
    auto m = match(lex.cues, kStartsCue, k, at);
    if (m && k + m->length == at && (m->value & role) != 0) return true;
  }
  return false;
}

}  // namespace reckon::extract
