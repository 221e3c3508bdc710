// The shared loop of `tag` and `extract`: read every input document, read its metadata and render
// it on the worker threads (the reading thread only parses input, so it keeps up with two or more
// workers), print the results in input order, and report bad input on stderr without stopping.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "reckon/document.h"

namespace reckon::cli {

struct StreamOptions {
  std::vector<std::string> inputs;  // paths, folders or "-"
  unsigned threads = 1;
  bool quiet = false;  // no warnings on stderr (errors are always printed)
};

// Renders one document into `out` (which already ends with the previous document's newline).
using RenderDocument = std::function<void(const Document&, std::string& out)>;

// Returns the exit status: 0, or 1 when any input had an error.
int stream_documents(const StreamOptions& options, const RenderDocument& render);

}  // namespace reckon::cli
