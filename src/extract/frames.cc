// Event frames: see frames.h.
#include "extract/frames.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "extract/claim_date.h"

namespace reckon::extract {
namespace {

FrameFigure to_frame_figure(const DocView& v, const SentenceFigure& f) {
  FrameFigure out;
  if (!f.set) return out;
  out.set = true;
  out.zero = f.zero_only;
  out.additive = f.additive;
  out.anaphoric = f.anaphoric_only;
  out.ordinal = f.ordinal;
  out.status = f.status;
  out.min = f.min;
  out.max = f.max;
  if (f.last > f.first) out.text = v.ann.text.span_of(f.first, f.last);
  return out;
}

// Two readings of one figure contradict when both state a number and the numbers differ; a zero
// statement or an anaphoric "he died" never contradicts.
bool contradicts(const FrameFigure& a, const FrameFigure& b) {
  if (!a.set || !b.set || a.zero || b.zero || b.additive) return false;
  return a.min != b.min || a.max != b.max;
}

void add_to(FrameFigure& into, const FrameFigure& f) {
  into.min += f.min;
  if (into.max && f.max) *into.max += *f.max;
  else into.max.reset();
}

void absorb(FrameFigure& into, const FrameFigure& f) {
  if (!f.set) return;
  if (f.additive && into.set && !into.zero) add_to(into, f);
  else if (!into.set || (into.zero && !f.zero)) into = f;
}

bool is_tally(const SentenceInfo& s, const DocView& v) {
  // "Three people were injured in two shootings ... Thursday night": dated or not, the figures
  // add up several incidents.
  if (s.facts.tally_cue || s.facts.several_incidents) return true;
  if (!s.facts.plural_kind) return false;
  // "as a result of missile strikes": many incidents, unless the sentence dates one of them.
  return s.facts.date < 0 || v.ann.dates[s.facts.date].precision != DatePrecision::kDay;
}

struct SentenceFigures {
  FrameFigure killed, injured, hit, combined;
  bool anaphoric_only = true;
  bool update = false;
};

SentenceFigures figures_of(const DocView& v, const SentenceInfo& s) {
  SentenceFigures out;
  const auto& obs = s.casualties.observations;
  const SentenceFigure k = sentence_figure(obs, Outcome::kKilled);
  const SentenceFigure i = sentence_figure(obs, Outcome::kInjured);
  const SentenceFigure h = sentence_figure(obs, Outcome::kHit);
  const SentenceFigure c = sentence_figure(obs, Outcome::kCombined);
  out.killed = to_frame_figure(v, k);
  out.injured = to_frame_figure(v, i);
  out.hit = to_frame_figure(v, h);
  out.combined = to_frame_figure(v, c);
  for (const SentenceFigure* f : {&k, &i, &h, &c}) {
    if (f->set && !f->anaphoric_only) out.anaphoric_only = false;
    out.update = out.update || f->update;
  }
  return out;
}

bool same_street(const DocView& v, std::int32_t a, std::int32_t b) {
  return v.doc.slice(v.addresses[a].mention.span) == v.doc.slice(v.addresses[b].mention.span);
}

// "Four men were shot ... All four were hospitalized. One is in critical condition": the state
// of some of those already counted as hurt, neither a new count nor a contradicting one.
bool describes_some_hurt(const Frame& f, const FrameFigure& injured) {
  if (!injured.set || !injured.status || injured.zero) return false;
  const auto n = [](const FrameFigure& g) { return g.set && !g.zero ? g.min : 0; };
  return injured.min <= std::max(n(f.injured), n(f.hit) - n(f.killed));
}

// The city or village a sentence names, or -1.
std::int32_t town_of(const DocView& v, const SentenceInfo& s) {
  if (s.facts.place < 0) return -1;
  const PlaceKind k = v.ann.places[s.facts.place].place.kind;
  return k == PlaceKind::kCity || k == PlaceKind::kVillage ? s.facts.place : -1;
}

// "A man was shot in Philadelphia ... In Camden, a man was killed": another town, another incident.
bool other_town(const DocView& v, const Frame& f, const SentenceInfo& s) {
  const std::int32_t t = town_of(v, s);
  return t >= 0 && f.town >= 0 && v.ann.places[t].place.id != v.ann.places[f.town].place.id;
}

// "About 5:10 this morning, a man was shot ... About 3:55 a.m. a woman was shot": times of day
// more than three hours apart are another incident (GVA train: injured 2 gained, 0 lost; one or
// two hours lost an address).
constexpr std::int32_t kSameIncidentMinutes = 180;
bool far_in_time(const Frame& f, const SentenceInfo& s) {
  if (f.time_of_day < 0 || s.time_of_day < 0) return false;
  const std::int32_t d = std::abs(f.time_of_day - s.time_of_day);
  return std::min(d, 24 * 60 - d) > kSameIncidentMinutes;
}

bool can_join(const Frame& f, const SentenceFigures& s, const SentenceInfo& si, std::int32_t date, const DocView& v) {
  if (date >= 0 && f.own_date >= 0 && v.ann.dates[date].value != v.ann.dates[f.own_date].value) return false;
  if (s.anaphoric_only || s.update) return true;
  // "A man was killed on the same block just last week. Four men were shot on Tuesday."
  if (si.recalls != f.recalls) return false;
  // "a man was shot in the 1500 block of Myrtle Ave ... a man was shot in the 900 block of Kevin
  // Road": another street, another incident.
  if (si.facts.address >= 0 && f.scene >= 0 && !same_street(v, si.facts.address, f.scene)) return false;
  if (other_town(v, f, si)) return false;
  if (far_in_time(f, si)) return false;
  const bool injured_fits = !contradicts(f.injured, s.injured) || describes_some_hurt(f, s.injured);
  return !contradicts(f.killed, s.killed) && injured_fits && !contradicts(f.hit, s.hit) &&
         !contradicts(f.combined, s.combined);
}

// People the frame has counted so far: the dead and the hurt, or all those hit.
std::int64_t people_counted(const Frame& f) {
  const auto n = [](const FrameFigure& g) { return g.set && !g.zero ? g.min : 0; };
  return std::max(n(f.killed) + n(f.injured), std::max(n(f.hit), n(f.combined)));
}

void join(Frame& f, const SentenceFigures& in, std::int32_t date) {
  // "killing one man and injuring another ... there was also a second man who had been grazed":
  // the second person is one already counted.
  SentenceFigures s = in;
  for (FrameFigure* g : {&s.injured, &s.hit}) {
    if (g->set && g->ordinal > 0 && people_counted(f) >= g->ordinal) *g = FrameFigure{};
  }
  if (describes_some_hurt(f, s.injured)) s.injured = FrameFigure{};
  // "One man was killed and another wounded ... He died later" restates the death; after "a man
  // was shot ... another man was shot", "he later died" is a second death among those hit.
  const bool unresolved_hit = f.hit.set && (!f.killed.set || f.hit.min > f.killed.min);
  const bool restated_death = s.killed.anaphoric && f.killed.set && !f.killed.zero && !unresolved_hit;
  if (s.update && s.killed.set && !s.killed.zero && restated_death && f.hurt_after_dead && f.injured.set &&
      !f.injured.zero && !f.injured.additive && f.injured.min <= s.killed.min) {
    // "a shooting that left one woman dead ... a woman had been wounded ... She later died":
    // the wounded one is the death the report led with ("another man was wounded" is not).
    f.injured = FrameFigure{};
  } else if (s.update && s.killed.set && !s.killed.zero && !restated_death) {
    // "one of the victims later died", "she later died": a death among those counted as hurt.
    if (f.injured.set && f.injured.min >= s.killed.min) {
      f.injured.min -= s.killed.min;
      if (f.injured.max) *f.injured.max -= s.killed.min;
      if (f.injured.min == 0) f.injured = FrameFigure{};
    }
    if (s.killed.anaphoric) {
      if (!f.killed.set || f.killed.zero) f.killed = s.killed;
    } else if (f.killed.set && !f.killed.zero) {
      f.killed.min += s.killed.min;
      if (f.killed.max && s.killed.max) *f.killed.max += *s.killed.max;
    } else {
      f.killed = s.killed;
    }
  } else {
    absorb(f.killed, s.killed);
  }
  if (s.injured.anaphoric && !f.injured.set && f.killed.set && !f.killed.zero && !f.hit.set) {
    // "A man died ... the gun discharged, wounding him": the wounds of the dead.
  } else if (s.injured.additive && !f.injured.set && f.hit.set && !f.hit.zero) {
    add_to(f.hit, s.injured);  // "Two men were shot ... Another man was wounded"
  } else {
    f.hurt_after_dead = f.hurt_after_dead || (!f.injured.set && s.injured.set && !s.injured.zero && f.killed.set &&
                                              !f.killed.zero && !s.killed.set);
    absorb(f.injured, s.injured);
  }
  absorb(f.hit, s.hit);
  absorb(f.combined, s.combined);
  if (f.own_date < 0) f.own_date = date;
}

// "a suspect shot her ... Later the same day ..." + "one of the suspects also admitted to shooting
// a man Feb. 7": a sentence dated before the last day stated since a frame with no day of its own
// began recalls an earlier incident, so it does not join the frame (GVA train: dates 3 reports
// gained, injured 3 gained, 0 lost).
bool recalls_earlier_day(const DocView& v, const std::vector<SentenceInfo>& info, const Frame& f,
                         std::uint32_t i, std::int32_t date) {
  if (date < 0 || f.own_date >= 0) return false;
  for (std::uint32_t k = i; k-- > f.sentences.front();) {
    const std::int32_t d = info[k].facts.date;
    if (d < 0 || v.ann.dates[d].precision != DatePrecision::kDay) continue;
    return v.ann.dates[date].value < v.ann.dates[d].value;
  }
  return false;
}

bool recalls_earlier(const DocView& v, const Sentence& s) {
  for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
    if (v.match_cue(kCuePast, t, s.last_token)) return true;
  }
  return false;
}

// Tokens before a clause's date: "and on October 3", "then on Monday".
constexpr std::uint32_t kDateLead = 3;

bool led_by_date(const DocView& v, const Sentence& c) {
  for (std::uint32_t t = c.first_token; t < c.last_token && t < c.first_token + kDateLead; ++t) {
    if (v.date_at[t] >= 0) return true;
  }
  return false;
}

// "On September 28, Tartar was shelled, killing one civilian; on September 30, two civilians were
// wounded in Barda; ... and on October 3, a woman died in Aghjabadi": a sentence whose clauses
// between semicolons are each led by a date lists as many incidents, so each clause is read as a
// sentence of its own. A list under one date ("On Monday, a man was shot; his brother was
// wounded") stays one sentence. Puts into `out` the sentence's dated clauses, or the sentence
// itself. Most sentences hold no semicolon: one search of their bytes tells, with no pass over
// their tokens.
void dated_clauses(const DocView& v, const Sentence& s, std::vector<Sentence>& out) {
  out.clear();
  const std::string_view bytes = std::string_view(v.doc.text).substr(s.span.start, s.span.size());
  if (bytes.find(';') == std::string_view::npos) {
    out.push_back(s);
    return;
  }
  std::uint32_t start = s.first_token;
  for (std::uint32_t t = s.first_token; t <= s.last_token; ++t) {
    if (t < s.last_token && !v.tokens()[t].is_punct(';')) continue;
    if (t > start) {
      Sentence c = s;
      c.first_token = start;
      c.last_token = t;
      c.span = v.ann.text.span_of(start, t);
      out.push_back(c);
    }
    start = t + 1;
  }
  const auto dated = [&](const Sentence& c) { return led_by_date(v, c); };
  if (out.size() < 2 || !std::all_of(out.begin(), out.end(), dated)) out.assign(1, s);
}

void link_speakers(std::vector<SentenceInfo>& info) {
  std::int32_t last = -1;
  for (std::size_t i = 0; i < info.size(); ++i) {
    info[i].speaker_before = last;
    if (!info[i].facts.speaker.empty()) last = static_cast<std::int32_t>(i);
  }
  std::int32_t next = -1;
  for (std::size_t i = info.size(); i-- > 0;) {
    if (!info[i].facts.speaker.empty()) next = static_cast<std::int32_t>(i);
    info[i].speaker_from = next;
  }
}

}  // namespace

