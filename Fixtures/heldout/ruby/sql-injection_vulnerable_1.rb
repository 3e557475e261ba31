class ProductsController < ApplicationController
  before_action :authenticate_user!, only: [:archive]

  def index
    @products = Product.where("name LIKE '%#{params[:q]}%'") # expect: sql-injection
                       .order(:name)
                       .page(params[:page])
  end

  def by_vendor
    vendor = params[:vendor]
    @products = Product.find_by_sql("SELECT p.* FROM products p JOIN vendors v ON v.id = p.vendor_id WHERE v.slug = '#{vendor}'") # expect: sql-injection
    render :index
  end

  def sorted
    @products = Product.order("#{params[:column]} #{params[:direction]}").limit(50) # expect: sql-injection
    render :index
  end

  def archive
    ids = params[:ids].join(",")
    ActiveRecord::Base.connection.execute("UPDATE products SET archived = true WHERE id IN (#{ids})") # expect: sql-injection
    redirect_to products_path, notice: "Archived"
  end
end
