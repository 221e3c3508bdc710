// Small builders for the server's responses, shared by the route handlers: JSON errors with a
// clear message (the only shape a client sees for any 4xx), JSON bodies, downloads.
#pragma once

#include <string>
#include <string_view>

#include "reckon/server.h"

namespace reckon::serve {

// {"error": message, "status": code} with the given 4xx status.
HttpResponse error_response(int status, std::string_view message);
// A 200 (or `status`) response with a JSON body.
HttpResponse json_response(std::string body, int status = 200);
// Marks a response as a file to save: Content-Disposition attachment; filename=NAME.
void as_download(HttpResponse& response, std::string_view filename);

}  // namespace reckon::serve
