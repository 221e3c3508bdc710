// Speakers: see speakers.h. A speaker phrase is a short run of capitalised words or speaking-body
// nouns ("police", "the appeal") beside a reporting verb; pronouns are not speakers.
#include "extract/speakers.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kMaxSpeakerWords = 10;

bool speaker_word(const DocView& v, std::uint32_t i) {
  const Token& t = v.tokens()[i];
  if (v.date_at[i] >= 0) return false;  // "her mother said Sunday"
  if (t.is_punct('.') && i > 0 && v.tokens()[i - 1].is_word() && !t.has(kSpaceBefore)) return true;  // "Sgt."
  if (t.is_punct('\'')) return true;
  if (t.is_punct('-')) {
    // "Helena-West Helena Police", not "Carolina ---- United States Attorney" or "UPDATE -- Sheriff".
    const auto& tok = v.tokens();
    return !t.has(kSpaceBefore) && i + 1 < tok.size() && !tok[i + 1].has(kSpaceBefore) && !tok[i + 1].is_punct('-');
  }
  if (!t.is_word()) return false;
  if (v.lex.speaker_bodies.contains(t.norm)) return true;
  if (t.norm == "s" || t.norm == "'s" || t.norm == "the" || t.norm == "of") return true;
  return t.has(kCapitalized) && !v.lex.not_speakers.contains(t.norm);
}

bool has_name(const DocView& v, std::uint32_t first, std::uint32_t last) {
  for (std::uint32_t k = first; k < last; ++k) {
    const Token& t = v.tokens()[k];
    if (t.is_word() && (t.has(kCapitalized) || v.lex.speaker_bodies.contains(t.norm)) && t.norm != "the" &&
        t.norm != "of") {
      return true;
    }
  }
  return false;
}

std::string phrase(const DocView& v, std::uint32_t first, std::uint32_t last) {
  while (first < last && (v.norm(first) == "of" || v.tokens()[first].kind == TokenKind::kPunct)) ++first;
  while (last > first && (v.norm(last - 1) == "the" || v.norm(last - 1) == "of" ||
                          v.tokens()[last - 1].kind == TokenKind::kPunct)) {
    --last;
  }
  if (first >= last || !has_name(v, first, last)) return {};
  return std::string(v.doc.slice(v.ann.text.span_of(first, last)));
}

std::string before(const DocView& v, const Sentence& s, std::uint32_t verb) {
  std::uint32_t k = verb;
  while (k > s.first_token && verb - k < kMaxSpeakerWords && speaker_word(v, k - 1)) --k;
  // "... in 7th Ward The New Orleans Police Department reported": a determiner opens the
  // speaker's phrase, whatever capitalised words (a headline, a place) run into it; "the chief of
  // the department" keeps its head.
  for (std::uint32_t j = verb; j-- > k + 1;) {
    if (v.norm(j) == "the" && v.norm(j - 1) != "of") {
      k = j;
      break;
    }
  }
  return phrase(v, k, verb);
}

std::string after(const DocView& v, const Sentence& s, std::uint32_t from) {
  std::uint32_t k = from;
  while (k < s.last_token && k - from < kMaxSpeakerWords && speaker_word(v, k)) ++k;
  return phrase(v, from, k);
}

}  // namespace

std::string speaker_of(const DocView& v, const Sentence& s) {
  // Only a token that starts a reporting verb's phrase can open a speaker: the others are passed
  // over eight at a time.
  const auto next_verb = [&](std::uint32_t from) {
    return v.next_start(kStartsSpeaker, from, s.last_token);
  };
  for (std::uint32_t i = next_verb(s.first_token); i < s.last_token; i = next_verb(i + 1)) {
    auto m = v.match(v.lex.speaker_verbs, kStartsSpeaker, i, s.last_token);
    if (!m) continue;
    const auto side = static_cast<SpeakerSide>(m->value);
    if (side != SpeakerSide::kAfter) {
      if (std::string who = before(v, s, i); !who.empty()) return who;
    }
    if (side != SpeakerSide::kBefore) {
      if (std::string who = after(v, s, i + m->length); !who.empty()) return who;
    }
    i += m->length - 1;
  }
  return {};
}

}  // namespace reckon::extract
