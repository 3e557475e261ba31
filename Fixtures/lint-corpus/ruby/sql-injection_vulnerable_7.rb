# Helpers that read the request, called the way Ruby code calls methods without arguments:
# no parentheses, sometimes through `self`.
class ArchiveController < ApplicationController
  def index
    rows = Post.find_by_sql("SELECT * FROM posts WHERE year = #{selected_year} ORDER BY created_at") # expect: sql-injection
    render json: rows
  end

  def search
    order = self.sort_column
    @posts = Post.order(order).where("title LIKE '%#{search_text}%'") # expect: sql-injection
  end

  private

  def selected_year
    params[:year]
  end

  def search_text
    params.fetch(:q, "")
  end

  def sort_column
    params[:sort] || "created_at"
  end
end

class CouponsController < ApplicationController
  def redeem
    Coupon.connection.execute("UPDATE coupons SET used = 1 WHERE code = '#{coupon_code}'") # expect: sql-injection
    head :no_content
  end

  private

  def coupon_code
    request.headers["X-Coupon"].to_s.strip
  end
end
