# frozen_string_literal: true

# Plain helper module for the community forum: renders a member's signature.
module SignaturesHelper
  def signature_block(member)
    return "" if member.signature.blank?

    lines = member.signature.split("\n").first(3)
    spans = lines.map { |line| content_tag(:span, line, class: "sig-line") }
    content_tag(:div, safe_join(spans, tag.br), class: "signature")
  end

  def member_badge(member)
    content_tag(:span, member.title, class: "badge badge-#{member.rank.to_i}")
  end
end
