# Plain Rack app (run by Puma): public guestbook page rendered with ERB.
require "erb"
require "rack"

class Guestbook
  include ERB::Util

  PAGE = ERB.new(<<~HTML)
    <h1>Guestbook</h1>
    <p>Results for <%= h(query) %></p>
    <ul>
    <% entries.each do |e| %>
      <li><strong><%= h(e[:author]) %></strong>: <%= h(e[:message]) %></li>
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
    body = PAGE.result(binding_for(query, entries))
    [200, { "content-type" => "text/html; charset=utf-8" }, [body]]
  end

  private

  def binding_for(query, entries)
    binding
  end
end

class NotFound
  def call(env)
    path = Rack::Request.new(env).path_info
    [404, { "content-type" => "text/html" }, ["<p>No page at #{ERB::Util.html_escape(path)}</p>"]]
  end
end
