# frozen_string_literal: true

# app/helpers/tickets_helper.rb - used by the support desk's ticket views.
module TicketsHelper
  STATUS_COLOURS = { "open" => "green", "pending" => "amber", "closed" => "grey" }.freeze

  def status_badge(ticket)
    colour = STATUS_COLOURS.fetch(ticket.status, "grey")
    content_tag(:span, ticket.status.humanize, class: "badge badge-#{colour}")
  end

  def requester_line(ticket)
    safe_join(["Opened by ", content_tag(:strong, ticket.requester_name), " <#{ticket.requester_email}>"])
  end

  def subject_with_match(ticket, query)
    return ticket.subject if query.blank?

    highlight(ticket.subject, query)
  end

  def ticket_tags(ticket)
    links = ticket.tags.map { |tag| link_to(tag.name, tickets_path(tag: tag.name)) }
    content_tag(:div, class: "tags") do
      safe_join(links, " ") + " " + content_tag(:span, params[:tag], class: "count")
    end
  end

  def empty_marker
    "&mdash;".html_safe
  end
end
