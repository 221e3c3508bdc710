// The gazetteer snapshot: see gazetteer_cache.h. Layout: a header (magic, byte-order mark,
// program id, the sizes of the source tables), then fixed-size entry records, the two name
// indexes (NameIndex::save), the country ids and the romanised-country flags.
#include "recognize/places/gazetteer_cache.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

namespace reckon::places {
namespace {

constexpr char kMagic[8] = {'R', 'K', 'G', 'A', 'Z', '0', '0', '2'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::size_t kMaxProgramId = 64;
constexpr std::size_t kKeepFiles = 4;

struct Header {
  char magic[8];
  std::uint32_t byte_order;
  std::uint32_t program_id_size;
  char program_id[kMaxProgramId];
  std::uint64_t places_size;
  std::uint64_t extra_size;
  std::uint64_t entries;
};
static_assert(sizeof(Header) % alignof(Gazetteer::Impl::Entry) == 0);

template <typename T>
void append_raw(std::string& out, const T* p, std::size_t count) {
  out.append(reinterpret_cast<const char*>(p), count * sizeof(T));
}

// Takes sizeof(T) * n bytes off the front of `bytes` into `out`.
template <typename T>
bool take(std::string_view& bytes, T* out, std::size_t n) {
  if (n > bytes.size() / sizeof(T)) return false;
  if (n > 0) std::memcpy(out, bytes.data(), n * sizeof(T));
  bytes.remove_prefix(n * sizeof(T));
  return true;
}

std::string cache_dir() {
  if (const char* dir = std::getenv("RECKON_CACHE_DIR")) {
    const std::string_view d = dir;
    return d == "off" ? std::string() : std::string(d);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
    return std::string(xdg) + "/reckon";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return std::string(home) + "/.cache/reckon";
  return {};
}

std::string hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out.push_back(kDigits[static_cast<unsigned char>(c) >> 4]);
    out.push_back(kDigits[static_cast<unsigned char>(c) & 15]);
  }
  return out;
}

// The snapshot file of this program, or "" when caching is off or impossible.
std::string snapshot_path(std::string& program_id) {
  const std::optional<std::string> id = program_build_id();
  if (!id) return {};
  const std::string dir = cache_dir();
  if (dir.empty()) return {};
  program_id = *id;
  return dir + "/gazetteer-" + hex(*id) + ".bin";
}

int find_build_id(dl_phdr_info* info, std::size_t, void* data) {
  auto* out = static_cast<std::optional<std::string>*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, p, sizeof note);
      const char* name = p + sizeof note;
      const char* desc = name + ((note.n_namesz + 3u) & ~3u);
      const char* next = desc + ((note.n_descsz + 3u) & ~3u);
      if (next > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
          note.n_descsz > 0 && note.n_descsz <= kMaxProgramId) {
        *out = std::string(desc, note.n_descsz);
        return 1;
      }
      p = next;
    }
  }
  return 1;  // the first object listed is the program itself: look no further
}

// Deletes all but the newest kKeepFiles snapshots (each program build writes its own).
void prune(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("gazetteer-", 0) != 0) continue;
    std::error_code time_ec;
    const auto when = it->last_write_time(time_ec);
    if (!time_ec) files.emplace_back(when, it->path());
  }
  if (files.size() <= kKeepFiles) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kKeepFiles; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

// The file's bytes, mapped read-only (the page cache serves them; nothing is copied), or null.
std::shared_ptr<const std::string_view> map_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* p = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0)
    p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return nullptr;
  const auto size = static_cast<std::size_t>(st.st_size);
  return std::shared_ptr<const std::string_view>(
      new std::string_view(static_cast<const char*>(p), size), [](const std::string_view* v) {
        ::munmap(const_cast<char*>(v->data()), v->size());
        delete v;
      });
}

bool write_file(const std::string& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::size_t done = 0;
  bool ok = true;
  while (ok && done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) ok = false;
    else done += static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0 && ok;
}

}  // namespace

