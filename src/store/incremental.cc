// Incremental reconciliation inside one document's transaction.
//
// The claims whose incident can change when claims are added or removed are exactly those
// connected to a changed claim by the same-event relation, where the graph holds the old claims,
// the new ones and the removed ones together (a removed claim may have been what kept two
// incidents apart or together). A breadth-first search from the changed claims over that graph
// finds them — each step one indexed look-up of claims whose dates can overlap — and the
// clustering of reckon/reconcile.h is re-run on them alone. Because the clustering of a
// connected component depends on nothing outside it, the result equals a batch reconciliation
// of every claim, in any order of ingest.
#include <map>
#include <set>
#include <unordered_set>

#include "reckon/reconcile.h"
#include "store/rows.h"
#include "store/store_impl.h"

namespace reckon {
namespace {

// Adds to `nodes` every stored claim related to nodes[k], once.
Status expand(store::Statement& near, std::vector<StoredClaim>& nodes, std::size_t k,
              std::unordered_set<std::int64_t>& seen) {
  const ClaimRecord& claim = nodes[k].record;
  const std::int64_t first = claim.date->first_day();
  const std::int64_t last = claim.date->last_day();
  near.reset().bind(1, claim.place->country).bind(2, first - kMaxLinkableSpanDays).bind(3, last).bind(4, first);
  int rc;
  while ((rc = near.step()) == SQLITE_ROW) {
    const std::int64_t row = near.int64(0);
    if (seen.count(row)) continue;
    ClaimRecord candidate = store::read_claim(near, 2);
    if (!same_event(nodes[k].record, candidate)) continue;
    seen.insert(row);
    nodes.push_back({row, std::string(near.text(1)), std::move(candidate), false});
  }
  near.reset();
  return store::sqlite_status(rc, near.db(), "finding related claims");
}

}  // namespace

Status SqliteStore::Impl::reconcile_around(std::vector<StoredClaim> nodes) {
  std::unordered_set<std::int64_t> seen;
  for (const StoredClaim& n : nodes) {
    if (!n.removed) seen.insert(n.row);
  }
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    if (link_tier(nodes[k].record) == LinkTier::kAlone) continue;
    if (Status s = expand(linkable_near, nodes, k, seen); !s.ok()) return s;
  }

  std::set<std::string> old_incidents;
  std::vector<const StoredClaim*> live;
  std::vector<ClaimRecord> records;
  for (const StoredClaim& n : nodes) {
    if (!n.incident_id.empty()) old_incidents.insert(n.incident_id);
    if (n.removed) continue;
    live.push_back(&n);
    records.push_back(n.record);
  }
  for (const std::string& id : old_incidents) {
    if (Status s = delete_incident.reset().bind(1, id).run("removing an old incident"); !s.ok()) return s;
  }
  for (const std::vector<std::size_t>& group : cluster_claims(records)) {
    std::vector<ClaimRecord> members;
    for (std::size_t i : group) members.push_back(records[i]);
    const Incident incident = summarise_incident(std::move(members));
    insert_incident.reset();
    store::bind_incident(insert_incident, incident);
    if (Status s = insert_incident.run("storing incident " + incident.id); !s.ok()) return s;
    for (std::size_t i : group) {
      if (live[i]->incident_id == incident.id) continue;
      if (Status s = set_claim_incident.reset().bind(1, incident.id).bind(2, live[i]->row).run("linking a claim");
          !s.ok()) {
        return s;
      }
    }
  }
  return Status::Ok();
}

}  // namespace reckon