void read_sentences(const DocView& v, std::vector<SentenceInfo>& info) {
  info.clear();
  info.reserve(v.ann.text.sentences.size());
  std::vector<Sentence> clauses;
  for (const Sentence& whole : v.ann.text.sentences) {
    dated_clauses(v, whole, clauses);
    for (const Sentence& sentence : clauses) {
      SentenceInfo& s = info.emplace_back();
      s.sentence = sentence;
      read_casualties(v, sentence, s.casualties);
      const std::uint32_t near = s.casualties.first_trigger.value_or(sentence.first_token);
      s.facts = read_facts(v, sentence, near);
      s.has_figure = !s.casualties.observations.empty();
      s.time_of_day = s.has_figure ? time_in_sentence(v, sentence).value_or(-1) : -1;
      s.recalls = s.has_figure && recalls_earlier(v, sentence);
    }
  }
  link_speakers(info);
}

std::vector<Frame> build_frames(const DocView& v, const std::vector<SentenceInfo>& info) {
  std::vector<Frame> frames;
  std::int32_t open = -1;  // the claim frame later sentences may join
  for (std::uint32_t i = 0; i < info.size(); ++i) {
    const SentenceInfo& s = info[i];
    if (!s.has_figure) {
      // Victim categories said apart ("Children and women were among those slain") join the
      // incident just read.
      if (open >= 0 && !s.casualties.categories.empty()) {
        auto& cats = frames[open].categories;
        cats.insert(cats.end(), s.casualties.categories.begin(), s.casualties.categories.end());
      }
      continue;
    }
    const SentenceFigures figs = figures_of(v, s);
    std::int32_t date = s.facts.date;
    if (date >= 0 && v.ann.dates[date].precision != DatePrecision::kDay) date = -1;
    if (is_tally(s, v)) {
      Frame t;
      t.tally = true;
      t.killed = figs.killed;
      t.injured = figs.injured;
      t.hit = figs.hit;
      t.combined = figs.combined;
      t.sentences.push_back(i);
      t.own_date = s.facts.date;
      t.categories = s.casualties.categories;
      t.damage = s.casualties.damage;
      frames.push_back(std::move(t));
      continue;
    }
    if (open >= 0 && can_join(frames[open], figs, s, date, v) &&
        !recalls_earlier_day(v, info, frames[open], i, date)) {
      join(frames[open], figs, date);
      frames[open].sentences.push_back(i);
    } else {
      Frame f;
      f.recalls = s.recalls;
      join(f, figs, date);
      f.sentences.push_back(i);
      frames.push_back(std::move(f));
      open = static_cast<std::int32_t>(frames.size() - 1);
    }
    if (frames[open].scene < 0 && s.facts.address >= 0 && !v.addresses[s.facts.address].residence) {
      frames[open].scene = s.facts.address;
    }
    if (frames[open].town < 0) frames[open].town = town_of(v, s);
    if (frames[open].time_of_day < 0) frames[open].time_of_day = s.time_of_day;
    auto& cats = frames[open].categories;
    cats.insert(cats.end(), s.casualties.categories.begin(), s.casualties.categories.end());
    auto& damage = frames[open].damage;
    damage.insert(damage.end(), s.casualties.damage.begin(), s.casualties.damage.end());
  }
  return frames;
}

}  // namespace reckon::extract
