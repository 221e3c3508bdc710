// Number recognizer: finds quantities in a token stream and says what each one measures.
//
// Digits ("500,000", "1.5 million"), words ("ten", "forty-two", "two hundred and ninety-two",
// "a dozen"), vague quantities as intervals with no upper bound ("dozens" min 24, "hundreds" min
// 200, "tens of thousands" min 20000, "scores" min 40), modifiers ("more than 30" min 31; "at least
// 10" min 10; "up to 5" min 0 max 5; "nearly", "about", "some" mark the figure approximate),
// ranges ("10 to 15", "10-15"), and indefinite counts of people ("a man", "another civilian" = 1).
// Rules and word lists live in data/lexicon/number_words.tsv and numbers_*.tsv; the engine in
// src/recognize/numbers applies them in one linear pass. Thread-safe: the lexicon is built once.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "reckon/document.h"
#include "reckon/text.h"

namespace reckon {

// What a number measures, decided from its form and its neighbours.
enum class Quantity : std::uint8_t {
  kCount,      // a count of things or people: "10 people", "ten", "a man", "one of the victims"
  kYear,       // "1949", "in 2020", "the 1990s" (min 1990, max 1999)
  kOrdinal,    // "fourth", "2nd", "first anniversary"
  kDuration,   // "44-day", "30 years", "two hours"
  kDistance,   // "80 kilometers", "5 miles"
  kMoney,      // "$850,000", "5 million dollars"
  kPercent,    // "20 percent", "20%"
  kTimeOfDay,  // "4 am", "7:45 p.m.": min == max == minutes after midnight, value in hours
  kPhone,      // "546-6249", "(555) 123-4567": value = the digits
  kAge,        // "Daniel Segura, 55,", "a 22-year-old", "aged 17", "in their 20s" (20..29)
  kDate,       // a day-of-month or numeric date ("October 11", "2020-10-11"); dates.h reads it
  kOther,      // measurement, weight, calibre, address number, identifier, anything else
};

std::string_view to_string(Quantity q);

struct NumberMention {
  // The whole phrase, modifier included ("more than 30"). Measures take their unit into the span
  // ("30 years", "44-day", "4 a.m.", "20 percent", "$850,000", "22-year-old"); a count does not
  // ("10" in "10 people"). An indefinite person count spans its article only ("a" in "a man").
  Span span;
  std::uint32_t first_token = 0;  // [first_token, last_token) in TokenizedText::tokens
  std::uint32_t last_token = 0;
  Quantity quantity = Quantity::kCount;
  double value = 0;             // the stated number: 30 for "more than 30", 1.5e6 for "1.5 million";
                                // a range's low end; a vague quantity's lower bound
  // The interval the phrase claims, in the contract's sense: exact → min == max; "more than 30" →
  // min 31, max unset; "up to 5" → min 0, max 5; "10 to 15" → 10..15; "dozens" → min 24, max
  // unset. A fractional figure spans floor..ceil ("1.5 percent" → 1..2).
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  bool approximate = false;     // "about", "around", "nearly", "some", "dozens", "a couple"
  bool indefinite = false;      // "a man", "another civilian": an implicit 1
  bool written = false;         // spelled out in words rather than digits
  // The token index just after the number phrase where the counted noun usually starts
  // ("10 people" → index of "people"); equals last_token when nothing follows. For an indefinite
  // person count it is the people noun itself ("a young man" → "man"; "a 22-year-old man" →
  // "man", the age being a mention of its own).
  std::uint32_t head_token = 0;
};

// Finds every number phrase in `tt`, left to right, non-overlapping. `text` is the document text
// the tokens point into. Numbers inside URLs and e-mail addresses are skipped; "no one", "one
// another" and "not a single person" yield nothing (zero claims are the claim extractor's job).
std::vector<NumberMention> recognize_numbers(const TokenizedText& tt, std::string_view text);

}  // namespace reckon
