module Types
  class QueryType < Types::BaseObject
    field :products, [Types::ProductType], null: false do
      argument :brand, String, required: true
    end

    def products(brand:)
      Product.where("brand = ?", brand)
    end
  end
end

class ReportConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      ids = message.payload.fetch("ids", []).map { |id| Integer(id, 10) }
      ActiveRecord::Base.connection.execute("DELETE FROM stale_reports WHERE id IN (#{ids.join(",")})") unless ids.empty?
    end
  end
end

Cuba.define do
  on get, "tags/:tag" do |tag|
    rows = DB.prepare("SELECT * FROM posts WHERE tag = ?").execute(tag)
    res.write rows.to_a.to_json
  end
end
