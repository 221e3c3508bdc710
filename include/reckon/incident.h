// Incidents: what the database knows about one event, reconciled from every claim that reports
// it, and the records it keeps of each claim and tally. These are plain values with owned
// strings (unlike Claim, whose spans point into a Document): they outlive the report they came
// from and are what the store reads and writes and what the exports print.
//
// Figures stay intervals all the way: a claim's figure is {min, max} (max absent = no upper
// bound stated), an incident's figure is {low, best, high} (high absent = some claim is
// unbounded); see reckon/reconcile.h for how they are combined.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/calendar.h"
#include "reckon/places.h"

namespace reckon {

// A date as precise as a report states it; covers [first_day, last_day] (days since 1970-01-01).
struct EventDate {
  CivilDate value;
  DatePrecision precision = DatePrecision::kDay;

  std::int64_t first_day() const;
  std::int64_t last_day() const;
  bool operator==(const EventDate&) const = default;
};

// A gazetteer place, copied out of the gazetteer so that a record does not depend on it.
struct PlaceRef {
  std::uint32_t id = 0;
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2, may be empty
  double lat = 0;
  double lon = 0;
  PlaceKind kind = PlaceKind::kCity;

  bool operator==(const PlaceRef&) const = default;
};

// The contract's precision word for a place kind: country | region | district | city | village.
std::string_view place_precision(PlaceKind kind);
std::optional<PlaceKind> place_kind_from_precision(std::string_view word);
std::optional<DatePrecision> date_precision_from_string(std::string_view word);

// What one claim says about a count of people: exact (min == max), at least (no max), a range.
struct Interval {
  std::int64_t min = 0;
  std::optional<std::int64_t> max;

  bool operator==(const Interval&) const = default;
};

// An incident's figure combined over its claims.
struct Estimate {
  std::int64_t low = 0;
  std::int64_t best = 0;
  std::optional<std::int64_t> high;  // absent when some claim states no upper bound

  bool operator==(const Estimate&) const = default;
};

// One claim as stored: the extractor's Claim with its report's provenance and its quote.
// (doc, ordinal) is its stable key: ordinal is the claim's position in the report's extraction.
struct ClaimRecord {
  std::string doc;
  std::uint32_t ordinal = 0;
  std::optional<CivilDate> published;  // of the report
  std::string outlet;                  // of the report

  std::string kind;
  std::string weapon;
  std::optional<EventDate> date;
  std::optional<int> minutes;  // time of day when stated
  std::optional<PlaceRef> place;
  std::string place_mention;  // the words naming the place in the report
  std::string address;        // street-level location, empty when none
  std::optional<Interval> killed;
  std::optional<Interval> injured;
  std::optional<Interval> killed_or_injured;
  std::vector<std::string> victims;
  std::string said_by;
  std::vector<std::string> damage;
  std::string quote;  // the evidence sentences, as the report words them
  double salience = 0;

  bool operator==(const ClaimRecord&) const = default;
};

// One reconciled event. `claims` are ordered by (published, doc, ordinal).
struct Incident {
  std::string id;
  std::string kind;
  std::string weapon;
  std::optional<EventDate> date;
  std::optional<PlaceRef> place;
  std::optional<Estimate> killed;
  std::optional<Estimate> injured;
  std::optional<Estimate> killed_or_injured;
  std::vector<std::string> contested;  // "killed", "injured", "killed_or_injured", in that order
  std::uint32_t sources = 0;           // distinct documents
  std::vector<ClaimRecord> claims;

  bool operator==(const Incident&) const = default;
};

// A cumulative figure over many incidents, kept as the report states it (never reconciled).
struct TallyRecord {
  std::string doc;
  std::uint32_t ordinal = 0;
  std::optional<CivilDate> published;
  std::string outlet;
  std::optional<CivilDate> as_of;
  std::optional<CivilDate> since;
  std::string scope;
  std::optional<PlaceRef> place;
  std::optional<Interval> killed;
  std::optional<Interval> injured;
  std::optional<Interval> killed_or_injured;
  std::string quote;

  bool operator==(const TallyRecord&) const = default;
};

// ---- Exports ---------------------------------------------------------------------------------
// Each writer appends to `out` as items arrive, so a listing of any size streams in bounded
// memory. Call finish() once after the last item (it closes the JSON array, for example).
//   table:   aligned columns for a person at a terminal
//   json:    an array of objects, the shape of contract/OUTPUT.md section 2
//   csv:     RFC 4180, ACLED-like columns (see incident_export.cc)
//   geojson: a FeatureCollection of Points (geometry null when the place is unknown)

enum class ExportFormat { kTable, kJson, kCsv, kGeoJson };
std::optional<ExportFormat> parse_export_format(std::string_view name);

class IncidentWriter {
 public:
  IncidentWriter(ExportFormat format, std::string& out);
  void add(const Incident& incident);
  void finish();

 private:
  ExportFormat format_;
  std::string& out_;
  std::size_t count_ = 0;
};

class TallyWriter {
 public:
  TallyWriter(ExportFormat format, std::string& out);
  void add(const TallyRecord& tally);
  void finish();

 private:
  ExportFormat format_;
  std::string& out_;
  std::size_t count_ = 0;
};

// One incident as a JSON object (the element of the `incidents --format json` array).
void write_incident_json(const Incident& incident, std::string& out);
// One incident for a person: its summary, then every claim with its provenance and quote.
void write_incident_text(const Incident& incident, std::string& out);

}  // namespace reckon
