// Who wrote and who carries a story, read from its own words: the byline ("By Ann Lee, Coastal
// Herald") and the wire-style attribution in the body ("..., APA reports.", "Trend reports citing",
// "(Reuters) -", "according to AFP"). Outlets are recognised by the shape of the phrase, with a
// small list of known outlets and outlet words (data/lexicon/outlets.tsv) to decide the unclear
// cases. Internal to the read stage.
#pragma once

#include <string>
#include <string_view>

#include "reckon/text.h"

namespace reckon::read {

struct Byline {
  std::string author;  // one or more people ("Ann Lee", "Ann Lee and Bo Chen"), or empty
  std::string outlet;  // or empty
};

// Reads the words after "By": "Ann Lee", "Azernews", "The Associated Press", "Ann Lee, Reuters",
// "ANN LEE | Coastal Herald", "Ann Lee for Valley News", "Ann Lee, Staff Writer".
Byline read_byline(std::string_view words);

// The outlet the body names as the carrier of the story, searched in reading order among the
// cues that start in the first `cue_bytes` bytes; empty when none. `tt` is `text` tokenized.
std::string outlet_from_body(std::string_view text, const TokenizedText& tt,
                             std::size_t cue_bytes = std::string_view::npos);

// "Reporting by Ann Lee; Editing by Bo Chen" near the end of a wire story: the reporters.
std::string author_from_credits(std::string_view text);

}  // namespace reckon::read
