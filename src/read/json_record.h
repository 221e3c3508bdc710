// A parsed JSON object -> Document: shared by JSON Lines (one object a line) and JSON array files
// (one object an element). Internal to the read stage.
#pragma once

#include <simdjson.h>

#include <string>

#include "reckon/document.h"
#include "reckon/status.h"

namespace reckon::read {

// Reads text (required), id, published, outlet, author, title and url; other fields are ignored.
// Errors and warnings name `where`.
Result<Document> document_from_json(const simdjson::dom::element& root, const std::string& where);

}  // namespace reckon::read
