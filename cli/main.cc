// reckon: the command line over the library. Each subcommand lives in its own cli/*.cc file.
#include <cstdio>
int main() {
  std::puts("reckon");
  return 0;
}
