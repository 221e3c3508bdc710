// Response builders: every error the API gives is one JSON object, so a client (the page, curl,
// a script) can always show `error` to a person.
#include "serve/responses.h"

#include "reckon/json.h"

namespace reckon::serve {

HttpResponse error_response(int status, std::string_view message) {
  HttpResponse response;
  response.status = status;
  JsonWriter w(response.body);
  w.begin_object().field("error", message).field("status", status).end_object();
  response.body.push_back('\n');
  return response;
}

HttpResponse json_response(std::string body, int status) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

void as_download(HttpResponse& response, std::string_view filename) {
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"" + std::string(filename) + "\"");
}

}  // namespace reckon::serve
