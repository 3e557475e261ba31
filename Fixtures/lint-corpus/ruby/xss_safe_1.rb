module CommentsHelper
  def highlighted
    "<mark>#{h(params[:term])}</mark>".html_safe
  end

  def cleaned_body
    raw(sanitize(params[:body]))
  end

  def badge
    "<span class=\"badge\">new</span>".html_safe
  end
end