std::string snapshot_bytes(const Gazetteer::Impl& g, const GazetteerSources& sources,
                           std::string_view program_id) {
  std::string out;
  if (program_id.empty() || program_id.size() > kMaxProgramId) return out;
  // Names are stored as offsets into the tables the gazetteer was built from: only those will do.
  const auto same = [](std::string_view a, std::string_view b) {
    return a.data() == b.data() && a.size() == b.size();
  };
  if (!same(g.places_tsv, sources.places_tsv) || !same(g.extra_tsv, sources.extra_tsv)) return out;
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.byte_order = kByteOrder;
  h.program_id_size = static_cast<std::uint32_t>(program_id.size());
  std::memcpy(h.program_id, program_id.data(), program_id.size());
  h.places_size = sources.places_tsv.size();
  h.extra_size = sources.extra_tsv.size();
  h.entries = g.entries.size();
  out.reserve(g.entries.size() * sizeof(Gazetteer::Impl::Entry) + (32u << 20));
  append_raw(out, &h, 1);
  append_raw(out, g.entries.data(), g.entries.size());
  g.names.save(out);
  g.variants.save(out);
  append_raw(out, g.country_ids.data(), g.country_ids.size());
  for (const bool b : g.romanised) out.push_back(b ? 1 : 0);
  return out;
}

std::unique_ptr<Gazetteer::Impl> from_snapshot(std::string_view bytes,
                                               const GazetteerSources& sources,
                                               std::string_view program_id,
                                               std::shared_ptr<const void> backing) {
  Header h{};
  if (!take(bytes, &h, 1) || std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 ||
      h.byte_order != kByteOrder || h.program_id_size != program_id.size() ||
      program_id.size() > kMaxProgramId ||
      std::memcmp(h.program_id, program_id.data(), program_id.size()) != 0 ||
      h.places_size != sources.places_tsv.size() || h.extra_size != sources.extra_tsv.size() ||
      h.entries >= Gazetteer::Impl::kDemonymBit ||
      h.entries > bytes.size() / sizeof(Gazetteer::Impl::Entry))
    return nullptr;
  // The entries are read where they lie: their links are checked by whoever follows one
  // (Gazetteer::Impl::sound, name), not here, so reading costs nothing per entry.
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(Gazetteer::Impl::Entry) != 0)
    return nullptr;
  auto g = std::make_unique<Gazetteer::Impl>(0, 0);
  g->places_tsv = sources.places_tsv;
  g->extra_tsv = sources.extra_tsv;
  g->entries.attach({reinterpret_cast<const Gazetteer::Impl::Entry*>(bytes.data()), h.entries},
                    backing);
  bytes.remove_prefix(h.entries * sizeof(Gazetteer::Impl::Entry));
  if (!g->names.attach(bytes, backing) || !g->variants.attach(bytes, backing)) return nullptr;
  if (!take(bytes, g->country_ids.data(), g->country_ids.size())) return nullptr;
  for (const std::uint32_t id : g->country_ids) {
    if (id != Gazetteer::Impl::kNone && id >= h.entries) return nullptr;
  }
  for (bool& b : g->romanised) {
    char c = 0;
    if (!take(bytes, &c, 1) || (c != 0 && c != 1)) return nullptr;
    b = c == 1;
  }
  return g;
}

std::optional<std::string> program_build_id() {
  std::optional<std::string> id;
  dl_iterate_phdr(find_build_id, &id);
  return id;
}

std::unique_ptr<Gazetteer::Impl> read_cached_gazetteer(const GazetteerSources& sources) {
  std::string program_id;
  const std::string path = snapshot_path(program_id);
  if (path.empty()) return nullptr;
  const std::shared_ptr<const std::string_view> mapped = map_file(path);
  if (mapped == nullptr) return nullptr;
  return from_snapshot(*mapped, sources, program_id, mapped);
}

void write_cached_gazetteer(const Gazetteer::Impl& g, const GazetteerSources& sources) {
  std::string program_id;
  const std::string path = snapshot_path(program_id);
  if (path.empty()) return;
  const std::string bytes = snapshot_bytes(g, sources, program_id);
  if (bytes.empty()) return;
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::filesystem::create_directories(dir, ec);
  const std::string temporary = path + ".tmp." + std::to_string(::getpid());
  if (!write_file(temporary, bytes) || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::filesystem::remove(temporary, ec);
    return;
  }
  prune(dir);
}

}  // namespace reckon::places
