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

// Where place_id is in a row of `claim_id, incident_id, <kClaimColumns>`.
constexpr int kPlaceIdColumn = 2 + store::kClaimPlaceIdColumn;

// A cheap test on a candidate row's place columns, before reading the whole claim. A claim with
// no place (on either side) is judged on its address by same_event alone.
bool place_may_match(const store::Statement& row, const std::optional<PlaceRef>& place) {
  if (!place || row.is_null(kPlaceIdColumn)) return true;
  PlaceRef other;
  other.id = static_cast<std::uint32_t>(row.int64(kPlaceIdColumn));
  other.name = row.text(kPlaceIdColumn + 1);
  other.country = place->country;  // the query selected the same country
  other.lat = row.real(kPlaceIdColumn + 3);
  other.lon = row.real(kPlaceIdColumn + 4);
  other.kind = place_kind_from_precision(row.text(kPlaceIdColumn + 5)).value_or(PlaceKind::kCity);
  return places_compatible(*place, other);
}

// Adds to `nodes` every stored claim related to nodes[k] that `near` finds in `country` (nullopt:
// among the claims with no place), once.
Status expand_with(store::Statement& near, const std::optional<std::string>& country,
                   std::vector<StoredClaim>& nodes, std::size_t k,
                   std::unordered_set<std::int64_t>& seen) {
  const ClaimRecord& claim = nodes[k].record;
  const std::int64_t first = claim.date->first_day();
  near.reset();
  if (country)
    near.bind(1, *country);
  else
    near.bind_null(1);
  near.bind(2, first - kMaxLinkableSpanDays).bind(3, first).bind(4, claim.date->last_day());
  int rc;
  while ((rc = near.step()) == SQLITE_ROW) {
    const std::int64_t row = near.int64(0);
    if (seen.count(row) || !place_may_match(near, nodes[k].record.place)) continue;
    ClaimRecord candidate = store::read_claim(near, 2);
    if (!same_event(nodes[k].record, candidate)) continue;
    seen.insert(row);
    nodes.push_back(
        {row, std::string(near.text(1)), std::move(candidate), StoredClaim::State::kStored});
  }
  near.reset();
  return store::sqlite_status(rc, near.db(), "finding related claims");
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

// Every country of a stored linkable claim, one index seek each (a loose index scan).
Result<std::vector<std::string>> linkable_countries(store::Database& db) {
  Result<store::Statement> query = db.prepare(
      "WITH RECURSIVE c(cc) AS ("
      " SELECT (SELECT min(country) FROM claims WHERE link_tier < 2)"
      " UNION ALL SELECT (SELECT min(country) FROM claims WHERE link_tier < 2 AND country > c.cc)"
      " FROM c WHERE c.cc IS NOT NULL)"
      " SELECT cc FROM c WHERE cc IS NOT NULL");
  if (!query.ok()) return query.status();
  std::vector<std::string> countries;
  int rc;
  while ((rc = query->step()) == SQLITE_ROW) countries.emplace_back(query->text(0));
  if (rc != SQLITE_DONE) return store::sqlite_status(rc, db.handle(), "listing countries");
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
  std::optional<std::vector<std::string>> countries;  // read once, when a claim has no place
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    if (link_tier(nodes[k].record) == LinkTier::kAlone) continue;
    if (!nodes[k].record.place && !countries) {
      Result<std::vector<std::string>> listed = linkable_countries(db);
      if (!listed.ok()) return listed.status();
      countries = std::move(listed.value());
    }
    for (const std::optional<std::string>& country :
         countries_to_search(nodes[k].record, countries)) {
      for (store::Statement* near : {&linkable_starting_within, &linkable_months_before}) {
        // Claims with no place are linkable on a day only, never a month.
        if (!country && near == &linkable_months_before) continue;
        if (Status s = expand_with(*near, country, nodes, k, seen); !s.ok()) return s;
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
