// The streaming writers behind `reckon incidents` and `reckon tallies`: each format's opening,
// separator and closing around the per-item writers of incident_json/csv/text.cc.
#include "export_util.h"

namespace reckon {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "table") return ExportFormat::kTable;
  if (name == "json") return ExportFormat::kJson;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "geojson") return ExportFormat::kGeoJson;
  return std::nullopt;
}

namespace {

// Writes whatever comes before the first item; returns the separator due before item `count`.
void open_listing(ExportFormat format, std::size_t count, std::string& out) {
  if (format == ExportFormat::kJson) out.append(count == 0 ? "[" : ",\n");
  if (format == ExportFormat::kGeoJson)
    out.append(count == 0 ? "{\"type\":\"FeatureCollection\",\"features\":[" : ",\n");
}

void close_listing(ExportFormat format, std::size_t count, std::string& out) {
  if (format == ExportFormat::kJson) out.append(count == 0 ? "[]\n" : "]\n");
  if (format == ExportFormat::kGeoJson) {
    if (count == 0) open_listing(format, 0, out);
    out.append("]}\n");
  }
}

}  // namespace

IncidentWriter::IncidentWriter(ExportFormat format, std::string& out) : format_(format), out_(out) {
  if (format_ == ExportFormat::kCsv) write_incident_csv_header(out_);
  if (format_ == ExportFormat::kTable) write_incident_table_header(out_);
}

void IncidentWriter::add(const Incident& incident) {
  open_listing(format_, count_, out_);
  switch (format_) {
    case ExportFormat::kJson:
      write_incident_json(incident, out_);
      break;
    case ExportFormat::kGeoJson:
      write_incident_geojson_feature(incident, out_);
      break;
    case ExportFormat::kCsv:
      write_incident_csv_row(incident, out_);
      break;
    case ExportFormat::kTable:
      write_incident_table_row(incident, out_);
      break;
  }
  ++count_;
}

void IncidentWriter::finish() {
  close_listing(format_, count_, out_);
}

TallyWriter::TallyWriter(ExportFormat format, std::string& out) : format_(format), out_(out) {
  if (format_ == ExportFormat::kCsv) write_tally_csv_header(out_);
  if (format_ == ExportFormat::kTable) write_tally_table_header(out_);
}

void TallyWriter::add(const TallyRecord& tally) {
  open_listing(format_, count_, out_);
  switch (format_) {
    case ExportFormat::kJson:
      write_tally_json(tally, out_);
      break;
    case ExportFormat::kGeoJson:
      write_tally_geojson_feature(tally, out_);
      break;
    case ExportFormat::kCsv:
      write_tally_csv_row(tally, out_);
      break;
    case ExportFormat::kTable:
      write_tally_table_row(tally, out_);
      break;
  }
  ++count_;
}

void TallyWriter::finish() {
  close_listing(format_, count_, out_);
}

}  // namespace reckon
