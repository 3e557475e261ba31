# frozen_string_literal: true

require "async"
require "async/http/server"
require "async/http/endpoint"
require "protocol/http/response"
require "uri"

# Tiny search page served by the docs box on the office network.
class DocsSearch
  def call(request)
    query = URI.decode_www_form(URI(request.path).query.to_s).to_h.fetch("q", "")
    hits = DocsIndex.search(query).first(20)
    items = hits.map { |h| "<li><a href=\"/docs/#{h.slug}\">#{h.title}</a></li>" }.join
    page = "<h1>Results for #{query}</h1><ul>#{items}</ul>"
    Protocol::HTTP::Response[200, { "content-type" => "text/html; charset=utf-8" }, [page]] # expect: xss
  end
end

Async do
  endpoint = Async::HTTP::Endpoint.parse("http://0.0.0.0:9292")
  Async::HTTP::Server.for(endpoint) { |request| DocsSearch.new.call(request) }.run
end
