// What a date in a sentence is said of: the incident itself, or a statement, an arrest, a step of
// the case or a state that held on that day ("police said Thursday", "remained hospitalized
// Sunday"), a victim's death, or what a suspect is accused of. The words are the report cues of
// data/lexicon/extract_cues.tsv and the phrases of data/lexicon/dates_said_of.tsv.
#pragma once

#include "extract/doc_view.h"

namespace reckon::extract {

// A date said of a statement, an arrest or a hearing rather than of the incident: "police said
// Thursday", "was arrested Monday", "Friday's hearing", "remained hospitalized Sunday", a quoted
// post's day after its author's handle. "The shooting was reported at 11:16 p.m. Monday" is the
// incident's.
bool is_report_date(const DocView& v, const DateMention& d, const Sentence& s);

// "Reinoso, 29, died at York Hospital at 1:11 p.m. Saturday": a day said of a death, a few words
// back in its clause, in a sentence that does not say how the victim was hurt ("died Friday
// afternoon after he was shot" gives the shooting's day too).
bool is_death_date(const DocView& v, const DateMention& d, const Sentence& s);

// "booked into Mobile County Metro Jail early Tuesday morning ..., accused of robbing a group at
// gunpoint on Monday night": a day said of what a suspect is accused of, a few words back in its
// clause.
bool is_alleged_date(const DocView& v, const DateMention& d, const Sentence& s);

}  // namespace reckon::extract
