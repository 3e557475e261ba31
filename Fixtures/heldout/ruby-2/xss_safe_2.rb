require "roda"

class StatusPages < Roda
  plugin :halt
  plugin :h

  route do |r|
    r.get "search" do
      q = r.params["q"].to_s
      hits = Page.where(Sequel.ilike(:title, "%#{q.gsub(/[%_]/) { |c| "\\#{c}" }}%")).limit(10).all
      items = hits.map { |p| "<li>#{h(p.title)}</li>" }.join
      "<h2>Results for #{h(q)}</h2><ul>#{items}</ul>"
    end

    r.get "unsubscribe" do
      email = r.params["email"].to_s
      Subscriber.where(email: email).update(active: false)
      response["Content-Type"] = "text/plain"
      response.write("#{email} will no longer receive our newsletter.\n")
      r.halt
    end
  end
end
