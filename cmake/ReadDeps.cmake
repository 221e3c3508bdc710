# The read stage parses JSON Lines with simdjson (Debian's libsimdjson-dev).
target_link_libraries(reckon_read PUBLIC simdjson::simdjson)
