// Internal helpers shared by the incident and tally exports: per-item writers for each format and
// the short human forms of figures ("4", "31 (4+)", "12 (10-15)").
#pragma once

#include <string>

#include "reckon/incident.h"

namespace reckon {

void write_incident_geojson_feature(const Incident& incident, std::string& out);
void write_incident_csv_header(std::string& out);
void write_incident_csv_row(const Incident& incident, std::string& out);
void write_incident_table_header(std::string& out);
void write_incident_table_row(const Incident& incident, std::string& out);

void write_tally_json(const TallyRecord& tally, std::string& out);
void write_tally_geojson_feature(const TallyRecord& tally, std::string& out);
void write_tally_csv_header(std::string& out);
void write_tally_csv_row(const TallyRecord& tally, std::string& out);
void write_tally_table_header(std::string& out);
void write_tally_table_row(const TallyRecord& tally, std::string& out);

// "4" when low == best == high; "31 (4+)" when unbounded; "12 (10-15)" otherwise; "-" when absent.
std::string format_estimate(const std::optional<Estimate>& e);
// "4", "31+", "0-5"; "-" when absent.
std::string format_interval(const std::optional<Interval>& f);

// Appends one RFC 4180 field (quoted when it holds a comma, quote or line break).
void append_csv_field(std::string& out, std::string_view field);

}  // namespace reckon
