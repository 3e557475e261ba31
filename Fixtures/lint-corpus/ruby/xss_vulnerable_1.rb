module CommentsHelper
  def highlighted(comment)
    "<mark>#{params[:term]}</mark>".html_safe # expect: xss
  end

  def raw_body
    raw(params[:body]) # expect: xss
  end
end
