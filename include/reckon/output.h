// Output stage: how `reckon tag` and `reckon extract` print a document, as one JSON line
// (contract/OUTPUT.md) or as readable text for people.
#pragma once

#include <string>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/document.h"
#include "reckon/json.h"

namespace reckon {

// Appends one JSON object (no newline) with the document's metadata and every mention.
void write_tag_json(const Document& doc, const Annotations& a, std::string& out);
// Appends a readable listing of the document's metadata, sentences and mentions.
void write_tag_text(const Document& doc, const Annotations& a, std::string& out);

// Appends one JSON object (no newline) in the shape of contract/OUTPUT.md section 1.
void write_extract_json(const Document& doc, const Extraction& x, std::string& out);
// Appends each claim and tally on a line with its figures, then its quoted sentence.
void write_extract_text(const Document& doc, const Extraction& x, std::string& out);

// Pieces shared with the store and the server.
void write_figure(JsonWriter& w, const std::optional<Figure>& f, const Document* doc);
void write_place(JsonWriter& w, const Place& p, std::string_view mention);
void write_claim(JsonWriter& w, const Document& doc, const Claim& c);
void write_tally(JsonWriter& w, const Document& doc, const Tally& t);
// The text a list of evidence spans covers, joined with " … ".
std::string quote_of(const Document& doc, const std::vector<Span>& evidence);

}  // namespace reckon
