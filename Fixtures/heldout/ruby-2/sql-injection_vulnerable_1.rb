require "grape"
require "mysql2"

module Inventory
  class API < Grape::API
    format :json
    prefix :api

    helpers do
      def db
        @db ||= Mysql2::Client.new(host: ENV.fetch("DB_HOST", "localhost"),
                                   username: ENV.fetch("DB_USER", "inventory"),
                                   password: ENV["DB_PASSWORD"],
                                   database: "inventory")
      end
    end

    resource :parts do
      params do
        optional :vendor, type: String
      end
      get do
        sql = "SELECT id, sku, qty FROM parts WHERE vendor = '#{params[:vendor]}' ORDER BY sku"
        db.query(sql).to_a # expect: sql-injection
      end

      route_param :sku do
        delete do
          db.query("DELETE FROM parts WHERE sku = '" + params[:sku] + "'") # expect: sql-injection
          status 204
        end
      end
    end
  end
end
