// Claim extraction entry point: reads every sentence once (casualty words and their counts, dates,
// places, kinds, speakers), groups the figure sentences into incident frames and tallies, fills
// each claim's context from its neighbourhood, and sorts claims by salience. See
// include/reckon/claims.h and contract/OUTPUT.md.
#include <algorithm>

#include "extract/claim_context.h"
#include "extract/frames.h"
#include "reckon/claims.h"

namespace reckon {
namespace {

constexpr std::uint32_t kSinceReach = 4;  // sentences back to look for "since <date>"
// Nine in ten GVA reports come out within a week of their incident: a figure dated earlier is
// most often an incident the report recalls.
constexpr std::int64_t kRecentDays = 7;
// Salience tiers (a report has far fewer sentences than a tier's width).
constexpr double kHarmedTier = 3e6;
constexpr double kRecalledTier = 2e6;
constexpr double kUnharmedTier = 1e6;

using extract::DocView;
using extract::Frame;
using extract::FrameFigure;
using extract::SentenceInfo;

std::optional<Figure> figure_of(const FrameFigure& f) {
  if (!f.set) return std::nullopt;
  Figure out;
  out.min = f.min;
  out.max = f.max;
  out.text = f.text;
  return out;
}

// Injured = said injured, else those hit who did not die ("two men were shot, one fatally").
std::optional<Figure> injured_of(const Frame& f) {
  std::optional<Figure> injured = figure_of(f.injured);
  if (!f.hit.set || f.hit.zero) return injured;
  const std::int64_t dead = f.killed.set ? f.killed.min : 0;
  const std::int64_t rest = f.hit.min - dead;
  if (rest <= 0) return injured;
  if (injured && !f.injured.zero && injured->min >= rest) return injured;
  Figure h;
  h.min = rest;
  if (f.hit.max) h.max = *f.hit.max - dead;
  h.text = f.hit.text;
  return h;
}

std::vector<std::string> categories_of(const Frame& f) {
  std::vector<std::string> out;
  for (std::string_view c : f.categories) {
    if (c.empty() || std::find(out.begin(), out.end(), c) != out.end()) continue;
    out.emplace_back(c);
  }
  return out;
}

std::vector<Span> evidence_of(const std::vector<SentenceInfo>& info,
                              const std::vector<std::uint32_t>& sentences) {
  std::vector<Span> out;
  for (std::uint32_t k : sentences) out.push_back(info[k].sentence.span);
  return out;
}

bool positive(const std::optional<Figure>& f) { return f && f->min > 0; }

bool harms(const Frame& f) {
  for (const FrameFigure* g : {&f.killed, &f.injured, &f.hit, &f.combined}) {
    if (g->set && !g->zero && g->min > 0) return true;
  }
  return false;
}

// Days from the frame's own date to publication; nullopt when either is unknown.
std::optional<std::int64_t> age_of(const DocView& v, const Frame& f) {
  if (f.own_date < 0 || !v.doc.published) return std::nullopt;
  return days_from_civil(*v.doc.published) - days_from_civil(v.ann.dates[f.own_date].value);
}

// True when some incident with people harmed is dated within a week of publication.
bool reports_recent_harm(const DocView& v, const std::vector<Frame>& frames) {
  for (const Frame& f : frames) {
    const auto age = age_of(v, f);
    if (!f.tally && harms(f) && age && *age <= kRecentDays) return true;
  }
  return false;
}

// A frame about an incident the report recalls rather than reports, when another incident with
// people harmed is dated within a week of publication: its sentences say so ("just last week",
// "less than two weeks ago", "was convicted of killing") or date it more than a week before. A
// follow-up report, with no recent incident, says the same of its own older one and keeps it.
// It yields claims[0] to an incident that is not recalled.
bool recalls_earlier(const DocView& v, const Frame& f, bool recent_harm) {
  if (!recent_harm) return false;
  const auto age = age_of(v, f);
  return f.recalls || (age && *age > kRecentDays);
}

bool is_generic_kind(const DocView& v, const std::string& kind) {
  for (const extract::IncidentKind& k : v.lex.kind_info) {
    if (k.kind == kind) return k.generic;
  }
  return false;
}

// The kind a sentence names that says how people were harmed: a specific kind word, else the
// kind a named weapon implies ("Tochka-U" a missile strike); empty when it names neither.
std::string specific_kind_of(const DocView& v, const SentenceInfo& s) {
  if (s.facts.kind >= 0 && !v.lex.kind_info[s.facts.kind].generic) return v.lex.kind_info[s.facts.kind].kind;
  if (s.facts.weapon >= 0) return v.lex.weapon_info[s.facts.weapon].kind;
  return {};
}

// "Armenia launched rocket attacks using the Tochka-U missile system ... As a result of the
// brutal attack, 10 people were killed": a generic kind gives way to the specific kind or weapon
// of the claim's sentences, else of the nearest sentences around them that tell no other incident.
std::string specific_kind(const DocView& v, const std::vector<SentenceInfo>& info, const Frame& f,
                          std::string kind) {
  if (!kind.empty() && !is_generic_kind(v, kind)) return kind;
  for (std::uint32_t k : extract::account_of(info, f.sentences)) {
    if (std::string s = specific_kind_of(v, info[k]); !s.empty()) return s;
  }
  return kind;
}

// Who the report attributes a claim to when no speaker is named in the claim's paragraph: the
// nearest one named before it ("... the NGOs said." then a paragraph of figures), else after it
// (a quotation closed by "noted in the appeal"). Empty only when the report names nobody.
std::string report_speaker(const std::vector<SentenceInfo>& info, std::uint32_t first) {
  const std::int32_t k = info[first].speaker_before >= 0 ? info[first].speaker_before : info[first].speaker_from;
  return k >= 0 ? info[static_cast<std::size_t>(k)].facts.speaker : std::string();
}

Claim claim_of(const DocView& v, const std::vector<SentenceInfo>& info, const extract::ReportFacts& report,
               const Frame& f, bool recent_harm) {
  Claim c;
  const extract::ClaimContext ctx = extract::context_of(v, info, report, f.sentences, f.own_date);
  c.kind = specific_kind(v, info, f, ctx.kind);
  c.weapon = ctx.weapon;
  c.date = ctx.date;
  c.place = ctx.place;
  c.address = ctx.address;
  c.said_by = ctx.said_by.empty() ? report_speaker(info, f.sentences.front()) : ctx.said_by;
  c.killed = figure_of(f.killed);
  c.injured = injured_of(f);
  c.killed_or_injured = figure_of(f.combined);
  c.victims = categories_of(f);
  for (const Span& d : f.damage) c.damage.emplace_back(v.doc.slice(d));
  c.evidence = evidence_of(info, f.sentences);
  // Earlier and with people harmed is more salient: a report leads with its incident, and may
  // recall earlier ones before it.
  const double first = static_cast<double>(f.sentences.front());
  const bool harmed = positive(c.killed) || positive(c.injured) || positive(c.killed_or_injured);
  const double tier = !harmed ? kUnharmedTier : recalls_earlier(v, f, recent_harm) ? kRecalledTier : kHarmedTier;
  c.salience = tier - first;
  return c;
}

Tally tally_of(const DocView& v, const std::vector<SentenceInfo>& info, const Frame& f) {
  Tally t;
  const SentenceInfo& s = info[f.sentences.front()];
  t.as_of = v.doc.published;
  if (s.facts.date >= 0) {
    const DateMention& d = v.ann.dates[s.facts.date];
    if (d.form == DateForm::kRelative && d.precision == DatePrecision::kDay) t.as_of = d.value;
  }
  // "Since September 27, 2020 the armed forces ... According to today's statistics, 23 civilians
  // were killed": the period may be opened a few sentences before the count.
  const std::uint32_t at = f.sentences.front();
  for (std::uint32_t k = at + 1; k-- > 0 && at - k <= kSinceReach;) {
    if (info[k].facts.since >= 0) {
      t.since = v.ann.dates[info[k].facts.since].value;
      break;
    }
  }
  t.killed = figure_of(f.killed);
  t.injured = figure_of(f.injured);
  if (!t.injured && f.hit.set) t.injured = figure_of(f.hit);
  t.killed_or_injured = figure_of(f.combined);
  const std::int32_t p = s.facts.place >= 0 ? s.facts.place : s.facts.country;
  if (p >= 0) t.place = ClaimPlace{v.ann.places[p].place, v.ann.places[p].span};
  std::string scope;
  for (const std::string& c : categories_of(f)) scope += (scope.empty() ? "" : ", ") + c;
  if (s.facts.kind >= 0) scope += (scope.empty() ? "" : ", ") + v.lex.kind_info[s.facts.kind].kind;
  if (t.place) scope += (scope.empty() ? "" : ", ") + std::string(t.place->place.name);
  t.scope = scope;
  t.evidence = evidence_of(info, f.sentences);
  return t;
}

// A report with no figure still has a main incident: the first sentence that names one.
Claim unfigured_claim(const DocView& v, const std::vector<SentenceInfo>& info, const extract::ReportFacts& report) {
  constexpr std::uint32_t kLead = 3;  // past the lead, the report's own first sentence is likelier
  std::uint32_t first = 0;
  for (std::uint32_t k = 0; k < info.size() && k < kLead; ++k) {
    if (info[k].facts.kind >= 0 || info[k].casualties.first_trigger) {
      first = k;
      break;
    }
  }
  Frame f;
  f.sentences.push_back(first);
  f.own_date = -1;
  Claim c = claim_of(v, info, report, f, false);
  c.salience = 0;
  return c;
}

}  // namespace

Extraction extract_claims(const Document& doc, const Annotations& annotations) {
  Extraction out;
  if (annotations.text.sentences.empty()) return out;
  const DocView v(doc, annotations);
  std::vector<SentenceInfo> info;
  extract::read_sentences(v, info);
  const extract::ReportFacts report = extract::report_facts(v, info);
  const std::vector<Frame> frames = extract::build_frames(v, info);
  const bool recent_harm = reports_recent_harm(v, frames);
  for (const Frame& f : frames) {
    if (f.tally) out.tallies.push_back(tally_of(v, info, f));
    else out.claims.push_back(claim_of(v, info, report, f, recent_harm));
  }
  if (out.claims.empty()) out.claims.push_back(unfigured_claim(v, info, report));
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.salience > b.salience; });
  return out;
}

}  // namespace reckon
