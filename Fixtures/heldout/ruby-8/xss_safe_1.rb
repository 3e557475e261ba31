# frozen_string_literal: true

require "cell"

# Renders a member's review on the product page.
class ReviewCell < Cell::ViewModel
  include ActionView::Helpers::TagHelper
  include ActionView::Helpers::OutputSafetyHelper

  def show
    content_tag(:article, class: "review") do
      heading + body
    end
  end

  private

  def heading
    stars = "★" * model.rating
    content_tag(:h4, "#{stars} #{model.author_name}")
  end

  def body
    paragraphs = model.text.split(/\n{2,}/).map { |p| content_tag(:p, p) }
    safe_join(paragraphs)
  end
end
