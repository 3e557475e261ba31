# Helpers without arguments that return fixed or checked values, called without parentheses.
class ArchiveController < ApplicationController
  SORTABLE = %w[created_at title].freeze

  def index
    rows = Post.find_by_sql("SELECT * FROM posts WHERE year = #{selected_year} ORDER BY #{sort_column}")
    render json: rows
  end

  def search
    @posts = Post.where("title LIKE ?", "%#{search_text}%").where("status = '#{default_status}'")
  end

  private

  def selected_year
    Integer(params[:year])
  end

  def search_text
    Post.sanitize_sql_like(params.fetch(:q, ""))
  end

  def sort_column
    SORTABLE.find { |column| column == params[:sort] } || "created_at"
  end

  def default_status
    "published"
  end
end
