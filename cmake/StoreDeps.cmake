# The store stage keeps its data in SQLite (Debian's libsqlite3-dev, found by the top-level
# find_package(SQLite3)). Included from the top-level CMakeLists.txt after the stages are declared.
target_link_libraries(reckon_store PUBLIC SQLite::SQLite3)
