// Throughput of each pipeline stage on the gun-violence corpus (../shared/corpora/gva/train.jsonl),
// in bytes of report text per second on one core, and the gazetteer's load time.
//
//   ./build/reckon_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/data.h"
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

// Building the gazetteer from its tables, as a run with no snapshot (or RECKON_CACHE_DIR=off)
// does: BM_GazetteerLoad above reads this program's snapshot once one has been saved.
void BM_GazetteerBuild(benchmark::State& state) {
  const std::string_view tsv = embedded_data("gazetteer/places.tsv").value_or("");
  for (auto _ : state) {
    auto g = Gazetteer::from_tables(tsv);
    benchmark::DoNotOptimize(g.ok());
  }
}
BENCHMARK(BM_GazetteerBuild)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) {
    for (const Document& d : corpus()) benchmark::DoNotOptimize(tokenize(d.text).tokens.size());
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Each stage alone, on documents tokenized (and annotated) once up front, to see where tag time goes.
const std::vector<Annotations>& annotated() {
  static const std::vector<Annotations> all = [] {
    std::vector<Annotations> a;
    for (const Document& d : corpus()) a.push_back(annotate(d, Gazetteer::builtin()));
    return a;
  }();
  return all;
}

template <typename Stage>
void run_stage(benchmark::State& state, Stage stage) {
  const auto& docs = corpus();
  const auto& ann = annotated();
  for (auto _ : state) {
    for (std::size_t i = 0; i < docs.size(); ++i) stage(docs[i], ann[i]);
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}

void BM_Numbers(benchmark::State& state) {
  run_stage(state, [](const Document& d, const Annotations& a) {
    benchmark::DoNotOptimize(recognize_numbers(a.text, d.text).size());
  });
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

void BM_Dates(benchmark::State& state) {
  run_stage(state, [](const Document& d, const Annotations& a) {
    benchmark::DoNotOptimize(recognize_dates(a.text, d.text, d.published).size());
  });
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_Places(benchmark::State& state) {
  const Gazetteer& g = Gazetteer::builtin();
  run_stage(state, [&g](const Document& d, const Annotations& a) {
    benchmark::DoNotOptimize(recognize_places(a.text, d.text, g).size());
  });
}
BENCHMARK(BM_Places)->Unit(benchmark::kMillisecond);

void BM_Addresses(benchmark::State& state) {
  run_stage(state, [](const Document& d, const Annotations& a) {
    benchmark::DoNotOptimize(recognize_addresses(a.text, d.text).size());
  });
}
BENCHMARK(BM_Addresses)->Unit(benchmark::kMillisecond);

void BM_TagJson(benchmark::State& state) {
  std::string out;
  run_stage(state, [&out](const Document& d, const Annotations& a) {
    out.clear();
    write_tag_json(d, a, out);
    benchmark::DoNotOptimize(out.data());
  });
}
BENCHMARK(BM_TagJson)->Unit(benchmark::kMillisecond);

void BM_ExtractOnly(benchmark::State& state) {
  std::string out;
  run_stage(state, [&out](const Document& d, const Annotations& a) {
    out.clear();
    write_extract_json(d, extract_claims(d, a), out);
    benchmark::DoNotOptimize(out.data());
  });
}
BENCHMARK(BM_ExtractOnly)->Unit(benchmark::kMillisecond);

// The tag pipeline document by document, as annotate() runs it (each stage reads tokens still in
// cache), with the CPU time of each stage as counters: where BM_Tag's time goes.
double thread_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

void BM_TagStages(benchmark::State& state) {
  const Gazetteer& g = Gazetteer::builtin();
  std::string out;
  double ms[6] = {};
  for (auto _ : state) {
    for (const Document& d : corpus()) {
      Annotations a;
      double t = thread_ms();
      const auto lap = [&t](double& into) {
        const double now = thread_ms();
        into += now - t;
        t = now;
      };
      a.text = tokenize(d.text);
      lap(ms[0]);
      a.numbers = recognize_numbers(a.text, d.text);
      lap(ms[1]);
      a.dates = recognize_dates(a.text, d.text, d.published);
      lap(ms[2]);
      a.places = recognize_places(a.text, d.text, g);
      lap(ms[3]);
      a.addresses = recognize_addresses(a.text, d.text);
      lap(ms[4]);
      out.clear();
      write_tag_json(d, a, out);
      benchmark::DoNotOptimize(out.data());
      lap(ms[5]);
    }
  }
  const char* names[6] = {"tokenize_ms", "numbers_ms", "dates_ms", "places_ms", "addresses_ms", "json_ms"};
  for (int k = 0; k < 6; ++k) state.counters[names[k]] = ms[k] / static_cast<double>(state.iterations());
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}
BENCHMARK(BM_TagStages)->Unit(benchmark::kMillisecond);

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
