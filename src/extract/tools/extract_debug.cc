// Test-only: prints, for documents given by id, every sentence with its casualty observations and
// facts, to see why extraction read what it read. Built like extract_eval (see build.sh).
#include <cstdio>
#include <string>

#include "extract/frames.h"
#include "reckon/annotate.h"
#include "reckon/reader.h"

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::vector<std::string> inputs{argv[1]};
  std::vector<std::string> ids(argv + 2, argv + argc);
  reckon::DocumentReader reader(inputs);
  reckon::Document doc;
  while (reader.next(doc)) {
    bool want = false;
    for (const auto& id : ids) want = want || id == doc.id;
    if (!want) continue;
    const reckon::Annotations a = reckon::annotate(doc, reckon::Gazetteer::builtin());
    reckon::extract::DocView v(doc, a);
    std::vector<reckon::extract::SentenceInfo> info;
    reckon::extract::read_sentences(v, info);
    std::printf("##### %s\n", doc.id.c_str());
    for (std::size_t i = 0; i < info.size(); ++i) {
      const auto& s = a.text.sentences[i];
      std::printf("[%zu] %.*s\n", i, static_cast<int>(s.span.size()), doc.text.data() + s.span.start);
      const auto& f = info[i].facts;
      if (f.date >= 0 || f.kind >= 0 || f.report_date >= 0) {
        std::printf("     date=%s report=%s kind=%s tally=%d\n",
                    f.date >= 0 ? std::string(doc.slice(a.dates[f.date].span)).c_str() : "-",
                    f.report_date >= 0 ? std::string(doc.slice(a.dates[f.report_date].span)).c_str() : "-",
                    f.kind >= 0 ? v.lex.kind_info[f.kind].kind.c_str() : "-", f.tally_cue);
      }
      for (const auto& o : info[i].casualties.observations) {
        std::printf("     obs outcome=%d min=%lld zero=%d upd=%d ana=%d np='%s' trig='%s'\n",
                    static_cast<int>(o.outcome), static_cast<long long>(o.min), o.zero, o.update, o.anaphoric,
                    std::string(doc.slice(a.text.span_of(o.np_first, o.np_last))).c_str(),
                    std::string(doc.slice(a.text.span_of(o.trigger_first, o.trigger_last))).c_str());
      }
    }
  }
  return 0;
}
