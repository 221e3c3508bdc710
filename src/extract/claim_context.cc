// Claim context: see claim_context.h. Each lookup walks outwards from the frame a bounded number
// of sentences, then falls back on ReportFacts found once per report, so the cost per claim does
// not grow with the report.
#include "extract/claim_context.h"

#include <algorithm>

#include "extract/claim_date.h"
#include "reckon/calendar.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kLookBack = 6;
constexpr std::uint32_t kLookAhead = 3;
// A report's lead, whose kind and weapon a claim whose own account names none takes: its first
// sentences, up to the first with figures (a round-up of items may run on far past its lead).
constexpr std::uint32_t kLeadSentences = 3;

// Sentences to consult, nearest first: the frame's own, then earlier ones, then later ones.
std::vector<std::uint32_t> neighbourhood(const std::vector<SentenceInfo>& info, const std::vector<std::uint32_t>& own) {
  std::vector<std::uint32_t> order(own.begin(), own.end());
  const std::uint32_t first = own.front(), last = own.back();
  for (std::uint32_t d = 1; d <= kLookBack && d <= first; ++d) order.push_back(first - d);
  for (std::uint32_t d = 1; d <= kLookAhead && last + d < info.size(); ++d) order.push_back(last + d);
  return order;
}

}  // namespace

std::vector<std::uint32_t> account_of(const std::vector<SentenceInfo>& info,
                                      const std::vector<std::uint32_t>& own) {
  std::vector<std::uint32_t> order(own.begin(), own.end());
  const std::uint32_t first = own.front(), last = own.back();
  // Sentences between its own ones tell no other incident: one with figures would have joined
  // the frame or closed it.
  for (std::uint32_t k = first + 1; k < last; ++k) {
    if (!info[k].has_figure) order.push_back(k);
  }
  for (std::uint32_t d = 1; d <= kLookBack && d <= first && !info[first - d].has_figure; ++d)
    order.push_back(first - d);
  for (std::uint32_t d = 1; d <= kLookAhead && last + d < info.size() && !info[last + d].has_figure;
       ++d)
    order.push_back(last + d);
  return order;
}

namespace {

std::optional<ClaimPlace> place_of(const DocView& v, std::int32_t m) {
  if (m < 0) return std::nullopt;
  const PlaceMention& p = v.ann.places[m];
  return ClaimPlace{p.place, p.span};
}

std::optional<ClaimPlace> find_place(const DocView& v, const std::vector<SentenceInfo>& info,
                                     const ReportFacts& report, const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.place >= 0) return place_of(v, info[k].facts.place);
  }
  if (report.place >= 0) return place_of(v, report.place);
  for (std::uint32_t k : order) {
    if (info[k].facts.country >= 0) return place_of(v, info[k].facts.country);
  }
  return std::nullopt;
}

// The address of the frame's own sentences when it is as likely the incident's as the recognizer's
// pick for the report (the most specific address in a sentence about the incident that is not
// someone's home), else that pick.
std::optional<Span> find_address(const DocView& v, const std::vector<SentenceInfo>& info,
                                 const std::vector<std::uint32_t>& own) {
  const bool picked = v.incident_address < v.addresses.size();
  for (std::uint32_t k : own) {
    const std::int32_t a = info[k].facts.address;
    if (a < 0) continue;
    if (!picked || incident_score(v.addresses[a]) >= incident_score(v.addresses[v.incident_address])) {
      return v.addresses[a].mention.span;
    }
  }
  if (v.incident_address < v.addresses.size()) return v.addresses[v.incident_address].mention.span;
  return std::nullopt;
}

std::string find_kind(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                      const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.kind >= 0) return v.lex.kind_info[info[k].facts.kind].kind;
  }
  for (std::uint32_t k : order) {
    const std::int32_t w = info[k].facts.weapon;
    if (w >= 0 && !v.lex.weapon_info[w].kind.empty()) return v.lex.weapon_info[w].kind;
  }
  if (report.kind >= 0) return v.lex.kind_info[report.kind].kind;
  return {};
}

std::string find_weapon(const DocView& v, const std::vector<SentenceInfo>& info,
                        const ReportFacts& report, const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.weapon >= 0) return v.lex.weapon_info[info[k].facts.weapon].name;
  }
  if (report.weapon >= 0) return v.lex.weapon_info[report.weapon].name;
  return {};
}

