// Speakers: who a sentence attributes what it says to ("the NGOs said", "Abdullayeva tweeted",
// "according to police", "said Sgt. Mark Ormsby"). The outlet is the document's; this is the voice
// inside the report, for Claim::said_by.
#pragma once

#include <string>

#include "extract/doc_view.h"

namespace reckon::extract {

// The speaker named beside a reporting verb in `s`, as written; empty when none is named.
std::string speaker_of(const DocView& v, const Sentence& s);

}  // namespace reckon::extract
