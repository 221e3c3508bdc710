// The extraction lexicons load whole, and phrase tables match the way the tokenizer splits text.
#include <gtest/gtest.h>

#include "extract/extract_lexicon.h"
#include "extract/phrase_table.h"
#include "reckon/lexicon.h"

namespace reckon::extract {
namespace {

std::size_t rows(std::string_view file) {
  std::size_t n = 0;
  for_each_lexicon_row(file, [&](const std::vector<std::string_view>&) { ++n; });
  return n;
}

TEST(ExtractLexicon, EveryRowLoads) {
  const ExtractLexicon& lex = ExtractLexicon::get();
  EXPECT_EQ(lex.trigger_info.size(), rows("lexicon/casualty_triggers.tsv"));
  EXPECT_EQ(lex.zero_info.size(), rows("lexicon/casualty_zero.tsv"));
  EXPECT_EQ(lex.kind_info.size(), rows("lexicon/incident_kinds.tsv"));
  EXPECT_EQ(lex.weapon_info.size(), rows("lexicon/weapons.tsv"));
  EXPECT_EQ(lex.persons.size(), rows("lexicon/victims.tsv"));
  EXPECT_EQ(lex.speaker_verbs.size(), rows("lexicon/speakers_verbs.tsv"));
  EXPECT_GT(lex.speaker_bodies.size(), 10u);
  EXPECT_GT(lex.cues.size(), 50u);
  EXPECT_EQ(lex.date_cues.size(), rows("lexicon/dates_said_of.tsv"));
}

TEST(ExtractLexicon, DateCuesAreATableOfTheirOwn) {
  // "reported at" (a clock time when the incident came to light) must not hide the report cue
  // "reported", nor may "will" (a state held on a day) take a role that stops "Will" being a name.
  const ExtractLexicon& lex = ExtractLexicon::get();
  const TokenizedText tt = tokenize("It was reported at 9 p.m.");
  const auto end = static_cast<std::uint32_t>(tt.tokens.size());
  auto cue = lex.cues.longest(tt.tokens, 2, end);
  ASSERT_TRUE(cue);
  EXPECT_EQ(cue->length, 1u);
  EXPECT_NE(cue->value & kCueReport, 0u);
  auto date_cue = lex.date_cues.longest(tt.tokens, 2, end);
  ASSERT_TRUE(date_cue);
  EXPECT_EQ(date_cue->length, 2u);
  EXPECT_EQ(date_cue->value, static_cast<std::uint32_t>(kCueIncidentTime));
  EXPECT_FALSE(lex.word_roles.contains("will"));
  const WordInfo* will = lex.word("will");
  ASSERT_NE(will, nullptr);
  EXPECT_EQ(will->roles, 0u);
  EXPECT_NE(will->starts & kStartsDateCue, 0u);
}

TEST(ExtractLexicon, KindsUseTheReconcileVocabulary) {
  // Reconciliation compares kinds by family; a kind it does not know matches only itself.
  WordSet known = load_word_set("lexicon/reconcile_kinds.tsv");
  for (const IncidentKind& k : ExtractLexicon::get().kind_info) {
    if (k.kind == "armed threat" || k.kind == "arson") continue;  // families of their own
    EXPECT_TRUE(known.contains(k.kind)) << k.kind;
  }
}

TEST(ExtractLexicon, GenericKindsAreThoseReconciliationMatchesWithAny) {
  std::size_t generic = 0;
  for (const IncidentKind& k : ExtractLexicon::get().kind_info) {
    if (!k.generic) continue;
    ++generic;
    EXPECT_EQ(k.kind, "attack");
  }
  EXPECT_GT(generic, 0u);
}

TEST(PhraseTable, LongestMatchOverTokenNorms) {
  PhraseTable t;
  t.add("shot", 1);
  t.add("shot and killed", 2);
  t.add("Tochka-U", 3);
  const TokenizedText tt = tokenize("He was SHOT and killed by a Tochka-U missile; shot.");
  const auto& tok = tt.tokens;
  const auto end = static_cast<std::uint32_t>(tok.size());
  auto m = t.longest(tok, 2, end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 2u);
  EXPECT_EQ(m->length, 3u);
  m = t.longest(tok, 7, end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 3u);
  EXPECT_EQ(m->length, 3u);  // "tochka" "-" "u"
  EXPECT_FALSE(t.longest(tok, 0, end));
  // A phrase does not run past the end given.
  m = t.longest(tok, 2, 4);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 1u);
}

}  // namespace
}  // namespace reckon::extract
