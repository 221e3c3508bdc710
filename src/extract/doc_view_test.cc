// DocView's per-token look-ups, read through the real tokenizer and recognizers.
#include "extract/doc_view.h"

#include <gtest/gtest.h>

#include <cstdint>

#include "extract/test_pipeline.h"

namespace reckon::extract {
namespace {

// next_start() passes over eight tokens at a time: it must find what a scan of one token at a
// time finds, from every token and up to every end, across the eight-token steps.
TEST(DocView, NextStartFindsWhatATokenByTokenScanFinds) {
  const Document doc = testing::make_document(
      "Police said two men were shot and killed on Friday night, and a woman was wounded, the "
      "sheriff told reporters. Nobody else was hurt in the shooting, officials said.",
      "2014-01-15");
  const Annotations a = testing::annotate_for_test(doc);
  const DocView v(doc, a);
  const auto n = static_cast<std::uint32_t>(a.text.tokens.size());
  ASSERT_GT(n, 20u);
  for (const std::uint8_t bits : {std::uint8_t{kStartsSpeaker}, std::uint8_t{kStartsTrigger},
                                  std::uint8_t{kStartsTrigger | kStartsCue}}) {
    for (std::uint32_t from = 0; from <= n; ++from) {
      for (std::uint32_t end = from; end <= n; ++end) {
        std::uint32_t expected = from;
        while (expected < end && (v.starts_at[expected] & bits) == 0) ++expected;
        ASSERT_EQ(v.next_start(bits, from, end), expected)
            << int{bits} << " " << from << " " << end;
      }
    }
  }
  EXPECT_LT(v.next_start(kStartsSpeaker, 0, n), n);  // "said"
}

}  // namespace
}  // namespace reckon::extract
