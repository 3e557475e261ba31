# frozen_string_literal: true

# ViewComponent used on the public event pages, plus the preview endpoint organisers use.
class EventCardComponent < ViewComponent::Base
  def initialize(event:, highlight: nil)
    @event = event
    @highlight = highlight
  end

  def call
    title = @highlight ? helpers.highlight(@event.title, @highlight, highlighter: '<em>\1</em>') : @event.title
    content_tag(:article, class: "event") do
      safe_join([content_tag(:h3, title), content_tag(:p, @event.venue_name, class: "venue")])
    end
  end
end

class EventPreviewsController < ApplicationController
  def show
    event = current_organiser.events.find(params[:id])
    message = ERB::Util.html_escape(params[:message])
    render html: "<div class=\"preview\">#{message}</div>".html_safe, layout: "preview"
  end

  def card
    event = Event.published.find(params[:id])
    render(EventCardComponent.new(event: event, highlight: params[:q]))
  end

  def description
    event = Event.published.find(params[:id])
    render html: helpers.simple_format(event.description)
  end
end
