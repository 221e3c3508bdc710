// A snapshot of the built-in gazetteer's in-memory form, kept on disk between runs.
//
// Building the gazetteer folds and hashes some 600,000 names: tens of milliseconds of CPU, most
// of the start-up of `reckon extract` on one report. The snapshot holds the finished arrays
// (entries, both name indexes, the country tables), so a later run reads them back in well under
// a millisecond instead: the file is mapped and its entries and name indexes are read in place,
// with no pass over them (only the header and the small country tables are checked; a link read
// from the entries or indexes is checked where it is followed). It is keyed
// by the GNU build id of the running program, which changes with any change to the code or the
// embedded data, so a snapshot can never outlive the program that wrote it; names are stored as
// offsets into the embedded tables, never as pointers.
//
// Files live in $RECKON_CACHE_DIR, else $XDG_CACHE_HOME/reckon, else $HOME/.cache/reckon, as
// gazetteer-<build id>.bin; RECKON_CACHE_DIR set to "" or "off" turns the cache off. A snapshot
// is written to a temporary file and renamed into place (concurrent runs are safe), only the
// few most recent are kept, and a file that fails any check is ignored, so caching is best
// effort: any failure falls back to building the gazetteer, with no message. Internal to the
// places stage.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "recognize/places/gazetteer_impl.h"

namespace reckon::places {

// The tables a gazetteer was built from: its names are views into these.
struct GazetteerSources {
  std::string_view places_tsv;
  std::string_view extra_tsv;
};

// The snapshot of `g` as bytes, for a program identified by `program_id`.
std::string snapshot_bytes(const Gazetteer::Impl& g, const GazetteerSources& sources,
                           std::string_view program_id);
// The gazetteer in `bytes`, or nullptr when they are not a snapshot for `program_id` over
// `sources` (wrong program, truncated, a size or country link out of range, misaligned). Its
// entries and name indexes read `bytes` in place: they must outlive it, and `backing` (their
// owner, if any) is kept alive with it. Damaged entries or index links are not looked for here:
// they read as no place (Gazetteer::Impl::sound, NameIndex), never out of bounds.
std::unique_ptr<Gazetteer::Impl> from_snapshot(std::string_view bytes,
                                               const GazetteerSources& sources,
                                               std::string_view program_id,
                                               std::shared_ptr<const void> backing = nullptr);

// The GNU build id of the running program, or nullopt when it has none.
std::optional<std::string> program_build_id();

// The built-in gazetteer from this program's snapshot file, or nullptr.
std::unique_ptr<Gazetteer::Impl> read_cached_gazetteer(const GazetteerSources& sources);
// Saves this program's snapshot file (best effort) and prunes old ones.
void write_cached_gazetteer(const Gazetteer::Impl& g, const GazetteerSources& sources);

}  // namespace reckon::places
