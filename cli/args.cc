// The subcommands' shared command-line parser (see args.h).
#include "args.h"

#include <charconv>
#include <cstdio>
#include <thread>

namespace reckon::cli {

Args::Args(int argc, char** argv, std::set<std::string> with_value, std::set<std::string> flags) {
  bool options_done = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (options_done || arg == "-" || arg.rfind("--", 0) != 0) {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (flags.count(name) && !inline_value) {
      values_.emplace(name, "");
    } else if (with_value.count(name)) {
      if (inline_value) {
        values_.emplace(name, *inline_value);
      } else if (i + 1 < argc) {
        values_.emplace(name, argv[++i]);
      } else {
        error_ = "option --" + name + " needs a value";
        return;
      }
    } else {
      error_ = "unknown option --" + name;
      return;
    }
  }
}

std::optional<std::string> Args::get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Args::get_or(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

std::vector<std::string> Args::all(const std::string& name) const {
  std::vector<std::string> out;
  auto [lo, hi] = values_.equal_range(name);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
}

int print_usage(const char* command, const std::string& error, const char* text) {
  if (!error.empty()) std::fprintf(stderr, "reckon %s: %s\n", command, error.c_str());
  std::fputs(text, stderr);
  return 2;
}

std::optional<unsigned> parse_threads(const std::string& text) {
  if (text == "auto") return std::max(1u, std::thread::hardware_concurrency());
  unsigned n = 0;
  auto r = std::from_chars(text.data(), text.data() + text.size(), n);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || n == 0 || n > 256)
    return std::nullopt;
  return n;
}

}  // namespace reckon::cli