// The speaker of the frame's sentences, else of the sentence that closes the quotation they stand
// in, else of the paragraph.
std::string find_speaker(const std::vector<SentenceInfo>& info,
                         const std::vector<std::uint32_t>& own) {
  for (std::uint32_t k : own) {
    if (!info[k].facts.speaker.empty()) return info[k].facts.speaker;
  }
  const std::uint32_t para = info[own.front()].sentence.paragraph;
  // Paragraphs are runs of sentences, so the nearest speaker after (before) the claim is in its
  // paragraph or there is none there.
  const auto in_paragraph = [&](std::int32_t k) {
    return k >= 0 && info[static_cast<std::size_t>(k)].sentence.paragraph == para;
  };
  const std::int32_t after = own.back() + 1 < info.size() ? info[own.back() + 1].speaker_from : -1;
  if (in_paragraph(after)) return info[static_cast<std::size_t>(after)].facts.speaker;
  const std::int32_t before = info[own.front()].speaker_before;
  if (in_paragraph(before)) return info[static_cast<std::size_t>(before)].facts.speaker;
  return {};
}

}  // namespace

std::int32_t ReportFacts::first_day_within(const CivilDate& first, const CivilDate& last) const {
  auto it =
      std::lower_bound(days.begin(), days.end(), first,
                       [](const DatedDay& d, const CivilDate& value) { return d.value < value; });
  const DatedDay* earliest = nullptr;
  for (; it != days.end() && it->value <= last; ++it) {
    if (earliest == nullptr || it->sentence < earliest->sentence) earliest = &*it;
  }
  return earliest != nullptr ? earliest->mention : -1;
}

ReportFacts report_facts(const DocView& v, const std::vector<SentenceInfo>& info) {
  ReportFacts r;
  std::int32_t earlier_report_day = -1;
  bool in_lead = true;  // up to the first sentence with figures, at most kLeadSentences
  std::int32_t any_kind = -1, any_weapon = -1;
  for (std::uint32_t k = 0; k < info.size(); ++k) {
    const SentenceInfo& s = info[k];
    if (in_lead && k < kLeadSentences) {
      if (r.kind < 0) r.kind = s.facts.kind;
      if (r.weapon < 0) r.weapon = s.facts.weapon;
    }
    in_lead = in_lead && !s.has_figure;
    if (any_kind < 0) any_kind = s.facts.kind;
    if (any_weapon < 0) any_weapon = s.facts.weapon;
    const bool day = s.facts.date >= 0 && v.ann.dates[s.facts.date].precision == DatePrecision::kDay;
    if (day && r.incident_day < 0 && about_incident(s)) {
      r.incident_day = s.facts.date;
      r.incident_day_sentence = k;
    }
    if (day && r.any_day < 0) r.any_day = s.facts.date;
    if (day) r.days.push_back(DatedDay{v.ann.dates[s.facts.date].value, k, s.facts.date});
    if (r.report_day < 0) r.report_day = s.facts.report_date;
    if (about_incident(s)) {
      if (!r.incident_time) r.incident_time = time_in_sentence(v, s.sentence);
      r.overnight = r.overnight || s.facts.overnight;
    }
    if (earlier_report_day < 0 && s.facts.report_date >= 0 &&
        in_week_before_publication(v, v.ann.dates[s.facts.report_date]))
      earlier_report_day = s.facts.report_date;
    if (r.place < 0) r.place = s.facts.place;
  }
  // With no figures anywhere, the report tells one incident at most: its kind is the first named.
  if (in_lead) {
    r.kind = any_kind;
    r.weapon = any_weapon;
  }
  // "a news release from police said Monday" (the publication day) ... "was arrested at about
  // 3:06 p.m. Feb. 28": a day of the week before said of an arrest or a hearing is likelier the
  // event than the day the report came out (GVA train: 2 reports gained, 0 lost).
  if (r.report_day >= 0 && earlier_report_day >= 0 &&
      v.ann.dates[r.report_day].value == *v.doc.published)
    r.report_day = earlier_report_day;
  // Sentences come in text order, so after a stable sort the first entry of each day is its
  // first sentence; the later ones are dropped.
  std::stable_sort(r.days.begin(), r.days.end(),
                   [](const DatedDay& a, const DatedDay& b) { return a.value < b.value; });
  r.days.erase(std::unique(r.days.begin(), r.days.end(),
                           [](const DatedDay& a, const DatedDay& b) { return a.value == b.value; }),
               r.days.end());
  return r;
}

ClaimContext context_of(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                        const std::vector<std::uint32_t>& sentences, std::int32_t own_date) {
  ClaimContext c;
  const std::vector<std::uint32_t> order = neighbourhood(info, sentences);
  c.date = find_date(v, info, report, order, sentences, own_date);
  c.place = find_place(v, info, report, order);
  c.address = find_address(v, info, sentences);
  const std::vector<std::uint32_t> account = account_of(info, sentences);
  c.kind = find_kind(v, info, report, account);
  c.weapon = find_weapon(v, info, report, account);
  c.said_by = find_speaker(info, sentences);
  return c;
}

}  // namespace reckon::extract
