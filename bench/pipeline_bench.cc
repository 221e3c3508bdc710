// Throughput of each pipeline stage on the gun-violence corpus (../shared/corpora/gva/train.jsonl),
// in bytes of report text per second on one core, and the gazetteer's load time.
//
//   ./build/reckon_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/output.h"
#include "reckon/reader.h"

namespace reckon {
namespace {

const std::vector<Document>& corpus() {
  static const std::vector<Document> docs = [] {
    const char* path = std::getenv("RECKON_BENCH_CORPUS");
    DocumentReader reader({path != nullptr ? path : RECKON_SHARED_DIR "/corpora/gva/train.jsonl"});
    std::vector<Document> all;
    Document doc;
    while (reader.next(doc)) all.push_back(std::move(doc));
    if (all.empty()) std::fprintf(stderr, "reckon_bench: no documents in the corpus\n");
    return all;
  }();
  return docs;
}

std::int64_t corpus_bytes() {
  std::int64_t n = 0;
  for (const Document& d : corpus()) n += static_cast<std::int64_t>(d.text.size());
  return n;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    const Gazetteer& g = Gazetteer::builtin();
    benchmark::DoNotOptimize(g.size());
    auto t1 = std::chrono::steady_clock::now();
    state.counters["first_load_ms"] = std::chrono::duration<double, std::milli>(t1 - t0).count();
  }
}
BENCHMARK(BM_GazetteerLoad)->Iterations(1);

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) {
    for (const Document& d : corpus()) benchmark::DoNotOptimize(tokenize(d.text).tokens.size());
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  const Gazetteer& g = Gazetteer::builtin();
  std::string out;
  for (auto _ : state) {
    for (const Document& d : corpus()) {
      out.clear();
      write_tag_json(d, annotate(d, g), out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus().size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const Gazetteer& g = Gazetteer::builtin();
  std::string out;
  for (auto _ : state) {
    for (const Document& d : corpus()) {
      out.clear();
      write_extract_json(d, extract_claims(d, annotate(d, g)), out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus().size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace reckon

BENCHMARK_MAIN();
