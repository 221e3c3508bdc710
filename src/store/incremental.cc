// Incremental reconciliation inside one document's transaction.
//
// The claims whose incident can change when claims are added or removed are exactly those
// connected to a changed claim by the same-event relation, where the graph holds the old claims,
// the new ones and the removed ones together (a removed claim may have been what kept two
// incidents apart or together). A breadth-first search from the changed claims over that graph
// finds them — each step one indexed look-up of claims whose dates can overlap, in the claim's
// country and, for a claim with an address, among the claims with no place (a claim with no
// place looks in every country: a loose scan of the index lists them) — and the clustering of
// reckon/reconcile.h is re-run on them alone. Because the clustering of a connected component
// depends on nothing outside it, the result equals a batch reconciliation of every claim, in any
// order of ingest.
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "reckon/reconcile.h"
#include "store/rows.h"
#include "store/store_impl.h"

namespace reckon {
namespace {

// Where place_id is in a row of `claim_id, incident_id, <kCandidateColumns>`.
constexpr int kPlaceIdColumn = 2;

// A stored claim that a query for related claims listed: its place, for a cheap test, and the
// whole claim once a node has passed that test.
struct Candidate {
  std::int64_t row = 0;
  std::string incident_id;
  std::optional<PlaceRef> place;  // nullopt: the claim has no place
  std::optional<ClaimRecord> record;
};

// One query for related claims: the statement, the country searched, the node's days and the
// latitude band its place can reach (see place_band_condition in sqlite_store.cc).
struct NearQuery {
  const store::Statement* near;
  std::optional<std::string> country;
  std::int64_t first_day;
  std::int64_t last_day;
  std::optional<std::int64_t> place_id;  // nullopt: the node has no place
  double lat = 0;
  double reach_degrees = store::kWholeGlobeDegrees;
  auto operator<=>(const NearQuery&) const = default;
};

// The query for claims related to `claim` that `near` finds in `country`.
NearQuery near_query(const store::Statement& near, const std::optional<std::string>& country,
                     const ClaimRecord& claim) {
  NearQuery query{&near, country, claim.date->first_day(), claim.date->last_day(), {}};
  if (claim.place) {
    query.place_id = claim.place->id;
    query.lat = claim.place->lat;
    query.reach_degrees =
        std::fmin(latitude_reach_degrees(claim.place->kind), store::kWholeGlobeDegrees);
  }
  return query;
}

// The claims of an incident mostly share a country and a day, so the search from each of them
// would list the same rows again: each query runs once per reconciliation and its rows are kept.
using CandidateCache = std::map<NearQuery, std::vector<Candidate>>;

// The place of a candidate row (country: the one the query selected).
std::optional<PlaceRef> place_of_row(const store::Statement& row,
                                     const std::optional<std::string>& country) {
  if (row.is_null(kPlaceIdColumn)) return std::nullopt;
  PlaceRef place;
  place.id = static_cast<std::uint32_t>(row.int64(kPlaceIdColumn));
  place.name = row.text(kPlaceIdColumn + 1);
  place.country = country.value_or("");
  place.lat = row.real(kPlaceIdColumn + 3);
  place.lon = row.real(kPlaceIdColumn + 4);
  place.kind = place_kind_from_precision(row.text(kPlaceIdColumn + 5)).value_or(PlaceKind::kCity);
  return place;
}

// A cheap test on a candidate's place, before reading the whole claim. A claim with no place (on
// either side) is judged on its address by same_event alone.
bool place_may_match(const Candidate& c, const std::optional<PlaceRef>& place) {
  return !place || !c.place || places_compatible(*place, *c.place);
}

// The rows `query` lists, with their places.
Result<std::vector<Candidate>> list_candidates(store::Statement& near, const NearQuery& query) {
  near.reset();
  if (query.country)
    near.bind(1, *query.country);
  else
    near.bind_null(1);
  near.bind(2, query.first_day - kMaxLinkableSpanDays)
      .bind(3, query.first_day)
      .bind(4, query.last_day)
      .bind(5, query.place_id)
      .bind(6, query.lat)
      .bind(7, query.reach_degrees);
  std::vector<Candidate> rows;
  int rc;
  while ((rc = near.step()) == SQLITE_ROW) {
    rows.push_back(
        {near.int64(0), std::string(near.text(1)), place_of_row(near, query.country), {}});
  }
  near.reset();
  if (rc != SQLITE_DONE) return store::sqlite_status(rc, near.db(), "finding related claims");
  return rows;
}

// Reads the whole claim of a candidate.
Status read_candidate(store::Statement& by_row, Candidate& c) {
  by_row.reset().bind(1, c.row);
  const int rc = by_row.step();
  if (rc == SQLITE_ROW) c.record = store::read_claim(by_row, 2);
  by_row.reset();
  if (rc != SQLITE_ROW) return store::sqlite_status(rc, by_row.db(), "reading a related claim");
  return Status::Ok();
}

// Adds to `nodes` every stored claim related to nodes[k] that `near` finds in `country` (nullopt:
// among the claims with no place), once.
Status expand_with(store::Statement& near, store::Statement& by_row,
                   const std::optional<std::string>& country, std::vector<StoredClaim>& nodes,
                   std::size_t k, std::unordered_set<std::int64_t>& seen, CandidateCache& cache) {
  const NearQuery query = near_query(near, country, nodes[k].record);
  auto listed = cache.find(query);
  if (listed == cache.end()) {
    Result<std::vector<Candidate>> rows = list_candidates(near, query);
    if (!rows.ok()) return rows.status();
    listed = cache.emplace(query, std::move(rows.value())).first;
  }
  for (Candidate& c : listed->second) {
    if (seen.count(c.row) || !place_may_match(c, nodes[k].record.place)) continue;
    if (!c.record) {
      if (Status s = read_candidate(by_row, c); !s.ok()) return s;
    }
    if (!same_event(nodes[k].record, *c.record)) continue;
    seen.insert(c.row);
    nodes.push_back({c.row, c.incident_id, *c.record, StoredClaim::State::kStored});
  }
  return Status::Ok();
}

// Where claims related to `claim` can be: in its own country, and among the claims with no place
// when it gives an address; in every country when it has no place itself (`countries`).
std::vector<std::optional<std::string>> countries_to_search(
    const ClaimRecord& claim, const std::optional<std::vector<std::string>>& countries) {
  std::vector<std::optional<std::string>> out;
  if (claim.place) {
    out.emplace_back(claim.place->country);
  } else if (countries) {
    out.assign(countries->begin(), countries->end());
  }
  if (!claim.address.empty()) out.emplace_back(std::nullopt);
  return out;
}

// Every country of a stored linkable claim (`query`: the statement listing them).
Result<std::vector<std::string>> linkable_countries(store::Statement& query) {
  std::vector<std::string> countries;
  query.reset();
  int rc;
  while ((rc = query.step()) == SQLITE_ROW) countries.emplace_back(query.text(0));
  query.reset();
  if (rc != SQLITE_DONE) return store::sqlite_status(rc, query.db(), "listing countries");
  return countries;
}

}  // namespace

Status SqliteStore::Impl::write_membership(const StoredClaim& claim,
                                           const std::string& incident_id) {
  if (claim.state == StoredClaim::State::kNew) {
    insert_claim.reset();
    store::bind_claim(insert_claim, claim.record);
    insert_claim.bind(store::kClaimColumnCount + 1, incident_id);
    return insert_claim.run("storing a claim");
  }
  if (claim.incident_id == incident_id) return Status::Ok();
  return set_claim_incident.reset().bind(1, incident_id).bind(2, claim.row).run("linking a claim");
}

Status SqliteStore::Impl::reconcile_around(std::vector<StoredClaim> nodes) {
  std::unordered_set<std::int64_t> seen;              // rows of stored claims already in `nodes`
  CandidateCache cache;
  std::optional<std::vector<std::string>> countries;  // read once, when a claim has no place
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    if (link_tier(nodes[k].record) == LinkTier::kAlone) continue;
    if (!nodes[k].record.place && !countries) {
      Result<std::vector<std::string>> listed = linkable_countries(list_linkable_countries);
      if (!listed.ok()) return listed.status();
      countries = std::move(listed.value());
    }
    for (const std::optional<std::string>& country :
         countries_to_search(nodes[k].record, countries)) {
      for (store::Statement* near : {&linkable_starting_within, &linkable_months_before}) {
        // Claims with no place are linkable on a day only, never a month.
        if (!country && near == &linkable_months_before) continue;
        if (Status s = expand_with(*near, claim_by_row, country, nodes, k, seen, cache); !s.ok())
          return s;
      }
    }
  }

  std::set<std::string> old_incidents;
  std::vector<const StoredClaim*> live;
  std::vector<ClaimRecord> records;
  for (const StoredClaim& n : nodes) {
    if (!n.incident_id.empty()) old_incidents.insert(n.incident_id);
    if (n.state == StoredClaim::State::kRemoved) continue;
    live.push_back(&n);
    records.push_back(n.record);
  }
  for (const std::string& id : old_incidents) {
    if (Status s = delete_incident.reset().bind(1, id).run("removing an old incident"); !s.ok())
      return s;
  }
  for (const std::vector<std::size_t>& group : cluster_claims(records)) {
    std::vector<ClaimRecord> members;
    for (std::size_t i : group) members.push_back(records[i]);
    const Incident incident = summarise_incident(std::move(members));
    insert_incident.reset();
    store::bind_incident(insert_incident, incident);
    if (Status s = insert_incident.run("storing incident " + incident.id); !s.ok()) return s;
    for (std::size_t i : group) {
      if (Status s = write_membership(*live[i], incident.id); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace reckon
