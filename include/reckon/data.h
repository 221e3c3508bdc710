// Data files (lexicons, gazetteer tables) linked into the binary at build time.
//
// The files live under data/ with their source and licence noted beside them; data/CMakeLists.txt
// embeds every *.tsv there. Lookup is by path relative to data/, e.g. "lexicon/months.tsv".
#pragma once

#include <optional>
#include <string_view>

namespace reckon {

// The bytes of an embedded data file, or nullopt when no such file was built in. The view stays
// valid for the life of the program.
std::optional<std::string_view> embedded_data(std::string_view name);

}  // namespace reckon
