// Event frames: the casualty sentences of a report grouped into the incidents they describe.
//
// Sentences are read in order. A sentence whose figures count many incidents ("so far", "since
// September 27", "as a result of missile strikes on more than 10 regions") becomes a tally. Any
// other sentence with figures joins the open frame when it can be about the same incident (no
// different stated date, no figure that contradicts one already read; "he died" points back) and
// opens a new frame otherwise, so five strikes on five dates give five frames and a tweet saying
// 40 injured stays apart from an account saying more than 40.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/casualties.h"
#include "extract/doc_view.h"
#include "extract/sentence_facts.h"

namespace reckon::extract {

// What one sentence says, or one clause of a dated list read as a sentence of its own.
struct SentenceInfo {
  Sentence sentence;  // its tokens and text: a whole sentence, or a clause of one
  SentenceCasualties casualties;
  SentenceFacts facts;
  bool has_figure = false;
  bool recalls = false;  // recalls an earlier incident: "just last week", "two weeks ago"
  // Minutes after midnight of the first time of day it states ("7:45 p.m."), -1 for none.
  std::int32_t time_of_day = -1;
  // The nearest sentence naming a speaker before this one, and from this one on (-1: none), so
  // finding who says a claim is one look-up, not a rescan of the report per claim.
  std::int32_t speaker_before = -1;
  std::int32_t speaker_from = -1;
};

// One figure of a frame as read so far.
struct FrameFigure {
  bool set = false;
  bool zero = false;  // only a "no one was hurt" statement said it
  bool additive = false;  // read from "another eight": adds to what the frame counted
  bool anaphoric = false;  // read from "he", "the victim": someone counted before
  int ordinal = 0;  // read from "a second man": the n-th person counted
  bool status = false;  // read from "one is in critical condition" only
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  Span text;
};

struct Frame {
  FrameFigure killed, injured, hit, combined;
  std::vector<std::uint32_t> sentences;  // in text order
  std::int32_t own_date = -1;            // a date stated in one of its sentences
  std::vector<std::string_view> categories;
  std::vector<Span> damage;
  bool tally = false;
  bool recalls = false;  // its sentences recall an earlier incident
  std::int32_t scene = -1;
  std::int32_t time_of_day = -1;  // the first time of day its figure sentences state, in minutes
  std::int32_t town = -1;  // the first city or village its sentences name (Annotations::places)
  bool hurt_after_dead = false;  // its injured figure was read after its killed figure  // the first street address of its sentences where people were hit
};

// Reads every sentence of the document into `info` (one entry per sentence).
void read_sentences(const DocView& v, std::vector<SentenceInfo>& info);

// Groups the figure sentences into frames (claims and tallies), in text order.
std::vector<Frame> build_frames(const DocView& v, const std::vector<SentenceInfo>& info);

}  // namespace reckon::extract
