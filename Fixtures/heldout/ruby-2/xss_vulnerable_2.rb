require "roda"

class StatusPages < Roda
  plugin :halt

  route do |r|
    r.get "search" do
      q = r.params["q"].to_s
      hits = Page.where(Sequel.ilike(:title, "%#{q.gsub(/[%_]/) { |c| "\\#{c}" }}%")).limit(10).all
      items = hits.map { |p| "<li>#{Rack::Utils.escape_html(p.title)}</li>" }.join
      "<h2>Results for #{q}</h2><ul>#{items}</ul>" # expect: xss
    end

    r.get "unsubscribe" do
      email = r.params["email"].to_s
      Subscriber.where(email: email).update(active: false)
      response["Content-Type"] = "text/html"
      response.write("<p>#{email} will no longer receive our newsletter.</p>") # expect: xss
      r.halt
    end
  end
end
