require "sinatra/base"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class BookStore < Sinatra::Base
  get "/books" do
    content_type :json
    books = DB[:books]
    term = params["q"].to_s
    books = books.where(Sequel.ilike(:title, "%#{books.escape_like(term)}%")) unless term.empty?
    books.limit(50).all.to_json
  end

  get "/authors/:id/stats" do
    content_type :json
    author_id = Integer(params["id"])
    year = Integer(params["year"] || "2024")
    sql = "SELECT count(*) AS n, avg(rating) AS rating FROM books"
    sql += " WHERE author_id = ? AND extract(year FROM published_on) = ?"
    DB.fetch(sql, author_id, year).first.to_json
  rescue ArgumentError
    halt 400, { "Content-Type" => "application/json" }, { error: "bad id or year" }.to_json
  end
end
