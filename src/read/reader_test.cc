#include "reckon/reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace reckon {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("reckon_reader_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  std::vector<Document> read_all(DocumentReader& reader) {
    std::vector<Document> docs;
    Document d;
    while (reader.next(d)) docs.push_back(std::move(d));
    return docs;
  }

  fs::path dir_;
};

TEST_F(ReaderTest, JsonLinesFieldsAndDefaults) {
  const std::string path = write("a.jsonl",
                                 "{\"id\":\"x1\",\"published\":\"2020-10-04T16:29:00Z\",\"outlet\":"
                                 "\"Wire\",\"text\":\"A b.\",\"extra\":[1,2]}\n"
                                 "\n"
                                 "{\"id\":42,\"text\":\"C d.\",\"title\":\"T\"}\r\n"
                                 "{\"text\":\"E f.\"}");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "x1");
  EXPECT_EQ(docs[0].published, (CivilDate{2020, 10, 4}));
  EXPECT_EQ(docs[0].outlet, "Wire");
  EXPECT_EQ(docs[0].text, "A b.");
  EXPECT_EQ(docs[1].id, "42");
  EXPECT_EQ(docs[1].title, "T");
  EXPECT_EQ(docs[2].id, "a.jsonl:4");
  EXPECT_FALSE(reader.had_errors());
}

TEST_F(ReaderTest, MalformedLinesAreReportedWithLineNumbersAndSkipped) {
  const std::string path =
      write("b.jsonl",
            "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
            "{\"id\":\"bad\",\"text\": nope}\n"
            "[1,2,3]\n"
            "{\"id\":\"notext\"}\n"
            "{\"id\":\"empty\",\"text\":\"  \"}\n"
            "{\"id\":\"num\",\"text\":5}\n"
            "{\"id\":\"ok2\",\"text\":\"also fine\",\"published\":\"yesterday\"}\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "ok1");
  EXPECT_EQ(docs[1].id, "empty");  // an empty text is kept, with a warning, so its id comes back
  ASSERT_EQ(docs[1].warnings.size(), 1u);
  EXPECT_NE(docs[1].warnings[0].message.find("empty"), std::string::npos);
  EXPECT_EQ(docs[2].id, "ok2");
  EXPECT_FALSE(docs[2].published);
  ASSERT_EQ(docs[2].warnings.size(), 1u);
  EXPECT_NE(docs[2].warnings[0].message.find("yesterday"), std::string::npos);
  EXPECT_TRUE(reader.had_errors());
  const auto& diags = reader.diagnostics();
  ASSERT_EQ(diags.size(), 4u);
  EXPECT_EQ(diags[0].where, path + ":2");
  EXPECT_NE(diags[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(diags[1].where, path + ":3");
  EXPECT_EQ(diags[2].where, path + ":4");
  EXPECT_NE(diags[2].message.find("no \"text\""), std::string::npos);
  EXPECT_EQ(diags[3].where, path + ":6");
}

TEST_F(ReaderTest, OversizeLinesAreSkippedWithoutStoppingTheStream) {
  const std::string big(5000, 'x');
  const std::string path =
      write("c.jsonl", "{\"text\":\"" + big + "\"}\n{\"id\":\"after\",\"text\":\"small\"}\n");
  DocumentReader reader({path}, ReaderOptions{1000});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "after");
  ASSERT_EQ(reader.diagnostics().size(), 1u);
  EXPECT_EQ(reader.diagnostics()[0].where, path + ":1");
  EXPECT_NE(reader.diagnostics()[0].message.find("over the limit"), std::string::npos);
}

TEST_F(ReaderTest, FoldersAreReadRecursivelyInSortedOrderSkippingOtherFiles) {
  write("f/b.txt", "Second report.\n");
  write("f/a.txt", "First report.\n");
  write("f/sub/c.jsonl", "{\"id\":\"third\",\"text\":\"Third.\"}\n");
  write("f/notes.md", "not a report");
  write("f/image.png", std::string("\x89PNG\0\0", 6));
  DocumentReader reader({(dir_ / "f").string()});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a.txt");
  EXPECT_EQ(docs[1].id, "b.txt");
  EXPECT_EQ(docs[2].id, "third");
  EXPECT_FALSE(reader.had_errors());
}

TEST_F(ReaderTest, BadFilesAreNamedAndTheBatchGoesOn) {
  const std::string empty = write("empty.txt", "");
  const std::string binary = write("bin.txt", std::string("ab\0cd", 5));
  const std::string good = write("good.txt", "A man was wounded.\n");
  DocumentReader reader({empty, (dir_ / "missing.txt").string(), binary, good});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "good.txt");
  const auto& diags = reader.diagnostics();
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_EQ(diags[0].where, empty);
  EXPECT_NE(diags[0].message.find("empty"), std::string::npos);
  EXPECT_NE(diags[1].where.find("missing.txt"), std::string::npos);
  EXPECT_EQ(diags[2].where, binary);
  EXPECT_NE(diags[2].message.find("binary"), std::string::npos);
}

TEST_F(ReaderTest, OversizeArticleIsRejectedBeforeReading) {
  const std::string path = write("huge.txt", std::string(3000, 'a'));
  DocumentReader reader({path}, ReaderOptions{1000});
  EXPECT_TRUE(read_all(reader).empty());
  ASSERT_EQ(reader.diagnostics().size(), 1u);
  EXPECT_NE(reader.diagnostics()[0].message.find("3000 bytes"), std::string::npos);
}

TEST_F(ReaderTest, InvalidUtf8IsKeptAndWarnedWithItsOffset) {
  const std::string path = write("bad.txt", "Two were killed \xFF\xFE in Terter.\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text,
            "Two were killed \xFF\xFE in Terter.\n");  // bytes kept, offsets unchanged
  ASSERT_EQ(docs[0].warnings.size(), 2u);  // the bad bytes, then the missing publication date
  EXPECT_EQ(docs[0].warnings[0].where, path + ":byte 16");
  EXPECT_NE(docs[0].warnings[1].message.find("no publication date"), std::string::npos);
  EXPECT_FALSE(reader.had_errors());
}

TEST_F(ReaderTest, Utf16WithByteOrderMarkIsConverted) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Ganja \xE9")) {  // 'é' as one UTF-16 unit
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const std::string path = write("u16.txt", utf16);
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Ganja \xC3\xA9");
  ASSERT_FALSE(docs[0].warnings.empty());
  EXPECT_NE(docs[0].warnings[0].message.find("UTF-16"), std::string::npos);
}

