// Mapping records to table rows and back: the column lists of claims, tallies and incidents in
// one place, so that the insert statements, the queries and the readers cannot drift apart.
#pragma once

#include <string>

#include "reckon/incident.h"
#include "store/sqlite_db.h"

namespace reckon::store {

// Columns of `claims` bound by bind_claim (parameters 1..N) and read by read_claim (columns 1..N
// after claim_id at column 0).
extern const char* const kClaimColumns;
// The index of place_id in kClaimColumns (place_name, country, lat, lon, place_precision follow).
inline constexpr int kClaimPlaceIdColumn = 11;
// The place columns of a claim, in that order: what reconciliation tests a candidate on first.
inline constexpr const char* kCandidateColumns =
    "place_id, place_name, country, lat, lon, place_precision";
inline constexpr int kClaimColumnCount = 31;
// A latitude reach that covers every place: two latitudes never differ by more than 180 degrees.
inline constexpr double kWholeGlobeDegrees = 360;
void bind_claim(Statement& stmt, const ClaimRecord& claim);
ClaimRecord read_claim(const Statement& stmt, int first_column);

extern const char* const kTallyColumns;
void bind_tally(Statement& stmt, const TallyRecord& tally);
TallyRecord read_tally(const Statement& stmt, int first_column);

extern const char* const kIncidentColumns;  // incident_id first
void bind_incident(Statement& stmt, const Incident& incident);
// Reads the summary; the caller adds the claims.
Incident read_incident(const Statement& stmt, int first_column);

// "a,b,c" <-> {"a","b","c"} with the ASCII unit separator, which report text does not contain.
std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(std::string_view joined);

std::string date_text(const CivilDate& d);
std::optional<CivilDate> parse_date(std::string_view text);

}  // namespace reckon::store
