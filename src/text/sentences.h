// Sentence and paragraph splitting over an already tokenized text. Internal to the text stage.
#pragma once

#include <string_view>

#include "reckon/text.h"

namespace reckon::text {

// Fills tt.sentences and tt.paragraphs from tt.tokens.
void split_sentences(std::string_view input, TokenizedText& tt);

}  // namespace reckon::text
