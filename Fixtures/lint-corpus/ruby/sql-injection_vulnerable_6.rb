module Types
  class QueryType < Types::BaseObject
    field :products, [Types::ProductType], null: false do
      argument :brand, String, required: true
    end

    def products(brand:)
      Product.where("brand = '#{brand}'") # expect: sql-injection
    end
  end
end

class ReportConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      filter = message.payload["region"]
      ActiveRecord::Base.connection.execute("DELETE FROM stale_reports WHERE region = '#{filter}'") # expect: sql-injection
    end
  end
end

Cuba.define do
  on get, "tags/:tag" do |tag|
    rows = DB.query("SELECT * FROM posts WHERE tag = '#{tag}'") # expect: sql-injection
    res.write rows.to_a.to_json
  end
end
