require "sinatra/base"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class BookStore < Sinatra::Base
  helpers do
    def title_clause(term)
      "title ILIKE '%#{term}%'"
    end
  end

  get "/books" do
    content_type :json
    books = DB[:books].where(Sequel.lit(title_clause(params["q"].to_s))).limit(50) # expect: sql-injection
    books.all.to_json
  end

  get "/authors/:id/stats" do
    content_type :json
    year = params["year"] || "2024"
    sql = "SELECT count(*) AS n, avg(rating) AS rating FROM books"
    sql += " WHERE author_id = #{params['id']} AND extract(year FROM published_on) = #{year}"
    DB.fetch(sql).first.to_json # expect: sql-injection
  end
end
