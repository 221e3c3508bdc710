// A small command-line parser shared by the subcommands: --name value, --name=value, flags, and
// positional arguments, with a clear message for unknown options.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace reckon::cli {

class Args {
 public:
  // `with_value`: options that take a value; `flags`: options that do not.
  Args(int argc, char** argv, std::set<std::string> with_value, std::set<std::string> flags);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& fallback) const;
  // Every value given for a repeatable option, in order.
  std::vector<std::string> all(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
  std::string error_;
};

// Prints "reckon COMMAND: ERROR" when there is an error, then the command's usage text, to
// standard error; returns 2, the exit status of a usage error.
int print_usage(const char* command, const std::string& error, const char* text);

// Parses a positive thread count, "auto" meaning every core.
std::optional<unsigned> parse_threads(const std::string& text);

}  // namespace reckon::cli
