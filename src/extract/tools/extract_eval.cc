// Test-only driver for claim extraction, not part of the library (src/extract/tools/ is not
// globbed): reads documents like `reckon extract` and prints its JSON Lines, so extraction can be
// scored with shared/tools before the CLI links the whole pipeline. Built by hand:
// see the comment in build.sh beside it.
#include <cstdio>
#include <string>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/output.h"
#include "reckon/reader.h"

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  reckon::DocumentReader reader(inputs);
  reckon::Document doc;
  std::string out;
  while (reader.next(doc)) {
    const reckon::Annotations a = reckon::annotate(doc, reckon::Gazetteer::builtin());
    const reckon::Extraction x = reckon::extract_claims(doc, a);
    out.clear();
    reckon::write_extract_json(doc, x, out);
    if (out.empty() || out.back() != '\n') out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
