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

// Each format's writer of one item of type Record, and the headers of the formats that have one.
template <typename Record>
struct FormatWriters {
  void (*json)(const Record&, std::string&);
  void (*geojson)(const Record&, std::string&);
  void (*csv)(const Record&, std::string&);
  void (*table)(const Record&, std::string&);
  void (*csv_header)(std::string&);
  void (*table_header)(std::string&);
};

constexpr FormatWriters<Incident> kIncidentWriters = {
    write_incident_json,      write_incident_geojson_feature, write_incident_csv_row,
    write_incident_table_row, write_incident_csv_header,      write_incident_table_header};
constexpr FormatWriters<TallyRecord> kTallyWriters = {
    write_tally_json,      write_tally_geojson_feature, write_tally_csv_row,
    write_tally_table_row, write_tally_csv_header,      write_tally_table_header};

template <typename Record>
void write_headers(ExportFormat format, const FormatWriters<Record>& writers, std::string& out) {
  if (format == ExportFormat::kCsv) writers.csv_header(out);
  if (format == ExportFormat::kTable) writers.table_header(out);
}

template <typename Record>
void add_item(ExportFormat format, const FormatWriters<Record>& writers, const Record& item,
              std::size_t& count, std::string& out) {
  open_listing(format, count, out);
  switch (format) {
    case ExportFormat::kJson:
      writers.json(item, out);
      break;
    case ExportFormat::kGeoJson:
      writers.geojson(item, out);
      break;
    case ExportFormat::kCsv:
      writers.csv(item, out);
      break;
    case ExportFormat::kTable:
      writers.table(item, out);
      break;
  }
  ++count;
}

}  // namespace

IncidentWriter::IncidentWriter(ExportFormat format, std::string& out) : format_(format), out_(out) {
  write_headers(format_, kIncidentWriters, out_);
}

void IncidentWriter::add(const Incident& incident) {
  add_item(format_, kIncidentWriters, incident, count_, out_);
}

void IncidentWriter::finish() {
  close_listing(format_, count_, out_);
}

TallyWriter::TallyWriter(ExportFormat format, std::string& out) : format_(format), out_(out) {
  write_headers(format_, kTallyWriters, out_);
}

void TallyWriter::add(const TallyRecord& tally) {
  add_item(format_, kTallyWriters, tally, count_, out_);
}

void TallyWriter::finish() {
  close_listing(format_, count_, out_);
}

}  // namespace reckon
