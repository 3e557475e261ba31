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
        requires :vendor, type: String
        optional :limit, type: Integer, default: 50
      end
      get do
        limit = params[:limit].clamp(1, 500)
        statement = db.prepare("SELECT id, sku, qty FROM parts WHERE vendor = ? ORDER BY sku LIMIT #{limit}")
        statement.execute(params[:vendor]).to_a
      end

      route_param :sku do
        delete do
          db.prepare("DELETE FROM parts WHERE sku = ?").execute(params[:sku])
          status 204
        end
      end
    end
  end
end
