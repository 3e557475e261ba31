# Plain Rack app (run by Puma): public guestbook page rendered with ERB.
require "erb"
require "rack"

class Guestbook
  PAGE = ERB.new(<<~HTML)
    <h1>Guestbook</h1>
    <p>Results for <%= query %></p>
    <ul>
    <% entries.each do |e| %>
      <li><strong><%= e[:author] %></strong>: <%= e[:message] %></li>
    <% end %>
    </ul>
  HTML

  def initialize(repo)
    @repo = repo
  end

  def call(env)
    request = Rack::Request.new(env)
    query = request.params.fetch("q", "")
    entries = @repo.search(query)
    body = PAGE.result_with_hash(query: query, entries: entries) # expect: xss
    [200, { "content-type" => "text/html; charset=utf-8" }, [body]]
  end
end

class NotFound
  def call(env)
    path = Rack::Request.new(env).path_info
    [404, { "content-type" => "text/html" }, ["<p>No page at #{path}</p>"]] # expect: xss
  end
end