TEST_F(ReaderTest, JsonLinesWithByteOrderMarksAndUtf16AreRead) {
  const std::string bom = write("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"b1\",\"text\":\"One.\"}\n");
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string(
           "{\"id\":\"u1\",\"text\":\"Ganja \xC3\xA9\"}\n{\"id\":\"u2\",\"text\":\"Two.\"}\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  // The 'é' above went in as two UTF-8 bytes widened one by one; write it as one UTF-16 unit.
  const std::size_t at = utf16.find(std::string("\xC3\0\xA9\0", 4));
  utf16.replace(at, 4, std::string("\xE9\0", 2));
  const std::string u16 = write("u16.jsonl", utf16);
  DocumentReader reader({bom, u16});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "b1");
  EXPECT_EQ(docs[1].id, "u1");
  EXPECT_EQ(docs[1].text, "Ganja \xC3\xA9");
  EXPECT_EQ(docs[2].id, "u2");
  EXPECT_FALSE(reader.had_errors());
  ASSERT_EQ(reader.diagnostics().size(), 1u);
  EXPECT_EQ(reader.diagnostics()[0].where, u16);
  EXPECT_NE(reader.diagnostics()[0].message.find("UTF-16"), std::string::npos);
}

TEST_F(ReaderTest, Utf16SurrogatePairsAcrossReadChunksStayWhole) {
  // Over 2 MiB of UTF-16: emoji (surrogate pairs) straddle the 1 MiB chunk boundaries.
  const std::string emoji_utf8 = "\xF0\x9F\x94\xA5";
  std::string utf16 = "\xFE\xFF";  // big-endian this time
  auto put = [&](std::uint16_t unit) {
    utf16.push_back(static_cast<char>(unit >> 8));
    utf16.push_back(static_cast<char>(unit & 0xFF));
  };
  for (char c : std::string("{\"text\":\"")) put(static_cast<std::uint16_t>(c));
  put(0x61);  // one ASCII unit first, so pairs are not aligned to the chunk size
  for (int i = 0; i < 600000; ++i) {
    put(0xD83D);
    put(0xDD25);
  }
  for (char c : std::string("\",\"published\":\"2020-10-04\"}\n"))
    put(static_cast<std::uint16_t>(c));
  const std::string path = write("big16.jsonl", utf16);
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  std::string want = "a";
  for (int i = 0; i < 600000; ++i) want += emoji_utf8;
  EXPECT_TRUE(docs[0].text == want);
  EXPECT_TRUE(docs[0].warnings.empty());
}

