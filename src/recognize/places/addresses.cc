// Composes street phrases (addresses_streets.h) into the addresses local news gives for an
// incident, as the Gun Violence Archive records them: the span covers exactly the address words,
// "300 block of NE H Avenue" without "the" before or "in Fabens" after.
//
// Each phrase looks at most a few tokens to its left (a house number, "block of") and to its
// right (a joint and the next phrase), so composing is linear in the number of phrases. Two small
// passes add the forms with no street type at all, which need a cue word to be trusted: "the
// 2900 block of Wingate", "the intersection of LaSalle and Glendale".
#include "addresses.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "addresses_streets.h"

namespace reckon {
namespace addresses {
namespace {

struct Candidate {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  AddressKind kind = AddressKind::kStreet;
};

// The first token of a block number ending at token `j`: "300", "92-2100", "2000th".
std::optional<std::uint32_t> block_number_start(const TokenReader& r, std::uint32_t j) {
  if (!r.plain_number(j, 6) && !r.ordinal(j)) return std::nullopt;
  if (j >= 2 && r.punct(j - 1, '-') && r.attached(j - 1) && r.attached(j) &&
      r.plain_number(j - 2, 6))
    return j - 2;
  return j;
}

// The start of "300 block of", "1100 block near", "2900 block", "100-block of" ending just before
// token `s`.
std::optional<std::uint32_t> block_before(const TokenReader& r, std::uint32_t s) {
  if (s < 2) return std::nullopt;
  std::uint32_t j = s - 1;
  if (r.norm_is(j, "of") || r.norm_is(j, "near")) --j;
  if ((r.classes(j) & kBlock) == 0 || j == 0) return std::nullopt;
  std::uint32_t n = j - 1;
  if (n > 0 && r.punct(n, '-') && r.attached(n) && r.attached(j)) --n;
  return block_number_start(r, n);
}

// A house number just before token `s`: "419 Banana Cay Drive", "81-06 Roosevelt Avenue",
// "780 1/2 Linwood Avenue", "(17324 I-30)"; not a year ("in 2015 Main Street"), an amount
// ("$500"), a phone number or a date ("Jan. 5, 2018").
std::optional<std::uint32_t> house_number_before(const TokenReader& r, std::uint32_t s) {
  if (s == 0) return std::nullopt;
  std::uint32_t j = s - 1;
  if (j >= 3 && r.norm_is(j, "2") && r.punct(j - 1, '/') && r.norm_is(j - 2, "1")) j -= 3;
  if (!r.plain_number(j, 6)) return std::nullopt;
  std::uint32_t start = j;
  if (j >= 2 && r.punct(j - 1, '-') && r.attached(j - 1) && r.attached(j) &&
      r.plain_number(j - 2, 6))
    start = j - 2;
  if (start > 0 && r.attached(start) && !r.punct(start - 1, '(') && !r.punct(start - 1, '"') &&
      !r.punct(start - 1, '\''))
    return std::nullopt;
  const std::string_view n = r.at(start).norm;
  const bool year_like = n.size() == 4 && (n.starts_with("19") || n.starts_with("20"));
  if (year_like && start > 0 &&
      ((r.classes(start - 1) & kYearLead) != 0 ||
       (r.punct(start - 1, ',') && start > 1 && r.number(start - 2))))
    return std::nullopt;
  return start;
}

// The end of the streets's own tokens, past the full stop of a final abbreviation ("W. 79th St.").
std::uint32_t end_of(const TokenReader& r, const StreetPhrase& p) {
  const std::uint32_t k = p.last;
  if (r.punct(k, '.') && r.attached(k) && (r.classes(k - 1) & kAbbrev) != 0) return k + 1;
  return k;
}

bool joint_at(const TokenReader& r, std::uint32_t i) {
  return (r.classes(i) & kJoint) != 0 || r.punct(i, '&');
}

// "intersection of" or "corner of" just before token `s`.
bool crossing_cue_before(const TokenReader& r, std::uint32_t s) {
  return s >= 2 && r.norm_is(s - 1, "of") && (r.classes(s - 2) & kCrossingCue) != 0;
}

// Up to `max_units` name units from `start`; returns the end (== start when none).
std::uint32_t name_after(const TokenReader& r, std::uint32_t start, int max_units) {
  std::uint32_t e = start;
  for (int u = 0; u < max_units; ++u) {
    const std::uint32_t next = r.name_unit_after(e);
    if (next == e) break;
    e = next;
  }
  return e;
}

// "Main and West Oakwood Place" after a cue ("at", "near", "on", "intersection of"): the start of
// the typeless first street before phrase start `s`.
std::optional<std::uint32_t> typeless_left(const TokenReader& r, std::uint32_t s,
                                           std::uint32_t floor) {
  if (s <= floor + 1 || !joint_at(r, s - 1)) return std::nullopt;
  std::uint32_t start = s - 1;
  for (int u = 0; u < 3; ++u) {
    const std::uint32_t b = r.name_unit_before(start, floor);
    if (b == start) break;
    start = b;
  }
  if (start == s - 1 || start == 0) return std::nullopt;
  const bool cue =
      (r.classes(start - 1) & (kStreetCue | kNearby)) != 0 || crossing_cue_before(r, start);
  return cue ? std::optional<std::uint32_t>(start) : std::nullopt;
}

class Composer {
 public:
  Composer(const TokenReader& r, const std::vector<StreetPhrase>& phrases)
      : r_(r), phrases_(phrases) {}

