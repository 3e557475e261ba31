class ProductsController < ApplicationController
  before_action :authenticate_user!, only: [:archive]

  SORTABLE = %w[name price created_at].freeze

  def index
    @products = Product.where("name LIKE ?", "%#{Product.sanitize_sql_like(params[:q].to_s)}%")
                       .order(:name)
                       .page(params[:page])
  end

  def by_vendor
    @products = Product.find_by_sql([
      "SELECT p.* FROM products p JOIN vendors v ON v.id = p.vendor_id WHERE v.slug = ?", params[:vendor]
    ])
    render :index
  end

  def sorted
    column = SORTABLE.include?(params[:column]) ? params[:column] : "name"
    direction = params[:direction] == "desc" ? :desc : :asc
    @products = Product.order(column => direction).limit(50)
    render :index
  end

  def archive
    ids = Array(params[:ids]).map(&:to_i)
    Product.where(id: ids).update_all(archived: true)
    redirect_to products_path, notice: "Archived"
  end
end