TEST_F(ReaderTest, AReportWithoutAPublicationDateIsWarnedOnceNamingItsLine) {
  const std::string path =
      write("dates.jsonl",
            "{\"id\":\"dated\",\"text\":\"A man was shot Monday.\","
            "\"published\":\"2020-10-05\"}\n"
            "{\"id\":\"undated\",\"text\":\"A man was shot Monday.\"}\n"
            "{\"id\":\"header\",\"text\":\"4 October 2020\\nA man was shot.\"}\n"
            "{\"id\":\"unreadable\",\"text\":\"A man was shot.\","
            "\"published\":\"soon\"}\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].warnings.empty());
  ASSERT_EQ(docs[1].warnings.size(), 1u);
  EXPECT_EQ(docs[1].warnings[0].where, path + ":2");
  EXPECT_NE(docs[1].warnings[0].message.find("no publication date"), std::string::npos);
  EXPECT_EQ(docs[1].warnings[0].code, Diagnostic::Code::kRelativeDatesUnresolved);
  EXPECT_TRUE(docs[2].warnings.empty());   // the date line above the body is the publication date
  ASSERT_EQ(docs[3].warnings.size(), 1u);  // the unreadable field is the one warning
  EXPECT_NE(docs[3].warnings[0].message.find("'soon'"), std::string::npos);
  EXPECT_EQ(docs[3].warnings[0].code, Diagnostic::Code::kRelativeDatesUnresolved);
  EXPECT_FALSE(reader.had_errors());
}

TEST_F(ReaderTest, Utf16WithoutByteOrderMarkIsNamedAsSuch) {
  std::string utf16;
  for (char c : std::string("Two people were hurt in the blast.\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const std::string article = write("nobom.txt", utf16);
  const std::string lines = write("nobom.jsonl", utf16);
  DocumentReader reader({article, lines});
  EXPECT_TRUE(read_all(reader).empty());
  ASSERT_EQ(reader.diagnostics().size(), 2u);
  EXPECT_NE(reader.diagnostics()[0].message.find("UTF-16 without a byte-order mark"),
            std::string::npos);
  EXPECT_NE(reader.diagnostics()[1].message.find("UTF-16 without a byte-order mark"),
            std::string::npos);
}

TEST_F(ReaderTest, InvalidUtf8InAJsonLineIsRepairedAndWarned) {
  const std::string path =
      write("bad.jsonl",
            "{\"id\":\"x\",\"text\":\"Terter \xFF shelled.\",\"published\":\"2020-10-04\"}\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Terter \xEF\xBF\xBD shelled.");
  ASSERT_EQ(docs[0].warnings.size(), 1u);
  EXPECT_EQ(docs[0].warnings[0].where, path + ":1:byte 25");
  EXPECT_FALSE(reader.had_errors());
}

// A line is searched for bad bytes only when simdjson refuses it: every kind of invalid UTF-8
// must make it refuse, or the bytes would pass unrepaired and unwarned.
TEST_F(ReaderTest, EveryKindOfInvalidUtf8InAJsonLineIsRepaired) {
  for (const std::string bad :
       {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xE2\x82", "\xFE"}) {
    const std::string path =
        write("kinds.jsonl", "{\"published\":\"2020-10-04\",\"text\":\"a" + bad + "b\"}\n");
    DocumentReader reader({path});
    auto docs = read_all(reader);
    ASSERT_EQ(docs.size(), 1u) << bad;
    EXPECT_EQ(docs[0].text.front(), 'a') << bad;
    EXPECT_NE(docs[0].text.find("\xEF\xBF\xBD"), std::string::npos) << bad;
    EXPECT_EQ(docs[0].text.back(), 'b') << bad;
    EXPECT_EQ(docs[0].warnings.size(), 1u) << bad;
  }
}

// A line with bad bytes that is not JSON either is reported as the JSON error.
TEST_F(ReaderTest, InvalidJsonWithInvalidUtf8IsAJsonError) {
  const std::string path = write("both.jsonl", "{\"text\":\"a\xFF\" oops}\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  EXPECT_TRUE(docs.empty());
  ASSERT_FALSE(reader.diagnostics().empty());
  EXPECT_NE(reader.diagnostics()[0].message.find("invalid JSON"), std::string::npos)
      << reader.diagnostics()[0].message;
}

TEST_F(ReaderTest, EmptyAndBinaryJsonLinesFilesAreNamedOnce) {
  const std::string empty = write("empty.jsonl", "\n\n");
  std::string binary = "{\"text\":\"a\"}\n";
  for (int i = 0; i < 200; ++i) binary += std::string("\x01\x00\x02\n", 4);
  const std::string bin = write("bin.jsonl", binary);
  DocumentReader reader({empty, bin});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  const auto& diags = reader.diagnostics();
  ASSERT_EQ(diags.size(), 2u);
  EXPECT_EQ(diags[0].where, empty);
  EXPECT_NE(diags[0].message.find("empty"), std::string::npos);
  EXPECT_EQ(diags[1].where, bin + ":2");
  EXPECT_NE(diags[1].message.find("binary"), std::string::npos);
}

TEST_F(ReaderTest, ManyBadLinesAreCappedWithACount) {
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += "not json\n";
  lines += "{\"id\":\"last\",\"text\":\"Still read.\"}\n";
  const std::string path = write("many.jsonl", lines);
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "last");
  const auto& diags = reader.diagnostics();
  ASSERT_EQ(diags.size(), 51u);
  EXPECT_EQ(diags[0].where, path + ":1");
  EXPECT_EQ(diags[50].where, path);
  EXPECT_NE(diags[50].message.find("250 more"), std::string::npos);
}

TEST_F(ReaderTest, JsonArrayFilesAreRead) {
  const std::string path = write(
      "arr.json",
      "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"text\": \"Two.\"},\n  {\"id\": \"c\"}\n]\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[1].id, "arr.json[1]");
  ASSERT_EQ(reader.diagnostics().size(), 1u);
  EXPECT_EQ(reader.diagnostics()[0].where, path + "[2]");
}

TEST_F(ReaderTest, LinkLoopsAreReadOnce) {
  write("loop/a.txt", "A report.\n");
  std::error_code ec;
  fs::create_directory_symlink(dir_ / "loop", dir_ / "loop" / "again", ec);
  if (ec) GTEST_SKIP() << "no symbolic links here";
  DocumentReader reader({(dir_ / "loop").string()});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(reader.had_errors());
}

TEST_F(ReaderTest, UnreadableInputsAreErrors) {
  const std::string locked = write("locked/a.txt", "A report.\n");
  fs::permissions(dir_ / "locked", fs::perms::none);
  const bool root_ignores_permissions = fs::exists(locked) && std::ifstream(locked).good();
  DocumentReader reader({(dir_ / "locked").string()});
  auto docs = read_all(reader);
  fs::permissions(dir_ / "locked", fs::perms::owner_all);
  if (root_ignores_permissions) GTEST_SKIP() << "running as root: permissions are not enforced";
  EXPECT_TRUE(docs.empty());
  ASSERT_FALSE(reader.diagnostics().empty());
  EXPECT_NE(reader.diagnostics()[0].message.find("cannot read folder"), std::string::npos);
}

// Found by the robustness tests: a FIFO named like a report inside a folder used to block the
// whole batch forever in fopen(). Root ignores permissions, so unreadable files are made here
// with a read that fails (a link to /proc/self/mem) and a link to nowhere instead.
TEST_F(ReaderTest, FifosLinksToNowhereAndFailingReadsInAFolderAreNamedAndSkipped) {
  write("batch/a.txt", "A report.\n");
  write("batch/e.txt", "Another report.\n");
  const fs::path fifo = dir_ / "batch" / "b_fifo.txt";
  if (::mkfifo(fifo.c_str(), 0600) != 0) GTEST_SKIP() << "no FIFOs here";
  std::error_code ec;
  fs::create_symlink(dir_ / "nowhere.txt", dir_ / "batch" / "c_dangling.txt", ec);
  if (!ec && fs::exists("/proc/self/mem"))
    fs::create_symlink("/proc/self/mem", dir_ / "batch" / "d_mem.txt", ec);
  DocumentReader reader({(dir_ / "batch").string()});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a.txt");
  EXPECT_EQ(docs[1].id, "e.txt");
  std::string messages;
  for (const Diagnostic& d : reader.diagnostics()) messages += d.where + ": " + d.message + "\n";
  EXPECT_NE(messages.find("b_fifo.txt: not a regular file"), std::string::npos) << messages;
  if (!ec) {
    EXPECT_NE(messages.find("c_dangling.txt: symbolic link to a missing file"), std::string::npos)
        << messages;
    if (fs::exists(dir_ / "batch" / "d_mem.txt")) {
      EXPECT_NE(messages.find("d_mem.txt: read error"), std::string::npos) << messages;
    }
  }
  EXPECT_TRUE(reader.had_errors());
}

TEST_F(ReaderTest, PlainTextWithCarriageReturnsAndUtf8BomKeepsOffsetsFromTheText) {
  const std::string path =
      write("crlf.txt", "\xEF\xBB\xBFHeadline of the day here\r\n\r\nBody text here.\r\n");
  DocumentReader reader({path});
  auto docs = read_all(reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text.rfind("Headline", 0), 0u);  // the BOM is gone; CRs are kept
  EXPECT_EQ(docs[0].title, "Headline of the day here");
}

TEST_F(ReaderTest, StandardInputIsSniffedAndKeepsLeadingBytes) {
  const std::string article = write("in.txt", " date 2021-10-12 By Some Wire\n\nBody text.\n");
  ASSERT_NE(std::freopen(article.c_str(), "rb", stdin), nullptr);
  {
    DocumentReader reader({"-"});
    auto docs = read_all(reader);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].id, "stdin");
    EXPECT_EQ(docs[0].text,
              " date 2021-10-12 By Some Wire\n\nBody text.\n");  // offsets from the first byte
    EXPECT_EQ(docs[0].outlet, "Some Wire");
  }
  const std::string lines =
      write("in.jsonl", "\xEF\xBB\xBF\n  {\"id\":\"s1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
  ASSERT_NE(std::freopen(lines.c_str(), "rb", stdin), nullptr);
  {
    DocumentReader reader({"-"});
    auto docs = read_all(reader);
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs[0].id, "s1");
    EXPECT_EQ(docs[1].id, "stdin:3");  // line numbers count the blank first line
    EXPECT_FALSE(reader.had_errors());
  }
  // UTF-16 JSON Lines, as a Windows tool writes them: JSON too, not one article.
  std::string utf16 = "\xFF\xFE";
  for (char c :
       std::string(" {\"id\":\"w1\",\"text\":\"One.\"}\n{\"id\":\"w2\",\"text\":\"Two.\"}\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const std::string wide = write("wide.jsonl", utf16);
  ASSERT_NE(std::freopen(wide.c_str(), "rb", stdin), nullptr);
  {
    DocumentReader reader({"-"});
    auto docs = read_all(reader);
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs[0].id, "w1");
    EXPECT_EQ(docs[1].text, "Two.");
    EXPECT_FALSE(reader.had_errors());
  }
  const std::string blank = write("blank.txt", " \n\t\n");
  ASSERT_NE(std::freopen(blank.c_str(), "rb", stdin), nullptr);
  DocumentReader reader({"-"});
  EXPECT_TRUE(read_all(reader).empty());
  EXPECT_TRUE(reader.had_errors());
}

}  // namespace
}  // namespace reckon