  std::vector<Candidate> run() {
    for (std::size_t i = 0; i < phrases_.size(); ++i) compose(i);
    composed_ = out_.size();
    typeless_passes();
    std::sort(out_.begin(), out_.end(), [](const Candidate& a, const Candidate& b) {
      return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    // Mentions never overlap: of two that do, the one starting first (or the longer) stays.
    std::uint32_t end = 0;
    std::erase_if(out_, [&end](const Candidate& c) {
      if (c.first < end) return true;
      end = c.last;
      return false;
    });
    return out_;
  }

 private:
  // The phrase starting at token `t`, or npos.
  std::size_t phrase_at(std::uint32_t t) const {
    auto it = std::lower_bound(phrases_.begin(), phrases_.end(), t,
                               [](const StreetPhrase& p, std::uint32_t v) { return p.first < v; });
    return it != phrases_.end() && it->first == t ? static_cast<std::size_t>(it - phrases_.begin())
                                                  : npos;
  }

  void compose(std::size_t i) {
    if (i < next_free_) return;  // joined to the previous phrase
    const StreetPhrase& p = phrases_[i];
    Candidate c{p.first, p.last, p.has(kRouteForm) ? AddressKind::kHighway : AddressKind::kStreet};
    if (p.has(kJoined)) c.kind = AddressKind::kIntersection;
    const bool numbered = p.has(kTyped) || p.has(kRouteForm);
    // Nothing on the left may reach into the previous phrase or address ("Route 92 Mile Road").
    const std::uint32_t floor = std::max(floor_, i > 0 ? phrases_[i - 1].last : 0u);
    auto above = [floor](std::optional<std::uint32_t> start) {
      return start && *start >= floor ? start : std::nullopt;
    };
    if (auto b = above(block_before(r_, p.first))) {
      c = {*b, p.last, AddressKind::kBlock};
    } else if (auto h = above(numbered ? house_number_before(r_, p.first) : std::nullopt)) {
      c = {*h, p.last, AddressKind::kHouseNumber};
    } else if (auto t = typeless_left(r_, p.first, floor)) {
      c = {*t, p.last, AddressKind::kIntersection};
    }
    extend_right(i, c);
    if (!acceptable(p, c)) return;
    out_.push_back(c);
    floor_ = c.last;
  }

  // Joins the next street: "March Lane and West Lane", "Buist Avenue near 61st Street",
  // "1150 block of Alta Vista Street at Alpha Avenue", "Chester Avenue and 8th", "27th Avenue
  // between 49th and 52nd streets".
  void extend_right(std::size_t i, Candidate& c) {
    const StreetPhrase& p = phrases_[i];
    if (p.has(kJoined)) return;
    const std::uint32_t k = end_of(r_, p);
    const bool specific = c.kind == AddressKind::kBlock || c.kind == AddressKind::kHouseNumber;
    const bool joint = joint_at(r_, k);
    const bool nearby = (r_.classes(k) & kNearby) != 0;
    const bool between = (r_.classes(k) & kBetween) != 0;
    if (!joint && !nearby && !between) return;
    // GVA keeps "near" after a street ("Buist Avenue near 61st Street") but not after a block or
    // house number, which already place the incident.
    if (specific && (joint || (nearby && (r_.classes(k) & kCornerJoint) == 0))) return;
    const std::size_t q = phrase_at(k + 1);
    const bool fits = q != npos && !phrases_[q].has(kOrgNamed) &&
                      (joint    ? !phrases_[q].has(kJoined)
                       : nearby ? !phrases_[q].has(kNamed)
                                : phrases_[q].has(kJoined));
    if (fits) {
      c.last = phrases_[q].last;
      if (!specific) c.kind = AddressKind::kIntersection;
      next_free_ = q + 1;
      return;
    }
    if (!joint || q != npos) return;
    const std::uint32_t e = name_after(r_, k + 1, 3);
    if (e == k + 1) return;
    if (r_.ordinal(e - 1) || crossing_cue_before(r_, c.first)) {
      c.last = e;
      c.kind = AddressKind::kIntersection;
    }
  }

  // A street standing alone must be unmistakably one: a weak type ("Court") or a bare name
  // ("Broadway") needs a street preposition before it ("on Heatherbrae Court"), a home after it
  // ("his Kailani Court home") or a numbered or compass name ("61st Place", "West Broadway");
  // "Wall Street Journal" is no address.
  bool acceptable(const StreetPhrase& p, const Candidate& c) const {
    if (c.kind != AddressKind::kStreet && c.kind != AddressKind::kHighway) return true;
    if (p.has(kOrgNamed)) return false;
    if (!p.has(kWeak) && !p.has(kNamed)) return true;
    return (c.first > 0 && (r_.classes(c.first - 1) & kStreetCue) != 0) ||
           (r_.classes(end_of(r_, p)) & kResidence) != 0 || r_.ordinal(p.first) ||
           (r_.capitalized(p.first) && (r_.classes(p.first) & kDirection) != 0);
  }

  // "the 2900 block of Wingate", "the intersection of LaSalle and Glendale", "near 52nd and
  // Hampton": forms without a street type, trusted for their cue words.
  void typeless_passes() {
    const std::uint32_t end = r_.size() < 2 ? 0 : r_.size() - 2;
    for (std::uint32_t i = r_.next_joint_or_block(1, end); i < end;
         i = r_.next_joint_or_block(i + 1, end)) {
      if (joint_at(r_, i)) {
        typeless_joint(i);
      } else if (r_.norm_is(i + 1, "of") && (r_.classes(i) & kBlock) != 0 &&
                 phrase_at(i + 2) == npos && !covered(i + 2)) {
        typeless_block(i);
      }
    }
  }

  void typeless_block(std::uint32_t block) {
    std::uint32_t n = block - 1;
    if (n > 0 && r_.punct(n, '-') && r_.attached(n) && r_.attached(block)) --n;
    const auto start = block_number_start(r_, n);
    const std::uint32_t e = free_until(block + 2, name_after(r_, block + 2, 3));
    if (start && e > block + 2) out_.push_back({*start, e, AddressKind::kBlock});
  }

  // Two typeless names around a joint, after "intersection of" or after "near"/"at"/"on" when one
  // of them is numbered: "LaSalle and Glendale", "24th & Concordia".
  void typeless_joint(std::uint32_t joint) {
    if (phrase_at(joint + 1) != npos || covered(joint - 1)) return;
    std::uint32_t s = joint;
    for (int u = 0; u < 3; ++u) {
      const std::uint32_t b = r_.name_unit_before(s, 0);
      if (b == s || covered(b)) break;  // never into an address already found (no overlaps)
      s = b;
    }
    const std::uint32_t e = free_until(joint + 1, name_after(r_, joint + 1, 3));
    if (s == joint || s == 0 || e == joint + 1) return;
    const bool numbered =
        r_.ordinal(s) || r_.ordinal(joint - 1) || r_.ordinal(joint + 1) || r_.ordinal(e - 1);
    const bool cue = crossing_cue_before(r_, s) ||
                     (numbered && (r_.classes(s - 1) & (kStreetCue | kNearby)) != 0);
    if (cue) out_.push_back({s, e, AddressKind::kIntersection});
  }

  // The end of the name [from, e) cut before the first token an address already covers: "the
  // corner of Airways and Wincoff" must not take the "NW" of "NW 187 Street" after it.
  std::uint32_t free_until(std::uint32_t from, std::uint32_t e) const {
    for (std::uint32_t t = from; t < e; ++t) {
      if (covered(t)) return t;
    }
    return e;
  }

  // Whether an address found so far covers token `t`. The phrase candidates are in text order
  // and do not overlap, so the one to check is the last starting at or before `t`.
  bool covered(std::uint32_t t) const {
    auto it = std::upper_bound(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(composed_),
                               t, [](std::uint32_t v, const Candidate& c) { return v < c.first; });
    return it != out_.begin() && t < std::prev(it)->last;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  const TokenReader& r_;
  const std::vector<StreetPhrase>& phrases_;
  std::vector<Candidate> out_;
  std::size_t next_free_ = 0;
  std::size_t composed_ = 0;  // out_[0, composed_) are the phrase candidates, in text order
  std::uint32_t floor_ = 0;
};

std::uint32_t specificity_of(AddressKind k) {
  switch (k) {
    case AddressKind::kBlock:
    case AddressKind::kHouseNumber:
      return 4;
    case AddressKind::kIntersection:
      return 3;
    case AddressKind::kStreet:
      return 2;
    case AddressKind::kHighway:
      return 1;
  }
  return 0;
}

// "Smith, 40, of the 100 block of ...", "who lives on ...", "whose address was in the ...".
bool residence_before(const TokenReader& r, std::uint32_t first, std::uint32_t sentence_start) {
  std::uint32_t j = first;
  if (j > sentence_start && r.norm_is(j - 1, "the")) --j;
  if (j >= sentence_start + 2 && (r.norm_is(j - 1, "of") || r.norm_is(j - 1, "from")) &&
      r.punct(j - 2, ','))
    return true;
  for (std::uint32_t k = first; k > sentence_start && first - k < 6; --k)
    if ((r.classes(k - 1) & kResidentLead) != 0) return true;
  return false;
}

bool incident_sentence(const TokenReader& r, const Sentence& s) {
  for (std::uint32_t k = s.first_token; k < s.last_token; ++k)
    if ((r.classes(k) & kIncident) != 0) return true;
  return false;
}

}  // namespace
}  // namespace addresses

std::string_view to_string(AddressKind k) {
  switch (k) {
    case AddressKind::kBlock:
      return "block";
    case AddressKind::kHouseNumber:
      return "house_number";
    case AddressKind::kIntersection:
      return "intersection";
    case AddressKind::kStreet:
      return "street";
    case AddressKind::kHighway:
      return "highway";
  }
  return "street";
}

std::vector<RankedAddress> find_addresses(const TokenizedText& tt, std::string_view text) {
  if (tt.tokens.empty()) return {};
  return find_addresses(addresses::TokenReader(tt, addresses::AddressLexicon::builtin()), text);
}

std::vector<RankedAddress> find_addresses(const TokenizedText& tt, std::string_view text,
                                          std::vector<std::uint32_t>&& word_classes) {
  if (tt.tokens.empty()) return {};
  return find_addresses(addresses::TokenReader(tt, addresses::AddressLexicon::builtin(),
                                               std::move(word_classes)),
                        text);
}

std::vector<RankedAddress> find_addresses(const addresses::TokenReader& reader,
                                          std::string_view /*text*/) {
  std::vector<RankedAddress> out;
  const TokenizedText& tt = reader.text();
  const std::vector<addresses::StreetPhrase> phrases = addresses::find_street_phrases(reader);
  Sentence whole;  // for a token stream built without sentences
  whole.last_token = static_cast<std::uint32_t>(tt.tokens.size());
  // Candidates come in text order: each sentence is searched for incident words once, not once
  // per address in it (a sentence listing thousands of blocks must not cost thousands squared).
  std::uint32_t context_sentence = static_cast<std::uint32_t>(-1);
  bool context_incident = false;
  for (const addresses::Candidate& c : addresses::Composer(reader, phrases).run()) {
    RankedAddress a;
    a.mention.span = tt.span_of(c.first, c.last);
    a.mention.first_token = c.first;
    a.mention.last_token = c.last;
    a.kind = c.kind;
    a.specificity = addresses::specificity_of(c.kind);
    const std::uint32_t index = tt.sentences.empty() ? 0 : tt.sentence_of(c.first);
    const Sentence& sentence = tt.sentences.empty() ? whole : tt.sentences[index];
    a.residence = addresses::residence_before(reader, c.first, sentence.first_token);
    if (index != context_sentence) {
      context_sentence = index;
      context_incident = addresses::incident_sentence(reader, sentence);
    }
    a.incident_context = context_incident;
    out.push_back(a);
  }
  return out;
}

int incident_score(const RankedAddress& a) {
  // Weights measured on the GVA training reports (addresses_gva_test.cc): a sentence about the
  // incident is worth less than a kind of precision, a resident's home more.
  return static_cast<int>(a.specificity) + (a.incident_context ? 1 : 0) - (a.residence ? 2 : 0);
}

std::size_t incident_address(const std::vector<RankedAddress>& addresses) {
  std::size_t best = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < addresses.size(); ++i)
    if (best == static_cast<std::size_t>(-1) ||
        incident_score(addresses[i]) > incident_score(addresses[best]))
      best = i;
  return best;
}

std::vector<AddressMention> recognize_addresses(const TokenizedText& tt, std::string_view text) {
  std::vector<AddressMention> out;
  for (const RankedAddress& a : find_addresses(tt, text)) out.push_back(a.mention);
  return out;
}

}  // namespace reckon
